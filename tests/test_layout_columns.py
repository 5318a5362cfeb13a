"""Columns read across: an article whose lines an extractor read row by row across its columns
is put back in column order, and a page read in order is never touched."""
import json
import random
import warnings
from pathlib import Path

import pytest

from helpers.layout import articles_of, label_page
from helpers.layout.columns import column_orders, columns_read_across, read_columns
from helpers.layout.lines import Line
from helpers.layout.train import corpus_pages, truth_of

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
ARTICLES = sorted((LAYOUTS / "articles").glob("*.json"))
# the pages of the corpus and the held-out sets whose extractor read articles across their
# columns, row by row (the only pages whose lines the step may move): the corpus's a4_rows_5col
# (both extractors), set 12's pdftotext pages, set 39's pdfminer.six pages (boxes_flow=0.0; its
# README: "the extractor mixes an article's own columns together line by line")
READ_ACROSS = {"a4_rows_5col.txt", "pdftotext_p1.txt", "pdftotext_p2.txt",
               "pdfminer_bf0_4col_01.txt", "pdfminer_bf0_4col_02.txt", "pdfminer_bf0_4col_03.txt"}


def _article(seed: int) -> tuple[str, str]:
    a = json.loads(random.Random(seed).choice(ARTICLES).read_text(encoding="utf-8"))
    return a["title"], "".join(p["text"] if isinstance(p, dict) else p for p in a["paragraphs"])


def _page(title: str, rows: list[str]) -> list[Line]:
    return [Line(1, title, True, True, label="title")] + [
        Line(n, text, False, True, label="body", starts=n == 2) for n, text in enumerate(rows, start=2)]


def _columns(text: str, width: int, k: int) -> list[list[str]]:
    rows = [text[i:i + width] for i in range(0, len(text), width)]
    tall = -(-len(rows) // k)
    return [rows[c * tall:(c + 1) * tall] for c in range(k)]


CASES = [(seed, random.Random(seed).randint(8, 14), random.Random(seed + 1000).randint(2, 4)) for seed in range(120)]


@pytest.mark.parametrize("seed,width,k", CASES)
def test_an_article_in_order_is_never_moved(seed, width, k):
    title, text = _article(seed)
    rows = [text[i:i + width] for i in range(0, len(text), width)]
    assert "".join(ln.text for ln in read_columns(_page(title, rows))[1:]) == text


def test_an_article_read_across_its_columns_comes_back_in_order():
    """Real articles set in 2 to 4 columns of 8 to 14 characters, read row by row: most come back
    exactly, and none comes back further from its text than the rows read across were."""
    import difflib
    exact = tried = 0
    for seed, width, k in CASES:
        title, text = _article(seed)
        cols = _columns(text, width, k)
        if not cols[-1] or sum(map(len, cols)) < 2 * k:
            continue
        across = [c[r] for r in range(len(cols[0])) for c in cols if r < len(c)]
        got = "".join(ln.text for ln in read_columns(_page(title, across))[1:])
        tried += 1
        exact += got == text
        ratio = difflib.SequenceMatcher(None, got, text, autojunk=False).ratio
        assert ratio() >= difflib.SequenceMatcher(None, "".join(across), text, autojunk=False).ratio()
    assert tried >= 100 and exact >= 0.75 * tried


def test_paragraphs_start_after_a_finished_sentence_in_the_new_order():
    rows = ["国家统计局今天发布", "记者来到曾都经济开", "的数据显示，上半年", "发区方正能源公司，",
            "国内生产总值同比增", "看到大型变压器通电", "长百分之七，主要指", "运行，锂电池生产线",
            "标逐步回暖，呈现缓", "设备安装调试正紧张", "中趋稳、稳中有好的", "进行，预计下个月即",
            "发展态势。", "可全面投产。"]
    out = read_columns(_page("上半年经济数据发布", rows))[1:]
    assert [ln.text for ln in out if ln.starts] == ["国家统计局今天发布", "记者来到曾都经济开"]
    assert sorted(ln.n for ln in out) == list(range(2, 16))          # every line kept, once


def test_column_orders_cover_balanced_columns_and_a_short_last_one():
    assert column_orders(7, 3) == [[0, 3, 6, 1, 4, 2, 5], [0, 3, 5, 1, 4, 6, 2]]
    assert columns_read_across(["一行"] * 7) is None                # too short to tell


def _pages():
    pages = [p for _, p in corpus_pages()]
    pages += sorted(LAYOUTS.glob("heldout_text*/pages/*/*.txt"))
    return pages


def test_only_pages_read_across_are_reordered():
    moved = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for page in _pages():
            lines = label_page(page.read_text(encoding="utf-8"))
            if [ln.n for ln in read_columns(lines)] != [ln.n for ln in lines]:
                moved.add(page.name)
    assert moved and moved <= READ_ACROSS


def test_the_corpus_page_read_across_five_columns_reads_its_two_first_articles():
    import difflib
    page = LAYOUTS / "pages" / "pdf_pdfminer" / "a4_rows_5col.txt"
    truth = truth_of(page)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = articles_of(label_page(page.read_text(encoding="utf-8")))
    for want in truth["articles"][:2]:
        got = max(arts, key=lambda a: difflib.SequenceMatcher(
            None, "".join(p.text for p in a.paragraphs), "".join(want["paragraphs"]), autojunk=False).ratio())
        body = "".join(p.text for p in got.paragraphs)
        assert difflib.SequenceMatcher(None, body, "".join(want["paragraphs"]), autojunk=False).ratio() > 0.8
