"""rjieba (jieba-rs) gives jieba's tokens and tags, with the project's user dictionary loaded,
on the sample sentences, the fixture pages and the held-out sentences. jieba is the
reference: `cut` (jieba, HMM off) and `tag(..., engine="jieba")` (jieba.posseg, HMM off)."""
from __future__ import annotations

import csv

import pytest

from helpers.clean import clean
from helpers.paths import PROCESSED, ROOT
from helpers.words import cut, fast_tagger, tag, user_dictionary

FIXTURES = ROOT / "tests" / "fixtures"


def _column(path, column):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [row[column] for row in csv.DictReader(f)]


def _page_lines():
    return [line for page in sorted((FIXTURES / "pages").glob("*.txt"))
            for line in map(clean, page.read_text(encoding="utf-8").splitlines()) if line]


TEXTS = {
    "sample sentences": lambda: _column(PROCESSED / "sentences.csv", "text"),
    "fixture pages": _page_lines,
    "heldout sentences": lambda: _column(FIXTURES / "quantities" / "heldout" / "sentences.csv",
                                         "sentence_text"),
}


@pytest.fixture(scope="module", params=list(TEXTS))
def texts(request):
    texts = TEXTS[request.param]()
    assert texts, request.param
    return texts


def test_user_dictionary_loaded():
    entries = user_dictionary()
    assert entries and all(fast_tagger().has_word(word) for word, _, _ in entries)


def test_tokens_equal_jieba(texts):
    rj = fast_tagger()
    differ = [(t, cut(t), rj.cut(t, hmm=False)) for t in texts if cut(t) != rj.cut(t, hmm=False)]
    assert not differ, differ[:3]


def test_tags_equal_posseg(texts):
    differ = [(t, a, b) for t in texts if (a := tag(t, engine="jieba")) != (b := tag(t))]
    assert not differ, differ[:3]


def test_quantities_kept_whole_the_same():
    text = "成交额突破120亿元，G60走廊2025年增长12.5%"
    keep = [(3, 10), (21, 28)]
    assert tag(text, keep) == tag(text, keep, engine="jieba")
