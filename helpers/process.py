"""The whole pipeline on any pages: one function per step, and `process` that runs them all.

`python -m helpers process PAGES… --out DIR` and the notebooks call these same functions.
"""
from __future__ import annotations

import glob
import sys
from pathlib import Path

import pandas as pd

from .articles import page_tables
from .pages import PageError, read_page
from .paths import ROOT
from .keywords import keywords_table
from .places import place_matches, places_table
from .quantities import quantities_table
from .themes import theme_matches, themes_table
from .words import tokens_table
from .tables import tidy, write_table

TABLES = ["articles", "paragraphs", "sentences", "tokens", "keywords", "themes", "places",
          "quantities"]


def analyse_page(path: str | Path) -> dict[str, pd.DataFrame]:
    """Every stage on one page file: its tables, by name (raises PageError for a bad page)."""
    tables = page_tables(read_page(path))
    tables["quantities"] = quantities_table(tables)
    tables["tokens"] = tokens_table(tables)
    tables["keywords"] = keywords_table(tables["tokens"])
    tables["themes"] = themes_table(theme_matches(tables["tokens"]), tables["articles"])
    tables["places"] = places_table(place_matches(tables["tokens"]))
    return tables


def expand(specs: list[str | Path]) -> list[Path]:
    """Files, folders (their `*.txt`) and glob patterns, to a sorted list of page files.

    >>> from helpers.paths import RAW
    >>> [p.name for p in expand([RAW])][:1]
    ['000_0c66df68e3bcb91e.txt']
    """
    found: set[Path] = set()
    for spec in map(str, specs):
        if not Path(spec).is_absolute() and not Path(spec).exists():
            spec = str(ROOT / spec)      # relative to the repository, as in the notebooks
        path = Path(spec)
        if path.is_dir():
            found.update(path.glob("*.txt"))
        elif any(ch in spec for ch in "*?["):
            found.update(Path(p) for p in glob.glob(spec, recursive=True))
        else:
            found.add(path)
    return sorted(found)


def process(pages: list[str | Path]) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Run every stage on every page; return the tables and a table of pages that failed."""
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    problems = []
    for path in expand(pages):
        try:
            tables = analyse_page(path)
        except PageError as err:
            problems.append({"file": str(path), "problem": str(err)})
            print(f"problem: {err}", file=sys.stderr)
            continue
        for name in TABLES:
            parts[name].append(tables[name])
    tables = {name: tidy(pd.concat(dfs, ignore_index=True) if dfs else pd.DataFrame(), name)
              for name, dfs in parts.items()}
    return tables, pd.DataFrame(problems, columns=["file", "problem"])


def write_all(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write every table to `out_dir`."""
    return [write_table(df, name, out_dir) for name, df in tables.items()]
