"""Executing the notebooks in place, in order, reproducibly (no per-cell timing metadata)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import nbformat
from traitlets.config import Config
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
    # local (IPC) sockets rather than TCP: no "Kernel is running over TCP" warning; the socket
    # files get an absolute path, since the kernel runs in the notebook's folder
    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
        config = Config()
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = str(Path(sockets, "ipc"))
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": str(path.parent)}}, config=config)
        client.execute()
    nbformat.write(nb, path)


def to_html(path: str | Path, out_dir: str | Path) -> Path:
    """The executed notebook as one static HTML page (images inline), for readers without
    Jupyter; written atomically, byte-identical for the same notebook."""
    from nbconvert import HTMLExporter
    path, out_dir = Path(path), Path(out_dir)
    body, _ = HTMLExporter(embed_images=True).from_notebook_node(nbformat.read(path, as_version=4))
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{path.stem}.html"
    tmp = out.with_suffix(".tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(out)
    return out
