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

from ..clean import clean
from ..pages import PageError, PageWarning
from . import articles_of, label_page


def _wanted(want: dict, part: str) -> str:
    """A true headline part as the spec's clean text has it: a truth that keeps the space a
    page printed inside a title (`开镰收割 水稻喜迎丰收`) is compared without it."""
    return clean(want.get(part, ""))


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
        row["title"] += got.title == _wanted(want, "title")
        row["headline"] += (got.kicker, got.title, got.subtitle) == tuple(
            _wanted(want, part) for part in ("kicker", "title", "subtitle"))
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


# --- scoring by content, for pages whose truth is articles only (the PDF test pages) ---------

def _grams(text: str, n: int = 4) -> set[str]:
    text = "".join(text.split())
    return {text[i:i + n] for i in range(max(1, len(text) - n + 1))} if text else set()


def _truth_text(a: dict) -> str:
    paras = [p["text"] if isinstance(p, dict) else p for p in a.get("paragraphs", [])]
    return "".join([a.get("kicker", ""), a.get("title", ""), a.get("subtitle", ""),
                    a.get("caption", "")] + paras)


def _article_text(a) -> str:
    return "".join([a.kicker, a.title, a.subtitle] + [p.text for p in a.paragraphs])


def score_articles(arts: list, truth: list[dict]) -> dict:
    """Counts for one page whose truth is a list of articles (no line labels): a true article
    is found when one predicted article holds at least 80 % of its text and is at least 80 %
    made of it (4-character shingles, each predicted article used once); its title is right
    when equal, and its body is compared with the true paragraphs and caption (`difflib`
    ratio; the caption before or after the paragraphs, whichever matches better: the splitter
    reads a caption into the article's text, where the page prints it).

    >>> from helpers.layout import Article, Paragraph
    >>> arts = [Article(title="第一篇的标题", paragraphs=[Paragraph("", "正文第一段写了一句话。")]),
    ...         Article(title="第二篇的标题", paragraphs=[Paragraph("", "第二篇正文在这里。")])]
    >>> truth = [{"title": "第一篇的标题", "paragraphs": ["正文第一段写了一句话。"]},
    ...          {"title": "第二篇的标题", "paragraphs": ["第二篇正文在这里。"]}]
    >>> r = score_articles(arts, truth); r["boundary_tp"], r["title"], r["body"]
    (2, 2, 2.0)
    """
    pred = [(a, _grams(_article_text(a))) for a in arts if not a.empty()]
    row = {"pages": 1, "articles": len(truth), "predicted": len(pred), "boundary_tp": 0,
           "par_true": 0, "par_pred": 0, "par_tp": 0,
           "title": 0, "headline": 0, "credits": 0, "body": 0.0}
    used: set[int] = set()
    for want in truth:
        g = _grams(_truth_text(want))
        if not g:
            continue
        best, best_j, best_share = None, None, 0.0
        for j, (a, pg) in enumerate(pred):
            share = len(g & pg) / len(g)
            if share > best_share:
                best, best_j, best_share = a, j, share
        if best is None:
            continue
        pure = len(g & pred[best_j][1]) / max(1, len(pred[best_j][1]))
        if best_share >= 0.8 and pure >= 0.8 and best_j not in used:
            row["boundary_tp"] += 1
            used.add(best_j)
        row["title"] += best.title == _wanted(want, "title")
        row["headline"] += (best.kicker, best.title, best.subtitle) == tuple(
            _wanted(want, part) for part in ("kicker", "title", "subtitle"))
        body = "".join(p.text for p in best.paragraphs)
        paras = "".join(p["text"] if isinstance(p, dict) else p for p in want.get("paragraphs", []))
        caption = want.get("caption", "")        # a caption is read into the article's text
        row["body"] += max(difflib.SequenceMatcher(None, body, text, autojunk=False).ratio()
                           for text in {caption + paras, paras + caption})
    return row
