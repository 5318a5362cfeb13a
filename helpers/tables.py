"""The tables of the pipeline: their columns (as the specs fix them) and how they are written.

Every table is CSV, UTF-8 with a BOM (`utf-8-sig`, so Excel opens it right), LF line ends,
header, the columns below in this order, rows sorted by their key. Every row carries
`article_id`, so any table joins to `articles`.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

ENCODING = "utf-8-sig"
SEPARATOR = " | "     # between several credits or subheads in one cell

COLUMNS = {
    "articles": ["page", "article", "article_id", "kicker", "title", "subtitle", "source",
                 "reporters", "correspondents", "photographers", "date", "credits",
                 "subheads", "text", "n_paragraphs", "n_chars"],
    "paragraphs": ["article_id", "paragraph", "subhead", "text"],
    "sentences": ["article_id", "paragraph", "sentence", "text"],
}
KEYS = {
    "articles": ["page", "article"],
    "paragraphs": ["article_id", "paragraph"],
    "sentences": ["article_id", "paragraph", "sentence"],
}


def tidy(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Apply a table's columns and sort order (the last step before writing it).

    >>> tidy(pd.DataFrame({"text": ["b", "a"], "article_id": ["p-02", "p-01"],
    ...                    "paragraph": [1, 1], "subhead": ["", ""]}), "paragraphs").article_id.tolist()
    ['p-01', 'p-02']
    """
    df = df.reindex(columns=COLUMNS[name])
    return df.sort_values(KEYS[name], kind="stable").reset_index(drop=True)


def write_table(df: pd.DataFrame, name: str, out_dir: str | Path) -> Path:
    """Write one table as `out_dir/name.csv`, atomically (a temporary file, then a rename)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.csv"
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
    try:
        with os.fdopen(fd, "w", encoding=ENCODING, newline="") as fh:
            tidy(df, name).to_csv(fh, index=False, lineterminator="\n")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def read_table(name: str, directory: str | Path) -> pd.DataFrame:
    """Read a table written by `write_table`, every cell as text except counts."""
    df = pd.read_csv(Path(directory) / f"{name}.csv", encoding=ENCODING,
                     dtype=str, keep_default_na=False)
    for col in ("article", "n_paragraphs", "n_chars", "paragraph", "sentence"):
        if col in df:
            df[col] = df[col].astype(int)
    return df
