"""From a raw page to articles: which line is a headline, a subhead, a credit or body text.

The page arrives as column lines (12–18 characters), blank lines at column and block breaks,
and several articles one after another. The splitter reads it in three passes:

1. measure: each line's width (a Chinese character 1, an ASCII one 0.55) against the width of
   its column (a quantile of the widths around it);
2. classify: each line is a credit (byline, closing credit, photo credit), a heading (short,
   letter-spaced or spanning columns, at a paragraph start, not ending a sentence) or body;
   consecutive headings form a group that opens an article (a headline: kicker, title,
   subtitle) or, inside an article, a subhead;
3. assemble: body lines join into paragraphs at sentence ends followed by a break, datelines
   (`新民晚报讯`) and trailing credits (`（记者 杨 洁）`) are moved to `credits`.

All patterns and numbers are in `helpers.layout_rules`.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass, field

import pandas as pd

from . import rules as R
from ..clean import clean, halfwidth, join_lines, squeeze
from .credits import Credit, parse_credit
from ..pages import PageError, PageWarning
from ..words import word_runs_on

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class Line:
    """One non-blank line of the page, with what the splitter measured of it."""

    n: int                 # 1-based line number in the file
    text: str              # halfwidth, stripped
    blank_before: bool
    blank_after: bool
    width: float = 0.0
    column: float = 0.0
    kind: str = "body"     # body | bullet | credit | heading
    sure: bool = False     # a heading by its own look (not only by its neighbours)


@dataclass
class Paragraph:
    subhead: str
    text: str


@dataclass
class Article:
    """One article: headline parts, credits, subheads and paragraphs, all cleaned."""

    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    credits: list[Credit] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    closed: bool = False

    def empty(self) -> bool:
        return not (self.title or self.kicker or self.paragraphs or self.credits)


# --- pass 1: measure -------------------------------------------------------------------


def width(text: str) -> float:
    """Printed width of a line in Chinese characters; spaces do not count.

    >>> width("长三角 G60 科创走廊")
    8.65
    """
    w = sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else R.ASCII_WIDTH
            for ch in text if not ch.isspace())
    return round(w, 2)


def read_lines(text: str) -> list[Line]:
    """The non-blank lines of a page, with blank neighbours, widths and column widths."""
    raw = [halfwidth(line).strip() for line in text.split("\n")]
    lines = [Line(i + 1, t, i == 0 or not raw[i - 1], i + 1 == len(raw) or not raw[i + 1])
             for i, t in enumerate(raw) if t]
    widths = [width(ln.text) for ln in lines]
    for k, ln in enumerate(lines):
        window = sorted(widths[max(0, k - R.COLUMN_BEFORE): k + R.COLUMN_AFTER + 1])
        ln.width = widths[k]
        ln.column = window[min(len(window) - 1, int(len(window) * R.COLUMN_QUANTILE))]
    return lines


# --- pass 2: classify ------------------------------------------------------------------


def ends_sentence(text: str) -> bool:
    """True when a line ends a sentence (closing quotes and brackets allowed after it).

    >>> ends_sentence("领者与问题解决者的角色。 ”"), ends_sentence("是区域创新")
    (True, False)
    """
    core = text.rstrip(R.CLOSERS + " ")
    return bool(core) and (core[-1] in R.SENTENCE_END or core.endswith(R.ELLIPSIS * 2))


def letter_spaced(text: str) -> bool:
    """A headline set with spaces between its characters: most pairs of neighbouring Chinese
    characters are set apart (justification spaces around digits part none).

    >>> letter_spaced("三 省 人 才 落 户 上 海"), letter_spaced("解放日报记者 李成东")
    (True, False)
    >>> letter_spaced("上海乐高乐园度假区将于 7 月 5 日"), letter_spaced("6月 25 日 至 7 月 5 日")
    (False, False)
    """
    pairs = spaced = 0
    previous, gap = "", False
    for ch in text:
        if ch.isspace():
            gap = True
            continue
        if _HAN.match(ch) and _HAN.match(previous or " "):
            pairs += 1
            spaced += gap
        previous, gap = ch, False
    return spaced >= R.LETTER_SPACED_MIN and spaced >= R.LETTER_SPACED_SHARE * pairs


def is_bullet(text: str) -> bool:
    return text[0] in R.BULLETS


def credit_line(text: str) -> Credit | None:
    """The credit a whole line states (byline, closing or photo credit), else None.

    >>> credit_line("解放日报记者 李成东").reporters
    ['李成东']
    >>> credit_line("九城协同，让彼此优势共振放大") is None
    True
    """
    if any(p in text for p in "，。；！？,;!?"):
        return None
    return parse_credit(text)


def set_large(ln: Line) -> bool:
    """A line set as a headline: letter-spaced, or wider than its column (spanning columns)."""
    return letter_spaced(ln.text) or ln.width >= R.HEADING_WIDE * ln.column


def open_ended(text: str) -> bool:
    """A heading line that goes on in the next: it ends with a long dash or a colon."""
    return bool(R.KICKER_END.search(text)) or text[-1] in "：:"


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


def _may_be_heading(ln: Line) -> bool:
    """Could this line be a heading at all?

    Never one that ends a sentence or a clause, a bullet, a dateline, or a line with
    justification spaces next to punctuation (`盛夏时节， 俯瞰安徽`): headings are not justified.
    """
    return not (ends_sentence(ln.text) or is_bullet(ln.text) or ln.text[-1] in "，,、；;"
                or R.DATELINE.match(ln.text) or R.JUSTIFIED.search(ln.text))


def _starts_article(ln: Line | None) -> bool:
    """Is this line a byline or a dateline, which follow a headline?"""
    if ln is None:
        return False
    credit = credit_line(ln.text)
    return bool(R.DATELINE.match(ln.text)) or (credit is not None and bool(credit.reporters))


def classify(lines: list[Line]) -> list[Line]:
    """Set each line's kind: credit, bullet, heading or body."""
    indented = page_indents(lines)
    prev: Line | None = None
    for k, ln in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        after_block = prev is None or prev.kind in ("credit", "heading")
        after_sentence = prev is not None and ends_sentence(prev.text)
        at_start = after_block or (after_sentence and (
            ln.blank_before or is_bullet(ln.text)
            or prev.width < R.SHORT_PARAGRAPH_END * prev.column))
        if (after_block or after_sentence) and credit_line(ln.text) is not None:
            ln.kind = "credit"
        elif is_bullet(ln.text):
            ln.kind = "bullet"
        elif at_start and _may_be_heading(ln):
            opens = prev is None or is_closing_credit(prev)
            flush = indented and not after_block and ln.column - ln.width < R.UNINDENTED_GAP
            ln.sure = _sure_heading(ln, nxt) or _starts_article(nxt) or opens or flush
            ln.kind = "heading" if ln.sure or _heading_follows(lines, k) else "body"
        prev = ln
    return lines


def page_indents(lines: list[Line]) -> bool:
    """Does the page indent its paragraphs? Then a line opening a paragraph at full width is a
    heading. Measured on lines after a sentence end and a blank line (paragraph openings).
    """
    gaps = [ln.column - ln.width for prev, ln in zip(lines, lines[1:])
            if ends_sentence(prev.text) and ln.blank_before and _may_be_heading(ln)]
    gaps = [g for g in gaps if g < R.HEADING_GAP_SURE]
    indented = sum(1 for g in gaps if g >= R.INDENT_GAP)
    return len(gaps) >= R.INDENT_MIN_OPENINGS and indented >= R.INDENT_SHARE * len(gaps)


def _heading_follows(lines: list[Line], k: int) -> bool:
    """A line at a paragraph start followed, after a blank, by a sure heading (a kicker)."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is None or not lines[k].blank_after or not _may_be_heading(nxt):
        return False
    return set_large(nxt)


# --- pass 3: assemble ------------------------------------------------------------------


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


def is_headline(group: list[Line], article: Article | None, nxt: Line | None) -> bool:
    """Does a heading group open a new article (else it is a subhead)?"""
    if article is None or article.closed or not (article.paragraphs or article.subheads):
        return True
    if not (article.subheads or article.credits or len(article.paragraphs) >= R.LEAD_PARAGRAPHS):
        return True   # a one-paragraph item with no byline is a brief: a heading opens the next
    last = group[-1]
    return (len(group) > 1 or set_large(last) or _starts_article(nxt)
            or (last.blank_after and nxt is not None and nxt.kind == "body"))


def headline_parts(group: list[Line]) -> tuple[str, str, str]:
    """Kicker, title and subtitle of a headline group.

    The letter-spaced part (set large) is the title; else a part ending in a dash is a kicker
    and the one after it the title; else the first part is the title and the rest subtitle.
    Lines ending in a colon continue on the next line (`安徽和县：` / `新绿染夏田`).
    """
    parts: list[str] = []
    for ln in group:
        if parts and parts[-1][-1:] in "：:":
            parts[-1] += clean(ln.text)
        else:
            parts.append(clean(ln.text))
    spaced = [i for i, ln in enumerate(group) if letter_spaced(ln.text)]
    if spaced and len(parts) == len(group):
        t = spaced[0]
    elif len(parts) > 1 and R.KICKER_END.search(parts[0]):
        t = 1
    else:
        t = 0
    return "".join(parts[:t]), parts[t], "".join(parts[t + 1:])


def split_page(text: str, name: str = "<page>") -> list[Article]:
    """Split a page's text into articles (see the module docstring for the rules).

    >>> page = "标题一\\n本报讯 今天，天气晴。\\n\\n（记者 张 三）\\n\\n标题二\\n新华社北京6月1日电 第二篇正文。\\n"
    >>> [(a.title, a.paragraphs[0].text, [c.printed for c in a.credits]) for a in split_page(page)]
    [('标题一', '今天，天气晴。', ['本报讯', '记者张三']), ('标题二', '第二篇正文。', ['新华社北京6月1日电'])]
    """
    lines = classify(read_lines(text))
    if not lines:
        raise PageError(f"{name}: no text on the page")
    articles = _assemble(heading_groups(lines))
    if not any(a.title or a.paragraphs for a in articles):
        raise PageError(f"{name}: no recognisable article (no headline and no body text)")
    if not any(a.title for a in articles):
        warnings.warn(f"{name}: no headline found; the page is read as one untitled article",
                      PageWarning, stacklevel=2)
    return articles


def _assemble(items: list[list[Line] | Line]) -> list[Article]:
    articles: list[Article] = []
    para: list[str] = []
    subhead = ""

    def flush() -> None:
        nonlocal subhead
        if para:
            subhead = _add_paragraph(articles[-1], para, subhead)
            para.clear()

    for k, item in enumerate(items):
        nxt = _first_line(items[k + 1]) if k + 1 < len(items) else None
        current = articles[-1] if articles else None
        if isinstance(item, list):
            flush()
            if is_headline(item, current, nxt):
                if current is None or not current.empty():
                    articles.append(Article())
                articles[-1].kicker, articles[-1].title, articles[-1].subtitle = headline_parts(item)
                subhead = ""
            else:
                subhead = clean("".join(ln.text for ln in item))
                current.subheads.append(subhead)
            continue
        if item.kind == "credit":
            flush()
            if current is None:
                articles.append(current := Article())
            current.credits.append(credit_line(item.text))
            current.closed = current.closed or is_closing_credit(item) or bool(current.paragraphs)
            continue
        if current is None or (current.closed and not para):
            articles.append(current := Article())
            subhead = ""
        if item.kind == "bullet" or _new_paragraph(item, items[k - 1] if k else None):
            flush()
        para.append(item.text)
    flush()
    return articles


def _first_line(item: list[Line] | Line) -> Line:
    return item[0] if isinstance(item, list) else item


def _new_paragraph(ln: Line, prev: list[Line] | Line | None) -> bool:
    """Does this body line open a paragraph (after a sentence end and a break, or a heading)?"""
    if prev is None or isinstance(prev, list) or prev.kind == "credit":
        return True
    return ends_sentence(prev.text) and (
        ln.blank_before or prev.width < R.SHORT_PARAGRAPH_END * prev.column)


def _add_paragraph(article: Article, lines: list[str], subhead: str) -> str:
    """Clean one paragraph and file its parts: dateline and credits, run-in head, body text."""
    raw = join_lines(lines)
    if not article.paragraphs and not article.closed:
        m = R.DATELINE.match(raw)
        if m:
            article.credits.append(parse_credit(m.group("head")))
            raw = raw[m.end():]
        m = R.LEADING_CREDIT.match(raw)        # 本报讯（记者 张三）, or a bracket after a dateline line
        people = parse_credit(m.group("inner")) if m and article.credits else None
        if people:
            article.credits.append(people)
            raw = raw[m.end():]
    if raw[:1] in R.BULLETS:
        raw = raw.lstrip(R.BULLETS + " ")
        m = R.RUN_IN_HEAD.match(raw)
        if m:
            subhead = clean(m.group("head"))
            article.subheads.append(subhead)
            raw = raw[m.end():]
    m = R.TRAILING_CREDIT.search(raw)
    credit = parse_credit(m.group("inner")) if m and ends_sentence(raw[: m.start()].rstrip()) else None
    if credit:
        article.credits.append(credit)
        article.closed = True
        raw = raw[: m.start()]
    text = clean(raw)
    if text:
        article.paragraphs.append(Paragraph(subhead, text))
    return subhead


def line_table(text: str) -> pd.DataFrame:
    """What the splitter decided for each non-blank line: number, width, column width, kind.

    >>> line_table("标题\\n本报讯 正文。\\n").kind.tolist()
    ['heading', 'body']
    """
    rows = [{"line": ln.n, "kind": ln.kind, "width": ln.width, "column": ln.column,
             "blank_before": ln.blank_before, "text": ln.text}
            for ln in classify(read_lines(text))]
    return pd.DataFrame(rows, columns=["line", "kind", "width", "column", "blank_before", "text"])
