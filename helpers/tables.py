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
    "tokens": ["article_id", "paragraph", "sentence", "position", "token", "pos", "content"],
    "keywords": ["article_id", "method", "rank", "keyword", "score", "count_article",
                 "count_rest", "tokens_article", "tokens_rest"],
    "problems": ["file", "severity", "problem"],
    "lines": ["page", "line", "text", "label", "starts_paragraph", "confidence", "article_id",
              "font_size", "bold", "x", "y"],
    "themes": ["article_id", "theme", "label_zh", "label_en", "hits", "score", "share", "terms"],
    "places": ["article_id", "place", "level", "parent", "province", "count", "forms", "lon",
               "lat"],
    "quantities": ["article_id", "field", "paragraph", "sentence", "text", "start", "end",
                   "value", "value_normalized", "value_high_normalized", "unit", "kind",
                   "qualifier", "subject", "iso"],
}
KEYS = {
    "articles": ["page", "article"],
    "paragraphs": ["article_id", "paragraph"],
    "sentences": ["article_id", "paragraph", "sentence"],
    "tokens": ["article_id", "paragraph", "sentence", "position"],
    "keywords": ["article_id", "method", "rank"],
    "themes": ["article_id"],                                # stable: by score within an article
    "places": ["article_id"],                                # stable: by count within an article
    "quantities": ["article_id", "paragraph", "sentence"],   # stable: headline parts, then start
    "problems": ["file"],
    "lines": ["page", "line"],
}
NUMBERS = ["value", "value_normalized", "value_high_normalized"]     # floats, may be empty
MEASURES = ["score", "share", "lon", "lat", "confidence"]                          # floats, never empty
COUNTS = ["article", "n_paragraphs", "n_chars", "paragraph", "sentence", "start", "end",
          "position", "rank", "count_article", "count_rest", "tokens_article", "tokens_rest",
          "hits", "count", "line"]


def format_number(x: float) -> str:
    """A float as a CSV cell: integers without `.0`, others in their shortest exact form.

    >>> format_number(12000000000.0), format_number(1 / 3), format_number(96.2), format_number(float("nan"))
    ('12000000000', '0.3333333333333333', '96.2', '')
    """
    if x != x:
        return ""
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e18 else repr(float(x))


def tidy(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Apply a table's columns and sort order (the last step before writing it).

    >>> tidy(pd.DataFrame({"text": ["b", "a"], "article_id": ["p-02", "p-01"],
    ...                    "paragraph": [1, 1], "subhead": ["", ""]}), "paragraphs").article_id.tolist()
    ['p-01', 'p-02']
    """
    df = df.reindex(columns=COLUMNS[name])
    for col in NUMBERS:
        if col in df:
            df[col] = df[col].astype(float)
    return df.sort_values(KEYS[name], kind="stable").reset_index(drop=True)


def format_cells(df: pd.DataFrame) -> pd.DataFrame:
    """A tidy table as it is written: values in their shortest exact form, empty where none."""
    df = df.copy()
    for col in NUMBERS:
        if col in df:
            df[col] = df[col].map(format_number)
    return df


def shareable(path: str | Path) -> None:
    """Give a file made by `tempfile.mkstemp` (0600) the mode a new file gets under the user's
    umask (0644 under the usual 022), so colleagues on a shared drive can read the tables."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def write_table(df: pd.DataFrame, name: str, out_dir: str | Path) -> Path:
    """Write one table as `out_dir/name.csv`, atomically (a temporary file, then a rename)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.csv"
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
    shareable(tmp)
    try:
        with os.fdopen(fd, "w", encoding=ENCODING, newline="") as fh:
            format_cells(tidy(df, name)).to_csv(fh, index=False, lineterminator="\n")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def read_table(name: str, directory: str | Path) -> pd.DataFrame:
    """Read a table written by `write_table`: every cell as text, except counts (int),
    scores and coordinates (float), values (float, NaN where empty) and `content` (bool)."""
    df = pd.read_csv(Path(directory) / f"{name}.csv", encoding=ENCODING,
                     dtype=str, keep_default_na=False)
    for col in COUNTS:
        if col in df:
            df[col] = df[col].astype(int)
    for col in MEASURES:
        if col in df:
            df[col] = df[col].astype(float)
    for col in ("content", "starts_paragraph"):
        if col in df:
            df[col] = df[col].map({"True": True, "False": False})
    for col in NUMBERS:
        if col in df:
            df[col] = pd.to_numeric(df[col].replace("", None), errors="raise").astype(float)
    return df
