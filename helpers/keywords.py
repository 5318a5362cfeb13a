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
    return pos != "mq" and len(word.strip()) >= 2 and word.lower() not in stopwords()


def tfidf(tokens: pd.DataFrame, top: int = TOP_K) -> list[tuple[str, float]]:
    """jieba's TF-IDF over an article's tokens: count × IDF / number of candidate words.

    >>> t = pd.DataFrame({"token": ["萤火虫", "萤火虫", "发展", "120亿元"], "pos": ["n", "n", "vn", "mq"]})
    >>> [w for w, _ in tfidf(t)]
    ['萤火虫', '发展']
    """
    idf, median = _idf()
    counts: dict[str, float] = {}
    for w, p in zip(tokens.token, tokens.pos):
        if _candidate(w, p):
            counts[w] = counts.get(w, 0.0) + 1.0
    total = sum(counts.values())
    weights = {w: n * idf.get(w, median) / total for w, n in counts.items()}
    return sorted(weights.items(), key=lambda x: (-x[1], x[0]))[:top]


def textrank(tokens: pd.DataFrame, top: int = TOP_K, allow=("ns", "n", "vn", "v"),
             span: int = 5) -> list[tuple[str, float]]:
    """jieba's TextRank over an article's tokens: nouns and verbs linked when they stand within
    `span` tokens of each other, ranked by jieba's weighted PageRank.

    >>> t = pd.DataFrame({"token": ["萤火虫", "回到", "示范区", "萤火虫", "回到"],
    ...                   "pos": ["n", "v", "n", "n", "v"]})
    >>> textrank(t)[0][0]
    '萤火虫'
    """
    words = tokens.token.tolist()
    ok = [p in allow and _candidate(w, p) for w, p in zip(words, tokens.pos)]
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


def keyness(tokens: pd.DataFrame, article_id: str, top: int = TOP_K) -> pd.DataFrame:
    """The content words an article uses more than the rest of the page, by G2 (p < 0.05:
    G2 > 3.84), with the counts behind each score."""
    content = tokens[tokens.content]
    here = content[content.article_id == article_id].token.value_counts()
    rest = content[content.article_id != article_id].token.value_counts()
    c, d = int(here.sum()), int(rest.sum())
    if d == 0:                      # a page of one article has nothing to compare against
        return pd.DataFrame(columns=COLUMNS)
    rows = [(w, g2(int(a), int(rest.get(w, 0)), c, d), int(a), int(rest.get(w, 0)))
            for w, a in here.items()]
    df = pd.DataFrame(rows, columns=["keyword", "score", "count_article", "count_rest"])
    df = df[df.score > 3.84].sort_values(["score", "keyword"], ascending=[False, True]).head(top)
    return df.assign(article_id=article_id, method="keyness", rank=range(1, len(df) + 1),
                     tokens_article=c, tokens_rest=d)[COLUMNS]


def keywords_table(tokens: pd.DataFrame, top: int = TOP_K) -> pd.DataFrame:
    """`keywords.csv`: per article, TF-IDF, TextRank and keyness keywords, ranked, with the
    article's and the rest of the page's counts of each (pages are compared within themselves).

    >>> from helpers.process import process
    >>> tables, _ = process(["data/raw"])
    >>> k = tables["keywords"]
    >>> k[(k.method == "keyness") & (k["rank"] == 1)].keyword.tolist()[3]
    '萤火虫'
    """
    parts = []
    tokens = tokens.assign(page=tokens.article_id.str.rsplit("-", n=1).str[0])
    for _, page in tokens.groupby("page", sort=True):
        content = page[page.content]
        for article_id, toks in page.groupby("article_id", sort=True):
            counts = content[content.article_id == article_id].token.value_counts()
            rest = content[content.article_id != article_id].token.value_counts()
            toks = toks.sort_values(["paragraph", "sentence", "position"])
            for method, extract in (("tfidf", tfidf), ("textrank", textrank)):
                words = extract(toks, top)
                parts.append(pd.DataFrame({
                    "article_id": article_id, "method": method,
                    "rank": range(1, len(words) + 1), "keyword": [w for w, _ in words],
                    "score": [s for _, s in words],
                    "count_article": [int(counts.get(w, 0)) for w, _ in words],
                    "count_rest": [int(rest.get(w, 0)) for w, _ in words],
                    "tokens_article": int(counts.sum()), "tokens_rest": int(rest.sum())},
                    columns=COLUMNS))
            parts.append(keyness(page, article_id, top))
    parts = [p for p in parts if len(p)]
    table = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS)
    return table.assign(score=table.score.astype(float).round(4))
