"""Corrections without code, and the splits that need them.

A user who sees a wrong label in `lines.csv` writes a `corrections.csv` (`page`, `line`,
`label`) beside the pages, or passes one with `process --corrections FILE`; its labels override
the splitter's (a line corrected to `title` opens an article). The pages whose split the
labeller is unsure of are named in `problems.csv` as warnings, with their doubtful lines.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pandas as pd

Corrections = dict[str, dict[int, str]]          # page id -> line number -> label
LABELS = ("blank", "furniture", "kicker", "title", "subtitle", "credit", "subhead", "body",
          "caption")
FILE_NAME = "corrections.csv"
DOUBTFUL_LINE = 0.6     # a line labelled with less confidence than this is doubtful
PAGE_CONFIDENCE = 0.97  # a page whose mean line confidence is below this is a warning (on the layout
                        # corpus, leave-one-family-out, pages below it split with boundary F1 0.56,
                        # pages above it 0.91)
SHOWN_LINES = 5         # at most this many doubtful lines are named in the warning


class CorrectionsError(ValueError):
    """A corrections file that cannot be used; the message names the file and the row."""


def read_corrections(path: str | Path) -> Corrections:
    """A corrections file as {page: {line: label}}; a clear error for a bad file.

    >>> import tempfile, os
    >>> f = os.path.join(tempfile.mkdtemp(), "corrections.csv")
    >>> _ = open(f, "w", encoding="utf-8").write("page,line,label\\np1,12,title\\n")
    >>> read_corrections(f)
    {'p1': {12: 'title'}}
    """
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError) as err:
        raise CorrectionsError(f"{path}: cannot be read ({err})") from None
    if rows and not {"page", "line", "label"} <= set(rows[0]):
        raise CorrectionsError(f"{path}: needs the columns page, line, label")
    out: Corrections = {}
    for k, row in enumerate(rows, start=2):
        label = (row["label"] or "").strip()
        if label not in LABELS or not (row["line"] or "").strip().isdigit():
            raise CorrectionsError(f"{path}, row {k}: line must be a number and label one of "
                                   f"{', '.join(LABELS)} (got {row['line']!r}, {label!r})")
        out.setdefault(row["page"].strip(), {})[int(row["line"])] = label
    return out


@lru_cache(maxsize=64)
def _beside(folder: str, mtime: float) -> Corrections:
    return read_corrections(Path(folder) / FILE_NAME)


def corrections_beside(page: str | Path) -> Corrections:
    """The corrections of a `corrections.csv` in the page's folder, if there is one."""
    path = Path(page).parent / FILE_NAME
    return _beside(str(path.parent), path.stat().st_mtime) if path.is_file() else {}


def doubtful_split(lines: pd.DataFrame, shown: str) -> str:
    """A one-line warning naming the doubtful lines when the page's confidence is low, else ''.

    >>> df = pd.DataFrame({"line": [1, 2, 3], "label": ["title", "body", "blank"],
    ...                    "confidence": [0.4, 0.9, 1.0]})
    >>> doubtful_split(df, "p.txt")
    'p.txt: the split is doubtful (mean confidence 0.650 < 0.97); check lines 1 (title 0.40) in lines.csv'
    """
    text = lines[lines.label != "blank"]
    if text.empty:
        return ""
    mean = float(text.confidence.mean())
    if mean >= PAGE_CONFIDENCE:
        return ""
    low = text[text.confidence < DOUBTFUL_LINE].sort_values(["confidence", "line"]).head(SHOWN_LINES)
    named = ", ".join(f"{r.line} ({r.label} {r.confidence:.2f})" for r in low.sort_values("line").itertuples())
    return (f"{shown}: the split is doubtful (mean confidence {mean:.3f} < {PAGE_CONFIDENCE}); "
            f"check lines {named or 'with the lowest confidence'} in lines.csv")
