"""Where things live: every path of the project, found from this file, not the working directory.

>>> (ROOT / "helpers" / "paths.py").is_file()
True
>>> RAW.relative_to(ROOT).as_posix()
'data/raw'
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RAW = DATA / "raw"
LEXICONS = DATA / "lexicons"
PROCESSED = DATA / "processed"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
CACHE = ROOT / ".cache"


def raw_pages(pattern: str = "*.txt") -> list[Path]:
    """The pages in `data/raw/`, sorted by name.

    >>> [p.name for p in raw_pages()][:1]
    ['000_0c66df68e3bcb91e.txt']
    """
    return sorted(RAW.glob(pattern))
