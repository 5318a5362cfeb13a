"""Keywords per article: jieba's TF-IDF and TextRank, and keyness against the rest of the page.

TF-IDF and TextRank are `jieba.analyse`'s methods (its IDF table; its TextRank graph of nouns and
verbs within a window of 5) applied to the article's tokens as the pipeline already has them
(user dictionary, HMM off, quantities whole, never keywords) with the project's stopwords: the
text is not segmented a second and third time, as `jieba.analyse`'s own functions would do (and
with HMM on). Keyness is Dunning's log-likelihood G2 (Rayson & Garside 2000) of a word's count in
the article against its count in the other articles, over content words; the counts behind it
are kept in the table so that any reader can recompute it.
"""
from __future__ import annotations

import importlib
import math
from collections import Counter
from functools import lru_cache

import pandas as pd

from .words import stopwords

TOP_K = 10
COLUMNS = ["article_id", "method", "rank", "keyword", "score", "count_article",
           "count_rest", "tokens_article", "tokens_rest"]


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (for words it does not list)."""
    tf = importlib.import_module("jieba.analyse.tfidf").TFIDF()
    return tf.idf_freq, tf.median_idf


def _candidate(word: str, pos: str) -> bool:
    """A word that may be a keyword: not a quantity, two characters or more, not a stopword."""
    return pos != "mq" and len(word.strip()) >= 2 and word.lower() not in stopwords()


def tfidf(words: list[str], tags: list[str], top: int = TOP_K) -> list[tuple[str, float]]:
    """jieba's TF-IDF over an article's tokens: count × IDF / number of candidate words.

    >>> [w for w, _ in tfidf(["萤火虫", "萤火虫", "发展", "120亿元"], ["n", "n", "vn", "mq"])]
    ['萤火虫', '发展']
    """
    idf, median = _idf()
    counts: dict[str, float] = {}
    for w, p in zip(words, tags):
        if _candidate(w, p):
            counts[w] = counts.get(w, 0.0) + 1.0
    total = sum(counts.values())
    weights = {w: n * idf.get(w, median) / total for w, n in counts.items()}
    return sorted(weights.items(), key=lambda x: (-x[1], x[0]))[:top]


def textrank(words: list[str], tags: list[str], top: int = TOP_K, allow=("ns", "n", "vn", "v"),
             span: int = 5) -> list[tuple[str, float]]:
    """jieba's TextRank over an article's tokens: nouns and verbs linked when they stand within
    `span` tokens of each other, ranked by jieba's weighted PageRank.

    >>> textrank(["萤火虫", "回到", "示范区", "萤火虫", "回到"], ["n", "v", "n", "n", "v"])[0][0]
    '萤火虫'
    """
    ok = [p in allow and _candidate(w, p) for w, p in zip(words, tags)]
    pairs: dict[tuple[str, str], int] = {}
    for i, w in enumerate(words):
        if ok[i]:
            for j in range(i + 1, min(i + span, len(words))):
                if ok[j]:
                    pairs[(w, words[j])] = pairs.get((w, words[j]), 0) + 1
    graph = importlib.import_module("jieba.analyse.textrank").UndirectWeightedGraph()
    for (a, b), n in pairs.items():
        graph.addEdge(a, b, n)
    ranks = graph.rank() if pairs else {}
    return sorted(ranks.items(), key=lambda x: (-x[1], x[0]))[:top]


def g2(a: int, b: int, c: int, d: int) -> float:
    """Log-likelihood G2 of a word seen `a` times in `c` tokens against `b` times in `d`;
    negative when the word is rarer in the first text than in the second.

    >>> round(g2(10, 10, 1000, 10000), 2), g2(1, 30, 1000, 10000) < 0, g2(0, 0, 10, 10)
    (22.14, True, 0.0)
    """
    if a + b == 0:
        return 0.0
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    value = 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o > 0)
    return value if a / c >= b / d else -value


def keyness(here: Counter, rest: Counter, top: int = TOP_K) -> list[tuple[str, float]]:
    """The content words an article (`here`: its counts) uses more than the rest of its page
    (`rest`), by G2, those with p < 0.05 (G2 > 3.84), strongest first.

    >>> [(w, round(g, 2)) for w, g in keyness(Counter({"萤火虫": 17, "发展": 3}),
    ...                                        Counter({"发展": 26, "企业": 30}))]
    [('萤火虫', 45.39)]
    """
    c, d = sum(here.values()), sum(rest.values())
    if d == 0 or c == 0:              # a page of one article has nothing to compare against
        return []
    scored = [(w, g2(a, rest.get(w, 0), c, d)) for w, a in here.items()]
    return sorted(((w, g) for w, g in scored if g > 3.84), key=lambda x: (-x[1], x[0]))[:top]


def keywords_table(tokens: pd.DataFrame, top: int = TOP_K) -> pd.DataFrame:
    """`keywords.csv`: per article, TF-IDF, TextRank and keyness keywords, ranked, with the
    article's and the rest of the page's counts of each (pages are compared within themselves).

    >>> from helpers.process import process
    >>> tables, _ = process(["data/raw"])
    >>> k = tables["keywords"]
    >>> k[(k.method == "keyness") & (k["rank"] == 1)].keyword.tolist()[3]
    '萤火虫'
    """
    t = tokens.sort_values(["article_id", "paragraph", "sentence", "position"], kind="stable")
    articles: dict[str, tuple[list, list, Counter]] = {}
    for aid, tok, pos, content in zip(t.article_id.tolist(), t.token.tolist(), t.pos.tolist(),
                                      t.content.tolist()):   # lists: pandas string arrays iterate slowly
        words, tags, counts = articles.setdefault(aid, ([], [], Counter()))
        words.append(tok)
        tags.append(pos)
        if content:
            counts[tok] += 1
    pages: dict[str, Counter] = {}
    for aid, (_, _, counts) in articles.items():
        pages.setdefault(aid.rsplit("-", 1)[0], Counter()).update(counts)
    rows = []
    for aid, (words, tags, here) in articles.items():
        rest = pages[aid.rsplit("-", 1)[0]] - here
        c, d = sum(here.values()), sum(rest.values())
        for method, found in (("tfidf", tfidf(words, tags, top)),
                              ("textrank", textrank(words, tags, top)),
                              ("keyness", keyness(here, rest, top))):
            rows += [(aid, method, rank, w, score, here.get(w, 0), rest.get(w, 0), c, d)
                     for rank, (w, score) in enumerate(found, start=1)]
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.assign(score=table.score.astype(float).round(4))
