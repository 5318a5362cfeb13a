"""From a page's split articles to its three tables: articles, paragraphs, sentences."""
from __future__ import annotations

import re

import pandas as pd

from .clean import HAN_CHARS
from .layout import Article, Line, articles_of, label_page
from .pages import Page
from .sentences import split_sentences
from .tables import SEPARATOR, tidy


def _people(article: Article, role: str) -> str:
    names: list[str] = []
    for credit in article.credits:
        names += [n for n in getattr(credit, role) if n not in names]
    return "、".join(names)


def _first(article: Article, attr: str) -> str:
    return next((getattr(c, attr) for c in article.credits if getattr(c, attr)), "")


def article_row(page: str, number: int, article: Article) -> dict:
    """One row of `articles.csv` for an article of a page."""
    text = "\n".join(p.text for p in article.paragraphs)
    return {
        "page": page, "article": number, "article_id": f"{page}-{number:02d}",
        "kicker": article.kicker, "title": article.title, "subtitle": article.subtitle,
        "source": _first(article, "source"),
        "reporters": _people(article, "reporters"),
        "correspondents": _people(article, "correspondents"),
        "photographers": _people(article, "photographers"),
        "date": _first(article, "date"),
        "credits": SEPARATOR.join(c.printed for c in article.credits),
        "subheads": SEPARATOR.join(article.subheads),
        "text": text,
        "n_paragraphs": len(article.paragraphs),
        "n_chars": len(re.findall(f"[{HAN_CHARS}]", text)),
    }


def lines_rows(page: Page, lines: list[Line], articles: list[Article]) -> list[dict]:
    """One row of `lines.csv` per line of the page's text, blank lines included."""
    article_of = {n: f"{page.page}-{k:02d}" for k, a in enumerate(articles, start=1) for n in a.lines}
    labelled = {ln.n: ln for ln in lines}
    rows = []
    for n, text in enumerate(page.text.split("\n"), start=1):
        ln = labelled.get(n)
        rows.append({"page": page.page, "line": n, "text": text,
                     "label": ln.label if ln else "blank",
                     "starts_paragraph": bool(ln and ln.starts and ln.label in ("body", "caption")),
                     "confidence": ln.confidence if ln else 1.0,
                     "article_id": article_of.get(n, ""),
                     # PDF pages: how the line is printed (empty for a text page)
                     "font_size": ln.font_size if ln and ln.font_size else None,
                     "bold": (ln.bold if ln and ln.font_size else None),
                     "x": ln.x if ln and ln.font_size else None,
                     "y": ln.y if ln and ln.font_size else None})
    if rows and not rows[-1]["text"] and page.text.endswith("\n"):
        rows.pop()                        # the end of the last line is not a line of its own
    return rows


def page_tables(page: Page, corrections: dict[int, str] | None = None) -> dict[str, pd.DataFrame]:
    """Split one page and return its `articles`, `paragraphs`, `sentences` and `lines` tables.

    >>> from helpers.pages import read_page
    >>> from helpers.paths import raw_pages
    >>> t = page_tables(read_page(raw_pages()[0]))
    >>> t["articles"].loc[0, ["article_id", "source", "reporters"]].tolist()
    ['000_0c66df68e3bcb91e-01', '解放日报', '李成东']
    """
    lines = label_page(page.text, corrections=corrections, geometry=page.geometry)
    articles = articles_of(lines, page.path or page.page)
    rows, paras, sents = [], [], []
    for number, article in enumerate(articles, start=1):
        row = article_row(page.page, number, article)
        rows.append(row)
        for p, para in enumerate(article.paragraphs, start=1):
            paras.append({"article_id": row["article_id"], "paragraph": p,
                          "subhead": para.subhead, "text": para.text})
            for s, sentence in enumerate(split_sentences(para.text), start=1):
                sents.append({"article_id": row["article_id"], "paragraph": p,
                              "sentence": s, "text": sentence})
    return {"articles": tidy(pd.DataFrame(rows), "articles"),
            "paragraphs": tidy(pd.DataFrame(paras), "paragraphs"),
            "sentences": tidy(pd.DataFrame(sents), "sentences"),
            "lines": tidy(pd.DataFrame(lines_rows(page, lines, articles)), "lines")}
