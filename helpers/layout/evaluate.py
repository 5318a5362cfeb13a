"""How well a labeller splits pages it was not tuned on: scores against the layout corpus's truth.

Per page: article boundaries (the first line of each article) as precision, recall and F1; for
each true article, the predicted article that shares most of its lines, and whether its title,
headline parts and credits are exactly right and how similar its body is; paragraph openings as
F1 over lines.
"""
from __future__ import annotations

import difflib
import warnings

import pandas as pd

from ..pages import PageError, PageWarning
from . import articles_of, label_page


def _f1(tp: int, n_pred: int, n_true: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_true if n_true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_page(text: str, truth: dict, labeller) -> dict:
    """Counts and sums for one page (add them over pages, then `summarise`)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PageWarning)
        lines = label_page(text, labeller)
        try:
            arts = articles_of(lines)
        except PageError:
            arts = []
    true_lines: dict[int, set[int]] = {}
    for row in truth["lines"]:
        if row["article"]:
            true_lines.setdefault(row["article"], set()).add(row["line"])
    true_starts = {min(v) for v in true_lines.values()}
    pred_starts = {min(a.lines) for a in arts if a.lines}
    want_par = {r["line"] for r in truth["lines"] if r["starts_paragraph"]}
    got_par = {ln.n for ln in lines if ln.starts and ln.label in ("body", "caption")}
    row = {"pages": 1, "articles": len(true_lines), "predicted": len(pred_starts),
           "boundary_tp": len(true_starts & pred_starts),
           "par_true": len(want_par), "par_pred": len(got_par), "par_tp": len(want_par & got_par),
           "title": 0, "headline": 0, "credits": 0, "body": 0.0}
    for k, want in enumerate(truth["articles"], start=1):
        got = max(arts, key=lambda a: len(true_lines.get(k, set()) & set(a.lines)), default=None)
        if got is None or not true_lines.get(k, set()) & set(got.lines):
            continue
        row["title"] += got.title == want["title"]
        row["headline"] += (got.kicker, got.title, got.subtitle) == (
            want["kicker"], want["title"], want["subtitle"])
        row["credits"] += [c.printed for c in got.credits] == want["credits"]
        body = "".join(p.text for p in got.paragraphs)
        row["body"] += difflib.SequenceMatcher(None, body, "".join(want["paragraphs"]),
                                               autojunk=False).ratio()
    return row


def summarise(rows: pd.DataFrame) -> dict:
    """Scores from summed counts: boundary P/R/F1, exact shares, mean body similarity, par F1."""
    s = rows.sum(numeric_only=True)
    p, r, f = _f1(s.boundary_tp, s.predicted, s.articles)
    _, _, pf = _f1(s.par_tp, s.par_pred, s.par_true)
    return {"pages": int(s.pages), "articles": int(s.articles),
            "boundary_p": p, "boundary_r": r, "boundary_f1": f,
            "titles": s.title / s.articles, "headlines": s.headline / s.articles,
            "credits": s.credits / s.articles, "body_similarity": s.body / s.articles,
            "paragraph_f1": pf}
