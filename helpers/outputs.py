"""Where a run's outputs go, and the one way the notebooks get their tables.

`process` is the only code that writes tables. It writes them as a whole set into a folder,
with `manifest.json` beside them: the page files it read (with their SHA-256) and the hash of
every lexicon and model the analysis depends on. A notebook calls `load(PAGES, OUT)`, which
reads the tables of `OUT` when their manifest matches the pages and lexicons of today, and
otherwise runs `process` into `OUT` first. So a notebook never writes a table itself, and one
run with other pages never touches the sample's outputs:

- the sample (`data/raw/*.txt`) with no `OUT`: `data/processed/` and `figures/`;
- any other pages with no `OUT`: `runs/<name>/` (and `runs/<name>/figures/`), the name made
  from the first page's id, the number of pages and a hash of the list of files;
- an `OUT`: that folder (and `OUT/figures/`).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pandas as pd

from .paths import DATA, FIGURES, LEXICONS, PROCESSED, ROOT

SAMPLE = "data/raw/*.txt"
RUNS = ROOT / "runs"
MANIFEST = "manifest.json"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _shown(path: Path) -> str:
    path = path.resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def dependencies() -> str:
    """One hash of every lexicon and model the tables depend on (a user's new word changes it)."""
    h = hashlib.sha256()
    for path in sorted([*LEXICONS.glob("*"), *(DATA / "models").glob("*")]):
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def manifest(files: list[Path]) -> dict:
    """What a set of tables was made from: the pages (file and SHA-256) and the lexicons' hash."""
    return {"pages": [{"file": _shown(f), "sha256": _sha256(f)} for f in files if f.is_file()],
            "lexicons_and_models": dependencies()}


def write_manifest(files: list[Path], out_dir: str | Path) -> Path:
    """`manifest.json` in `out_dir`, written atomically (shared mode, as the tables)."""
    from .tables import shareable
    path = Path(out_dir) / MANIFEST
    tmp = path.with_name(f".{MANIFEST}.tmp")
    tmp.write_text(json.dumps(manifest(files), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    shareable(tmp)
    os.replace(tmp, path)
    return path


def is_fresh(files: list[Path], out_dir: str | Path) -> bool:
    """Were the tables in `out_dir` made from exactly these pages and today's lexicons?"""
    path = Path(out_dir) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8")) == manifest(files)
    except (OSError, ValueError):
        return False


def output_dirs(pages: str | Path | list, out: str | Path | None = None) -> tuple[Path, Path]:
    """(tables folder, figures folder) for a run on `pages` (see the module docstring).

    >>> [p.relative_to(ROOT).as_posix() for p in output_dirs("data/raw/*.txt")]
    ['data/processed', 'figures']
    >>> output_dirs(["tests/fixtures/pages/xinhua_wire.txt"])[0].relative_to(ROOT).as_posix()[:23]
    'runs/xinhua_wire-1page-'
    """
    from .process import expand
    if out is not None:
        out = Path(out) if Path(out).is_absolute() else ROOT / out
        return out, out / "figures"
    files = expand(pages)
    if files == expand(SAMPLE):
        return PROCESSED, FIGURES
    digest = hashlib.sha256("\n".join(_shown(f) for f in files).encode()).hexdigest()[:8]
    stem = files[0].stem if files else "empty"
    name = f"{stem}-{len(files)}page{'s' if len(files) != 1 else ''}-{digest}"
    return RUNS / name, RUNS / name / "figures"


def load(pages: str | Path | list = SAMPLE, out: str | Path | None = None, jobs: int | None = None
         ) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Every table of a run on `pages` (and its problems), read from its folder; `process` runs
    into that folder first when the tables are missing or were made from other pages or older
    lexicons. Never writes anywhere else."""
    from .process import TABLES, expand, process_to
    from .tables import read_table
    files = expand(pages)
    if not files:
        raise FileNotFoundError(f"no page file matches PAGES={pages!r}")
    tables_dir, _ = output_dirs(pages, out)
    if not is_fresh(files, tables_dir):
        process_to(files, tables_dir, jobs=jobs or os.cpu_count() or 1, progress=False)
    if not (tables_dir / "articles.csv").is_file():
        raise FileNotFoundError(f"no page of {pages!r} could be read; see the messages above")
    tables = {name: read_table(name, tables_dir) for name in TABLES}
    return tables, read_table("problems", tables_dir)
