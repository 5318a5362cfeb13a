"""The rule-based line labeller: hand-written rules read each line against its neighbours.

1. classify: each line is furniture, a credit (byline, closing or photo credit), a heading
   (short, letter-spaced or spanning columns, at a paragraph start, not ending a sentence) or
   body; consecutive headings form a group;
2. decide each group: a headline (kicker, title, subtitle: it opens an article) or a subhead,
   following the state of the article being read; and where body paragraphs start.

Every pattern and number is in `helpers.layout.rules`. `RuleLabeller().label(lines)` sets
`label`, `starts` and `confidence` on every line; `helpers.layout.assemble` builds the articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import rules as R
from ..clean import squeeze
from ..words import word_runs_on
from .credits import parse_credit
from .lines import (Line, credit_line, ends_sentence, furniture_line, is_bullet, letter_spaced,
                    open_ended)

SURE, UNSURE = 0.9, 0.6     # the confidence the rules give a decision by look, by context only


def set_large(ln: Line) -> bool:
    """A line set as a headline: letter-spaced, or wider than its column (spanning columns)."""
    return letter_spaced(ln.text) or ln.width >= R.HEADING_WIDE * ln.column


def is_closing_credit(ln: Line | None) -> bool:
    """A credit in brackets (`（记者 杨 洁）`), which closes its article."""
    return ln is not None and ln.kind == "credit" and ln.text[0] in "（("


def _sure_heading(ln: Line, nxt: Line | None) -> bool:
    """A heading by its own look: set large, open-ended, or much shorter than its column."""
    if set_large(ln) or open_ended(ln.text):
        return True
    gap = ln.column - ln.width
    if gap >= R.HEADING_GAP_SURE:
        return True
    if gap >= R.HEADING_GAP_MAYBE and nxt is not None and not re.search(r"[A-Za-z0-9]$", ln.text):
        return not word_runs_on(squeeze(ln.text), squeeze(nxt.text))
    return False


def may_be_heading(ln: Line) -> bool:
    """Could this line be a heading at all?

    Never one that ends a sentence or a clause, a bullet, a dateline, or a line with
    justification spaces next to punctuation (`盛夏时节， 俯瞰安徽`): headings are not justified.
    """
    return not (ends_sentence(ln.text) or is_bullet(ln.text) or ln.text[-1] in "，,、；;"
                or R.DATELINE.match(ln.text) or R.JUSTIFIED.search(ln.text))


def starts_article(ln: Line | None) -> bool:
    """Is this line a byline or a dateline, which follow a headline?"""
    if ln is None:
        return False
    credit = credit_line(ln.text)
    return bool(R.DATELINE.match(ln.text)) or (credit is not None and bool(credit.reporters))


def page_indents(lines: list[Line]) -> bool:
    """Does the page indent its paragraphs? Then a line opening a paragraph at full width is a
    heading. Measured on lines after a sentence end and a blank line (paragraph openings).
    """
    gaps = [ln.column - ln.width for prev, ln in zip(lines, lines[1:])
            if ends_sentence(prev.text) and ln.blank_before and may_be_heading(ln)]
    gaps = [g for g in gaps if g < R.HEADING_GAP_SURE]
    indented = sum(1 for g in gaps if g >= R.INDENT_GAP)
    return len(gaps) >= R.INDENT_MIN_OPENINGS and indented >= R.INDENT_SHARE * len(gaps)


def classify(lines: list[Line]) -> list[Line]:
    """Set each line's kind: furniture, credit, bullet, heading or body."""
    text = [ln for ln in lines if not furniture_line(ln.text)]
    for ln in lines:
        if furniture_line(ln.text):
            ln.kind, ln.sure = "furniture", True
    indented = page_indents(text)
    prev: Line | None = None
    for k, ln in enumerate(text):
        nxt = text[k + 1] if k + 1 < len(text) else None
        after_block = prev is None or prev.kind in ("credit", "heading")
        after_sentence = prev is not None and ends_sentence(prev.text)
        at_start = after_block or (after_sentence and (
            ln.blank_before or is_bullet(ln.text)
            or prev.width < R.SHORT_PARAGRAPH_END * prev.column))
        if (after_block or after_sentence) and credit_line(ln.text) is not None:
            ln.kind, ln.sure = "credit", True
        elif is_bullet(ln.text):
            ln.kind, ln.sure = "bullet", True
        elif at_start and may_be_heading(ln):
            opens = prev is None or is_closing_credit(prev)
            flush = indented and not after_block and ln.column - ln.width < R.UNINDENTED_GAP
            ln.sure = _sure_heading(ln, nxt) or starts_article(nxt) or opens or flush
            ln.kind = "heading" if ln.sure or _heading_follows(text, k) else "body"
        else:
            ln.sure = not at_start
        prev = ln
    return lines


def _heading_follows(lines: list[Line], k: int) -> bool:
    """A line at a paragraph start followed, after a blank, by a sure heading (a kicker)."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is None or not lines[k].blank_after or not may_be_heading(nxt):
        return False
    return set_large(nxt)


def heading_groups(lines: list[Line]) -> list[list[Line] | Line]:
    """Runs of consecutive heading lines become one group; other lines stay as they are.

    A group whose last line ends with a dash or colon but is not followed by more headings is
    body text after all (`新推的五项便民措施是———` before a list).
    """
    items: list[list[Line] | Line] = []
    for ln in lines:
        if ln.kind == "heading" and items and isinstance(items[-1], list):
            items[-1].append(ln)
        else:
            items.append([ln] if ln.kind == "heading" else ln)
    out: list[list[Line] | Line] = []
    for item in items:
        while isinstance(item, list) and item and open_ended(item[-1].text):
            tail = item.pop()
            tail.kind = "body"
            if item:
                out.append(item)
            item = tail
        out.append(item)
    return out


@dataclass
class _State:
    """What the rules need to know of the article being read."""

    paragraphs: int = 0
    subheads: int = 0
    credits: int = 0
    closed: bool = False
    in_paragraph: bool = False
    fresh: bool = True       # nothing in it yet
    paragraph: str = ""      # the text of the paragraph being read

    def end_paragraph(self) -> None:
        """A paragraph that ends in a bracketed credit (`…。（王 芳）`) closes its article."""
        m = R.TRAILING_CREDIT.search(self.paragraph)
        if m and ends_sentence(self.paragraph[: m.start()].rstrip()) and parse_credit(m.group("inner")):
            self.closed = True
        self.paragraph, self.in_paragraph = "", False


def is_headline(group: list[Line], state: _State | None, nxt: Line | None) -> bool:
    """Does a heading group open a new article (else it is a subhead)?"""
    if state is None or state.closed or not (state.paragraphs or state.subheads):
        return True
    if not (state.subheads or state.credits or state.paragraphs >= R.LEAD_PARAGRAPHS):
        return True   # a one-paragraph item with no byline is a brief: a heading opens the next
    last = group[-1]
    return (len(group) > 1 or set_large(last) or starts_article(nxt)
            or (last.blank_after and nxt is not None and nxt.kind == "body"))


def headline_labels(group: list[Line]) -> list[str]:
    """Kicker, title or subtitle for each line of a headline group.

    The letter-spaced part (set large) is the title; else a part ending in a dash is a kicker
    and the one after it the title; else the first part is the title and the rest subtitle.
    A line ending in a colon goes on in the next (`安徽和县：` / `新绿染夏田`): one part.
    """
    part_of: list[int] = []
    for k, ln in enumerate(group):
        joined = k and group[k - 1].text[-1:] in "：:"
        part_of.append(part_of[-1] if joined else (part_of[-1] + 1 if part_of else 0))
    first = {}
    for k, p in enumerate(part_of):
        first.setdefault(p, k)
    spaced = [part_of[i] for i, ln in enumerate(group) if letter_spaced(ln.text)]
    if spaced and part_of[-1] + 1 == len(group):
        t = spaced[0]
    elif part_of[-1] > 0 and R.KICKER_END.search(group[first[1] - 1].text):
        t = 1
    else:
        t = 0
    return ["kicker" if p < t else "title" if p == t else "subtitle" for p in part_of]


class RuleLabeller:
    """Hand-written rules behind the labeller interface: `label(lines)` labels every line."""

    name = "rules"

    def warm_up(self) -> None:
        """Nothing to load (jieba, for words running on across lines, loads with the words)."""

    def label(self, lines: list[Line]) -> list[Line]:
        classify(lines)
        return self.decide(lines)

    def decide(self, lines: list[Line]) -> list[Line]:
        """Label lines whose kind (furniture, credit, bullet, heading, body) is set: which
        heading groups are headlines (and their parts) and which subheads, where paragraphs
        start. The trained labeller reuses this on the kinds it predicts."""
        for ln in lines:
            if ln.kind == "furniture":
                ln.label, ln.confidence = "furniture", SURE
        items = heading_groups([ln for ln in lines if ln.kind != "furniture"])
        state: _State | None = None
        for k, item in enumerate(items):
            nxt = _first_line(items[k + 1]) if k + 1 < len(items) else None
            state = self._decide(item, state, nxt, items[k - 1] if k else None)
        return lines

    def _decide(self, item, state: _State | None, nxt: Line | None, prev) -> _State:
        if isinstance(item, list):
            if state is not None:
                state.end_paragraph()
            if is_headline(item, state, nxt):
                if state is None or not state.fresh:
                    state = _State()
                for ln, lab in zip(item, headline_labels(item)):
                    ln.label = lab
                state.fresh = False
            else:
                for ln in item:
                    ln.label = "subhead"
                state.subheads += 1
            _confide(item)
            return state
        if item.kind == "credit":
            if state is None:
                state = _State()
            state.end_paragraph()
            item.label = "credit"
            state.credits += 1
            state.closed = state.closed or is_closing_credit(item) or state.paragraphs > 0
            state.fresh = False
            _confide([item])
            return state
        if state is None or (state.closed and not state.in_paragraph):
            state = _State()
        item.label = "body"
        item.starts = _opens(item, state, prev)
        if item.starts:
            state.end_paragraph()
            state.paragraphs += 1
        state.paragraph += item.text
        state.in_paragraph, state.fresh = True, False
        _confide([item])
        return state


def _opens(ln: Line, state: _State, prev) -> bool:
    """Does a body line open a new paragraph of the article being read?"""
    return not state.in_paragraph or is_bullet(ln.text) or _new_paragraph(ln, prev)


def _confide(lines: list[Line]) -> None:
    for ln in lines:
        ln.confidence = SURE if ln.sure or ln.kind in ("credit", "bullet") else UNSURE


def _first_line(item: list[Line] | Line) -> Line:
    return item[0] if isinstance(item, list) else item


def _new_paragraph(ln: Line, prev: list[Line] | Line | None) -> bool:
    """Does this body line open a paragraph (after a sentence end and a break, or a heading)?"""
    if prev is None or isinstance(prev, list) or prev.kind == "credit":
        return True
    return ends_sentence(prev.text) and (
        ln.blank_before or prev.width < R.SHORT_PARAGRAPH_END * prev.column)
