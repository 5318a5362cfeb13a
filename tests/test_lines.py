"""The split you can see and correct: lines.csv, corrections.csv and doubtful-split warnings."""
import subprocess
import sys

import pandas as pd
import pytest

from helpers.articles import page_tables
from helpers.corrections import CorrectionsError, doubtful_split, read_corrections
from helpers.pages import read_page
from helpers.process import process_to
from helpers.tables import read_table

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_tables():
    return page_tables(read_page(SAMPLE))


def test_one_row_per_line_of_the_file(sample_tables):
    lines = sample_tables["lines"]
    raw = SAMPLE.read_text(encoding="utf-8").split("\n")[:-1]      # the file ends with a line end
    assert lines.line.tolist() == list(range(1, len(raw) + 1))
    assert lines.text.tolist() == raw
    assert set(lines.columns) == {"page", "line", "text", "label", "starts_paragraph",
                                  "confidence", "article_id", "font_size", "bold", "x", "y"}
    assert lines[["font_size", "bold", "x", "y"]].isna().all().all()     # a text page: no print


def test_lines_agree_with_the_articles(sample_tables):
    lines, arts, paras = sample_tables["lines"], sample_tables["articles"], sample_tables["paragraphs"]
    assert (lines[lines.label == "blank"].article_id == "").all()
    assert set(lines.article_id) - {""} == set(arts.article_id)
    titled = lines[lines.label == "title"].groupby("article_id").size()
    assert list(titled.index) == arts.article_id.tolist()
    assert lines.starts_paragraph.sum() == len(paras)
    assert lines.confidence.between(0, 1).all()


def test_a_line_corrected_to_title_opens_an_article(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("第一篇标题\n正文第一段，写在这里。\n第二篇的标题\n正文第二段，也写在这里。\n",
                    encoding="utf-8")
    before = page_tables(read_page(page))["articles"]
    (tmp_path / "corrections.csv").write_text("page,line,label\np,3,title\n", encoding="utf-8")
    process_to([page], tmp_path / "out", progress=False)
    after = read_table("articles", tmp_path / "out")
    assert len(after) == len(before) + 1 or after.title.tolist() == ["第一篇标题", "第二篇的标题"]
    assert after.title.tolist() == ["第一篇标题", "第二篇的标题"]
    lines = read_table("lines", tmp_path / "out")
    assert lines.loc[lines.line == 3, ["label", "confidence"]].values.tolist() == [["title", 1.0]]


def test_corrections_given_on_the_command_line(tmp_path):
    page = tmp_path / "pages" / "q.txt"
    page.parent.mkdir()
    page.write_text("标题\n小标题在这里\n正文第一句。\n（记者 张 三）\n", encoding="utf-8")
    fixes = tmp_path / "fixes.csv"
    fixes.write_text("page,line,label\nq,2,subhead\n", encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "helpers", "process", str(page), "--out", str(out),
                    "--corrections", str(fixes), "--jobs", "1"], check=True, capture_output=True)
    assert read_table("articles", out)[["title", "subheads"]].values.tolist() == [["标题", "小标题在这里"]]


@pytest.mark.parametrize("content,message", [
    ("page,line\np,1\n", "needs the columns"),
    ("page,line,label\np,x,title\n", "row 2"),
    ("page,line,label\np,3,headline\n", "label one of"),
])
def test_a_bad_corrections_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "corrections.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorrectionsError, match=message) as err:
        read_corrections(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_a_doubtful_split_is_a_warning_naming_its_lines():
    lines = pd.DataFrame({"line": [1, 2, 3, 4], "label": ["title", "body", "body", "blank"],
                          "confidence": [0.3, 0.45, 0.95, 1.0]})
    warning = doubtful_split(lines, "x.txt")
    assert warning.startswith("x.txt: ") and "1 (title 0.30)" in warning and "2 (body 0.45)" in warning
    assert doubtful_split(lines.assign(confidence=0.99), "x.txt") == ""


def test_process_lists_doubtful_pages_as_warnings(tmp_path, monkeypatch):
    import helpers.process as proc
    monkeypatch.setattr(proc, "doubtful_split", lambda lines, shown: f"{shown}: doubtful")
    _, problems = process_to([SAMPLE], tmp_path, progress=False)
    assert problems.severity.tolist() == ["warning"]
    assert read_table("articles", tmp_path).shape[0] == 5          # the tables are still written
