"""A page's own conventions, read from the page before any line is labelled.

Pages differ in their column width, in whether they indent paragraphs, in what a blank line
means (a paragraph end, a column break, both, or nothing, when there are none) and in the
credit forms they use. Each is measured here so that line features can be page-normalised.
"""
from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass

from . import rules as R
from .lines import Line, credit_line, ends_sentence, furniture_line


@dataclass
class Conventions:
    column: float          # the page's typical column width (median of the local estimates)
    indent: float          # share of paragraph openings that are indented (whitespace or short)
    blank_at_sentence_end: float   # share of blank lines that follow a sentence end
    blanks_per_line: float         # blank lines per text line (0: an extractor that writes none)
    datelines: int         # lines that open with a dateline (新华社北京6月1日电, 本报讯)
    bylines: int           # credit lines with people in them
    closing: int           # bracketed credit lines

    def as_row(self) -> dict:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


def read_conventions(lines: list[Line], n_blank: int) -> Conventions:
    """Measure a page's conventions from its non-blank lines and its count of blank lines.

    >>> from .lines import read_lines
    >>> ls = read_lines("标题\\n\\u3000\\u3000正文第一句写在这里。\\n\\n\\u3000\\u3000正文第二句。\\n")
    >>> c = read_conventions(ls, 1); c.indent, c.blank_at_sentence_end
    (1.0, 1.0)
    """
    text = [ln for ln in lines if not furniture_line(ln.text)]
    column = statistics.median([ln.column for ln in text]) if text else 0.0
    openings = [ln for prev, ln in zip(text, text[1:]) if ends_sentence(prev.text)]
    indented = sum(1 for ln in openings if ln.indent >= 1.0 or ln.column - ln.width >= R.INDENT_GAP)
    after_end = [ln for ln in text if ln.blank_after]
    ended = sum(1 for ln in after_end if ends_sentence(ln.text))
    credits = [credit_line(ln.text) for ln in text]
    return Conventions(
        column=float(column),
        indent=indented / len(openings) if openings else 0.0,
        blank_at_sentence_end=ended / len(after_end) if after_end else 0.0,
        blanks_per_line=n_blank / len(lines) if lines else 0.0,
        datelines=sum(1 for ln in text if R.DATELINE.match(ln.text)),
        bylines=sum(1 for c in credits if c is not None and (c.reporters or c.photographers)),
        closing=sum(1 for ln, c in zip(text, credits) if c is not None and ln.text[0] in "（("),
    )
