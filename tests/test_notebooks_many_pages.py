"""The notebooks on several pages and one chosen page, their outputs in a folder of the test's
own: every cell runs, and the committed tables and figures stay as they are."""
from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.notebooks import notebooks

PARAMETERS = '''PAGES = ["data/raw/*.txt", "tests/fixtures/pages/*.txt"]
OUT = {out!r}
PAGE = "xinhua_wire"'''


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return str(tmp_path_factory.mktemp("many-pages"))


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.stem)
def test_notebook_runs_on_many_pages_with_one_selected(path, out):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if "parameters" in cell.metadata.get("tags", []):
            cell.source = PARAMETERS.format(out=out)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors
