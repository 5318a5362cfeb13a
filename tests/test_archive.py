"""Many pages: workers, Dask, failures and interruptions never change or corrupt the tables."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import helpers.process as proc
from helpers.paths import ROOT
from helpers.process import TABLES, process_to

from .conftest import SAMPLE

FIXTURES = ROOT / "tests" / "fixtures" / "pages"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The sample page, the six fixture pages, and a corrupt page in the middle."""
    folder = tmp_path_factory.mktemp("pages")
    shutil.copy(SAMPLE, folder)
    for page in FIXTURES.glob("*.txt"):
        shutil.copy(page, folder)
    (folder / "one_article_benshe_zz_corrupt.txt").write_bytes(b"\x00\x01\x02binary\xff")
    return folder


def _bytes(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


@pytest.fixture(scope="module")
def one_job(pages, tmp_path_factory):
    out = tmp_path_factory.mktemp("jobs1")
    process_to([pages], out, jobs=1, progress=False)
    return _bytes(out)


def test_two_jobs_give_the_same_bytes_as_one(pages, one_job, tmp_path):
    process_to([pages], tmp_path, jobs=2, progress=False)
    assert _bytes(tmp_path) == one_job
    assert set(one_job) == {f"{name}.csv" for name in TABLES + ["problems"]}


def test_dask_on_a_local_cluster_gives_the_same_bytes(pages, one_job, tmp_path):
    process_to([pages], tmp_path, jobs=2, engine="dask", progress=False)
    assert _bytes(tmp_path) == one_job


def test_a_corrupt_page_is_a_problem_and_the_others_are_written(pages, one_job):
    problems = [row for row in one_job["problems.csv"].decode("utf-8-sig").splitlines()
                if ",error," in row]                 # (doubtful splits are listed as warnings)
    assert len(problems) == 1 and "one_article_benshe_zz_corrupt.txt" in problems[0]
    assert "binary" in problems[0]
    articles = one_job["articles.csv"].decode("utf-8-sig")
    assert SAMPLE.stem in articles and "xinhua_wire" in articles


def test_exit_status_names_the_failure(pages, tmp_path):
    run = subprocess.run([sys.executable, "-m", "helpers", "process", str(pages), "--out",
                          str(tmp_path), "--jobs", "2"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 1
    assert "one_article_benshe_zz_corrupt.txt" in run.stderr


def test_an_interrupted_run_leaves_the_last_tables_whole(pages, one_job, tmp_path, monkeypatch):
    process_to([pages], tmp_path, jobs=1, progress=False)
    before = _bytes(tmp_path)
    real, calls = proc.analyse_file, []

    def interrupted(path, corrections=None):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(path, corrections)

    monkeypatch.setattr(proc, "analyse_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        process_to([pages], tmp_path, jobs=1, progress=False)
    assert _bytes(tmp_path) == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_page_id_taken_twice_is_a_problem(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    shutil.copy(SAMPLE, a), shutil.copy(SAMPLE, b)
    _, problems = process_to([a, b], tmp_path / "out", progress=False)
    assert len(problems) == 1 and "taken by another file" in problems.problem[0]
