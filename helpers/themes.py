"""Themes: which of the lexicon's themes each article speaks to, and through which words.

The lexicon is data (`data/lexicons/themes.csv`: theme, label_zh, label_en, term, weight) that a
user edits without touching code. Terms are matched on tokens (`helpers.runs`), so `金融` never
fires inside an unrelated word. An article's `hits` of a theme count its matches, `score` sums
their weights, and `share` is the theme's part of the article's total score.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pandas as pd

from .paths import LEXICONS
from .runs import sentence_matches
from .tables import SEPARATOR

THEMES = LEXICONS / "themes.csv"


@lru_cache(maxsize=4)
def load_themes(path=THEMES) -> pd.DataFrame:
    """The theme lexicon, weights filled in (1 where empty); read once per path.

    >>> lx = load_themes()
    >>> {"innovation", "finance", "ecology", "talent"} <= set(lx.theme)
    True
    """
    df = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
    df["term"] = df["term"].str.strip()
    df["weight"] = pd.to_numeric(df["weight"].replace("", "1")).astype(float)
    return df


def theme_matches(tokens: pd.DataFrame, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every theme term in the body, one row per (match, theme): the sentence it is in, the
    term, the theme and the term's weight."""
    lexicon = load_themes() if lexicon is None else lexicon
    matches = sentence_matches(tokens, frozenset(lexicon.term))
    return matches.merge(lexicon[["term", "theme", "weight"]], on="term").sort_values(
        ["article_id", "paragraph", "sentence", "position", "theme"], kind="stable",
        ignore_index=True)


def themes_table(matches: pd.DataFrame, articles: pd.DataFrame,
                 lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """`themes.csv`: one row per article and theme it speaks to, with hits, score, share, and
    the matched terms with their counts (`创新×18 | 科技×16`)."""
    lexicon = load_themes() if lexicon is None else lexicon
    labels = lexicon.drop_duplicates("theme")[["theme", "label_zh", "label_en"]]
    if matches.empty:
        return pd.DataFrame(columns=["article_id", "theme", "label_zh", "label_en", "hits",
                                     "score", "share", "terms"])
    counts: dict[tuple[str, str], Counter] = {}
    scores: dict[tuple[str, str], float] = {}
    for aid, theme, term, weight in zip(*(matches[c].tolist() for c in
                                          ("article_id", "theme", "term", "weight"))):
        counts.setdefault((aid, theme), Counter())[term] += 1
        scores[(aid, theme)] = scores.get((aid, theme), 0.0) + weight
    rows = [{"article_id": aid, "theme": theme, "hits": sum(c.values()),
             "score": scores[(aid, theme)],
             "terms": SEPARATOR.join(f"{t}×{n}" for t, n in sorted(c.items(),
                                                                 key=lambda x: (-x[1], x[0])))}
            for (aid, theme), c in sorted(counts.items())]
    df = pd.DataFrame(rows).merge(labels, on="theme")
    df["share"] = (df.score / df.groupby("article_id").score.transform("sum")).round(4)
    df = df[df.article_id.isin(articles.article_id)]
    return df.sort_values(["article_id", "score", "theme"], ascending=[True, False, True],
                          kind="stable", ignore_index=True)[
        ["article_id", "theme", "label_zh", "label_en", "hits", "score", "share", "terms"]]


def leading_themes(themes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each article's leading theme (highest score; ties broken by hits, then slug), or empty
    when no theme term occurs in it."""
    top = themes.sort_values(["article_id", "score", "hits", "theme"],
                             ascending=[True, False, False, True]).drop_duplicates("article_id")
    return articles[["article_id", "title"]].merge(
        top[["article_id", "theme", "label_zh", "label_en", "score", "share"]],
        on="article_id", how="left").fillna({"theme": "", "label_zh": "", "label_en": ""})


def theme_sentences(matches: pd.DataFrame, sentences: pd.DataFrame, theme: str,
                    article_id: str | None = None) -> pd.DataFrame:
    """The sentences behind a theme: each with the theme's terms found in it."""
    m = matches[matches.theme == theme]
    if article_id is not None:
        m = m[m.article_id == article_id]
    keys = ["article_id", "paragraph", "sentence"]
    terms = m.groupby(keys, sort=True).term.agg(lambda t: "、".join(dict.fromkeys(t)))
    return sentences.merge(terms.reset_index(), on=keys)[keys + ["term", "text"]]


def themes_by_page(themes: pd.DataFrame) -> pd.DataFrame:
    """Themes over pages: each theme's share of each page's total theme score (pages as rows,
    theme labels as columns), for an archive of many pages.

    >>> t = pd.DataFrame({"article_id": ["p-01", "p-02", "q-01"], "label_zh": ["金融服务", "人才", "人才"],
    ...                   "score": [3.0, 1.0, 2.0]})
    >>> themes_by_page(t).round(2).values.tolist()
    [[0.25, 0.75], [1.0, 0.0]]
    """
    t = themes.assign(page=themes.article_id.str.rsplit("-", n=1).str[0])
    grid = t.pivot_table(index="page", columns="label_zh", values="score", aggfunc="sum",
                         fill_value=0)
    return grid.div(grid.sum(axis=1), axis=0).round(4)
