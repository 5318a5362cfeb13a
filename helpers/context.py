"""Words in context: frequencies, a keyword-in-context concordance, and co-occurrence.

Everything here reads the `tokens` table, so every count can be traced to its sentences.
"""
from __future__ import annotations

from itertools import combinations

import pandas as pd


def frequencies(tokens: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Content words by frequency, with the number of articles and sentences each is in.

    >>> t = pd.DataFrame({"article_id": ["a", "a", "b"], "paragraph": [1, 1, 1],
    ...     "sentence": [1, 2, 1], "token": ["萤火虫", "萤火虫", "生态"], "content": [True] * 3})
    >>> frequencies(t).values.tolist()
    [['萤火虫', 2, 1, 2], ['生态', 1, 1, 1]]
    """
    c = tokens[tokens.content]
    sentences = c.drop_duplicates(["article_id", "paragraph", "sentence", "token"])
    table = pd.DataFrame({
        "count": c.token.value_counts(),
        "articles": c.drop_duplicates(["article_id", "token"]).token.value_counts(),
        "sentences": sentences.token.value_counts()}).rename_axis("token").reset_index()
    table = table.sort_values(["count", "token"], ascending=[False, True], kind="stable")
    return table.head(top).reset_index(drop=True) if top else table.reset_index(drop=True)


def kwic(tokens: pd.DataFrame, term: str, width: int = 12) -> pd.DataFrame:
    """Keyword in context: every sentence where `term` is a token (not a substring of one),
    with up to `width` characters on each side.

    >>> t = pd.DataFrame({"article_id": ["a"] * 4, "paragraph": [1] * 4, "sentence": [1] * 4,
    ...     "position": [1, 2, 3, 4], "token": ["金融服务", "支持", "金融", "发展"]})
    >>> kwic(t, "金融").values.tolist()
    [['a', 1, 1, '金融服务支持', '金融', '发展']]
    """
    rows = []
    for (aid, par, sen), s in tokens.groupby(["article_id", "paragraph", "sentence"], sort=True):
        words = s.sort_values("position").token.tolist()
        for i, w in enumerate(words):
            if w == term:
                rows.append((aid, par, sen, "".join(words[:i])[-width:], w,
                             "".join(words[i + 1:])[:width]))
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "sentence", "left", "term",
                                       "right"])


def cooccurrence(tokens: pd.DataFrame, top: int = 25, min_count: int = 3) -> pd.DataFrame:
    """Pairs of the `top` content words that stand in the same sentence, with the number of
    sentences they share (pairs in fewer than `min_count` sentences left out).

    >>> t = pd.DataFrame({"article_id": ["a"] * 4, "paragraph": [1] * 4, "sentence": [1, 1, 2, 2],
    ...     "token": ["金融", "企业", "金融", "企业"], "content": [True] * 4})
    >>> cooccurrence(t, min_count=2).values.tolist()
    [['企业', '金融', 2]]
    """
    words = set(frequencies(tokens, top).token)
    c = tokens[tokens.content & tokens.token.isin(words)]
    pairs: dict[tuple[str, str], int] = {}
    for _, s in c.groupby(["article_id", "paragraph", "sentence"], sort=True):
        for pair in combinations(sorted(set(s.token)), 2):
            pairs[pair] = pairs.get(pair, 0) + 1
    rows = [(a, b, n) for (a, b), n in pairs.items() if n >= min_count]
    df = pd.DataFrame(rows, columns=["source", "target", "sentences"])
    return df.sort_values(["sentences", "source", "target"], ascending=[False, True, True],
                          kind="stable").reset_index(drop=True)


def frequencies_by(tokens: pd.DataFrame, articles: pd.DataFrame, by: str = "source",
                   top: int = 10) -> pd.DataFrame:
    """The `top` content words of each group of articles (an outlet, a page, a date): group,
    rank, token, count.

    >>> t = pd.DataFrame({"article_id": ["a", "a", "b"], "paragraph": [1] * 3, "sentence": [1] * 3,
    ...     "token": ["金融", "金融", "生态"], "content": [True] * 3})
    >>> a = pd.DataFrame({"article_id": ["a", "b"], "source": ["新华网", "浙江日报"]})
    >>> frequencies_by(t, a).values.tolist()
    [['新华网', 1, '金融', 2], ['浙江日报', 1, '生态', 1]]
    """
    groups = articles[["article_id", by]].fillna({by: ""})
    rows = []
    for group, ids in groups.groupby(by, sort=True).article_id:
        f = frequencies(tokens[tokens.article_id.isin(ids)], top)
        rows += [(group, i, w, n) for i, (w, n) in enumerate(zip(f.token, f["count"]), start=1)]
    return pd.DataFrame(rows, columns=[by, "rank", "token", "count"])
