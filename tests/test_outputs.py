"""Nothing overwritten by surprise: one producer of the tables, outputs where the user asks, and
earlier outputs left whole by a failed, empty or interrupted run (issue 11, one test a failure)."""
import hashlib
import os
import re
import shutil
import subprocess
import sys

import pytest

import helpers.outputs as outputs
from helpers import __main__ as cli
from helpers.outputs import load, output_dirs
from helpers.paths import FIGURES, PROCESSED, ROOT
from helpers.process import expand, process_to
from helpers.tables import read_table

from .conftest import PAGES, SAMPLE

WIRE = PAGES / "xinhua_wire.txt"


def digest(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_pages_given_as_one_string_are_one_pattern_not_its_characters():
    assert expand("data/raw/*.txt") == expand(["data/raw/*.txt"]) == [SAMPLE]
    assert [p.resolve() for p in expand('["tests/fixtures/pages/xinhua_wire.txt"]')] == [WIRE]
    assert all(p.suffix == ".txt" for p in expand("data/raw/*.txt"))


def test_a_run_that_reads_no_page_changes_nothing_in_out(tmp_path):
    out = tmp_path / "tables"
    shutil.copytree(PROCESSED, out)
    before = digest(out)
    result = subprocess.run([sys.executable, "-m", "helpers", "process", str(tmp_path / "typo.txt"),
                             "--out", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "typo.txt" in result.stderr
    assert digest(out) == before


def test_tables_are_readable_by_colleagues_under_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        paths, _ = process_to([WIRE], tmp_path, progress=False)
    finally:
        os.umask(old)
    assert paths and all(p.stat().st_mode & 0o777 == 0o644 for p in paths)


def test_ctrl_c_says_one_line_and_leaves_the_tables(tmp_path, monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr("helpers.process.process_to", interrupted)
    assert cli.main(["process", str(WIRE), "--out", str(tmp_path)]) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("interrupted:")


@pytest.mark.parametrize("text,reason", [
    ("标题\n" + "这是一段被反复粘贴的同一行文字，足够长。\n" * 40, "the same line repeated 40 times"),
    ("标题\n" + "没有换行的一整段文字，" * 400 + "\n", "no line breaks"),
])
def test_a_text_that_is_no_page_is_a_warning_naming_the_reason(tmp_path, text, reason):
    page = tmp_path / "odd.txt"
    page.write_text(text, encoding="utf-8")
    _, problems = process_to([page], tmp_path / "out", progress=False)
    rows = problems[problems.severity == "warning"].problem.tolist()
    assert any(reason in row and "odd.txt" in row for row in rows), rows


def test_a_far_too_long_text_is_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr("helpers.pages.MAX_PAGE_CHARS", 100)
    _, problems = process_to([WIRE], tmp_path, progress=False)
    assert any("far too long" in p for p in problems.problem)


def test_a_gb18030_page_is_one_plain_warning_line(tmp_path):
    page = tmp_path / "gbk.txt"
    page.write_bytes(WIRE.read_text(encoding="utf-8").encode("gb18030"))
    result = subprocess.run([sys.executable, "-m", "helpers", "process", str(page), "--out",
                             str(tmp_path / "out"), "--jobs", "1"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    notes = [line for line in result.stderr.splitlines() if "GB18030" in line]
    assert notes == [f"warning: {page}: not UTF-8; read as GB18030/GBK"]
    assert "warnings.warn" not in result.stderr and "PageWarning" not in result.stderr


def test_load_runs_process_only_when_the_tables_are_missing_or_stale(tmp_path, monkeypatch):
    tables, _ = load(WIRE, tmp_path)
    assert (tmp_path / "manifest.json").is_file() and len(tables["articles"]) == 3

    def no_process(*args, **kwargs):
        raise AssertionError("process ran on fresh tables")
    monkeypatch.setattr("helpers.process.process_to", no_process)
    assert load(WIRE, tmp_path)[0]["articles"].equals(tables["articles"])
    monkeypatch.setattr(outputs, "dependencies", lambda: "a lexicon changed")
    with pytest.raises(AssertionError, match="process ran"):
        load(WIRE, tmp_path)


def test_other_pages_never_go_to_the_samples_outputs():
    assert output_dirs("data/raw/*.txt") == (PROCESSED, FIGURES)
    tables_dir, figures_dir = output_dirs(WIRE)
    assert tables_dir.parent == ROOT / "runs" and figures_dir == tables_dir / "figures"


def test_the_readme_papermill_command_leaves_the_samples_outputs_alone():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [command] = re.findall(r"^\.venv/bin/papermill .*$", readme, re.M)
    before = digest(PROCESSED) | digest(FIGURES)
    env = dict(os.environ, PATH=f"{os.path.dirname(sys.executable)}:{os.environ.get('PATH', '')}")
    result = subprocess.run(command.replace(".venv/bin/papermill", f"{sys.executable} -m papermill", 1),
                            shell=True, cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert digest(PROCESSED) | digest(FIGURES) == before
    assert read_table("articles", output_dirs(WIRE)[0]).page.unique().tolist() == ["xinhua_wire"]


def test_xlsx_is_one_workbook_with_the_codebook_first(tmp_path):
    import pandas as pd
    result = subprocess.run([sys.executable, "-m", "helpers", "process", str(WIRE), "--out", str(tmp_path),
                             "--xlsx", "--jobs", "1"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    sheets = pd.read_excel(tmp_path / "tables.xlsx", sheet_name=None)
    assert list(sheets)[:2] == ["codebook", "articles"] and "quantities" in sheets
    assert len(sheets["articles"]) == len(read_table("articles", tmp_path)) == 3
    assert {"table", "column", "meaning"} <= set(sheets["codebook"].columns)


@pytest.mark.parametrize("doc", ["README.md", "figures/README.md", "tests/fixtures/layouts/README.md"])
def test_every_relative_link_resolves(doc):
    path = ROOT / doc
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", path.read_text(encoding="utf-8"))
    relative = [link for link in links if not re.match(r"[a-z]+:", link)]
    assert relative
    missing = [link for link in relative if not (path.parent / link).exists()]
    assert not missing


def test_notebooks_run_quietly_over_local_sockets(tmp_path):
    """No `Kernel is running over TCP` warning (nor any other kernel noise) on a run."""
    import nbformat
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    path = tmp_path / "tiny.ipynb"
    nbformat.write(nb, path)
    result = subprocess.run([sys.executable, "-c", f"from helpers.notebooks import execute; execute({str(path)!r})"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "TCP" not in result.stderr
    assert nbformat.read(path, as_version=4).cells[0].outputs[0]["data"]["text/plain"] == "2"


def test_notebooks_read_the_tables_process_wrote():
    """Every analysis notebook gets its tables from `load` and writes no table itself."""
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        code = "\n".join(c["source"] if isinstance(c["source"], str) else "".join(c["source"])
                         for c in __import__("json").loads(path.read_text(encoding="utf-8"))["cells"]
                         if c["cell_type"] == "code")
        assert "load(PAGES, OUT)" in code, path.name
        assert not re.search(r"\b(write_table|write_all|process)\(", code), path.name
