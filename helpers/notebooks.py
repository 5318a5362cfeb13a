"""Executing the notebooks in place, in order, reproducibly (no per-cell timing metadata)."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from .paths import NOTEBOOKS


def notebooks() -> list[Path]:
    """The analysis notebooks in the order they run (their numbers).

    >>> notebooks()[0].name
    '10-clean-and-split.ipynb'
    """
    return sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def execute(path: str | Path, timeout: int = 900) -> None:
    """Run a notebook top to bottom in its folder and save it with its outputs."""
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    nbformat.write(nb, path)
