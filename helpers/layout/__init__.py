"""The page reader: from the text of a page to its articles, line by line.

    lines (`lines.read_lines`: widths, columns, blank neighbours)
      -> labels (a labeller: `RuleLabeller`, or the trained `CRFLabeller`; one interface)
      -> corrections (a user's `corrections.csv` overrides any label)
      -> reading order (`order.reading_order`: a headline an extractor printed apart from its
         text gets that text back)
      -> articles (`assemble.assemble`: headline parts, credits, subheads, paragraphs)

`split_page(text)` runs them all; `label_page(text)` stops at the labels.
"""
from __future__ import annotations

import warnings

import pandas as pd

from ..pages import PageError, PageWarning
from .assemble import Article, Paragraph, assemble
from .columns import read_columns
from .order import reading_order
from .lines import Line, letter_spaced, read_lines, width
from .crf import CRFLabeller
from .rule_labeller import RuleLabeller

__all__ = ["Article", "Paragraph", "Line", "split_page", "label_page", "line_table",
           "letter_spaced", "width", "default_labeller", "RuleLabeller", "CRFLabeller"]


LABELLERS = {"crf": CRFLabeller, "rules": RuleLabeller}
DEFAULT = "crf"        # the one that scores higher on the layout corpus (benchmarks/results/layout.md)


def default_labeller():
    """The labeller the pipeline uses: the one that scores higher on the layout corpus."""
    return LABELLERS[DEFAULT]()


def label_page(text: str, labeller=None, corrections: dict[int, str] | None = None,
               geometry: dict[int, dict] | None = None) -> list[Line]:
    """Every non-blank line of a page with its label, paragraph start and confidence.

    `geometry` (a PDF page's, `helpers.pdf.PdfPage.geometry`) gives each line its print size,
    boldness and band, which the CRF reads as features.

    `corrections` maps line numbers to labels that override the labeller's; a line corrected to
    `title` (or `kicker`) opens an article, one corrected to `body` opens a paragraph when the
    line before it is not body.
    """
    lines = read_lines(text)
    if geometry:
        from .crf import PDF_MODEL
        from .train import attach_geometry
        attach_geometry(lines, geometry)
        if labeller is None and DEFAULT == "crf":
            labeller = CRFLabeller(PDF_MODEL)
    lines = (labeller or default_labeller()).label(lines)
    for ln in lines:
        if corrections and ln.n in corrections:
            ln.label, ln.confidence = corrections[ln.n], 1.0
    return lines


def split_page(text: str, name: str = "<page>", labeller=None,
               corrections: dict[int, str] | None = None) -> list[Article]:
    """Split a page's text into articles.

    >>> page = ("要闻 2\\n\\n第一篇的标题\\n本报记者 张 三\\n今天，天气晴。全市气温回升，\\n市民纷纷出门踏青。\\n"
    ...         "\\n第二篇的标题\\n新华社北京6月1日电 第二篇正文在这\\n里，写了一句话。\\n（记者 李 四）\\n")
    >>> [(a.title, [c.printed for c in a.credits]) for a in split_page(page)]
    [('第一篇的标题', ['本报记者张三']), ('第二篇的标题', ['新华社北京6月1日电', '记者李四'])]
    """
    return articles_of(label_page(text, labeller, corrections), name)


def articles_of(lines: list[Line], name: str = "<page>") -> list[Article]:
    """The articles of labelled lines; an error for a page with no text or no article."""
    if not lines:
        raise PageError(f"{name}: no text on the page")
    articles = [a for a in assemble(read_columns(reading_order(lines))) if not a.empty() or a.subheads]
    if any(ln.folded for ln in lines):              # a page in traditional characters
        from ..clean import halfwidth
        from .script import restore_articles
        restore_articles(articles, {ln.n: halfwidth(ln.raw).strip() for ln in lines})
    if not any(a.title or a.paragraphs for a in articles):
        raise PageError(f"{name}: no recognisable article (no headline and no body text)")
    if not any(a.title for a in articles):
        warnings.warn(f"{name}: no headline found; the page is read as one untitled article",
                      PageWarning, stacklevel=2)
    return articles


def line_table(text: str, labeller=None) -> pd.DataFrame:
    """What the labeller decided for each non-blank line, with what it measured of it.

    >>> line_table("标题\\n本报讯 正文。\\n")[["line", "label", "starts"]].values.tolist()
    [[1, 'title', False], [2, 'body', True]]
    """
    rows = [{"line": ln.n, "label": ln.label, "starts": ln.starts, "confidence": ln.confidence,
             "width": ln.width, "column": ln.column, "text": ln.text}
            for ln in label_page(text, labeller)]
    return pd.DataFrame(rows, columns=["line", "label", "starts", "confidence", "width", "column",
                                       "text"])
