"""The tables as one Excel workbook (`process --xlsx`): a sheet per table, the codebook first.

The codebook sheet lists every column of every table with its meaning, taken from the
codebooks of the README (the one place they are written), so the workbook travels alone.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .paths import ROOT
from .tables import COLUMNS, read_table

SHEET_ORDER = ["articles", "paragraphs", "sentences", "lines", "tokens", "keywords", "themes",
               "places", "quantities", "problems"]


def column_meanings(readme: Path = ROOT / "README.md") -> dict[str, str]:
    """`column` -> meaning, from the README's codebook tables (`| `column` | meaning | … |`).

    >>> column_meanings()["article_id"].startswith("`{page}-{article:02d}`")
    True
    """
    text = readme.read_text(encoding="utf-8")
    meanings: dict[str, str] = {}
    for names, meaning in re.findall(r"^\| ((?:`[a-z_]+`(?:, )?)+) \| ([^|]+) \|", text, re.M):
        for name in re.findall(r"`([a-z_]+)`", names):
            meanings.setdefault(name, meaning.strip())
    for name, meaning in re.findall(r"`([a-z_]+)` \(([^()]*(?:\([^()]*\)[^()]*)*)\)", text):
        meanings.setdefault(name, " ".join(meaning.split()))   # the prose codebooks: `col` (meaning)
    return meanings


def codebook() -> pd.DataFrame:
    """One row per table and column: table, column, meaning."""
    meanings = column_meanings()
    return pd.DataFrame([{"table": t, "column": c, "meaning": meanings.get(c, "see README.md, Codebook")}
                         for t in SHEET_ORDER for c in COLUMNS[t]])


def write_workbook(tables_dir: str | Path, path: str | Path | None = None) -> Path:
    """Every table of `tables_dir` in one workbook (default `tables_dir/tables.xlsx`), written
    to a temporary file and renamed, so a failure leaves an earlier workbook whole."""
    tables_dir = Path(tables_dir)
    path = Path(path) if path else tables_dir / "tables.xlsx"
    tmp = path.with_name(f".{path.stem}.tmp.xlsx")
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        codebook().to_excel(writer, sheet_name="codebook", index=False)
        for name in SHEET_ORDER:
            if (tables_dir / f"{name}.csv").is_file():
                read_table(name, tables_dir).to_excel(writer, sheet_name=name, index=False)
    from .tables import shareable
    shareable(tmp)
    tmp.replace(path)
    return path
