"""The trained line labeller: a linear-chain CRF (CRFsuite) over page-normalised line features.

It labels the whole page at once (Viterbi over the chain), so one odd line does not decide the
next; the rule labeller's decisions are among its features. Trained by `make train-layout` from
the layout corpus (`tests/fixtures/layouts/`); the model is `data/models/layout.crfsuite`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..paths import DATA
from . import rules as R
from .assemble import HEADLINE
from .conventions import Conventions, read_conventions
from .features import sequence_features
from .lines import Line, ends_sentence
from .rule_labeller import RuleLabeller

MODEL = DATA / "models" / "layout.crfsuite"
# The same labeller for pages read from a PDF (helpers.pdf): trained on the same corpus plus the
# PDF pages as the PDF reader sees them, with their print sizes. One model for both loses text
# pages: the sample relaid at 66 layouts keeps its five articles in 15, not 23, and the print
# sizes explain away the text cues a text page has nothing else than.
PDF_MODEL = DATA / "models" / "layout-pdf.crfsuite"


def tag_of(label: str, starts: bool) -> str:
    """The CRF's tag: the label, with body and caption split into paragraph openings and the rest.

    Captions are body to the model: nothing in a caption's text tells it from a paragraph.

    >>> tag_of("body", True), tag_of("caption", False), tag_of("title", False)
    ('body+', 'body', 'title')
    """
    label = "body" if label == "caption" else label     # a caption reads as body text
    return label + "+" if starts and label == "body" else label


def blank_count(lines: list[Line]) -> int:
    """Blank lines between a page's first and last text lines."""
    return lines[-1].n - lines[0].n + 1 - len(lines) if lines else 0


def page_items(lines: list[Line], conv: Conventions) -> list[list[str]]:
    """The CRF's input for a page's lines (labelled by the rules first: their labels are features)."""
    RuleLabeller().label(lines)
    return sequence_features(lines, conv)


@lru_cache(maxsize=4)
def _tagger(path: str):
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


class CRFLabeller:
    """The trained labeller behind the labeller interface: `label(lines)` labels every line."""

    name = "crf"

    def __init__(self, model: str | Path = MODEL):
        self.model = str(model)

    def warm_up(self) -> None:
        """Load the model (before worker processes are forked, so they share it)."""
        _tagger(self.model)

    def label(self, lines: list[Line], n_blank: int | None = None) -> list[Line]:
        if not lines:
            return lines
        conv = read_conventions(lines, blank_count(lines) if n_blank is None else n_blank)
        items = page_items(lines, conv)
        tagger = _tagger(self.model)
        tags = tagger.tag(items)
        for k, (ln, tag) in enumerate(zip(lines, tags)):
            ln.label, ln.starts = tag.rstrip("+"), tag.endswith("+")
            ln.confidence = round(tagger.marginal(tag, k), 3)
        repair(lines, conv)
        return lines


PARAGRAPH_BLANKS = 0.7     # a page whose blank lines follow sentence ends this often marks
                           # paragraph ends with them (else they are column breaks)


def repair(lines: list[Line], conv: Conventions | None = None) -> None:
    """Constraints the chain must keep: a line opening with a dateline (`新华社北京6月1日电 …`)
    opens the body; a subtitle stands under a title; body after anything but body opens a
    paragraph, and so does body after a sentence end and a blank line on a page whose blank
    lines mark paragraph ends."""
    blanks_end_paragraphs = conv is not None and conv.blank_at_sentence_end >= PARAGRAPH_BLANKS
    prev = None
    for ln in lines:
        if ln.label in ("furniture",):
            continue
        if ln.label in HEADLINE + ("subhead",) and R.DATELINE.match(ln.text):
            ln.label, ln.starts = "body", True
        if ln.label == "subtitle" and (prev is None or prev.label not in HEADLINE):
            ln.label = "title"
        if ln.label in ("body", "caption") and (prev is None or prev.label != ln.label):
            ln.starts = True
        if (blanks_end_paragraphs and ln.label in ("body", "caption") and ln.blank_before
                and prev is not None and ends_sentence(prev.text)):
            ln.starts = True
        if ln.label not in ("body", "caption"):
            ln.starts = False
        prev = ln
