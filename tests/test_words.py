"""Words: tokens, stopwords, keywords and contexts on the sample page."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.context import cooccurrence, frequencies, kwic
from helpers.keywords import g2
from helpers.paths import LEXICONS
from helpers.process import analyse_page
from helpers.words import stopwords, tag

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def tables():
    return analyse_page(SAMPLE)


def test_quantities_are_tokens_of_their_own(tables):
    tokens, q = tables["tokens"], tables["quantities"]
    body = q[q.field == "body"]
    assert set(body.text) <= set(tokens[tokens.pos == "mq"].token)
    assert "120" not in set(tokens.token) and "亿元" not in set(tokens.token)


def test_tokens_rebuild_every_sentence(tables):
    """Nothing is lost in segmentation: the tokens of a sentence join back into it,
    whitespace aside."""
    tokens = tables["tokens"]
    for s in tables["sentences"].itertuples():
        t = tokens[(tokens.article_id == s.article_id) & (tokens.paragraph == s.paragraph)
                   & (tokens.sentence == s.sentence)].sort_values("position")
        assert "".join(t.token) == "".join(s.text.split())


def test_stopwords_never_reach_the_frequency_table(tables):
    freq = frequencies(tables["tokens"])
    assert not set(freq.token) & stopwords()
    assert {"记者", "表示", "的"} <= stopwords()


@pytest.mark.parametrize("name", ["stopwords_zh.txt", "stopwords_news.txt"])
def test_stopword_files_say_source_and_licence(name):
    head = "\n".join((LEXICONS / name).read_text(encoding="utf-8").splitlines()[:4])
    assert "Licence" in head or "CC0" in head


def test_kwic_matches_whole_tokens_only():
    tokens = pd.DataFrame({"article_id": ["a"] * 3, "paragraph": [1] * 3, "sentence": [1] * 3,
                           "position": [1, 2, 3], "token": ["金融服务", "和", "金融"]})
    assert kwic(tokens, "金融", width=3)[["left", "term", "right"]].values.tolist() == \
        [["服务和", "金融", ""]]


def test_g2_against_a_hand_computed_value():
    a, b, c, d = 10, 10, 1000, 10000
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    assert g2(a, b, c, d) == pytest.approx(2 * (a * math.log(a / e1) + b * math.log(b / e2)))


def test_keywords_have_three_methods_and_their_counts(tables):
    k = tables["keywords"]
    assert set(k.method) == {"tfidf", "textrank", "keyness"}
    key = k[k.method == "keyness"]
    assert (key.score > 3.84).all() and (key.count_article >= 1).all()
    fireflies = k[k.article_id.str.endswith("-04") & (k.method == "keyness")]
    assert fireflies.keyword.iloc[0] == "萤火虫"
    assert not k.keyword.str.contains(r"^\d", regex=True).any()      # no quantity as a keyword


def test_cooccurrence_counts_shared_sentences(tables):
    edges = cooccurrence(tables["tokens"])
    assert (edges.sentences >= 3).all()
    a, b, n = edges.iloc[0][["source", "target", "sentences"]]
    t = tables["tokens"]
    both = t[t.token.isin([a, b])].groupby(["article_id", "paragraph", "sentence"]).token.nunique()
    assert (both == 2).sum() == n


def test_tag_keeps_a_quantity_whole():
    assert ("突破120亿元", "mq") in tag("成交额突破120亿元。", keep=[(3, 10)])
