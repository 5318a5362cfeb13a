"""Matching word lists on tokens: a term matches where it equals one token or a run of
consecutive tokens of one sentence, never part of a token (`金融` does not fire in `金融服务`).

Shared by themes and places, whose lexicons hold terms that jieba may cut in several pieces
(`乡村振兴` → `乡村` `振兴`).
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

MAX_RUN = 6     # tokens


@lru_cache(maxsize=8)
def prefixes(terms: frozenset[str]) -> frozenset[str]:
    """Every proper prefix of every term, to stop a run as soon as it can match nothing
    (computed once per word list)."""
    return frozenset(t[:i] for t in terms for i in range(1, len(t)))


def match_runs(tokens: list[str], terms: frozenset[str] | set[str],
               stems: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, term) of every term found as a token run, longest first
    at each start, runs not overlapping.

    >>> match_runs(["推进", "乡村", "振兴", "和", "金融服务"], frozenset({"乡村振兴", "金融", "乡村"}))
    [(1, 3, '乡村振兴')]
    """
    stems = prefixes(frozenset(terms)) if stems is None else stems
    found, i = [], 0
    while i < len(tokens):
        best, text = None, ""
        for j in range(i, min(len(tokens), i + MAX_RUN)):
            text += tokens[j]
            if text in terms:
                best = (i, j + 1, text)
            if text not in stems:
                break
        if best:
            found.append(best)
            i = best[1]
        else:
            i += 1
    return found


def sentence_matches(tokens: pd.DataFrame, terms: frozenset[str]) -> pd.DataFrame:
    """Every match of `terms` in the `tokens` table: article_id, paragraph, sentence,
    position (of the first token) and term."""
    terms = frozenset(terms)
    stems = prefixes(terms)
    keys = ["article_id", "paragraph", "sentence"]
    t = tokens.sort_values(keys + ["position"], kind="stable")
    rows: list[tuple] = []
    current, words, positions = None, [], []

    def flush():
        if words:
            rows.extend((*current, positions[a], term)
                        for a, _, term in match_runs(words, terms, stems))

    for aid, par, sen, pos, tok in zip(*(t[c].tolist() for c in keys + ["position", "token"])):
        if (aid, par, sen) != current:
            flush()
            current, words, positions = (aid, par, sen), [], []
        words.append(tok)
        positions.append(pos)
    flush()
    return pd.DataFrame(rows, columns=keys + ["position", "term"])
