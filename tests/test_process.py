"""The command line and the tables: columns as specified, byte-identical reruns, bad pages named."""
import shutil
import subprocess
import sys

from helpers.paths import ROOT
from helpers.process import TABLES
from helpers.tables import COLUMNS, read_table

from .conftest import SAMPLE, fixture_pages


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "helpers", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True)


def test_process_writes_the_three_tables_with_the_spec_columns(tmp_path):
    result = run_cli("process", SAMPLE, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    for name in ("articles", "paragraphs", "sentences"):
        table = read_table(name, tmp_path)
        assert list(table.columns) == COLUMNS[name]
    articles = read_table("articles", tmp_path)
    assert articles.article_id.tolist() == [f"{SAMPLE.stem}-{i:02d}" for i in range(1, 6)]
    assert (tmp_path / "articles.csv").read_bytes().startswith(b"\xef\xbb\xbf")   # utf-8-sig
    paras = read_table("paragraphs", tmp_path)
    assert set(paras.article_id) <= set(articles.article_id)
    assert (paras.groupby("article_id").size() == articles.set_index("article_id").n_paragraphs).all()


def test_tables_are_byte_identical_across_runs_and_hash_seeds(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        subprocess.run([sys.executable, "-m", "helpers", "process", str(SAMPLE), *map(str, fixture_pages()),
                        "--out", str(out)], cwd=ROOT, env=env, check=True, capture_output=True)
        outs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))})
    assert outs[0] == outs[1] and len(outs[0]) == len(TABLES) + 1      # and problems.csv


def test_a_bad_page_among_good_ones_is_named_and_the_rest_is_written(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(SAMPLE, pages / "good.txt")
    (pages / "empty.txt").write_bytes(b"")
    (pages / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    result = run_cli("process", pages, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    assert read_table("articles", tmp_path / "out").page.unique().tolist() == ["good"]


def test_no_page_found_is_an_error(tmp_path):
    result = run_cli("process", tmp_path / "*.txt", "--out", tmp_path / "out")
    assert result.returncode == 2 and "no pages found" in result.stderr
