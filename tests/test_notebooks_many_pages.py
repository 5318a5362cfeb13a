"""The notebooks on several pages and one chosen page: every cell runs (the last one, which
writes files, is left out so the committed tables and figures stay as they are)."""
from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.notebooks import notebooks

PARAMETERS = '''PAGES = ["data/raw/*.txt", "tests/fixtures/pages/*.txt"]
PAGE = "xinhua_wire"'''


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.stem)
def test_notebook_runs_on_many_pages_with_one_selected(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if "parameters" in cell.metadata.get("tags", []):
            cell.source = PARAMETERS
    assert nb.cells[-1].cell_type == "code" and "written" in nb.cells[-1].source
    nb.cells = nb.cells[:-1]
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors
