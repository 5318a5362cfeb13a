"""The trained line labeller: a linear-chain CRF (CRFsuite) over page-normalised line features.

It labels the whole page at once (Viterbi over the chain), so one odd line does not decide the
next; the rule labeller's decisions are among its features. Trained by `make train-layout` from
the layout corpus (`tests/fixtures/layouts/`); the model is `data/models/layout.crfsuite`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from ..clean import squeeze
from ..paths import DATA, LEXICONS
from . import rules as R
from .assemble import HEADLINE
from .conventions import Conventions, read_conventions
from .credits import parse_credit
from .features import _shape, sequence_features
from .lines import (Line, box_label, chrome_line, credit_line, ends_sentence, furniture_line,
                    letter_spaced, page_rule, spaced_pairs, unspaced)
from .rule_labeller import RuleLabeller

MODEL = DATA / "models" / "layout.crfsuite"
# The same labeller for pages read from a PDF (helpers.pdf): trained on the same corpus plus the
# PDF pages as the PDF reader sees them, with their print sizes. This model could serve text pages
# too, but it is not better at them: measured on text pages (2026-12-01), leave-one-family-out
# boundary F1 0.944 against 0.943, fixture pages 201 of 220 fields against 190, but the sample
# relaid at 66 layouts keeps its five articles in 19, not 23; so text pages keep the text model.
PDF_MODEL = DATA / "models" / "layout-pdf.crfsuite"
# Word echoes, cohesion and phrase gaps (`features.echoes`, `phrase_gap`: what a line's words say
# of its place) are features of the text model only (`echoes=True`). Measured 2026-12-02: the
# echoes raised leave-one-family-out boundary F1 from 0.946 to 0.958 and the fixture pages from
# 190 to 215 of 220 fields; in the PDF model, where print size already tells a title from body
# text, they lowered the test PDFs from 1.000 to 0.952.


def tag_of(label: str, starts: bool) -> str:
    """The CRF's tag: the label, with body and caption split into paragraph openings and the rest.

    Captions are body to the model: nothing in a caption's text tells it from a paragraph.

    >>> tag_of("body", True), tag_of("caption", False), tag_of("title", False)
    ('body+', 'body', 'title')
    """
    label = "body" if label == "caption" else label     # a caption reads as body text
    return label + "+" if starts and label == "body" else label


def blank_count(lines: list[Line]) -> int:
    """Blank lines between a page's first and last text lines (on a page with a blank line after
    every line, only those that stand in runs: `helpers.layout.lines.blank_after_every_line`)."""
    if not lines:
        return 0
    n = lines[-1].n - lines[0].n + 1 - len(lines)
    return n - lines[0].lone_blanks if lines[0].lone_blanks else n


def page_items(lines: list[Line], conv: Conventions, echoes: bool = True) -> list[list[str]]:
    """The CRF's input for a page's lines (labelled by the rules first: their labels are features)."""
    RuleLabeller().label(lines)
    return sequence_features(lines, conv, echoes)


@lru_cache(maxsize=4)
def _tagger(path: str):
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


class CRFLabeller:
    """The trained labeller behind the labeller interface: `label(lines)` labels every line."""

    name = "crf"

    def __init__(self, model: str | Path = MODEL, echoes: bool | None = None):
        self.model = str(model)
        self.echoes = Path(model) != PDF_MODEL if echoes is None else echoes

    def warm_up(self) -> None:
        """Load the model (before worker processes are forked, so they share it)."""
        _tagger(self.model)

    def label(self, lines: list[Line], n_blank: int | None = None) -> list[Line]:
        if not lines:
            return lines
        conv = read_conventions(lines, blank_count(lines) if n_blank is None else n_blank)
        items = page_items(lines, conv, self.echoes)
        tagger = _tagger(self.model)
        tags = tagger.tag(items)
        for k, (ln, tag) in enumerate(zip(lines, tags)):
            ln.label, ln.starts = tag.rstrip("+"), tag.endswith("+")
            ln.confidence = round(tagger.marginal(tag, k), 3)
        global _NO_BLANK, _PAGE_TEXT
        _NO_BLANK = None if "blank" in map(_LABEL, lines) else lines    # (no rule makes a line blank)
        _PAGE_TEXT = (lines, "\n".join(map(_TEXT, lines)))              # (nor changes a line's text)
        try:
            jump_lines(lines)
            print_rules(lines, tagger)
            unfinished_sentences(lines, tagger)
            for rule in PAGE_RULES:
                rule(lines)
        finally:
            _NO_BLANK = _PAGE_TEXT = None
        repair(lines, conv)
        return lines


_HEAD_OR_SUBHEAD = HEADLINE + ("subhead",)          # (label sets the rules test against, made once)
_HEAD_OR_FURNITURE = HEADLINE + ("furniture",)
_HEAD_OR_CREDIT = HEADLINE + ("credit",)
_HEAD_OR_BLANK = HEADLINE + ("blank",)
_HEAD_SUBHEAD_CREDIT = HEADLINE + ("subhead", "credit")
_LABEL = attrgetter("label")


_NO_BLANK: list[Line] | None = None   # the page `CRFLabeller.label` is labelling, when no line is blank
_PAGE_TEXT: tuple[list[Line], str] | None = None    # ... and its lines' text, one line a line
_TEXT = attrgetter("text")


def _page_text(lines: list[Line]) -> str:
    """The page's text, a line a line, for the rules' quick tests (a search in C, not a loop over
    lines): made once a page by `CRFLabeller.label`, since no rule changes a line's text."""
    if _PAGE_TEXT is not None and _PAGE_TEXT[0] is lines:
        return _PAGE_TEXT[1]
    return "\n".join(map(_TEXT, lines))


def _text_lines(lines: list[Line]) -> list[Line]:
    """The lines a page rule reads: all but blank ones (the list itself when none is blank, as on
    almost every page: the rules change labels, never the list, and never make a line blank, so
    `CRFLabeller.label` tests it once a page; `map` keeps the test in C)."""
    if lines is _NO_BLANK:
        return lines
    return [ln for ln in lines if ln.label != "blank"] if "blank" in map(_LABEL, lines) else lines


_HASHTAG_TITLE = re.compile(r"#[^#\s]{2,20}#")      # `#这个暑期你出游了吗#`: a topic set as a headline


def jump_lines(lines: list[Line]) -> None:
    """A jump line (`（下转第2版）`) or continuation tag (`（接上）`) is the page's: furniture; so
    are the lines `lines.chrome_line` knows (an image's placeholder, a rule, a web page's tools),
    but for one topic tag alone on its line that the chain read as a headline (`#这个暑期你出游了吗#`
    over a byline: a paper's headline in a post's fashion; a post's tags stand several to a line
    or before `网页链接`).
    The line over a post's stamp (`原创 城市早报 2025-02-19 07:12 发表于浙江`) is the post's title."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if chrome_line(ln.text) and not (ln.label in HEADLINE and _HASHTAG_TITLE.fullmatch(ln.text.strip())):
            ln.label, ln.starts, ln.chrome = "furniture", False, True
        elif R.JUMP_LINE.fullmatch(ln.text):
            ln.label, ln.starts = "furniture", False
        if ln.label == "furniture" and R.POST_STAMP.search(ln.text) and k \
                and real[k - 1].label in ("body", "credit") and not ends_sentence(real[k - 1].text) \
                and (k == 1 or real[k - 2].label == "furniture" or real[k - 1].blank_before):
            real[k - 1].label, real[k - 1].starts = "title", False


def unfinished_sentences(lines: list[Line], tagger) -> None:
    """A line straight under a body line that stops in mid-sentence (no sentence end, no closing
    bracket, no colon, no blank line between; the body line as wide as body lines are, not a
    short one the chain may have misread: `_full_line`, nor a document's signature and date)
    carries the sentence on: it is body (or caption), whatever else the chain took it for, and so
    is a line read as a credit that no credit pattern reads, with a clause in it and no bracket.
    (Over the layout corpus's 19,300 lines under a body line ending so, not one headline or
    subhead.)"""
    text_tags = [t for t in tagger.labels() if t.rstrip("+") in ("body", "caption")]
    for k in range(1, len(lines)):
        ln, prev = lines[k], lines[k - 1]
        if ((ln.label in _HEAD_OR_SUBHEAD or ln.label == "credit" and credit_line(ln.text) is None
             and re.search("[，。；]", ln.text) and not re.search("[（(]", ln.text)) and not ln.blank_before
                and prev.label in ("body", "caption") and _full_line(lines, k - 1)
                and _stops_mid_sentence(prev.text) and not R.SIGNED.fullmatch(squeeze(prev.text))):
            _relabel(ln, tagger, k, [t for t in text_tags if not t.endswith("+")] or text_tags)


def _full_line(lines: list[Line], k: int) -> bool:
    """Is line k as wide as the text it stands in: its column, or, where the column's estimate
    mixes two widths (a wide lead over narrow columns), the body line over it that it wraps from?"""
    ln = lines[k]
    if ln.width >= 0.7 * ln.column:
        return True
    prev = lines[k - 1] if k else None
    return prev is not None and prev.label == "body" and not prev.blank_after \
        and abs(prev.width - ln.width) <= 1 and _stops_mid_sentence(prev.text)


def _stops_mid_sentence(text: str) -> bool:
    """Does a line end with no sentence end, closing bracket or colon after it (so the next goes on)?"""
    return not ends_sentence(text) and text.rstrip()[-1:] not in "：:）)"


def _relabel(ln: Line, tagger, k: int, tags) -> None:
    """Give line `k` the likeliest of `tags` by the chain's marginals."""
    best = max(tags, key=lambda t: tagger.marginal(t, k))
    ln.label, ln.starts = best.rstrip("+"), best.endswith("+")
    ln.confidence = round(tagger.marginal(best, k), 3)


def print_rules(lines: list[Line], tagger) -> None:
    """What a PDF page's print says where the chain says otherwise (text pages, with no print
    size, are left as they are):

    - a line 1.5 times its body size or more (`BIG`) is a headline's; one smaller than its body
      (`SMALL`) is no title; on a page whose titles stand out by size (median 1.25 times the
      body), a plain body-size line no larger than the text under it is no title either;
    - `■` and bold: a brief's title, not a credit;
    - a note of the page's margin (`本版校对`, `新闻热线`) is furniture, not a credit or headline;
    - a headline-size or bold line the chain took for furniture, with a credit under it, is a
      headline's: the last line's of the headline above it if printed alike, else its own.
    """
    body_tags = [t for t in tagger.labels() if t.rstrip("+") not in HEADLINE]
    for k, ln in enumerate(lines):
        if ln.label == "blank":
            continue
        if ln.base_ratio >= BIG and ln.label not in _HEAD_OR_FURNITURE and not ln.band:
            _relabel(ln, tagger, k, HEADLINE)
        elif 0 < ln.base_ratio < SMALL and ln.label == "title":
            _relabel(ln, tagger, k, body_tags)
        if ln.bold and ln.label == "credit" and ln.text.lstrip()[:1] in "■●◆▲▶►★":
            ln.label = "title"
        elif ln.band and ln.label in _HEAD_OR_CREDIT and R.MARGIN_NOTE.match(ln.text):
            ln.label, ln.starts = "furniture", False
    sizes = sorted(ln.base_ratio for ln in lines if ln.label == "title" and ln.base_ratio)
    if sizes and sizes[len(sizes) // 2] >= 1.25:
        below, under = None, {}                       # the first line under each that is no
        for k in range(len(lines) - 1, -1, -1):       # headline's
            under[k] = below
            if lines[k].label not in _HEAD_OR_BLANK:
                below = lines[k]
        for k, ln in enumerate(lines):
            nxt = under[k]
            if (ln.label == "title" and 0 < ln.base_ratio < 1.1 and not ln.bold
                    and nxt is not None and ln.font_size <= 1.03 * nxt.font_size):
                _relabel(ln, tagger, k, body_tags)
    real = [k for k, ln in enumerate(lines) if ln.label != "blank"]
    for i, (k, j) in enumerate(zip(real, real[1:])):
        ln = lines[k]
        if (ln.label == "furniture" and not ln.band and ln.size_ratio
                and (ln.base_ratio >= 1.1 or ln.bold) and lines[j].label == "credit"
                and not R.FURNITURE.fullmatch(ln.text.strip())
                and not R.JUMP_LINE.fullmatch(ln.text)):
            prev = lines[real[i - 1]] if i else None
            if (prev is not None and prev.label in HEADLINE and prev.bold == ln.bold
                    and abs(prev.font_size - ln.font_size) <= 0.03 * ln.font_size):
                ln.label = prev.label
            else:
                ln.label = max(HEADLINE, key=lambda t: tagger.marginal(t, k))


def headlines_run_on(lines: list[Line]) -> None:
    """A line the chain read as a headline part, near as wide as the text, whose last word runs on
    into the body line under it, a blank line between or not (`闵行区积极推动普惠金融顾问制` /
    `度、小微企业融资协调机制等，…`), or that stops at a particle (`…挂牌融资服务中心的` / `区之一，…`),
    opens that paragraph: a headline stops at a word's end, a wrapped paragraph anywhere. (So
    does such a line the extractor letter-spaced, as it spreads a justified line.)"""
    from ..words import word_runs_on
    real = _text_lines(lines)
    for k in range(len(real) - 1):
        ln, nxt = real[k], real[k + 1]
        if ln.label in HEADLINE and nxt.label == "body" and nxt.indent < 1 \
                and ln.width >= 0.7 * ln.column and nxt.width >= 0.8 * ln.column \
                and (" " not in ln.text.strip() or _spaced_out(ln.text)) and ln.text.lstrip()[:1] not in R.BULLETS \
                and not ends_sentence(ln.text) and not opens_with_credit(nxt.text) \
                and (word_runs_on(squeeze(ln.text), squeeze(nxt.text)) or _ends_in_particle(ln.text)):
            ln.label, ln.starts, nxt.starts = "body", True, False


_PARTICLES = "的地得之和与及并或而在对把被从向为以于给跟同将让由自按"   # the one-character words jieba may so tag


def _ends_in_particle(text: str) -> bool:
    """Does a line stop at a word that ties what follows to it (`的`, `和`, `在`: jieba's particle,
    conjunction or preposition of one character), as no headline does?"""
    from ..words import pos_tokenizer
    tail = squeeze(text)[-6:]
    if tail[-1:] not in _PARTICLES:
        return False                            # (a quick test first)
    tokens = list(pos_tokenizer().cut(tail))
    return bool(tokens) and len(tokens[-1].word) == 1 and tokens[-1].flag in ("uj", "c", "p")


VERTICAL_RUN = 4         # a headline set vertically: this many lines or more of a character or two


def vertical_headlines(lines: list[Line]) -> None:
    """`VERTICAL_RUN` lines or more in a row, each a character or two of Chinese (a mark beside
    them: `“烧`, `天”`, `37℃！`), are a headline set vertically, one character a line, as a narrow
    page sets its titles: the title; the headline lines straight under it are its subtitle. (No
    text of a paragraph wraps so short, and a table's column of numbers has no Chinese.)"""
    real = _text_lines(lines)
    if "1" * VERTICAL_RUN not in "".join("1" if len(ln.text) <= 8 else "0" for ln in real):
        return                                  # (no run of short lines: a quick test)
    short = [len(ln.text) <= 8 and _upright(ln.text) for ln in real]
    k = 0
    while k < len(real):
        j = k
        while j < len(real) and not (j > k and real[j].blank_before) and short[j]:
            j += 1
        if j - k < VERTICAL_RUN or sum(bool(R.HAN_ONLY.search(x.text)) for x in real[k:j]) < j - k - 1:
            k = max(j, k + 1)
            continue
        for x in real[k:j]:
            x.label, x.starts = "title", False
        for x in real[j:]:
            if x.blank_before or x.label not in HEADLINE:
                break
            x.label = "subtitle"
        if j < len(real) and real[j].label == "body":
            real[j].starts = True
        k = j


def _upright(text: str) -> bool:
    """A line of one vertical headline: at most two Chinese characters, four characters in all."""
    core = squeeze(text)
    return 0 < len(core) <= 4 and sum(1 for ch in core if R.HAN_ONLY.match(ch)) <= 2


_VERB_ENDS = frozenset(w[-1] for w in R.KICKER_VERBS.split("|"))      # (a quick test of `R.KICKER_VERB`)


def verb_kickers(lines: list[Line]) -> None:
    """A headline line that ends in a verb of saying or issuing (`李鹏参加重庆代表团审议时强调`,
    `中共中央办公厅、国务院办公厅印发`: `R.KICKER_VERB`) leads in what was said or issued, the
    title under it: it is the kicker, with the headline lines it wraps from; and a title the chain
    read as text under it, in book-title marks (`《关于做好2015年元旦春` / `节期间有关工作的通知》`),
    is the title. (Over the layout corpus and sets 3-20, all 30 such lines are kickers.) So are
    the headline lines over a document's title, which opens with 关于 (`安康市公安局交通警察支队…` /
    `关于南环路…实施交通管制的通告`: every title line so opening in the corpus and sets 3-20 is a
    title's first)."""
    real = _text_lines(lines)
    for k in range(len(real) - 1):
        ln, nxt = real[k], real[k + 1]
        if ln.label not in ("title", "kicker") or ln.text.rstrip().rstrip("：:")[-1:] not in _VERB_ENDS \
                or not R.KICKER_VERB.search(squeeze(ln.text)):
            continue                            # (a quick test first)
        if nxt.label == "body" and nxt.text.lstrip().startswith("《"):
            j = k + 1
            while j < len(real) and real[j].label == "body" and j - k <= 3 and "》" not in real[j].text:
                j += 1
            if j < len(real) and "》" in real[j].text and squeeze(real[j].text).endswith("》"):
                for x in real[k + 1:j + 1]:
                    x.label, x.starts = "title", False
                if j + 1 < len(real) and real[j + 1].label == "body":
                    real[j + 1].starts = True
        if real[k + 1].label != "title":
            continue
        i = k
        while i > 0 and real[i - 1].label == "title" and not real[i].blank_before \
                and not ends_sentence(real[i - 1].text):
            i -= 1
        for x in real[i:k + 1]:
            x.label = "kicker"
    for k in range(1, len(real)):               # a document's title opens with 关于: who issued it,
        ln = real[k]                            # over it, is the kicker
        if ln.label == "title" and not ln.blank_before and "关于" in ln.text \
                and squeeze(ln.text).lstrip(R.BULLETS).startswith("关于") \
                and real[k - 1].label in ("title", "kicker"):
            i = k - 1
            while i > max(0, k - 3) and real[i - 1].label in ("title", "kicker") and not real[i].blank_before:
                i -= 1
            for x in real[i:k]:
                x.label = "kicker"


def parallel_subheads(lines: list[Line], least: int = 3) -> None:
    """Three or more one-line titles or subheads of one shape (`财政杠杆发力，企业迎春绽放`,
    `担保贷款增效，玉兰擎起名片`: the same length, the punctuation in the same places), none of the
    titles but the last followed by a credit before the next heading, are the parallel subheads
    of one article."""
    real = _text_lines(lines)
    single = [i for i, ln in enumerate(real) if ln.label in ("title", "subhead")
              and (i == 0 or real[i - 1].label not in HEADLINE)
              and (i + 1 == len(real) or real[i + 1].label not in HEADLINE)]
    groups: dict[str, list[int]] = {}
    for i in single:
        if any(ch in "，、：:" for ch in real[i].text):      # a shape worth the name: punctuated
            groups.setdefault(_shape(real[i].text), []).append(i)
    for group in groups.values():
        members = [i for i in group if real[i].label == "title"]
        if len(group) < least or not members:
            continue
        credited = 0                   # (the article's closing credit may follow its last one)
        for i in (m for m in members if m != group[-1]):
            j = i + 1
            while j < len(real) and real[j].label not in _HEAD_OR_SUBHEAD:
                credited += real[j].label == "credit"
                j += 1
        if credited == 0:
            for i in members:
                real[i].label = "subhead"


def index_entries(lines: list[Line]) -> None:
    """Two or more lines in a row, each a short title and a page (`带本书坐地铁 2版`): a page's
    index (导读), furniture."""
    real = _text_lines(lines)
    run: list[Line] = []
    for ln in real + [None]:
        if ln is not None and (ln.text.rstrip()[-1:] == "版" or ln.text.rstrip()[-1:].isdigit()) \
                and len(ln.text.strip()) <= 32 and R.INDEX_ENTRY.match(ln.text):   # (a quick test first)
            run.append(ln)
            continue
        if len(run) >= 2:
            for x in run:
                x.label, x.starts = "furniture", False
        run = []


def title_lists(lines: list[Line], least: int = 2) -> None:
    """Two or more short lines in a row, none ending in a full stop, each of which opens a line
    further down the page (a headline printed again over its article: a web page's list of the
    page's titles, `本版标题导航`, a bulletin's contents with their page numbers between them):
    the page's index, furniture; and the headlines it lists hold their titles where it says
    (`_listed_heads`)."""
    real = [ln for ln in lines if ln.label != "blank"
            and not (ln.label == "furniture" and ln.text.strip().isdigit() and len(ln.text.strip()) <= 3)]
    opening = [ln.text.lstrip(_LIST_MARKS)[:4] for ln in real]
    seen: set[str] = set()
    again = {o for o in opening if o in seen or seen.add(o)}
    short = [o in again and ln.width <= R.HEADLINE_MAX + 2 for o, ln in zip(opening, real)]
    if not any(a and b for a, b in zip(short, short[1:])):
        return                                # no two short lines in a row open like others (quick)
    keys = [_list_key(ln.text) for ln in real]
    heads: dict[str, int] = {}
    for key in keys:
        heads[key[:4]] = heads.get(key[:4], 0) + 1
    later: dict[str, list[int]] = {}                  # lines by their first character
    for j, key in enumerate(keys):
        later.setdefault(key[:1], []).append(j)

    def listed(k: int) -> bool:                       # a short line printed again further down
        key = keys[k]
        return 4 <= len(key) <= R.HEADLINE_MAX and heads[key[:4]] > 1 and not key.endswith("。") and any(
            (keys[j] + (keys[j + 1] if j + 1 < len(keys) else "")).startswith(key)
            for j in later.get(key[:1], ()) if j > k)

    run: list[int] = []
    for k in range(len(real) + 1):
        if k < len(real) and listed(k):
            run.append(k)
            continue
        if len(run) >= least and not _inside_sentence(real, run[0]):
            for i in run:
                real[i].label, real[i].starts = "furniture", False
            _listed_heads(real, [keys[i] for i in run], run[-1])
        run = [k] if k < len(real) and listed(k) else []


def _inside_sentence(real: list[Line], k: int) -> bool:
    """Does text line `k` go on with a sentence the body line above it left unfinished (`…成果展”和`
    | `“年华易老，技·忆永存——第`, a title the text quotes twice)? No list of titles starts so."""
    return k > 0 and real[k].label == "body" and not real[k].starts \
        and real[k - 1].label == "body" and _stops_mid_sentence(real[k - 1].text)


def _listed_heads(real: list[Line], titles: list[str], end: int) -> None:
    """Under a page's index, a headline whose line opens a title the index lists holds that title
    there: the headline lines over it are its kicker (`全力拼经济` / `商丘：集中签约三十三个重点项目`),
    those under it that are not the title's own its subtitle."""
    k = end + 1
    while k < len(real):
        if real[k].label not in HEADLINE:
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(real) and real[run[-1] + 1].label in HEADLINE \
                and not real[run[-1] + 1].blank_before:
            run.append(run[-1] + 1)
        keys = [_list_key(real[i].text) for i in run]
        for j, key in enumerate(keys):
            title = next((t for t in titles if len(key) >= 4 and t.startswith(key)), None)
            if title is None or j == 0 and len(run) == 1:
                continue
            rest = title[len(key):]
            for i in run[:j]:
                real[i].label = "kicker"
            for i, other in zip(run[j + 1:], keys[j + 1:]):
                if rest and rest.startswith(other):
                    rest = rest[len(other):]
                    real[i].label = "title"
                else:
                    real[i].label, rest = "subtitle", ""
            real[run[j]].label = "title"
            break
        k = run[-1] + 1


def _list_key(text: str) -> str:
    """A line's words as a list of titles prints them: no bullet, number, link mark or space."""
    if "[" in text:
        text = R.LINK_MARK.sub("", text)
    text = text.lstrip(R.BULLETS + "•·-*+ \u3000")
    if text[:1].isdigit():
        text = _LIST_NUMBER.sub("", text)
    return text.replace(" ", "").replace("\u3000", "")


_LIST_NUMBER = re.compile(r"^\d{1,2}[.、]\s+")      # `1.  title`: a numbered list's
_LIST_MARKS = R.BULLETS + "•·-*+ \u3000[]0123456789.、"


def link_lists(lines: list[Line]) -> None:
    """Under a label of links to other articles (`相关阅读`, `延伸阅读`), the bulleted short lines
    that hold no sentence are the links: furniture."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if ln.width > 8 or not R.LINK_LIST_LABEL.fullmatch(squeeze(ln.text)):   # (a quick test first)
            continue
        for x in real[k + 1:]:
            if x.text[:1] not in R.BULLETS + "·-*+" or ends_sentence(x.text) or x.width > R.HEADLINE_MAX:
                break
            x.label, x.starts = "furniture", False


def _below_header(real: list[Line]) -> int:
    """Where the page's text begins: the first line that is not furniture."""
    k = 0
    while k < len(real) and real[k].label == "furniture":
        k += 1
    return k


def header_titles(lines: list[Line]) -> None:
    """A line read as a headline among the page header's lines (nothing but furniture above it,
    furniture right under it: `图片新闻` / `2025年5月24日 星期六`) is the page's name, furniture: a
    headline stands over its own article's text, never over the page's date. (A headline over
    a jump line, `（上接第11版）`, goes on an article from another page, and one over a post's stamp,
    `原创 城市早报 2025-02-19 07:12`, is the post's title, and one over an underline, `￣￣￣`, is
    underlined as headlines are, and one over an image's place, `[图片]`, is a photo's title; a PDF
    page's header is read by its print, `band_headlines`.)"""
    real = _text_lines(lines)
    k = _below_header(real)
    j = k
    while j < len(real) and real[j].label in HEADLINE and j - k < 2:
        j += 1
    if k < j < len(real) and real[j].label == "furniture" and not real[j].font_size \
            and not R.JUMP_LINE.fullmatch(real[j].text) and not R.POST_STAMP.search(real[j].text) \
            and not R.UNDERLINE.fullmatch(squeeze(real[j].text)) and not R.MD_IMAGES.fullmatch(squeeze(real[j].text)):
        for x in real[k:j]:
            x.label, x.starts = "furniture", False


_UNDERLINED = re.compile("[￣▔¯＿]")     # what `R.UNDERLINE` is made of


def underlined_titles(lines: list[Line]) -> None:
    """A headline line right under a title's underline (`岑溪市遭遇大雨冰雹袭击` / `￣￣￣￣` /
    `冰雹击穿9000多间屋舍，暂无人员伤亡`) is the same headline's subtitle: the underline marks
    the title over it, not the start of another. A line the chain read as text, after a blank
    line, over an underline and ending no clause, is the title it underlines."""
    if not _UNDERLINED.search(_page_text(lines)):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    for k in range(1, len(real) - 1):
        rule, prev, ln = real[k], real[k - 1], real[k + 1]
        if rule.label == "furniture" and prev.label == "body" and prev.n + 1 == rule.n and prev.blank_before \
                and R.UNDERLINE.fullmatch(squeeze(rule.text)) and not _ends_clause(prev.text) \
                and prev.width <= R.HEADLINE_MAX and ln.label in ("body", "caption"):
            prev.label, prev.starts, ln.starts = "title", False, True    # the underlined line
            continue
        if rule.label == "furniture" and prev.label == "title" and ln.label == "title" \
                and prev.n + 1 == rule.n == ln.n - 1 \
                and R.UNDERLINE.fullmatch(squeeze(rule.text)) and not ends_sentence(ln.text):
            j = k + 1                           # (the underline, furniture, counts as a blank line)
            while j < len(real) and real[j].label == "title" and (j == k + 1 or not real[j].blank_before):
                real[j].label = "subtitle"
                j += 1


def section_labels(lines: list[Line]) -> None:
    """A section label in square brackets (`【民生】`) standing alone on its line is page furniture,
    as `shared/specs/articles.md` has section names: it opens no article, the headline under it
    does. A bracketed phrase (`【欢乐祥和过佳节】`: longer than a section's name, which is a word
    or two, `【城事】`, `【综合新闻】`) set right over a title, with no blank line between, is that
    title's kicker, and so is a word or two no furniture word names, centred over a title as the
    headline is (`　　【数据解读】`); so is one over a flush line ending no clause over an indented
    paragraph (the title, read as text). A longer phrase right over text, not a title (`【非遗传人展示传统技艺】`
    over a brief), is the item's title, and so is a bracketed phrase broken over two lines
    (`【被告人摔伤无法到庭听审“巡` / `回审判”进家中当庭宣判】`) over text."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if not R.SECTION_LABEL.match(ln.text):
            continue
        nxt = real[k + 1] if k + 1 < len(real) else None
        name = squeeze(ln.text)[1:-1]
        after = real[k + 2] if k + 2 < len(real) else None
        headed = nxt is not None and (nxt.label in ("title", "subtitle") or (   # (or a flush line read as
            nxt.label == "body" and nxt.indent == 0 and not _ends_clause(nxt.text)  # text over an
            and after is not None and after.label == "body" and after.indent >= 1   # indented paragraph)
            and not nxt.blank_after and not R.DATELINE.match(unspaced(nxt.text))))
        kicker = (headed and not ln.blank_after and not R.FURNITURE.fullmatch(name)
                  and (len(name) > R.SECTION_NAME_MAX or len(name) >= R.KICKER_SHORT and ln.indent > 0))
        titled = (not headed and nxt is not None and nxt.label == "body" and not ln.blank_after
                  and len(name) > R.HEADED_NAME_MIN and not R.FURNITURE.fullmatch(name))
        if titled:                                  # a phrase over an item's text: its title
            ln.label, ln.starts, nxt.starts = "title", False, True
            continue
        ln.label, ln.starts = ("kicker" if kicker else "furniture"), False
        if kicker:
            nxt.label, nxt.starts = "title", False    # (read as a title, it had the next line its subtitle)
            if after is not None and after.label == "body":
                after.starts = True


_OPEN_BRACKET_HEAD = re.compile(r"\s*【[^】。！？；]{2,24}")
_CLOSE_BRACKET_HEAD = re.compile(r"[^【。！？；]{1,24}】\s*")


def bracket_titles(lines: list[Line]) -> None:
    """A phrase in `【】` broken over two lines (`【被告人摔伤无法到庭听审“巡` / `回审判”进家中当庭
    宣判】`), no sentence in it, right over text, is a title (`section_labels` reads one on one line)."""
    if "【" not in _page_text(lines):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    for k in range(len(real) - 2):
        a, b, nxt = real[k], real[k + 1], real[k + 2]
        if a.label in ("body", "title") and b.label in ("body", "title") and nxt.label == "body" \
                and _OPEN_BRACKET_HEAD.fullmatch(a.text) and _CLOSE_BRACKET_HEAD.fullmatch(b.text) \
                and not a.blank_after and not b.blank_after and b.n == a.n + 1:
            a.label = b.label = "title"
            a.starts = b.starts = False
            nxt.starts = True


def data_boxes(lines: list[Line]) -> None:
    """The rows of a box of data under its label (`【今日行情】` / `上证指数　3288.41　+0.38%`, or a
    drawn box's top edge with the label in it: `┌─ 今日菜价（元/斤）─┐` / `│芹菜 2.10　黄瓜 2.60│`),
    up to a blank line, are furniture as the label is: each a name and figures, no sentence. A
    line under the box over text that the chain read as a credit and that reads as none is the
    next article's title."""
    real = _text_lines(lines)
    for k, ln in enumerate(real[:-1]):
        if ln.label != "furniture" or ln.blank_after \
                or not (R.SECTION_LABEL.match(ln.text) or box_label(ln.text) or R.BOX_EDGE.fullmatch(ln.text)):
            continue
        rows = []
        for x in real[k + 1:]:                  # (a box may hold a second label: `【外汇牌价】`)
            if not (R.DATA_ROW.fullmatch(x.text.strip()) and re.search(r"\d", x.text)
                    or x.label == "furniture" and R.SECTION_LABEL.match(x.text)):
                break
            rows.append(x)
            if x.blank_after:
                break
        if sum(x.label != "furniture" for x in rows) >= 2:
            for x in rows:
                x.label, x.starts = "furniture", False
            j = k + 1 + len(rows)               # the chain, reading the rows as a headline, may
            if j + 1 < len(real) and real[j].label == "credit" and credit_line(real[j].text) is None \
                    and real[j + 1].label == "body":
                real[j].label = "title"         # have read the title under the box as its credit


def bracket_kickers(lines: list[Line]) -> None:
    """A short tag in brackets on its own line (`（成都大运会）`, `［直通赛场］`) right over a title
    is the title's kicker when it names no one and the chain read it as the title's first line;
    when it names someone after body text (`（金陵/编制）`) it is the closing credit of the
    article before. (One the chain read as a credit stays one:
    `（小阎）`, `（南方）`.) One it read as text is a kicker under the page's furniture or a
    blank line (not a note closing the text over it: `（文中当事人系化名）`)."""
    real = _text_lines(lines)
    for k, ln in enumerate(real[:-1]):            # (as body text a tag may be a note: （文中当事人系化名）)
        nxt, prev = real[k + 1], real[k - 1] if k else None
        if ln.label not in ("title", "body") or nxt.label != "title" or nxt.blank_before:
            continue
        tag = squeeze(ln.text)
        if not _BRACKET_TAG.fullmatch(tag):
            continue
        if ln.label == "body":                  # read as text: a kicker only where no text is over
            if (prev is None or prev.label == "furniture" or ln.blank_before) and _names_nobody(tag[1:-1]):
                ln.label, ln.starts = "kicker", False
            continue
        if _names_nobody(tag[1:-1]):
            ln.label, ln.starts = "kicker", False
        elif prev is not None and prev.label == "body" and ends_sentence(prev.text):
            ln.label, ln.starts = "credit", False


_BRACKET_TAG = re.compile(r"[（(［\[〔][^（）()［］\[\]〔〕]{2,10}[）)］\]〕]")


def headline_words(lines: list[Line]) -> None:
    """A short line the chain read as a credit that names nobody, with no credit mark (role word,
    bracket, outlet, 摄), right under a headline line is the headline's wrapped last words
    (`王军霞严词正视听 马俊仁畅` / `谈新打算`); right over a title, with no blank line between,
    it is the kicker (`游泳` / `陈妍再夺金`), or, letter-spaced over a letter-spaced title, its
    first line (`中 原 沃` / `野 启 新 程`); any line read as a credit that no credit pattern reads
    and that stops in a word the title under it goes on is that title's first line. Such lines
    alone between a sentence's end and body text are a headline (`血压要知` / `晓降压要达标`) when
    their words come back after them and not before them (`echo_titles`). A bare name stays a
    credit (`郭建兴`), and so does an outlet (`中国政府网`) and a letter-spaced line under a
    headline that is not (`晓 眷`)."""
    from ..words import word_runs_on
    prev = None
    real = _text_lines(lines)
    wordy = [ln.label == "credit" and _names_nobody(ln.text) and credit_line(ln.text) is None
             for ln in real]
    for k, ln in enumerate(real):
        nxt = real[k + 1] if k + 1 < len(real) else None
        if ln.label == "credit" and nxt is not None and nxt.label == "title" \
                and not nxt.blank_before and credit_line(ln.text) is None \
                and word_runs_on(squeeze(ln.text), squeeze(nxt.text)):
            ln.label, ln.starts = "title", False          # 小记者走进非遗馆变 / 身…: no credit
        elif ln.label == "credit" and prev is not None and prev.label in HEADLINE \
                and len(squeeze(ln.text)) <= R.KICKER_SHORT and credit_line(ln.text) is None \
                and word_runs_on(squeeze(prev.text), squeeze(ln.text)):
            ln.label = prev.label             # `…田径运动会圆` / (a blank line) / `满闭幕`: a word cut
                                              # in two is one headline's, though 满 is a surname
        elif wordy[k] and (" " not in ln.text.strip() or _spaced_out(ln.text)
                         or prev is not None and letter_spaced(prev.text)):
            if prev is not None and prev.label in HEADLINE and not ln.blank_before:
                ln.label = prev.label
            elif nxt is not None and nxt.label == "title" and not nxt.blank_before:
                spaced = _spaced_out(ln.text) and _spaced_out(nxt.text)
                ln.label, ln.starts = ("title" if spaced else "kicker"), False
            elif prev is not None and prev.label == "body" and ends_sentence(prev.text) \
                    and (" " not in ln.text.strip() or _spaced_out(ln.text)):
                j = k
                while j + 1 < len(real) and wordy[j + 1] and j - k < 2:
                    j += 1
                if j + 1 < len(real) and real[j + 1].label == "body" and _echoed(real, k, j + 1):
                    _headline(real[k:j + 1])
                    real[j + 1].starts = True
        prev = ln


def interview_turns(lines: list[Line]) -> None:
    """A line the chain read as a credit that opens with who speaks and a colon (`记者：`, `陈：`)
    and goes on with a sentence (a comma in it, or a sentence's end: `记者：农村的状况是什么样
    的？`) is a turn of an interview, a paragraph of the text; a credit (`记者：张三 李四`) names."""
    for ln in lines:
        if ln.label == "credit" and _TURN.match(ln.text) and re.search("[，,]|[。？！?!]$", ln.text.rstrip()):
            ln.label, ln.starts = "body", True


_TURN = re.compile(rf"\s*[{R.HAN}]{{1,6}}[：:](?=[{R.HAN}“])")


def name_bylines(lines: list[Line]) -> None:
    """Names printed bare right under a headline line, over the text (`第二届中国非遗博览会开幕` /
    `王春梅` / `9月6日，…`), are the byline, not the headline's last words, unless a word runs on
    into them from the line above (`…马俊仁畅` / `谈新打算`) or jieba reads them as other words
    (`广东已提前转移群众超57` / `万人`). Names on a line after a sentence's end, read as a
    headline, are the closing credit of the text over them (`沈楠 李国田 张秋来`, `徐瑞`: a headline
    names no list, and is no name alone)."""
    from ..words import word_runs_on
    from .credits import _surname_led
    real = _text_lines(lines)
    for k in range(1, len(real) - 1):
        prev, ln, nxt = real[k - 1], real[k], real[k + 1]
        if ln.label in ("title", "subtitle") and prev.label in HEADLINE and not ln.blank_before \
                and nxt.label == "body" and len(ln.text) <= 20 and _surname_led(ln.text) \
                and _read_as_names(ln.text) and not word_runs_on(squeeze(prev.text), squeeze(ln.text)):
            ln.label, ln.starts, nxt.starts = "credit", False, True
    for k in range(1, len(real)):               # names closing an article's text (`沈楠 李国田 张秋来`)
        prev, ln = real[k - 1], real[k]
        if ln.label in HEADLINE and prev.label in ("body", "caption") and ends_sentence(prev.text) \
                and len(ln.text) <= 20 and (len(words := ln.text.split()) >= 2 or _ONE_NAME.fullmatch(ln.text)) \
                and all(map(_surname_led, words)) and _read_as_names(ln.text):
            ln.label, ln.starts = "credit", False


_ONE_NAME = re.compile(f"[{R.HAN}]{{2,3}}")


def _read_as_names(text: str) -> bool:
    """Does every word of a line open with what jieba tags a person's name (`王春梅`, `荣登|培`; not
    `万|人`, `展|风采`)?"""
    from ..words import pos_tokenizer
    tok = pos_tokenizer()
    return all(next(iter(tok.cut(w))).flag == "nr" for w in text.split())


def _spaced_out(text: str) -> bool:
    """Every pair of neighbouring Chinese characters set apart, two pairs at least (`中 原 沃`)."""
    pairs, spaced = spaced_pairs(text)
    return pairs >= 2 and spaced == pairs


_OUTLET = re.compile(R.OUTLET)


def _names_nobody(text: str) -> bool:
    """A credit line of at most eight characters with no mark of a credit whose words are not
    names: not a surname and one or two characters more that jieba knows only as a name, if
    at all (`游泳`, `纪录` and `谈新打算` name nobody; `郭建兴`, `王军` may)."""
    from .features import surnames
    from ..words import pos_tokenizer
    words = text.split()
    core = "".join(words)
    if not core or len(core) > 8 or not R.HAN_ONLY.fullmatch(core) or R.ROLE_WORD.search(core) \
            or _OUTLET.fullmatch(core):
        return False                                      # 中国政府网: an outlet credits itself
    single, double = surnames()
    tags = pos_tokenizer().word_tag_tab
    parts = words if all(len(w) >= 2 for w in words) else [core]
    return not any((2 <= len(w) <= 3 and w[0] in single or 3 <= len(w) <= 4 and w[:2] in double)
                   and tags.get(w, "nr")[:2] == "nr" for w in parts)


_OPENS_BRACKET = re.compile(r"(?:^|\n)[（(]")     # a line opening with a bracket


def sourced_closings(lines: list[Line]) -> None:
    """A bracket under a paragraph's end that opens with `据` and a dateline (`（据《人民日报》北京
    4月24日电 记者 张贺）`), on one line or wrapped onto a second that closes it, is the article's
    closing credit: it says where the text came from. So is a bracket of people wrapped onto a
    second line (`（青岛日报/观海新闻记者 韩` / `星 文/图）`)."""
    if not _OPENS_BRACKET.search(_page_text(lines)):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    for k in range(1, len(real)):
        ln, prev = real[k], real[k - 1]
        if ln.text[:1] not in "（(" or ln.label == "credit" or not ends_sentence(prev.text) \
                or len(ln.text) > R.CREDIT_MAX:
            continue
        if ln.text.rstrip()[-1:] in "）)":
            run = [ln]
        elif k + 1 < len(real) and not ln.blank_after and real[k + 1].text.rstrip()[-1:] in "）)" \
                and len(real[k + 1].text) <= R.CREDIT_MAX and not re.search("[（(]", real[k + 1].text):
            run = [ln, real[k + 1]]
        else:
            continue
        joined = "".join(x.text for x in run)
        if joined[1:2] == "据":
            sourced = bool(R.DATELINE.match(unspaced(joined[1:])))
        else:
            credit = parse_credit(joined) if len(run) == 2 else None
            sourced = credit is not None and bool(credit.reporters or credit.photographers or credit.correspondents)
        if sourced:
            for x in run:
                x.label, x.starts = "credit", False


def dateline_runs(lines: list[Line]) -> None:
    """A dateline on a line of its own (`新华社北京8月28日电`, `光明网讯（通讯员 邓飞 柴建）`: an
    extractor that writes a run of another font as a line) over a short line the chain read as a
    headline that ends no sentence and goes on into the text under it, no blank line between
    (`最新统计显示，目` / `前全国主产区…`), opens that paragraph: no headline stands between a
    dateline and its text."""
    real = _text_lines(lines)
    for k in range(len(real) - 2):
        ln, mid, nxt = real[k], real[k + 1], real[k + 2]
        if mid.label not in HEADLINE or nxt.label != "body" or ln.blank_after or mid.blank_after \
                or ln.label not in ("credit", "body") or ends_sentence(mid.text) or len(ln.text) > R.CREDIT_MAX:
            continue
        core = unspaced(ln.text).strip()
        m = R.DATELINE.match(core)
        if m and not core.startswith("据") and _dateline_alone(core, m.end()):
            ln.label, ln.starts = "body", True
            mid.label, mid.starts, nxt.starts = "body", False, False


_DATE_END = re.compile(rf"{R.DATE}$|\d{{1,2}}\s*日$")
_DATELINE_TAIL = re.compile(r"^\s*(?:专电|电|讯)(?=[（(：:\s　])")


def broken_datelines(lines: list[Line]) -> None:
    """A dateline broken before its 讯 or 电 (`长江日报大武汉客户端10月26日` / `讯（记者朱文秀…）`):
    the line with the date opens the paragraph the next line goes on with, whatever the chain
    read it as (a title's second line, on a page that sets no blank line under its headlines).

    >>> ls = [Line(1, "市运会落幕，4年后经开区再见", False, False, label="title"),
    ...       Line(2, "长江日报大武汉客户端10月26日", False, False, label="title"),
    ...       Line(3, "讯（记者朱文秀 通讯员肖洪）26日", False, False, label="body", starts=True)]
    >>> broken_datelines(ls); [(ln.label, ln.starts) for ln in ls]
    [('title', False), ('body', True), ('body', False)]
    """
    real = _text_lines(lines)
    for a, b in zip(real, real[1:]):
        if a.blank_after or a.label not in HEADLINE + ("body", "credit") \
                or not _DATELINE_TAIL.match(b.text):
            continue
        head = unspaced(a.text).strip()
        m = _DATE_END.search(head) and R.DATELINE.match(head + unspaced(b.text).strip())
        if m and m.end() > len(head):
            a.label, a.starts = "body", True
            b.label, b.starts = "body", False


def _dateline_alone(core: str, end: int) -> bool:
    """Is a line a dateline and nothing more but a bracket or a reporter's credit after it?"""
    rest = core[end:].strip()
    return not rest or bool(R.LEADING_CREDIT.fullmatch(rest)) or credit_line(rest) is not None


def dateline_headlines(lines: list[Line]) -> None:
    """Heading lines the chain read as subheads right over a paragraph that opens with a
    dateline or an opening credit (`本报讯 记者唐天才报道：`, `新华社福州1月6日电`,
    `中国气象报通讯员张蕾报道 5月28日晚`) are a headline: a dateline opens an article, never a
    section inside one. The first line is the title; a line under a line as wide as the column
    goes on with it, one under a shorter line is the subtitle. A paragraph opened by a date or a
    word of time (`4月27日，`, `时下，`), as a news lead is, does the same for the one line over
    it, read as text or a subhead, between a sentence's end and it, that ends no clause: unless
    that line runs on in long clauses, as text does, or is one of the page's parallel subheads."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if ln.label != "body":
            continue
        by_date = not opens_with_credit(ln.text)
        if by_date and not (_dated(ln.text) and k > 1 and real[k - 1].label in ("body", "subhead")
                          and _unfinished(real[k - 1].text) and _short_clauses(real[k - 1].text)):
            continue
        j = k
        while j > 0 and real[j - 1].label == "credit":
            j -= 1                                        # a byline between headline and body
        i = j
        while i > 0 and real[i - 1].label == "subhead" and real[i - 1].text.rstrip()[-1:] not in _CLAUSE:
            i -= 1                                        # a headline line ends in no clause mark
        if i == j and j > 0 and real[j - 1].label == "body" and _unfinished(real[j - 1].text) \
                and (j < 2 or ends_sentence(real[j - 2].text) or real[j - 2].label == "furniture"):
            i = j - 1                 # a line between a sentence's end (or furniture) and a dateline, itself
                                      # ending no clause: a title the chain read as body text
        if i == j or j - i > 3 or by_date and (j != k or j - i > 1 or _parallel(real, i)):
            continue                                      # none, or more than a headline's lines
        _headline(real[i:j])


def _short_clauses(text: str) -> bool:
    """A headline's clauses: none longer than a short phrase (`公开宣判进校园，以案讲法育一片`),
    where a line of body text runs on (`2019年，国内高校和科研机构在三大国际顶尖学术期刊…`)."""
    clauses = squeeze(text).split("，")
    return len(clauses) == 1 or all(len(c) <= 10 for c in clauses)


def _parallel(real: list[Line], k: int) -> bool:
    """Is line k a subhead of the same shape as another heading of the page (the parallel
    subheads of one article's sections: `出汗太多，不停地喝水解暑` / `天气太热，外卖订单量猛增`,
    whichever of them the chain read as a title)?"""
    if real[k].label != "subhead":
        return False
    shape = _shape(real[k].text)
    if set(shape.split(":", 1)[1]) <= {"x"}:
        return False                      # (a shape of no mark but its length tells nothing)
    return any(x is not real[k] and x.label in ("subhead", "title") and _shape(x.text) == shape for x in real)


_DATE_LEAD = re.compile(r"\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[上中下]午|早上|晚上|晚间|凌晨|早|晚|夜)?[，,是]")


@lru_cache(maxsize=1)
def _time_lead() -> re.Pattern:
    """A paragraph opened by a word of time and a comma (`时下，`), from `data/lexicons/lead_times.txt`."""
    words = [w.strip() for w in (LEXICONS / "lead_times.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    return re.compile(r"\s*(?:%s)[，,]" % "|".join(map(re.escape, words)))


def _dated(text: str) -> bool:
    """Does a paragraph open with a date or a word of time, as a news lead does (`4月27日，`,
    `10 月8日是`, `时下，`)?"""
    return bool(_DATE_LEAD.match(text) or _time_lead().match(text))


def _headline(run: list[Line]) -> None:
    """Lines read as one headline: the first is the title; a line under a line as wide as the
    column goes on with it, one under a shorter line is the subtitle."""
    for m, ln in enumerate(run):
        above = run[m - 1] if m else None
        wrapped = above is not None and above.label == "title" and 0 < above.column - 1 <= above.width
        ln.label = "title" if above is None or wrapped else "subtitle"
        ln.starts = False


def _closes(text: str) -> bool:
    """A line that ends a sentence, or a sentence and a short bracket after it (`。（完）`), or a
    row of a table printed in the text (`2016年12月  51.4  53.3  53.2`)."""
    return ends_sentence(text) or bool(_CLOSING_TAG.search(text)) or _table_row(text)


def _table_row(text: str) -> bool:
    """Three numbers or more in a row with nothing but spaces between them, and no clause mark: a
    row of figures (an extractor's justification spaces numbers apart from words, `将于 7 月 5 日`).

    >>> _table_row("2016年12月  51.4  53.3  53.2"), _table_row("全市共有 3 个 5 家 7 人")
    (True, False)
    """
    return bool(_FIGURES.search(text)) and not re.search(r"[，。；：,;:]", text)


_FIGURE = r"-?\d+(?:\.\d+)?%?"
_FIGURES = re.compile(rf"(?:^|\s){_FIGURE}(?:\s+{_FIGURE}){{2,}}(?:\s|$)")


_CLOSING_TAG = re.compile(r"[。！？!?”][（(][^（）()]{1,12}[）)]\s*$")


def _sentence_free(ln: Line) -> bool:
    return not _SENTENCE_MARK.search(ln.text)


_SENTENCE_MARK = re.compile(r"[。！？!?；;]")


def letter_spaced_titles(lines: list[Line]) -> None:
    """A short line set letter-spaced (`带 本 书 坐 地 铁`) with no punctuation, that the chain read
    as body text after a sentence's end and over body text, is a headline: an extractor spaces a
    justified body line across the column, mid-sentence, never so short a line after a full stop."""
    from ..words import word_runs_on
    real = _text_lines(lines)
    for k in range(1, len(real) - 1):
        ln, prev, nxt = real[k], real[k - 1], real[k + 1]
        if ln.label != "body" or " " not in ln.text or nxt.label != "body" \
                or prev.label not in ("body", "caption", "credit") or not letter_spaced(ln.text) \
                or re.search(r"[，。；：！？,.;:!?、]", ln.text) \
                or len(unspaced(ln.text).strip()) > 0.8 * ln.column or not _closes(prev.text) \
                or opens_with_credit(nxt.text) or word_runs_on(unspaced(ln.text), squeeze(nxt.text)):
            continue                        # (`另 一 场 半 决 赛 也 相 当 激` / `烈` goes on)
        ln.label, ln.starts, nxt.starts = "title", False, True


def spaced_headlines(lines: list[Line]) -> None:
    """Lines with no sentence in them, read as body text or subheads, after a sentence's end and
    set apart the way the page sets its articles apart, up to the paragraph they stand over (one
    indented, or opening with a dateline or credit), are a headline:
    - after two blank lines or more (a page that parts its paragraphs with two blank lines
      parts no other way, and two blank lines part nothing else);
    - as a block between blank lines whose first line is flush on a page that indents its
      paragraphs, when the block ends in no punctuation (one line is a block after a rule or the
      page's chrome, the furniture a page parts its articles with, and may stand over a byline)."""
    real = _text_lines(lines)
    indenting = None
    for k in range(1, len(real)):
        ln, prev = real[k], real[k - 1]
        ruled = prev.label == "furniture"          # under a rule or the page's chrome
        if ln.label not in ("body", "subhead") or not ln.blank_before or not _sentence_free(ln) \
                or ln.indent >= 1 or not ruled and (prev.label not in ("body", "caption", "credit")
                                                    or not _closes(prev.text)):
            continue
        run = [ln]
        while len(run) < 4 and k + len(run) < len(real):
            nxt = real[k + len(run)]
            if nxt.label not in ("body", "subhead") or nxt.indent >= 1 or not _sentence_free(nxt) \
                    or opens_with_credit(nxt.text) or nxt.blank_before:
                break
            run.append(nxt)
        after = real[k + len(run)] if k + len(run) < len(real) else None
        if after is None or not (after.label == "body" or ruled and after.label == "credit") \
                or not (_unfinished(run[-1].text) or _quoted_end(run[-1].text)):
            continue
        blanks = ln.n - prev.n - 1
        if blanks >= 2 and not ln.lone_blanks and (after.indent >= 1 or opens_with_credit(after.text)):
            _headline(run)
        elif after.blank_before and (len(run) > 1 or ruled) and run[-1].blank_after:
            if indenting is None:                       # (read once, when first asked)
                openings = [x for p, x in zip(real, real[1:]) if x.label == "body" and x.starts
                            and ends_sentence(p.text)]
                indenting = len(openings) >= R.INDENT_MIN_OPENINGS and \
                    sum(x.indent >= 1 for x in openings) >= R.INDENT_SHARE * len(openings)
            if indenting:
                _headline(run)


def _runs_into_text(text: str) -> bool:
    """Does a line open with a dateline or an opening credit and go on with the article's text
    (`晨报记者朱国荣报道 上海市卫生局昨天发布`)?"""
    m = _opening(text)
    if m is None:
        return False
    rest = text[m.end():].strip()
    bracket = R.LEADING_CREDIT.match(rest)                # （记者 张三）: still the credit
    rest = rest[bracket.end():] if bracket else rest
    return bool(R.HAN_RUN.search(rest)) and not _SOURCE_WORDS.search(rest) and credit_line(rest) is None


_SOURCE_WORDS = re.compile("消息|综合|报道|来源|电$|讯$")   # `据新华社电 本报综合消息`: two credits


def _opening(text: str) -> re.Match | None:
    """The dateline or the credit of people a line opens with, if any."""
    return R.DATELINE.match(text) or R.OPENING_CREDIT.match(text)


def opens_with_credit(text: str) -> bool:
    """Does a line open with a dateline or a credit of people that runs into the text?"""
    if not _CREDIT_END.search(text, 0, 48):
        return False                          # every form ends in 讯, 电, 消息 or 报道 (a quick test)
    return bool(_opening(text) or R.DATELINE.match(squeeze(text)))   # `滨州日报 / 滨州网邹平讯`


_CREDIT_END = re.compile("讯|电|消息|报道")


_CLAUSE = "。；：:，、"       # marks that end a clause, which no headline line ends with


def _quoted_end(text: str) -> bool:
    """A line ending in a quotation it opened, with no sentence's end inside the quotation
    (`…丰富“菜篮子”充实“钱袋子”`): a headline may end so, a sentence ends with its stop."""
    core = text.rstrip()
    return core[-1:] in "”’》」』" and core[-2:-1] not in R.SENTENCE_END + _CLAUSE \
        and not _unclosed(core) and not _closes_quote(core)


def _unfinished(text: str) -> bool:
    """A line that ends in no punctuation at all (a headline's end, or a line broken mid-clause)."""
    core = text.rstrip()
    return bool(core) and core[-1] not in R.SENTENCE_END + R.CLOSERS + _CLAUSE + ",;"


_DIGIT_RUN = re.compile(r"\s*\d{3,}")


def sentence_subheads(lines: list[Line]) -> None:
    """A line the chain read as a subhead that is sentences, not a heading (one ending in a comma
    or an enumeration mark, or with a sentence's end inside it: `龙头引领，产业聚链。近年来，…`),
    is body text, and so are the subhead lines that carry its sentence on. (A numbered item's
    head, `一、农业生产基本稳定，` / `秋粮生长形势较好`, may have a comma.) So is a line with a
    comma in it, ending in no mark, over text that opens with a number: the clause broke before
    a number too long for the line."""
    prev = None
    for ln in lines:
        if ln.label == "blank":
            continue
        core = ln.text.rstrip().rstrip(R.CLOSERS)
        carried = (prev is not None and prev.label == "body" and not ln.blank_before
                   and _stops_mid_sentence(prev.text))
        if ln.label == "subhead" and not _NUMBERED.match(ln.text) and (
                core[-1:] in "，、；,;" or _INNER_END.search(core) or carried):
            ln.label = "body"
            ln.starts = not carried and (prev is None or prev.label != "body" or ends_sentence(prev.text))
        prev = ln
    real = _text_lines(lines)                   # (`初步核算，前三季度国内生产总值` / `529971亿元，`)
    for ln, nxt in zip(real, real[1:]):
        if ln.label == "subhead" and nxt.label == "body" and not nxt.blank_before and nxt.indent < 1 \
                and "，" in ln.text and _unfinished(ln.text) and not _NUMBERED.match(ln.text) \
                and _DIGIT_RUN.match(nxt.text):
            ln.label, ln.starts, nxt.starts = "body", True, False


def headline_stubs(lines: list[Line]) -> None:
    """A headline's line cut short, with no blank line between, stays in the part it wraps from:
    a line of one character under a headline line that ends no clause (`摘火红辣椒 过红火日` /
    `子`: no title or subtitle is so short), and a subtitle under a title line that ends in a
    comma (`…义诊走进新华村，` / `这份“家门口的健康大礼”太暖心！`: no title so ends)."""
    real = _text_lines(lines)
    for k in range(1, len(real)):
        ln, prev = real[k], real[k - 1]
        if ln.label not in ("title", "subtitle") or prev.label not in HEADLINE or prev.label == ln.label \
                or ln.blank_before or _PUNCTUATED.search(prev.text.rstrip()[-1:]) and prev.text.rstrip()[-1:] not in "，,":
            continue
        if len(squeeze(ln.text)) == 1 and not _ends_clause(prev.text):
            if prev.label == "kicker":          # the kicker was the title, cut
                i = k - 1
                while i >= 0 and real[i].label == "kicker":
                    real[i].label = "title"
                    i -= 1
                ln.label = "title"
            else:
                ln.label = prev.label
        elif ln.label == "subtitle" and prev.label == "title" and prev.text.rstrip()[-1:] in "，," \
                and not ln.text.lstrip().startswith(R.SUBTITLE_DASHES):
            j = k
            while j < len(real) and real[j].label == "subtitle" and (j == k or not real[j].blank_before):
                real[j].label = "title"
                j += 1


def long_subheads(lines: list[Line]) -> None:
    """A subhead the chain read wrapped over three lines or more is a title: a subhead is a line or
    two (over the corpus and sets 3-21: 342 subheads of one or two lines, one of three; 99 titles
    of three or more)."""
    if sum(ln.label == "subhead" for ln in lines) < 3:
        return                                  # (a quick test first)
    real = _text_lines(lines)
    k = 0
    while k < len(real):
        j = k
        while j < len(real) and real[j].label == "subhead" and (j == k or not real[j].blank_before):
            j += 1
        if j - k >= 3 and not _NUMBERED.match(real[k].text):      # (`一、落实…`: an item's head)
            for x in real[k:j]:
                x.label = "title"
            if j < len(real) and real[j].label == "body":
                real[j].starts = True
        k = max(j, k + 1)


def opening_headlines(lines: list[Line]) -> None:
    """Flush lines read as text at the page's top (under nothing but furniture) or under a rule
    or dinkus across the page (`＊　＊　＊`), a headline's length, over an article whose paragraphs
    are indented, are its headline (`现场直击！…义诊走进新华村，这份“家门口` / `的健康大礼”太暖心！`:
    a title may end in `！`)."""
    real = _text_lines(lines)
    k = _below_header(real)
    starts = [k] + [i + 1 for i in range(k + 1, len(real) - 1)   # (the text over the rule ended)
                    if real[i].label == "furniture" and real[i + 1].label == "body" and page_rule(real[i].text)
                    and (real[i - 1].label in ("furniture", "credit") or not _stops_mid_sentence(real[i - 1].text))]
    for k in starts:
        _opening_headline(real, k)


def _opening_headline(real: list[Line], k: int) -> None:
    j = k
    while j < len(real) and j - k < 3 and real[j].label == "body" and real[j].indent == 0:
        j += 1
    head = squeeze("".join(x.text for x in real[k:j]))
    if k == j or j >= len(real) or real[j].label != "body" or real[j].indent < 1 \
            or len(head) > 2 * R.HEADLINE_MAX or "。" in head:
        return
    end = j                                     # the article's text under it indents its paragraphs
    while end < len(real) and real[end].label in ("body", "caption", "subhead", "credit"):
        end += 1
    if not _mostly_indented([x for x in real[j:end] if x.label == "body" and x.starts], least=2):
        return
    for x in real[k:j]:
        x.label, x.starts = "title", False
    real[j].starts = True


def separated_titles(lines: list[Line]) -> None:
    """A line standing alone right under furniture mid-page (an export's separator and article
    count: `========` / `第4篇　共4篇` / `图文：如此“建设新农村”（1）`), a blank line under it,
    with no sentence in it, a headline's length, over text, is the next article's title (the
    page's own header, and a jump line, which text carries on under, aside)."""
    real = _text_lines(lines)
    for k in range(max(1, _below_header(real)), len(real) - 1):
        ln, prev, nxt = real[k], real[k - 1], real[k + 1]
        if ln.label in ("body", "caption") and prev.label == "furniture" and ln.n == prev.n + 1 \
                and ln.blank_after and nxt.label in ("body", "caption") and _sentence_free(ln) \
                and ln.text.rstrip()[-1:] not in _CLAUSE and len(squeeze(ln.text)) <= R.HEADLINE_MAX \
                and not R.JUMP_LINE.fullmatch(prev.text) and not opens_with_credit(ln.text):
            ln.label, ln.starts, nxt.starts = "title", False, True


def stray_credits(lines: list[Line]) -> None:
    """A line the chain read as a credit that states none (`金浪滚 麦飘香`: two halves that look
    like names), after a blank line under an article's last sentence and right over the opening of
    a paragraph, is the next article's title: a byline stands under a headline, a closing credit
    under the text."""
    real = _text_lines(lines)
    for k in range(1, len(real) - 1):
        ln, prev, nxt = real[k], real[k - 1], real[k + 1]
        if ln.label == "credit" and ln.blank_before and not ln.blank_after and nxt.label == "body" \
                and nxt.starts and prev.label == "body" and ends_sentence(prev.text) \
                and _sentence_free(ln) and credit_line(ln.text) is None and not opens_with_credit(nxt.text):
            ln.label, ln.opens = "title", True


def unparted_titles(lines: list[Line]) -> None:
    """On a page that sets its headlines apart with a blank line over each, or under each
    (`UNPARTED_SHARE` of them at least, `UNPARTED_LEAST` or more), a one-line title without one,
    between a sentence's end and the paragraph it heads, is a subhead of the article it stands in
    (`公正审判被告人落泪` between two paragraphs of a court report). Blank lines only: a rule or a
    jump line parts what it parts."""
    if "title" not in map(_LABEL, lines):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    heads = []                                  # (first line, last line) of each headline
    k = 1
    while k < len(real):
        if real[k].label in ("kicker", "title") and real[k - 1].label not in HEADLINE:
            j = k
            while j + 1 < len(real) and real[j + 1].label in HEADLINE:
                j += 1
            heads.append((k, j))
            k = j
        k += 1
    for gap in (lambda a, b: real[a].n - real[a - 1].n > 1,                    # a blank line over it
                lambda a, b: b + 1 < len(real) and real[b + 1].n - real[b].n > 1):   # or under it
        apart = sum(gap(a, b) for a, b in heads)
        if apart >= R.UNPARTED_LEAST and apart >= R.UNPARTED_SHARE * len(heads):
            break
    else:
        return
    indenting = _page_indents(real)
    for a, b in heads:
        ln, prev = real[a], real[a - 1]
        if a == b and ln.label == "title" and not gap(a, b) and prev.label == "body" \
                and ends_sentence(prev.text) and a + 1 < len(real) and real[a + 1].label == "body" \
                and real[a + 1].starts and (real[a + 1].indent >= 1 or not indenting) \
                and real[a + 1].n == ln.n + 1 and ln.n == prev.n + 1:
            ln.label, ln.opens = "subhead", False   # (the paragraph under it opens as the page's do)


def gapped_subheads(lines: list[Line]) -> None:
    """A subhead parts an article's text with one blank line or none; a heading the chain read as
    one after two blank lines or more (on a page with no blank line after every line) is the next
    article's title (over the corpus and sets 3-22, no subhead stands under two blank lines; 144
    titles do)."""
    if "subhead" not in map(_LABEL, lines):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    if not real or real[0].lone_blanks or blank_count(real) < 2:
        return
    for k in range(1, len(real)):
        ln, prev = real[k], real[k - 1]
        if ln.label == "subhead" and prev.label != "subhead" and ln.n - prev.n > 2:
            j = k
            while j < len(real) and real[j].label == "subhead" and (j == k or real[j].n == real[j - 1].n + 1):
                real[j].label = "title"
                j += 1
            if j < len(real) and real[j].label in ("body", "caption"):
                real[j].starts = True


def opening_subheads(lines: list[Line]) -> None:
    """A subhead is a part of an article: one with no article over it, at the page's top under
    nothing but furniture, or under a rule printed across the page (`﹏﹏﹏`, `━━━`) that closes
    the article above, with text under it, is the next article's title."""
    if "subhead" not in map(_LABEL, lines):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    top = _below_header(real)
    for k, ln in enumerate(real):
        if ln.label != "subhead" or k + 1 == len(real) or real[k + 1].label not in ("body", "caption"):
            continue
        if k == top or real[k - 1].label == "furniture" and page_rule(real[k - 1].text):
            ln.label, ln.starts = "title", False
            real[k + 1].starts = True


def parblank_subheads(lines: list[Line]) -> None:
    """On a page whose blank lines end paragraphs (`PARAGRAPH_BLANKS` of the text lines over one
    end a sentence), a short line with no punctuation after a blank line, with text straight
    under it and no blank line between, is no one-line paragraph, nor a dateline (`本报讯`): a
    subhead (`精彩对话` / `记者：你们这本书…`)."""
    real = _text_lines(lines)
    ended = [ends_sentence(ln.text) for ln in real if ln.blank_after and ln.label in ("body", "caption")]
    if len(ended) < 4 or sum(ended) < PARAGRAPH_BLANKS * len(ended):
        return
    for ln, nxt in zip(real, real[1:]):
        if ln.label == "body" and ln.blank_before and not ln.blank_after \
                and nxt.label == "body" and ln.width < 0.5 * ln.column \
                and not _PUNCTUATED.search(ln.text) and ln.text.lstrip()[:1] not in R.BULLETS \
                and credit_line(ln.text) is None:
            ln.label, ln.starts, nxt.starts = "subhead", False, True


_INNER_END = re.compile("[。！？!?][^。！？!?]{2,}$")    # a sentence ends, and another begins
_NUMBERED = re.compile(r"\s*[（(]?[一二三四五六七八九十\d]{1,3}[、.．）)]")   # 一、农业生产基本稳定，…: an item's head


_PUNCTUATED = re.compile(r"[，。、；：？！,;:?!…—（）()]|\.(?!\d)")   # (a decimal point is none)


def echo_titles(lines: list[Line]) -> None:
    """A body line with no punctuation at all and no bullet (a bulleted line is an item, with its
    run-in head) between a sentence's end (or a table's row) and more body text (or the rest of
    a headline the chain read), whose words come back in the text after it (`ECHO_TITLE_AFTER`
    of its two-character sequences) and not in the text before it (`ECHO_TITLE_BEFORE`), is a
    title set with no blank line or indent to show it: a headline's words return in its own
    article, not in the one before. So is a line read as a subhead, so echoed, over an indented
    paragraph (`开学第一天 我市5595名学生喜迎新学期` on a page with no blank lines). (On a page that
    indents its paragraphs, a line set in by a paragraph's indent opens a paragraph.)"""
    real = _text_lines(lines)
    page = None
    for k in range(1, len(real) - 1):
        ln = real[k]
        if (ln.label == "body" or ln.label == "subhead" and real[k + 1].indent >= 1) \
                and not _PUNCTUATED.search(ln.text) and _closes(real[k - 1].text) \
                and real[k + 1].label in ("body", "title") and ln.text[:1] not in R.BULLETS \
                and real[k - 1].label in ("body", "caption", "credit") \
                and not (1 <= ln.indent < R.HEADING_INDENT and _page_indents(real)) \
                and _echoed(real, k, k + 1, page := page or _han_page(real)):
            ln.label, ln.starts = "title", False
            if real[k + 1].label == "body":
                real[k + 1].starts = True


_EXCLAIMED = re.compile(r"[！？!?][ \t\u3000]*(?:\n|$)")   # a line that stops at ！ or ？


def exclaimed_titles(lines: list[Line]) -> None:
    """A headline may end in `！` or `？` (`现场直击！…这份“家门口的健康大礼”太暖心！`): one or two
    lines read as text (or a subhead) between a sentence's end (or furniture, or a credit) and more text, that
    stop at a `！` or `？`, with no full stop or semicolon in them, whose words come back
    in the text after them and not in the text before (`_echoed`), are a title."""
    if not _EXCLAIMED.search(_page_text(lines)):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    page = None
    for k in range(1, len(real) - 1):
        for j in (k + 1, k + 2):                # a title of one line, or wrapped onto a second
            if j >= len(real):
                break
            run = real[k:j]
            text = "".join(x.text for x in run)
            if any(x.label not in ("body", "subhead") for x in run) or real[j].label != "body" \
                    or text.rstrip()[-1:] not in "！？!?" or re.search("[。；;]", text) \
                    or len(squeeze(text)) > R.HEADLINE_MAX or run[0].text[:1] in R.BULLETS \
                    or real[k - 1].label not in ("body", "caption", "credit", "furniture") \
                    or real[k - 1].label in ("body", "caption") and not _closes(real[k - 1].text) \
                    or opens_with_credit(run[0].text) or any(x.blank_after for x in run[:-1]):
                continue
            if _echoed(real, k, j, page := page or _han_page(real)):
                for x in run:
                    x.label, x.starts = "title", False
                real[j].starts = True
                break


def _han_page(real: list[Line]) -> tuple[str, list[int]]:
    """The Chinese characters of the lines run together, and where each line starts in them."""
    parts = _NOT_HAN.sub("", "\n".join(ln.text for ln in real)).split("\n")
    starts = [0]
    for part in parts:
        starts.append(starts[-1] + len(part))
    return "".join(parts), starts


_NOT_HAN = re.compile("[^\u4e00-\u9fff\n]+")      # (the word echoes' characters: features._HAN)


def _echoed(real: list[Line], i: int, j: int, page: tuple[str, list[int]] | None = None) -> bool:
    """Do the words of lines i to j (exclusive) come back after them and not before them, as a
    title's do: of their two-character sequences, `ECHO_TITLE_AFTER` at least occur again in the
    `ECHO_REACH` Chinese characters after them and `ECHO_TITLE_BEFORE` at most in those before
    (the measure of the word-echo features, `helpers.layout.features.echoes`)?"""
    from .features import ECHO_REACH
    han, starts = page or _han_page(real)
    lo, hi = starts[i], starts[j]
    pairs = {han[p:p + 2] for p in range(lo, hi - 1)}
    if not pairs:
        return False
    after, before = han[hi:hi + ECHO_REACH + 1], han[max(0, lo - ECHO_REACH):lo]
    return sum(p in after for p in pairs) >= R.ECHO_TITLE_AFTER * len(pairs) \
        and sum(p in before for p in pairs) <= R.ECHO_TITLE_BEFORE * len(pairs)


def unclosed_titles(lines: list[Line]) -> None:
    """A one-line title that opens a quotation it does not close, straight over body text, is the
    text's (`“年华易老，技·忆永存` / `——第七届国家级非物质文…`): a headline closes its quotations,
    a paragraph's line may not. And a character or two straight under a credit, over the text, is
    that credit's wrapped end (`记者侯伶俐 实习生 卢` / `晖`), and so are the names under a credit
    that ends in a role (`金家漕小学小记者` / `鲁益品（证号1507122）`)."""
    real = _text_lines(lines)
    for k in range(1, len(real) - 1):
        ln, prev, nxt = real[k], real[k - 1], real[k + 1]
        if ln.label == "title" and prev.label not in HEADLINE and nxt.label == "body" \
                and not nxt.blank_before and _unclosed(ln.text) and not ln.text.rstrip().endswith("：") \
                and ln.text.lstrip()[:1] not in R.BULLETS:
            ln.label, ln.starts = "body", prev.label != "body" or ends_sentence(prev.text)
            nxt.starts = False
        elif ln.label in HEADLINE and prev.label == "credit" and not ln.blank_before \
                and not prev.text.rstrip().endswith(("）", ")")) \
                and (R.HAN_ONLY.fullmatch(squeeze(ln.text)) and len(squeeze(ln.text)) <= 2
                     and nxt.label == "body"
                     or R.ROLE_END.search(squeeze(prev.text)) and len(squeeze(ln.text)) <= 16
                     and not ends_sentence(ln.text) and (nxt.label == "body" or ln.blank_after)):
            ln.label, ln.starts = "credit", False
            nxt.starts = nxt.starts or nxt.label == "body"


def dash_kickers(lines: list[Line]) -> None:
    """A headline line ending in a dash (`读上半年经济运行数据——`), straight over a title, leads it
    in: the kicker, with the headline lines it wraps from (`国家统计局新闻发言人解`), whatever the
    chain took them for."""
    real = _text_lines(lines)
    for k in range(len(real) - 1):
        ln, nxt = real[k], real[k + 1]
        if ln.label in ("title", "kicker", "body") and nxt.label == "title" and not nxt.blank_before \
                and ln.text.rstrip().endswith("——") and nxt.text.lstrip()[:1] not in R.BULLETS + "—" \
                and len(squeeze(ln.text)) <= R.HEADLINE_MAX:
            i = k
            while i > 0 and real[i - 1].label in ("title", "kicker") and not real[i].blank_before \
                    and not ends_sentence(real[i - 1].text) and k - i < 2:
                i -= 1
            if ln.label == "body" and i == k and k and real[k - 1].label == "body":
                continue                        # a paragraph's line: `…，他说——`
            for x in real[i:k + 1]:
                x.label, x.starts = "kicker", False


def titles_after_credits(lines: list[Line]) -> None:
    """A body line under a closing credit (`（张 颖）`: the article above is over), with a blank
    line or nothing between, that holds no sentence, and whose words come back in the text
    under it and not above it (`_echoed`), is the next article's title; so is a line the chain
    read as more of the credit when it states none (`洛报融媒记者将参加全国新闻界双人围棋锦标赛`)."""
    real = _text_lines(lines)
    page = None
    for k in range(1, len(real) - 1):
        ln, prev = real[k], real[k - 1]
        if (ln.label == "body" or ln.label == "credit" and credit_line(ln.text) is None) \
                and prev.label == "credit" and prev.text.lstrip()[:1] in "（(" and _sentence_free(ln) \
                and not _PUNCTUATED.search(ln.text[-1:]) \
                and real[k + 1].label == "body" and not opens_with_credit(ln.text) \
                and _echoed(real, k, k + 1, page := page or _han_page(real)):
            ln.label, ln.starts = "title", False
            real[k + 1].starts = True


def headlines_over_bylines(lines: list[Line]) -> None:
    """Body lines after a blank line that follows a sentence's end (or the page's top), holding no
    sentence's end, right over a byline that names people (`乔元兀 记者 侯春强`) with text under
    it, are a headline (`吉林抚松：法官顶风冒雪进农户巡回审` / `判`): a byline stands under a title,
    not in a paragraph. And a line the chain read as text ending in a reporter's role (`大众日报
    淄博融媒体中心记者`) after a paragraph's end, over the names, is that credit's first line."""
    real = _text_lines(lines)
    for k in range(len(real) - 1):
        ln, nxt = real[k], real[k + 1]
        if nxt.label != "credit":
            continue
        if ln.label == "body" and R.ROLE_END.search(ln.text.rstrip()) and k \
                and ends_sentence(real[k - 1].text) and len(squeeze(ln.text)) <= R.HEADLINE_MAX:
            ln.label, ln.starts = "credit", False
            continue
        if ln.label != "body" or k + 2 >= len(real) or real[k + 2].label != "body" \
                or not _says_who_line(nxt.text):
            continue
        i = k
        while i > 0 and real[i - 1].label == "body" and not real[i].blank_before and k - i < 2:
            i -= 1
        block = real[i:k + 1]
        if block[0].blank_before and (i == 0 or ends_sentence(real[i - 1].text)) \
                and not any(_SENTENCE_MARK.search(x.text) for x in block) \
                and not any(opens_with_credit(x.text) for x in block):
            for x in block:
                x.label, x.starts = "title", False
            real[k + 2].starts = True


def wrapped_bylines(lines: list[Line]) -> None:
    """Two lines the chain read as text, or a headline, that make a byline naming people only
    together (`□ 郴州日报·今日郴州客户端全媒体记` / `者 王路莎 唐思思 陈莉`: a role word cut in two),
    with no sentence in them, are that byline; the text under them opens a paragraph."""
    real = _text_lines(lines)
    for k in range(len(real) - 1):
        ln, nxt = real[k], real[k + 1]
        if ln.label not in ("body", "title", "subtitle") or nxt.label not in ("body", "title", "subtitle") \
                or nxt.blank_before or len(ln.text) > 40 or len(nxt.text) > 40 \
                or "，" in ln.text or "，" in nxt.text or _SENTENCE_MARK.search(ln.text) \
                or _SENTENCE_MARK.search(nxt.text):
            continue                            # (quick tests first)
        joined = ln.text.rstrip() + nxt.text.strip()
        if _BYLINE_ROLE.search(joined) and credit_line(ln.text) is None and credit_line(nxt.text) is None \
                and _says_who_line(joined):
            ln.label, ln.starts, nxt.label, nxt.starts = "credit", False, "credit", False
            if k + 2 < len(real) and real[k + 2].label == "body":
                real[k + 2].starts = True


_BYLINE_ROLE = re.compile("记者|通讯员|实习生|特约|摄")


UNSURE = 0.6     # a headline the chain gives less than this marginal is one it was unsure of


def unsure_titles(lines: list[Line]) -> None:
    """A one-line title under body text and over body text that the chain was unsure of
    (`UNSURE`) and that stands inside one article's text, not between two (`_between_articles`),
    is a subhead."""
    real = _text_lines(lines)
    for k in range(1, len(real) - 1):
        ln = real[k]
        if ln.label == "title" and ln.confidence < UNSURE and not ln.font_size \
                and real[k - 1].label == "body" and real[k + 1].label == "body" \
                and not opens_with_credit(real[k + 1].text) and _between_articles(real, k) is False:
            ln.label, ln.opens = "subhead", False


def dash_subtitles(lines: list[Line]) -> None:
    """A line opening with a subtitle's dash (`——本周晴雨相间`) read as a headline under a body
    line with no sentence in it, that follows a sentence's end (or a table's row), or one with no
    full stop and a comma at most after a blank line, a credit or furniture (`37℃！“烧烤天”突然叫板`,
    `科普馆开馆，专家进课堂`), has its title in that line: the chain read the title as the end of
    the text before, or as a paragraph. One read as a title's line under a title line opens the
    subtitle, with the lines it wraps onto."""
    real = _text_lines(lines)
    for k in range(1, len(real)):
        ln, prev = real[k], real[k - 1]
        if ln.label in HEADLINE and ln.text.startswith(R.SUBTITLE_DASHES) and prev.label == "body" \
                and (not _PUNCTUATED.search(prev.text) and k > 1 and _closes(real[k - 2].text)
                     or (prev.blank_before or k > 1 and (real[k - 2].label in ("credit", "furniture")
                                                          or _closes(real[k - 2].text)))
                     and not ends_sentence(prev.text) and not re.search("[。；;]", prev.text)
                     and prev.text.count("，") <= 1 and not prev.text.rstrip().endswith("，")):
            prev.label, prev.starts = "title", False
            ln.label = "subtitle"
            _subtitle_wraps(real, k)
    for k in range(1, len(real)):               # under a title line, the dash opens the subtitle,
        ln = real[k]                            # and the lines it wraps onto are the subtitle's
        if ln.label == "title" and ln.text.lstrip().startswith(R.SUBTITLE_DASHES) \
                and real[k - 1].label in ("title", "kicker"):
            ln.label = "subtitle"               # (a blank line between: a PDF reader's blocks)
            _subtitle_wraps(real, k)
            i = k - 1                           # the lines over it the chain took for a kicker
            while i > 0 and real[i - 1].label in ("title", "kicker") and not real[i].blank_before:
                i -= 1
            if all(x.label == "kicker" for x in real[i:k]):
                for x in real[i:k]:
                    x.label = "title"


def _subtitle_wraps(real: list[Line], k: int) -> None:
    """The title lines straight under a subtitle's first line (at `k`) are the lines it wraps onto,
    up to a blank line or another mark."""
    for x in real[k + 1:]:
        if x.label != "title" or x.blank_before or x.text.lstrip()[:1] in R.BULLETS + "—⸺⸻":
            break
        x.label = "subtitle"


def sentence_headlines(lines: list[Line]) -> None:
    """Headline lines that carry a sentence's full stop (`。`) are body text: a headline ends no
    sentence with a full stop, but for a quotation closing its last line (`……的精神。”`). The
    lines down to the stop are body; when a new sentence starts after it, the rest of the run
    carries that sentence on and is body too; after a closing tag (`。（完）`) the rest stays a
    headline."""
    real = _text_lines(lines)
    k = 0
    while k < len(real):
        if real[k].label not in HEADLINE:
            k += 1
            continue
        run = [real[k]]
        while k + len(run) < len(real) and real[k + len(run)].label in HEADLINE \
                and not real[k + len(run)].blank_before:
            run.append(real[k + len(run)])
        stops = [i for i, ln in enumerate(run) if "。" in ln.text       # (the last line's own
                 and (i < len(run) - 1 or ln.text.rstrip()[-1:] == "。"     # stop counts unless a
                      or ln.text.rstrip(R.CLOSERS + " ")[-1:] != "。")]     # quotation closes it)
        if stops:
            i = stops[-1]
            after = run[i].text[run[i].text.rindex("。") + 1:].strip("”’」』 ")
            cut = i if not after or _CLOSING_TAG.fullmatch("。" + after) else len(run) - 1
            prev = real[k - 1] if k else None
            for m, ln in enumerate(run[:cut + 1]):
                ln.label = "body"
                ln.starts = m == 0 and (prev is None or prev.label != "body" or _closes(prev.text))
        k += len(run)


_CONNECTIVES = "的地得之和与及或、，：:—"


def parted_titles(lines: list[Line]) -> None:
    """Two title lines with a blank line between them, on a page whose blank lines mean
    something, are two headlines when the first is whole (it stops on no connective and in no
    word that the second goes on): the headlines of two columns that an extractor set one under
    the other. (A kicker or a subtitle may stand a blank line apart from its title; on a PDF
    page, whose blank lines the reader sets by the gaps, so may a title's second line; two lines
    both centred are one headline's parts; a number broken from its unit, `时隔46` / `年上海男排
    再夺冠`, and a line going on with `的` are one headline's; and a dateline standing alone,
    `CCTV.com消息`, opens no headline.)"""
    from ..words import word_runs_on
    real = _text_lines(lines)
    for a, b in zip(real, real[1:]):
        if a.label == b.label == "title" and b.blank_before and not b.lone_blanks and not b.font_size \
                and not (a.indent >= R.HEADING_INDENT and b.indent >= R.HEADING_INDENT) \
                and a.text.rstrip()[-1:] not in _CONNECTIVES \
                and not opens_with_credit(b.text.strip() + " ") \
                and not word_runs_on(squeeze(a.text), squeeze(b.text)) \
                and not _HEADLINE_GOES_ON.search(squeeze(a.text)[-1:] + squeeze(b.text)[:1]):
            b.opens = True


# a number broken from its unit (`继首届全运会问鼎后时隔46` / `年上海男排再夺冠`), or a line that goes
# on with a particle no headline opens with (`…秀水河畔` / `的时代足音`): one headline
_HEADLINE_GOES_ON = re.compile(r"\d[年月日时个名人次家项件户所座万亿元%％岁米吨届期号倍]|.的")


_PAIRS = ("“”", "‘’", "《》", "（）", "()", "「」", "『』", "【】")


def _unclosed(text: str) -> bool:
    """Does a line open a quotation or bracket it does not close (`“文化` over `粤军”逐浪高`)?"""
    return any(text.count(a) > text.count(b) for a, b in _PAIRS)


def _lone_head(real: list[Line], k: int) -> bool:
    """Is a title line a headline alone, with another headline under it and no text between?"""
    return k + 2 < len(real) and real[k + 1].label == "title" and real[k + 2].label != "title" \
        and not (k and real[k - 1].label == "title") \
        and len(squeeze(real[k + 1].text)) > 2 * R.KICKER_SHORT    # (not `图片` over `图片报道`)


def _couplet(text: str) -> bool:
    """Two phrases of about one length set apart by a space (`全力拼经济 奋战开门红`)."""
    m = R.COUPLET.fullmatch(text)
    return bool(m) and abs(len(m.group("a")) - len(m.group("b"))) <= 1


def short_kickers(lines: list[Line]) -> None:
    """A headline's first line of a word or two (`KICKER_SHORT`: `地评线`, `迁安`), over a headline
    line at least twice as wide, is the kicker, a column's name: what the chain read as the title
    under it and the subtitle (the rest of it, wrapped) is the title. So is a phrase of up to
    twice that length with no punctuation (`我为群众办实事`, a campaign's name) over a line
    `KICKER_NARROW` times as wide that opens no subtitle's dash (under `男儿到此自豪雄`, a
    `——记…` line is the title's subtitle). (A blank line may stand
    between kicker and title, as a PDF reader sets them; a title so short would head nothing.)
    A couplet (`全力拼经济 奋战开门红`) over a title is its kicker too, and so is a line over a
    one-line title the extractor letter-spaced (large type) where it did not; a kicker whose
    quotation the title line under it closes is the title's first line."""
    from ..words import word_runs_on
    real = _text_lines(lines)
    widest = max((ln.width for ln in real if ln.label in HEADLINE), default=0)
    for k in range(len(real) - 1):
        ln, nxt = real[k], real[k + 1]
        if ln.label not in ("title", "kicker") or nxt.label not in ("title", "subtitle"):
            continue                                    # (quick test first)
        if ln.label == "kicker" and nxt.label == "title" and not ln.blank_after \
                and _unclosed(ln.text) and _closes_quote(nxt.text):
            ln.label = "title"                          # `2023年度“中国` / `科学十大进展”发布`:
            continue                                    # a quotation runs on into the title
        if ln.label == "title" and nxt.label == "title" and not ln.blank_after \
                and not (k and real[k - 1].label in HEADLINE) and _couplet(ln.text):
            ln.label, nxt.opens = "kicker", False       # `全力拼经济 奋战开门红` over its title
            continue                                    # (over a subtitle: tried, set 2 lost two)
        if ln.label == "title" and nxt.label == "title" and letter_spaced(nxt.text) \
                and 2 * spaced_pairs(ln.text)[1] < spaced_pairs(ln.text)[0] \
                and not (k and real[k - 1].label in HEADLINE) \
                and (k + 2 == len(real) or real[k + 2].label not in HEADLINE):
            ln.label, nxt.opens = "kicker", False       # `沪苏浙皖警方再推 5 项便民惠企实事项目` over
            continue                                    # `三 省 人 才 落 户 上 海`: the title in large type
        if ln.label != "title" or k and real[k - 1].label in HEADLINE \
                or ln.blank_after and (nxt.label != "title" or not _lone_head(real, k)) \
                or nxt.label not in ("title", "subtitle") or nxt.width < 2 * ln.width \
                or len(squeeze(ln.text).strip(R.BULLETS + "【】〖〗[]")) > R.KICKER_SHORT \
                and (len(squeeze(ln.text)) > 2 * R.KICKER_SHORT or nxt.width < R.KICKER_NARROW * ln.width
                     or _PUNCTUATED.search(ln.text) or squeeze(nxt.text).startswith(R.SUBTITLE_DASHES)):
            continue
        if _unclosed(ln.text) or word_runs_on(squeeze(ln.text), squeeze(nxt.text)) \
                or letter_spaced(nxt.text) and spaced_pairs(ln.text)[1] == spaced_pairs(ln.text)[0] > 0:
            continue        # `珠海国` / `际汽车赛结束`, `中 原` / `沃 野 启 新 程`: one title, wrapped
        ln.label, nxt.opens = "kicker", False
        if nxt.label == "subtitle":
            nxt.label = "title"
            _wrapped_title(real, k + 1, widest)


def _wrapped_title(real: list[Line], k: int, widest: int) -> None:
    """The subtitle lines a title line at `k` wrapped onto (it is as wide as the widest headline
    line of the page) are the title's."""
    for a, b in zip(real[k:], real[k + 1:]):
        if b.label != "subtitle" or b.blank_before or a.width < widest - 1 or ends_sentence(a.text):
            break
        b.label = "title"


def bullet_subheads(lines: list[Line]) -> None:
    """A one-line heading opening with a bullet (`▲社区文化真红火`) that the chain read as a title,
    right under body text that ends a sentence and over body text that no dateline or credit
    opens, is a subhead of the article it stands in: a bulleted brief's title follows the credit
    or the box label of the item before it, or the item's body under a title bulleted alike.
    So is such a heading wrapped onto a second line, and one the chain read as a paragraph of a
    single line with no sentence end over a new paragraph (`■冰雹袭击持续20分钟`)."""
    real = _text_lines(lines)
    marks: set[str] = set()                            # how the last headline's lines open
    for k in range(1, len(real) - 1):
        prev, ln, nxt = real[k - 1], real[k], real[k + 1]
        if prev.label in HEADLINE:
            if k < 2 or real[k - 2].label not in HEADLINE:
                marks = set()
            marks.add(prev.text[:1])
        if ln.text[:1] not in R.BULLETS or prev.label != "body" or not ends_sentence(prev.text) \
                or ends_sentence(ln.text) or ln.text[:1] in marks:
            continue
        if ln.label == "title" and nxt.label in ("body", "subtitle") and not opens_with_credit(nxt.text):
            ln.label = "subhead"
            if nxt.label == "subtitle":
                nxt.label, nxt.starts = "body", True
        elif ln.label == "title" and nxt.label == "title" and not nxt.blank_before \
                and nxt.text[:1] not in R.BULLETS and nxt.width <= ln.width and k + 2 < len(real) \
                and real[k + 2].label == "body" and not opens_with_credit(real[k + 2].text) \
                and not ends_sentence(nxt.text):
            ln.label = nxt.label = "subhead"       # wrapped onto a second line
        elif ln.label == "body" and ln.starts and not ln.blank_after and nxt.label == "body" \
                and (nxt.starts or nxt.indent > ln.indent) and nxt.text[:1] not in R.BULLETS \
                and not re.search("[。；;]", ln.text):
            ln.label, ln.starts = "subhead", False  # a paragraph of one bulleted line with no end:
                                                    # a heading over the paragraph under it


def _mark(text: str) -> str:
    """The bullet a line opens with, circled numbers (`①`, `②`) all one mark, or the bracket a line
    stands wholly in (`〖绍兴开设非遗馆〗`: `〖`); else ''."""
    ch = text.lstrip()[:1]
    if ch and ch in R.CIRCLED:
        return "①"
    if ch and ch in R.BULLETS:
        return ch
    return ch if R.ENCLOSED.fullmatch(text.strip()) else ""


def bulleted_titles(lines: list[Line]) -> None:
    """Briefs whose titles open with a bullet (`◇庆阳法庭调解工作走进田间地头`), a circled number
    (`①千年遗珍亮相上海`) or stand in brackets (`〖绍兴开设非遗馆〗`): where two titles of the page
    or more are so marked alike (or one, and another line the chain took for the page's), on this page
    - a line so marked after a blank line, a credit or a sentence's end, with no full stop or
      comma, over text, is a title too, though its words (`放假通知！今年…`, `▌龙山区寿山镇：麦子熟
      了！`) made the chain read it as a paragraph's first line, or its brackets as a box's label
      (a box's label by its words, `〖本版快讯〗`, stays the page's); the text may stand a blank
      line below it where the page's marked titles do so;
    - unmarked headline lines straight over a marked title are its kicker (`传承非物质文化遗产` |
      `◎开封市二夹弦戏曲博物馆开馆`), and so are lines the chain read as text after a blank line or a
      sentence's end; one standing a blank line under it, over text, is its first subhead
      (`◎央视专访陈氏夫妇：调查中国农民` | `人物介绍`), and one straight under a marked title too short
      to have wrapped (under six tenths of the column: a PDF's large type wraps a title at eight
      tenths) its subtitle (`◆王兴主持召开县长办公会` | `安排部署重点工作任务`)."""
    real = _text_lines(lines)
    opening: dict[str, int] = {}
    spaced: dict[str, int] = {}         # ... of them, with a blank line under them
    boxed: dict[str, int] = {}          # marked lines the chain took for the page's, not a box's label
    for k, ln in enumerate(real):
        if ln.label == "title" and _mark(ln.text) and (k == 0 or real[k - 1].label != "title"):
            opening[_mark(ln.text)] = opening.get(_mark(ln.text), 0) + 1
            spaced[_mark(ln.text)] = spaced.get(_mark(ln.text), 0) + bool(ln.blank_after)
        elif ln.label == "furniture" and _mark(ln.text) and not box_label(ln.text) and not ln.chrome:
            boxed[_mark(ln.text)] = boxed.get(_mark(ln.text), 0) + 1
    marks = {b for b, n in opening.items() if n + boxed.get(b, 0) >= 2}
    if not marks:
        return
    for k in range(1, len(real) - 1):
        prev, ln, nxt = real[k - 1], real[k], real[k + 1]
        mark = _mark(ln.text)
        if mark in marks and (ln.label == "body" and ln.starts or ln.label == "furniture"
                              and not box_label(ln.text) and not ln.chrome) \
                and not ln.text.rstrip().endswith("。") \
                and (ln.blank_before or prev.label in ("credit", "furniture") or _closes(prev.text)) \
                and nxt.label in ("body", "credit", "subhead") and not _mark(nxt.text) \
                and (not nxt.blank_before or 2 * spaced[mark] >= opening[mark]) \
                and len(ln.text) <= R.HEADLINE_MAX and not re.search("[，。；,;]", ln.text):
            ln.label, ln.starts = "title", False
            nxt.starts = nxt.label == "body"
    for k in range(1, len(real)):
        prev, ln, nxt = real[k - 1], real[k], real[k + 1] if k + 1 < len(real) else None
        if ln.label == "title" and _mark(ln.text) in marks and not _mark(prev.text) and not ln.blank_before \
                and prev.label in ("title", "kicker", "body") and not ends_sentence(prev.text):
            i = k - 1                           # the kicker's lines, after a blank line or a sentence's end
            while i > max(0, k - 3) and not real[i].blank_before \
                    and real[i - 1].label in ("title", "kicker", "body") and not ends_sentence(real[i - 1].text):
                i -= 1
            if prev.label == "body" and not (real[i].blank_before or i == 0 or ends_sentence(real[i - 1].text)):
                continue
            for x in real[i:k]:
                x.label, x.starts = "kicker", False
        elif ln.label == "title" and not _mark(ln.text) and prev.label == "title" and ln.blank_before \
                and _mark(prev.text) in marks and nxt is not None and nxt.label == "body":
            ln.label, nxt.starts = "subhead", True
        elif ln.label == "title" and not _mark(ln.text) and prev.label == "title" and not ln.blank_before \
                and _mark(prev.text) in marks and prev.width < 0.6 * prev.column and ln.indent < 1 \
                and (k < 2 or real[k - 2].label != "title"):
            ln.label = "subtitle"               # under a marked title too short to have wrapped


def set_in_headings(lines: list[Line]) -> None:
    """A line set in far beyond a paragraph's indent (`HEADING_INDENT`) and short of the column
    is centred or flush right, as headlines and credits are, never a subhead or body text:
    - subhead lines so set after a blank line are a headline (one title, wrapped);
    - a short line so set right under a paragraph's last sentence, with a blank line or the
      page's end under it, is that article's closing credit (`新华`);
    - body text so set under a paragraph's end that reads as a credit naming people
      (`本报记者董芳忠摄影报道`) is one."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if not _centred(ln):
            continue
        prev = real[k - 1] if k else None
        if ln.label == "subhead" and (ln.blank_before or prev is not None and prev.label == "title"):
            ln.label = "title"
        elif ln.label in HEADLINE and ln.blank_after and prev is not None and prev.label == "body" \
                and not ln.blank_before and ends_sentence(prev.text) \
                and ln.width <= R.SHORT_CREDIT and not re.search(r"[，。；：！？,;:!?]", ln.text):
            ln.label = "credit"
        elif ln.label in ("body", "caption") and _says_who_line(ln.text) and prev is not None \
                and prev.label in ("body", "caption") and _ends_clause(prev.text):
            ln.label, ln.starts = "credit", False  # a credit set flush right under the text


def centred_headings(lines: list[Line]) -> None:
    """On a page that centres its headlines (two or more headline lines set in far, short of the
    column) and sets its text flush (no paragraph indent), a flush title line between lines of
    text is a subhead of the article, not a headline (`带上自家产品市场里摆摊`); and a line set in
    so right over a centred title, under a sentence's end, is that title's kicker
    (`“喜迎二十大共祝祖国好”特别报道②`), whatever the chain read it as."""
    real = _text_lines(lines)
    centred = [ln for ln in real if _centred(ln)]
    if sum(ln.label in HEADLINE for ln in centred) < 2:
        return
    text = [ln for ln in real if ln.label == "body"]
    if not text or sum(1 <= ln.indent < R.HEADING_INDENT for ln in text) > 0.1 * len(text):
        return                                  # (a page that indents its paragraphs: not this one)
    for k in range(1, len(real) - 1):
        ln, prev, nxt = real[k], real[k - 1], real[k + 1]
        if ln.label == "title" and ln.indent < 1 and prev.label == "body" and not ln.blank_before \
                and not ends_sentence(ln.text):
            run = [ln]                          # (and the flush title lines it wraps onto)
            while k + len(run) < len(real) - 1 and real[k + len(run)].label == "title" \
                    and real[k + len(run)].indent < 1:
                run.append(real[k + len(run)])
            if real[k + len(run)].label == "body":
                for x in run:
                    x.label, x.starts = "subhead", False
                real[k + len(run)].starts = True
        elif ln.label == "body" and _centred(ln) and nxt.label == "title" and _centred(nxt) \
                and prev.label in ("body", "credit") and _closes(prev.text):
            ln.label, ln.starts = "kicker", False


def _centred(ln: Line) -> bool:
    """Set in far beyond a paragraph's indent and short of the column: centred or flush right."""
    return ln.indent >= R.HEADING_INDENT and ln.width < ln.column - R.UNINDENTED_GAP


def _says_who_line(text: str) -> bool:
    credit = credit_line(text)
    return credit is not None and bool(credit.reporters or credit.correspondents or credit.photographers)


def affiliation_bylines(lines: list[Line]) -> None:
    """A line right under a headline that is an office and a name (`湖北省丹江口市人民法院民四庭法官
    吴晓菲`: `AFFILIATION_BYLINE`, the name led by a surname), over body text, is the byline,
    whatever headline part the chain took it for; the headline line over it, left a kicker with no
    title, is the title (`repair`)."""
    from .credits import _surname_led
    real = _text_lines(lines)
    for k in range(1, len(real) - 1):
        ln, prev, nxt = real[k], real[k - 1], real[k + 1]
        if ln.label not in HEADLINE or prev.label not in HEADLINE or nxt.label != "body":
            continue
        m = R.AFFILIATION_BYLINE.fullmatch(ln.text.strip())
        if m and _surname_led(m.group("name")):
            ln.label, ln.starts = "credit", False


def list_leads(lines: list[Line]) -> None:
    """A line ending in a colon (`防御指南：`) that the chain read as a headline or subhead, right
    over the first item of a numbered list (`1.相关部门…`), leads the list in: body text."""
    real = _text_lines(lines)
    for ln, nxt in zip(real, real[1:]):
        if ln.label in _HEAD_OR_SUBHEAD and ln.text.rstrip()[-1:] in "：:" \
                and nxt.label in ("body", "caption") and R.NUMBERED.match(nxt.text):
            ln.label, ln.starts, nxt.starts = "body", True, True


def bulleted_lists(lines: list[Line]) -> None:
    """A sentence that leads in a list (ending in a colon or a dash: `新推的五项便民措施是———`)
    after body text, over a line opening with a bullet, is body text, and so are the list's items
    (`■ 苏浙皖三地引进人才落户上` / `海社区公共户全程网上办理 经上海…`): each item that opens with the
    bullet opens a paragraph, and the lines that carry an item on are its, whatever headline parts
    the chain took them for, up to the next credit, furniture or headline that is not an item's."""
    real = _text_lines(lines)
    for k in range(1, len(real) - 1):
        prev, ln, nxt = real[k - 1], real[k], real[k + 1]
        if not ln.text.rstrip().endswith(("：", ":", "——")):
            continue                            # (a quick test first)
        bullet = nxt.text.lstrip()[:1]
        if not bullet or bullet not in R.BULLETS or ln.label not in ("body",) + HEADLINE \
                or prev.label != "body" or not ends_sentence(prev.text) \
                or not ln.text.rstrip().endswith(("：", ":", "——")) or ln.text.lstrip()[:1] in R.BULLETS:
            continue
        ln.label, ln.starts = "body", True
        for j in range(k + 1, len(real)):
            x, before = real[j], real[j - 1]
            if x.text.lstrip()[:1] == bullet and x.label in ("body", "subhead") + HEADLINE:
                x.label, x.starts = "body", True
            elif x.label in ("body", "subhead") + HEADLINE and not ends_sentence(before.text) \
                    and before.label == "body":
                x.label, x.starts = "body", False
            elif x.label != "body":
                break


def photo_captions(lines: list[Line]) -> None:
    """Body text that is one paragraph (or flush paragraphs on a page that indents its own) standing
    between a photo's credit (`新华社记者 张三 摄`)
    and a headline or the page's end, either way round, with no dateline opening it and no byline
    over it, is the photo's caption (a brief's one paragraph has its byline or dateline)."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if ln.label != "credit" or not R.PHOTO_CREDIT.search(ln.text):
            continue
        for step in (-1, 1):
            block, j = [], k + step
            while 0 <= j < len(real) and real[j].label == "body":
                block.append(real[j])
                j += step
            edge = real[j] if 0 <= j < len(real) else None
            first = (block[-1] if step < 0 else block[0]) if block else None
            if block and (edge is None or edge.label in _HEAD_OR_FURNITURE)  \
                    and (sum(x.starts for x in block) == 1 or all(x.indent < 1 for x in block)
                         and _indents_openings(real, block)) \
                    and not opens_with_credit(first.text):
                for x in block:
                    x.label = "caption"
                break


def _indents_openings(real: list[Line], block: list[Line]) -> bool:
    """Whether the page indents its paragraphs' first lines (`PARAGRAPH_INDENTS` of its body
    paragraphs outside `block`, four or more), so that flush paragraphs stand apart from them."""
    inside = set(map(id, block))
    return _mostly_indented([ln for ln in real if ln.label == "body" and ln.starts and id(ln) not in inside],
                            least=4)


def _page_indents(real: list[Line]) -> bool:
    """Does the page indent its paragraphs (`_mostly_indented`, over its paragraph openings)?"""
    return _mostly_indented([x for x in real if x.label == "body" and x.starts], least=R.UNPARTED_LEAST)


def _mostly_indented(openings: list[Line], least: int) -> bool:
    """Are `least` paragraph openings or more given, `PARAGRAPH_INDENTS` of them indented?"""
    return len(openings) >= least and sum(ln.indent >= 1 for ln in openings) >= PARAGRAPH_INDENTS * len(openings)


_PICTURED = re.compile(r"图为|照片[）)]|摄[）)]")


def pictured_captions(lines: list[Line]) -> None:
    """Body text that is an item's whole text, under its headline and up to the next headline, a
    photo credit, furniture or the page's end, in one or two paragraphs with no dateline opening
    it, that says what a photo shows (`图为…`, `（无人机照片）`), is the photo's caption."""
    real = _text_lines(lines)
    k = 0
    while k < len(real):
        if real[k].label != "body" or k == 0 or real[k - 1].label not in HEADLINE:
            k += 1
            continue
        j = k
        while j < len(real) and real[j].label == "body":
            j += 1
        block, edge = real[k:j], real[j] if j < len(real) else None
        closed = edge is None or edge.label in _HEAD_OR_FURNITURE or (
            edge.label == "credit" and R.PHOTO_CREDIT.search(edge.text))
        if closed and sum(x.starts for x in block) <= 2 and not opens_with_credit(block[0].text) \
                and _PICTURED.search("".join(x.text for x in block)):
            for x in block:
                x.label = "caption"
        k = j


def headline_runs_on(lines: list[Line]) -> None:
    """On a PDF page, a short last line of a headline (`全覆盖`) that the chain read as a credit
    but that is printed in the headline's size and weight, right under it: the headline's. So,
    on any page, is a word or two that closes the quotation the headline line over it opened."""
    prev = None
    for ln in lines:
        if ln.label == "blank":
            prev = None
            continue
        if (prev is not None and ln.label == "credit" and prev.label in HEADLINE and ln.font_size
                and not ln.blank_before and abs(ln.font_size - prev.font_size) < 0.05 * prev.font_size
                and ln.bold == prev.bold and abs(ln.size_ratio - 1) > 0.05):
            ln.label = prev.label
        elif (prev is not None and ln.label in ("credit", "body", "subtitle") and prev.label in HEADLINE
                and _unclosed(prev.text) and _closes_quote(ln.text)
                and len(squeeze(ln.text)) <= R.KICKER_SHORT):
            ln.label, ln.starts = prev.label, False   # `吴静钰“金镶` / `玉”`: the quotation closes
        prev = ln                                     # on the headline's last line


def _closes_quote(text: str) -> bool:
    """Does a line close a quotation or bracket it did not open?"""
    return any(text.count(b) > text.count(a) for a, b in _PAIRS)


COHESION_TITLE = 0.05     # a heading stands between two articles when the texts around it share
                          # less than this of their two-character sequences ...
COHESION_ARTICLE = 0.08   # ... and the text under it less than this with its article's opening
                          # (over the layout corpus's headings after body text, sets 2-7 with
                          # it: 81 % of titles and 87 % of subheads so told apart)


def _between_articles(real: list[Line], i: int) -> bool | None:
    """Does the heading `real[i]`, under body text, stand between two articles (a title) rather
    than inside one (a subhead)? The text under it shares little with the text before it, and
    little with the opening of the article it would otherwise belong to (`features._shared`)
    or its own words come back under it and not before it (`_echoed`: alone this tells
    nothing, a subhead's words come back too)."""
    from .features import ECHO_REACH, _shared
    han = [_NOT_HAN.sub("", ln.text) for ln in real]
    j = i + 1
    while j < len(real) and real[j].label in _HEAD_SUBHEAD_CREDIT:
        j += 1
    top = max((k for k in range(i) if real[k].label == "title"), default=0)
    end = j
    while end < len(real) and real[end].label in ("body", "caption"):
        end += 1                                   # (the text under it, up to what ends it)
    before = "".join(han[top:i])[-ECHO_REACH:]
    after = "".join(han[j:end])[:ECHO_REACH]
    opening = "".join(han[top:i])[:2 * ECHO_REACH]
    if min(len(before), len(after)) < ECHO_REACH // 2:
        return None                                # too little text to tell
    return _shared(before, after) < COHESION_TITLE and (
        _shared(opening, "".join(han[i:j]) + after) < COHESION_ARTICLE or _echoed(real, i, i + 1))


def image_captions(lines: list[Line]) -> None:
    """The text between an image (`![](images/1.jpg)`, a text browser's `[3fa8.jpg]`) and the
    photo's credit under it, headline-free, is the photo's caption."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if ln.label != "furniture" or not R.MD_IMAGES.fullmatch(squeeze(ln.text)):
            continue
        j = k + 1
        while j < len(real) and real[j].label in ("body", "caption"):
            j += 1
        if j > k + 1 and j < len(real) and real[j].label == "credit" and _photo(real[j].text):
            for x in real[k + 1:j]:
                x.label = "caption"


def _photo(text: str) -> bool:
    credit = credit_line(text)
    return bool(credit is not None and credit.photographers or R.PHOTO_CREDIT.search(text))


_ELLIPSIS_LINE = re.compile(r"(?:…|\.{3}|。{3})+")


def ellipses(lines: list[Line]) -> None:
    """An ellipsis standing alone (`……`: text left out) is a paragraph of the body."""
    for ln in lines:
        if ln.label not in ("body", "blank") and _ELLIPSIS_LINE.fullmatch(ln.text.strip()):
            ln.label, ln.starts = "body", True


_ITEM_POINT = re.compile(r"[：:]\s*(\S.*)$")


def documents(lines: list[Line]) -> None:
    """A government document as papers and gazettes print it: its number standing alone
    (`鹤政发〔2025〕4号`) over a title and an addressee (`各县（区）人民政府，市政府各部门：`) is
    the kicker over its title, the lines between are the title, the addressee is the body's
    first paragraph (as is one under a notice's title: `广大居民：` under `关于…的通知`); a
    numbered item that states its point after a colon (`1.开闸时间：2025年12月30日`) is a paragraph,
    not a subhead; a closing formula (`特此通告`) is the last; and under the text, the signatories
    set in far (`鹤岗市人民政府`), or flush over a date standing alone (one or more of them, one
    over another), and the date under them are the closing credit."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if "号" not in ln.text or len(ln.text) > 40 or not R.DOC_NUMBER.fullmatch(squeeze(ln.text)):
            continue
        if k and real[k - 1].label in _HEAD_OR_CREDIT:
            if ln.label in HEADLINE:            # a number printed under its title is text, the
                ln.label, ln.starts = "body", True    # body's first paragraph
                if k + 1 < len(real) and real[k + 1].label == "body":
                    real[k + 1].starts = True
            continue
        j = k + 1
        while j < len(real) and j - k <= 3 and not ends_sentence(real[j].text) and "，" not in real[j].text \
                and not real[j].text.rstrip().endswith(("：", ":")) and real[j].label != "furniture" \
                and real[j].width <= R.HEADLINE_MAX + 2:
            j += 1
        if j == k + 1 or j >= len(real) or not real[j].text.rstrip().endswith(("：", ":")) \
                or real[j].label == "furniture":
            continue                            # (a number under a title, no addressee: text)
        ln.label, ln.starts = "kicker", False
        for x in real[k + 1:j]:
            x.label, x.starts, x.opens = "title", False, False
        real[j].label, real[j].starts = "body", True
    for k, ln in enumerate(real):               # an addressee (`全校各部门、各单位：`, `尊敬的用户：`,
        if ln.label in _HEAD_OR_CREDIT and ln.text.rstrip()[-1:] in "：:" \
                and len(ln.text) <= 40 and not ends_sentence(ln.text) \
                and ("各" in ln.text[:6] or R.SALUTATION.match(ln.text.lstrip())
                     or k and real[k - 1].label == "title" and R.DOC_TITLE.search(real[k - 1].text)):
            ln.label, ln.starts = "body", True      # `广大居民：` under `关于…的通知`)
    for ln in real:                             # a numbered item that states its point after a colon
        if ln.label == "subhead" and R.NUMBERED.match(ln.text) and (m := _ITEM_POINT.search(ln.text)) \
                and len(m.group(1)) >= R.ITEM_POINT_MIN:
            ln.label, ln.starts = "body", True      # (`1.开闸时间：2025年12月30日`) is a paragraph
    for ln in real:                             # a closing formula (`特此通告`) ends the text
        if "此" in ln.text and len(ln.text) <= 8 and ln.label != "body" and R.DOC_CLOSING.fullmatch(squeeze(ln.text)):
            ln.label, ln.starts = "body", True
    for k in range(1, len(real)):
        ln, prev = real[k], real[k - 1]
        if prev.label not in ("body", "credit") or len(ln.text) > 48 \
                or not ends_sentence(prev.text) and not ("此" in prev.text and R.DOC_CLOSING.fullmatch(squeeze(prev.text))):
            continue                                # (quick tests first)
        j = k + 1                                   # (signatories one over another, then the date)
        while j < len(real) and j - k <= 3 and len(real[j].text) <= 48 \
                and real[j].text.rstrip()[-1:] in _SIGNATORY_ENDS and R.SIGNATORY.fullmatch(squeeze(real[j].text)):
            j += 1
        dated = j < len(real) and real[j].text.rstrip().endswith("日") \
            and R.SIGNED_DATE.fullmatch(squeeze(real[j].text))
        signed = (ln.indent >= 2 * R.HEADING_INDENT or dated) and ln.text.rstrip()[-1:] in _SIGNATORY_ENDS \
            and R.SIGNATORY.fullmatch(squeeze(ln.text)) \
            or _DIGIT.search(ln.text) and R.SIGNED.fullmatch(squeeze(ln.text))   # `…办公室 2024年8月16日`
        if signed:                                  # (flush when an extractor dropped the indent,
                                                    # with the date alone under it)
            ln.label, ln.starts = "credit", False
            if dated:
                for x in real[k + 1:j + 1]:
                    x.label, x.starts = "credit", False
            elif k + 1 < len(real) and not squeeze(ln.text).endswith("日") \
                    and R.DATE_END.fullmatch(squeeze(real[k + 1].text)):
                real[k + 1].label, real[k + 1].starts = "credit", False   # its date's end


_SIGNATORY_ENDS = frozenset(w[-1] for w in R.SIGNATORY_SUFFIXES.split("|"))   # what `R.SIGNATORY` ends in
_DIGIT = re.compile(r"\d")


def box_titles(lines: list[Line]) -> None:
    """Under a box's label (`■链接`, `背景`, `〖简讯〗`), short bulleted lines with no sentence in
    them (`◆汉阴县工业经济实现首季“开门红”`, `◇潘村湖农场：秋粮喜获大丰收`) are the titles of the
    items the box holds, up to the box's end (the next furniture or headline unbulleted)."""
    real = _text_lines(lines)
    boxed = False
    for k, ln in enumerate(real):
        if ln.label == "furniture":
            boxed = box_label(ln.text)
            continue
        if boxed and ln.label in HEADLINE and ln.text[:1] not in R.BULLETS:
            boxed = False
        if boxed and ln.text[:1] in R.BULLETS and ln.label in ("body", "subhead", "title") \
                and ln.width <= R.HEADLINE_MAX and not re.search("[，。；！？,;!?]", ln.text) \
                and not R.RUN_IN_HEAD.match(ln.text.lstrip(R.BULLETS + " ")):
            ln.label, ln.starts, ln.opens = "title", False, True
            if k + 1 < len(real) and real[k + 1].label == "body":
                real[k + 1].starts = True
        elif boxed and k and real[k - 1].label == "furniture" and ln.label == "body" and ln.starts \
                and k + 1 < len(real) and real[k + 1].label == "body" \
                and not real[k + 1].blank_before \
                and ln.width <= min(R.HEADLINE_MAX, 0.8 * ln.column) and not ends_sentence(ln.text) \
                and not re.search("[，。；,;]", ln.text) and not R.DATELINE.match(unspaced(ln.text)):
            ln.label, ln.starts, ln.opens = "title", False, True     # the box's first item's title,
            real[k + 1].starts = True                                 # unbulleted (`放假通知！今年…`)


def adverts(lines: list[Line]) -> None:
    """An advertisement's label standing alone (`广告`, `（广告）`) is the page's, and so are the
    lines under it, none with a sentence in it, down to the last that gives a phone number
    (`服务热线　0797-8360802`): an advertisement, no article (none without a number to call)."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if len(ln.text) > 12 or not R.ADVERT_LABEL.search(ln.text) \
                or not R.ADVERT_LABEL.fullmatch(squeeze(ln.text)):
            continue
        ln.label, ln.starts = "furniture", False
        block = []
        for x in real[k + 1:k + 9]:
            if re.search(r"[，。！？；,!?;]", x.text) or x.label == "furniture" and not R.PHONE.search(x.text) \
                    or R.DATELINE.match(x.text):           # (its phone line may read as furniture)
                break
            block.append(x)
        last = max((i for i, x in enumerate(block) if R.PHONE.search(x.text)), default=-1)
        for x in block[:last + 1]:
            x.label, x.starts = "furniture", False


def page_notes(lines: list[Line]) -> None:
    """An editor's note (`编者按：雨季来临，本版今起推出…`) printed before the page's first headline
    is the page's, not an article's: furniture, up to its paragraph's end."""
    real = _text_lines(lines)
    for k, ln in enumerate(real):
        if ln.label in HEADLINE:
            return
        if ln.label == "body" and ln.text.lstrip(R.BULLETS + " ").startswith("编者按"):
            for x in real[k:]:
                if x is not ln and (x.label != "body" or x.starts or x.blank_before):
                    break
                x.label, x.starts = "furniture", False
            return


def wrapped_subtitles(lines: list[Line]) -> None:
    """A title right under a subtitle line that stops in mid-word, the word running on into it
    (`——访河南日报报业集团副社长、河` / `南省报业协会副主席石晓林`): the subtitle's wrapped line, not
    a new article's title."""
    from ..words import word_runs_on
    prev = None
    for ln in lines:
        if ln.label == "title" and prev is not None and prev.label == "subtitle" \
                and not ln.blank_before and not ends_sentence(prev.text) \
                and word_runs_on(squeeze(prev.text), squeeze(ln.text)):
            ln.label, ln.opens = "subtitle", False
        prev = ln if ln.label != "blank" else None


def bulleted_sections(lines: list[Line]) -> None:
    """A bulleted word or two standing over a headline (`▌法治在线`, `■民生`, `■ 简讯`), naming no
    one, apart from the text over it (a blank line or a headline, credit or furniture between),
    or a box's name (`■简讯`), is a section's or a box's label: furniture (over the corpus and
    sets 3-23, 21 such lines over a headline, all furniture, but for two `□综合` closing the
    text right over them; a bulleted title has text under it)."""
    if not _BULLETED_LINE.search(_page_text(lines)):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    for k, ln in enumerate(real[:-1]):
        if ln.text[:1] not in R.BULLETS or ln.label not in _HEAD_OR_CREDIT or real[k + 1].label not in ("kicker", "title"):
            continue
        word = ln.text.lstrip(R.BULLETS + " ").rstrip()
        if not _SECTION_WORD.fullmatch(word):
            continue
        apart = ln.blank_before or not k or real[k - 1].label not in ("body", "caption")
        if (apart or box_label(ln.text)) and not _read_as_names(word):         # (right under text, a box's name: `■简讯`; another
            ln.label, ln.starts = "furniture", False    # word there, `□综合`, closes the text)


_SECTION_WORD = re.compile(f"[{R.HAN}]{{2,6}}")
_BULLETED_LINE = re.compile(f"(?:^|\n)[{re.escape(R.BULLETS)}]")


def band_headlines(lines: list[Line]) -> None:
    """A line of the page's top or bottom band read as headline, followed (blank lines apart)
    by more of the band's furniture, is the band's (a section name printed large), not a headline
    of its own: furniture. (One followed by a headline may be that headline's kicker.)"""
    real = _text_lines(lines)
    for ln, nxt in zip(real, real[1:] + [None]):
        if ln.band and ln.label in HEADLINE and (
                nxt is None or nxt.band and nxt.label == "furniture"):
            ln.label = "furniture"


def _squeezed(text: str) -> str:
    """A text's letters and digits only (what `str.isalnum` keeps)."""
    return _NOT_ALNUM.sub("", text)


_NOT_ALNUM = re.compile(r"[\W_]+")


def pull_quotes(lines: list[Line], reach: int = 80) -> None:
    """A headline-like run of lines that reads as a sentence (it ends with 。, runs to 24
    characters, or is a clause and more in quotation marks) and whose words are printed again in the body text around it (within `reach`
    lines either side) is a pull quote, not the headline of a new article: page furniture (its
    words are the article's already). A short title that quotes a phrase of its article
    (`血压要知晓降压要达标`) stays a title, and so does a headline with no text above it or
    under a closing credit."""
    runs, run = [], []
    for i, ln in enumerate(lines):
        if ln.label in HEADLINE:
            run.append(i)
        elif ln.label != "blank" and run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    for run in runs:
        lo, hi = run[0], run[-1]
        run = [lines[i] for i in run]
        printed = "".join(x.text for x in run).strip()
        words = _squeezed(printed)
        quoted = printed[:1] in "“「" and printed[-1:] in "”」" and "，" in printed   # a sentence quoted
        if len(words) < 8 or not (printed.rstrip("”’」』").endswith("。") or len(words) >= 24 or quoted):
            continue
        above = next((x for x in reversed(lines[:lo]) if x.label != "blank"), None)
        if above is None or above.label == "credit" or \
                not any(x.label in ("body", "caption") for x in lines[max(0, lo - reach):lo]):
            continue                            # (the first headline of the page, or one under an
                                                # article's closing credit, quotes no text)
        body = _squeezed("".join(x.text for x in lines[max(0, lo - reach):lo] + lines[hi + 1:hi + 1 + reach]
                                 if x.label in ("body", "caption")))
        if words in body:
            for x in run:
                x.label = "furniture"
    _quoted_pull_quotes(lines, reach)


def _quoted_pull_quotes(lines: list[Line], reach: int) -> None:
    """A paragraph the chain read as text, set in further than the page's paragraphs or wholly in
    quotation marks (`“目前，近500亩的晚秋黄梨已经进入成` / `熟期”`), whose words stand again in the
    text around it, is a pull quote too: a page prints no sentence twice but to pull it out."""
    if not any(ln.text[:1] in "“「\"" and ln.indent > 1 and ln.label == "body" for ln in lines):
        return                                  # (a quick test first)
    real = _text_lines(lines)
    k = 0
    while k < len(real):
        if real[k].label != "body" or not real[k].text.lstrip().startswith(("“", "「", "\"")):
            k += 1
            continue
        j = k + 1
        while j < len(real) and real[j].label == "body" and not real[j].starts and j - k < 4:
            j += 1
        run = real[k:j]
        printed = "".join(x.text.strip() for x in run)
        inner = _squeezed(printed.strip("“”「」\""))
        if len(inner) >= 8 and printed.rstrip("。").endswith(("”", "」", "\"")) \
                and all(x.indent > (real[k - 1].indent if k else 1) for x in run):
            near = real[max(0, k - reach):k] + real[j:j + reach]
            body = _squeezed("".join(x.text for x in near if x.label in ("body", "caption")))
            if inner in body or inner.rstrip("。，") in body:
                for x in run:
                    x.label, x.starts = "furniture", False
                if j < len(real) and real[j].label == "body":
                    real[j].starts = real[j].starts or ends_sentence(real[k - 1].text) if k else True
        k = j


BIG = 1.5     # a PDF line this many times the body size is a headline's, whatever the chain says
SMALL = 0.98  # and one printed smaller than the body is no title


def headline_sizes(lines: list[Line]) -> None:
    """On a PDF page, the lines of one headline (consecutive kicker, title and subtitle lines)
    printed in clearly different sizes: the largest are the title; smaller lines above it are
    its kicker, below it its subtitle (a title is the largest line of its headline)."""
    run: list[Line] = []
    for ln in lines + [None]:
        if ln is not None and (ln.label == "blank" or ln.label == "furniture" and run
                               and R.JUMP_LINE.fullmatch(ln.text)):
            continue                                  # `（接上）` under a repeated headline
        if ln is not None and ln.label in HEADLINE and ln.size_ratio:
            run.append(ln)
            continue
        if len(run) >= 2:
            top = max(x.size_ratio for x in run)
            if min(x.size_ratio for x in run) < 0.85 * top:
                first = next(i for i, x in enumerate(run) if x.size_ratio >= 0.9 * top)
                last = max(i for i, x in enumerate(run) if x.size_ratio >= 0.9 * top)
                for i, x in enumerate(run):
                    x.label = "kicker" if i < first else "subtitle" if i > last else "title"
            elif any(x.label == "title" for x in run) and \
                    min(x.size_ratio for x in run) >= 0.97 * top:   # one size: a part of three
                for x in run:                               # characters or fewer is the title
                    if x.label != "title" and len(x.text.strip()) <= 3 \
                            and all(y.bold == x.bold for y in run):    # wrapped (`次`)
                        x.label = "title"
                titled = [i for i, x in enumerate(run) if x.label == "title"]
                for x in run[titled[0]:titled[-1]]:         # and a line printed alike between
                    if x.bold == run[titled[0]].bold:       # two lines of the title is the title's
                        x.label = "title"
        run = []


def _strength(ln: Line) -> int:
    """How loud a Markdown line's mark is: `#` 7 .. `######` 2, bold 1, none 0."""
    return 8 - int(ln.mark[1]) if ln.mark.startswith("h") else ln.mark == "strong"


def markdown_blocks(lines: list[Line]) -> None:
    """On a Markdown page (`lines.markdown_marks`) the marks say what the chain had to guess.

    - A list item or a quotation is a paragraph of the body; an italic line that reads as a
      credit is one.
    - A table's row is a paragraph (its rule row `|---|---|` goes on the header row's).
    - A heading or bold line is never body: a title or a subhead (`_heading`, the page parted by
      its rules, `---`).
    - Where the page marks its headlines, a plain line is a headline only as the kicker over a
      marked title; in a run of headline lines the loudest mark is the title, the lines above
      it kickers and those under it subtitles.
    """
    real = _text_lines(lines)
    if not any(ln.mark for ln in real):
        return
    rules = [i for i, ln in enumerate(real) if R.THEMATIC_BREAK.fullmatch(ln.text)]
    for ln in real:
        if ln.mark in ("item", "quote"):
            ln.label, ln.starts = "body", True
        elif ln.mark in ("emphasis", "strong") and credit_line(ln.text) is not None:
            ln.label, ln.mark = "credit", ""        # `*本报记者 张三*`, `**南海网记者徐静涵摄**`
        elif ln.mark and furniture_line(ln.text):
            ln.label, ln.mark = "furniture", ""     # `# 北原时报`: the paper's name
        elif ln.mark == "row":                   # a table's row: a paragraph of its own
            ln.label, ln.starts = "body", not R.MD_RULE_ROW.fullmatch(ln.text)
    parted = len(rules) >= R.MD_MARKS_MIN
    for i, ln in enumerate(real):
        if _strength(ln) and ln.label not in ("kicker", "subtitle") \
                and not (i and real[i - 1].label == "subhead" and ln.label == "subhead"):
            ln.label, ln.starts = _heading(real, i, parted), False
    marked = sum(1 for ln in real if _strength(ln)) >= R.MD_MARKS_MIN
    i = 0
    while i < len(real):
        if real[i].label not in HEADLINE:
            i += 1
            continue
        j = i
        while j + 1 < len(real) and real[j + 1].label in HEADLINE:
            j += 1
        run = real[i:j + 1]
        loudest = max(_strength(ln) for ln in run)
        if marked and loudest:
            top = [k for k, ln in enumerate(run) if _strength(ln) == loudest]
            if len(top) == 1:
                for k, ln in enumerate(run):
                    ln.label = "kicker" if k < top[0] else "title" if k == top[0] else "subtitle"
                    ln.opens = ln.opens and k == 0
            for k, ln in enumerate(run):
                if not _strength(ln) and not (k + 1 < len(run) and _strength(run[k + 1])):
                    ln.label, ln.starts = "body", True    # a plain line under the headline
        elif marked and run[0].mark == "" and len(run) == 1:
            run[0].label, run[0].starts = "body", True
        i = j + 1


PARAGRAPH_INDENTS = 0.8    # a page that indents this share of the lines after a sentence's end
                           # indents its paragraphs (a hanging indent: the lines that go on)
PARAGRAPH_BLANKS = 0.7     # a page whose blank lines follow sentence ends this often marks
                           # paragraph ends with them (else they are column breaks)


INDENTED_SHARE = 0.8
UNWRAPPED_SHARE = 0.6      # a page whose body lines end a sentence this often is not wrapped at a
                           # column: each line is a paragraph (over 325 wrapped pages of the corpus,
                           # fixtures and held-out sets: 0.46 at most; pages of one paragraph a line:
                           # 0.73 and up)


def unwrapped(lines: list[Line], least: int = 5) -> bool:
    """Is the page's text one paragraph a line (a web page's copy, a Markdown export), not wrapped
    at a column? Most of its body lines wider than half a headline end a sentence (or a clause
    before a list: `：`, `；`); the short ones may be headings the chain read as body.

    >>> para = "今年以来，全市上下认真贯彻落实各项决策部署，经济运行稳中向好"
    >>> unwrapped([Line(k, para + end, False, False, label="body", width=40) for k, end in enumerate("。：。；！")])
    True
    >>> unwrapped([Line(k, para[:14], False, False, label="body", width=22) for k in range(6)])
    False
    """
    n = ends = 0
    for ln in lines:
        if ln.label not in ("body", "caption") or ln.width <= R.HEADLINE_MAX / 2 or "  " in ln.text and (
                len(_cells(ln.text)) >= 3 or _DASH_RULE.fullmatch(ln.text)):
            continue                                # (a table's rows and short lines aside)
        n += 1
        ends += ends_sentence(ln.text) or ln.text[-1:] in "：:；;"
    return n >= least and ends >= UNWRAPPED_SHARE * n


def _ends_clause(text: str) -> bool:
    """A sentence end, or a clause's before a list (`：`, `；`) or a bracket's."""
    return not _stops_mid_sentence(text) or text.rstrip()[-1:] in "；;"


_CELL_GAP = re.compile(r"(?<=\S)(?: {2,}|\t)(?=\S)")
_DASH_RULE = re.compile(r"-{3,}(?:\s+-{3,})+")       # a plain-text table's rule (pandoc's simple table)


def _cells(text: str) -> list[str]:
    if "  " not in text and "\t" not in text:
        return [text]                                # (a quick test first)
    return _CELL_GAP.split(text.strip())


def _figure_row(text: str) -> bool:
    """A row of a table set in plain text: cells apart by two spaces or more, two of them or more
    figures, none longer than a table's cell."""
    cells = _cells(text)
    return len(cells) >= 3 and sum(bool(re.fullmatch(_FIGURE, c)) for c in cells) >= 2 \
        and max(map(len, cells)) <= R.CELL_MAX


def text_tables(lines: list[Line], least: int = 3) -> None:
    """A table set in plain text (a document converter's, `类别   本月   上月` over rows of figures):
    three rows of figures or more in a row, with the header rows and rules among them, are body,
    a paragraph a row (a rule goes on the row over it)."""
    if sum(1 for ln in lines if "  " in ln.text or "\t" in ln.text) < least:
        return                                      # (a quick test first)
    real = _text_lines(lines)
    k = 0
    while k < len(real):
        j = k
        while j < len(real) and (len(_cells(real[j].text)) >= 2 or _DASH_RULE.fullmatch(real[j].text)):
            j += 1
        block = real[k:j]
        if sum(_figure_row(x.text) for x in block) >= least:
            for x in block:
                x.label, x.starts = "body", not _DASH_RULE.fullmatch(x.text)
        k = max(j, k + 1)


_CREDIT_TAIL = re.compile(r"(?:摄|摄影|报道|供图)$")


def _heading(real: list[Line], i: int, parted: bool) -> str:
    """A heading's part where the page does not show it: a title after anything but body text;
    after body text, a subhead on a page that parts its articles with furniture (`_separators`),
    and on one that does not, a title when it stands between two articles (`_between_articles`)
    and is no numbered item."""
    if i == 0 or real[i - 1].label not in ("body", "caption"):
        return "title"
    return "subhead" if parted or R.NUMBERED.match(real[i].text) or not _between_articles(real, i) \
        else "title"


def _separators(real: list[Line]) -> int:
    """Furniture lines between a page's text lines (rules, a web page's tools), not its header
    or footer."""
    text = [i for i, ln in enumerate(real) if ln.label != "furniture"]
    if not text:
        return 0
    return sum(1 for i in range(text[0], text[-1]) if real[i].label == "furniture"
               and real[i + 1].label != "furniture")


def unwrapped_headings(lines: list[Line]) -> None:
    """On a page of one paragraph a line (`unwrapped`), a line that ends no sentence or clause is
    a heading where the page shows it one: flush on a page that indents its paragraphs (four
    in five of its body lines that end a clause), or, on a page that does not, standing alone between blank lines (or
    under furniture, or a blank line under a credit) and no wider than a headline. It is a title after anything but body text;
    after body text, on a page that parts its articles with furniture (rules, a web page's
    tools: `_separators`), a subhead, and on one that does not, a title when it stands between
    two articles (`_between_articles`) and is no numbered item. An indented line that ends a
    sentence is body."""
    if not unwrapped(lines):
        return
    body = [ln for ln in lines if ln.label in ("body", "caption") and _ends_clause(ln.text)]
    indenting = sum(ln.indent >= 1 for ln in body) >= INDENTED_SHARE * len(body)   # (paragraphs)
    real = _text_lines(lines)
    parted = _separators(real) >= R.MD_MARKS_MIN
    for i, ln in enumerate(real):
        prev = real[i - 1] if i else None
        alone = ln.blank_before and ln.blank_after or bool(ln.lone_blanks)
        if len(_cells(ln.text)) >= 3 or _DASH_RULE.fullmatch(ln.text):
            continue                                # a table's row
        if ln.label == "body" and R.PERSON_ROLE.search(ln.text) and _CREDIT_TAIL.search(ln.text) \
                and ln.width <= R.HEADLINE_MAX:
            ln.label, ln.starts = "credit", False   # `…通讯员张春雷高明杨景成摄影报道`
        elif ln.label == "body" and not _ends_clause(ln.text) and not opens_with_credit(ln.text) \
                and (ln.indent == 0 if indenting else
                     (alone or prev is None or prev.label == "furniture"
                      or prev.label == "credit" and ln.blank_before) and ln.width <= R.HEADLINE_MAX):
            ln.label, ln.starts = _heading(real, i, parted), False
        elif ln.label in _HEAD_OR_SUBHEAD and ends_sentence(ln.text) \
                and (indenting and ln.indent >= 1 or ln.width > R.HEADLINE_MAX):
            ln.label, ln.starts = "body", True      # a paragraph of its own, not a heading
        elif ln.label == "subhead" and not indenting and alone and not R.NUMBERED.match(ln.text) \
                and not _ends_clause(ln.text) and prev is not None and prev.label in ("body", "caption") \
                and not ln.mark:                    # (a Markdown heading's part: `markdown_blocks`)
            ln.label = _heading(real, i, parted)


_ITEM_HEAD = re.compile(r"\s*([一二三四五六七八九十]{1,2})、[^，。；：！？,;:!?]{2,16}")
_NUMERALS = "一二三四五六七八九十"
_ITEM_HEADS = re.compile(r"(?:^|\n)[一二三四五六七八九十]{1,2}、")


def numbered_subheads(lines: list[Line]) -> None:
    """On a page of one paragraph a line (`unwrapped`), short lines that number an article's parts
    in turn (`一、临时交通管制时间`, `二、交通管制路段`), with no punctuation after the number, are
    its subheads: a line there is a whole paragraph, and the next part's number follows. The
    lines between them are text (what the chain made of a lone date or phrase there)."""
    if not _ITEM_HEADS.search(_page_text(lines)):
        return                                  # (a quick test first)
    heads = [k for k, ln in enumerate(lines) if ln.text[:1] in _NUMERALS and ln.label != "blank"
             and _ITEM_HEAD.fullmatch(ln.text)]
    if len(heads) < 2 or not unwrapped(lines):
        return                                  # (a quick test first)
    number = {k: _NUMERALS.find(_ITEM_HEAD.match(lines[k].text).group(1)) for k in heads}
    run = [k for a, b in zip(heads, heads[1:]) if number[b] == number[a] + 1 for k in (a, b)]
    for k in sorted(set(run)):
        ln = lines[k]
        ln.label, ln.starts = "subhead", False
        nxt = next((x for x in lines[k + 1:] if x.label != "blank"), None)
        if nxt is not None and nxt.label in ("credit", "subhead") and credit_line(nxt.text) is None \
                and not _ITEM_HEAD.fullmatch(nxt.text):
            nxt.label, nxt.starts = "body", True


MARGIN_SHARE = 0.85      # a page sets its text in from a margin when this share of its body lines
MARGIN_MIN = 8           # (this many at least) stand at one indent greater than none


def margin_headings(lines: list[Line]) -> None:
    """On a page whose text lines all stand at one indent (a text browser's margin: lynx sets
    every line of text three spaces in, its headings flush), a line set out of the margin that
    ends no clause and is no wider than a headline is a heading (`_heading`); a short line in the margin right over such a title, under anything but body text, is its
    kicker; and a headline line in the margin that ends a sentence is body."""
    body = [ln for ln in lines if ln.label in ("body", "caption")
            and (ln.width >= R.HEADLINE_MAX / 2 or _ends_clause(ln.text))]    # (text, not headings)
    if len(body) < MARGIN_MIN:
        return
    indents: dict[float, int] = {}
    for ln in body:
        indents[ln.indent] = indents.get(ln.indent, 0) + 1
    margin, count = max(indents.items(), key=lambda kv: (kv[1], -kv[0]))
    if margin < 1 or count < MARGIN_SHARE * len(body):
        return
    real = _text_lines(lines)
    parted = _separators(real) >= R.MD_MARKS_MIN
    for i, ln in enumerate(real):
        prev = real[i - 1] if i else None
        if ln.indent < margin and ln.label in ("body", "caption") \
                and not _ends_clause(ln.text) and ln.width <= R.HEADLINE_MAX \
                and not opens_with_credit(ln.text) and credit_line(ln.text) is None:
            ln.label, ln.starts = _heading(real, i, parted), False
            if prev is not None and ln.label == "title" and prev.label in ("body", "title") \
                    and prev.indent >= margin and not _ends_clause(prev.text) \
                    and prev.width <= R.HEADLINE_MAX and i > 1 \
                    and real[i - 2].label not in ("body", "caption"):
                prev.label, prev.starts = "kicker", False
        elif ln.indent >= margin and ln.label in _HEAD_OR_SUBHEAD and ends_sentence(ln.text):
            ln.label, ln.starts = "body", True


# What the page as a whole says, after the chain and the print, in this order.
PAGE_RULES = (headlines_run_on, vertical_headlines, index_entries, title_lists, link_lists,
              header_titles, underlined_titles, parallel_subheads, section_labels, bracket_titles,
              data_boxes, bracket_kickers, headline_words, verb_kickers, name_bylines,
              interview_turns, dateline_runs, broken_datelines, sourced_closings,
              dateline_headlines, spaced_headlines, letter_spaced_titles, echo_titles,
              exclaimed_titles, titles_after_credits, unclosed_titles, dash_kickers,
              wrapped_bylines, headlines_over_bylines, unsure_titles, dash_subtitles,
              sentence_subheads, long_subheads, parblank_subheads, opening_subheads,
              opening_headlines, separated_titles, stray_credits, unparted_titles, gapped_subheads,
              sentence_headlines, parted_titles, short_kickers, headline_stubs, bullet_subheads,
              bulleted_titles, set_in_headings, affiliation_bylines, list_leads, bulleted_lists,
              photo_captions, pictured_captions, headline_runs_on, headline_sizes, pull_quotes,
              band_headlines, bulleted_sections, ellipses, documents, box_titles, page_notes,
              adverts, wrapped_subtitles, markdown_blocks, image_captions, text_tables,
              unwrapped_headings, numbered_subheads, margin_headings, centred_headings)


def _misread_paragraph(real: list[Line], k: int) -> None:
    """The lines over line k, the end of a paragraph, that the chain read as headline or credit
    lines, with no blank line between, ending no sentence and reading as no credit, as wide as
    one another (lines wrapped at one column), with a clause mark among them: the paragraph's."""
    j = k
    while j and real[j - 1].label in _HEAD_OR_CREDIT and not real[j - 1].blank_after \
            and not ends_sentence(real[j - 1].text) and credit_line(real[j - 1].text) is None:
        j -= 1
    run = real[j:k]
    if not run:
        return
    full = max(x.width + x.indent for x in run)
    while run and run[0].width + run[0].indent < 0.85 * full:
        run = run[1:]
    if any(_CLAUSE_MARK.search(x.text) for x in run):
        for x in run:
            x.label, x.starts = "body", False
        j = k - len(run)
        run[0].starts = not j or ends_sentence(real[j - 1].text) or real[j - 1].label not in ("body", "caption")


_CLAUSE_MARK = re.compile("[，、；,;]")


def repair(lines: list[Line], conv: Conventions | None = None) -> None:
    """Constraints the chain must keep: a line opening with a dateline (`新华社北京6月1日电 …`)
    opens the body; a kicker stands over a title and a subtitle under one; body after anything
    but body opens a paragraph, and so do a line opening with a bullet (`■药品 今年以来…`) and
    body after a sentence end and a blank line on a page whose blank lines mark paragraph ends, or
    indented after a sentence end on a page that indents its paragraphs, or after a sentence end
    on a page of one paragraph a line (`unwrapped`)."""
    blanks_end_paragraphs = conv is not None and conv.blank_at_sentence_end >= PARAGRAPH_BLANKS
    indents = conv is not None and conv.indent >= PARAGRAPH_INDENTS
    one_a_line = unwrapped(lines)
    prev_text = None
    for ln in lines:
        if ln.chrome:
            ln.label, ln.starts = "furniture", False     # whatever a page rule made of it
        elif ln.label == "credit" and len(ln.text) > R.CREDIT_MAX and len(squeeze(ln.text)) > R.CREDIT_MAX:
            ln.label, ln.starts = "body", False  # a paragraph, however it opens
        elif ln.label in HEADLINE and R.PHOTO_CREDIT.search(ln.text) and len(ln.text) <= R.CREDIT_MAX \
                and credit_line(ln.text) is not None:
            ln.label = "credit"                 # a photo's credit (`《东江时报》记者姚木森 摄`)
        elif ln.label != "body" and prev_text is not None and prev_text.label == "body" \
                and R.SEE_ALSO.fullmatch(ln.text):
            ln.label, ln.starts = "body", True  # `详见A3、4` under the text it closes
        elif ln.label != "furniture" and ln.text[:1] in "（(" and ln.text[-1:] in "）)" and furniture_line(ln.text):
            ln.label, ln.starts = "furniture", False    # `（下转第3版）`, `（编辑：韩雪　审核：赵宇）`
                                                        # (over the corpus and sets 3-23: 93 of 93)
        if ln.label != "blank":
            prev_text = ln
    real = _text_lines(lines)
    for k, ln in enumerate(real):               # a sentence's end is no credit: the end of a
        if ln.label == "credit" and ends_sentence(ln.text) and credit_line(ln.text) is None:
            ln.label, ln.starts = "body", False  # paragraph
            _misread_paragraph(real, k)
    for ln in real:                             # a dateline, letter-spaced or not, opens the body
        if ln.label in _HEAD_OR_SUBHEAD and R.DATELINE.match(unspaced(ln.text)):
            ln.label, ln.starts = "body", True
    for ln, nxt in zip(real, real[1:] + [None]):
        if ln.label == "kicker" and (nxt is None or nxt.label not in ("kicker", "title")):
            ln.label = "title"                  # a kicker stands over a title: with none, it is one
    prev = None
    for ln in lines:
        if ln.label in ("furniture",):
            continue
        if ln.label == "credit" and _runs_into_text(ln.text):     # (datelines: the first pass)
            ln.label, ln.starts = "body", True
        if ln.label == "subtitle" and (prev is None or prev.label not in HEADLINE):
            ln.label = "title"
        if ln.label in ("body", "caption") and (prev is None or prev.label != ln.label
                                                or ln.text[:1] in R.BULLETS):
            ln.starts = True                    # ■ opens an item of a list
        if (blanks_end_paragraphs and ln.label in ("body", "caption") and ln.blank_before
                and prev is not None and ends_sentence(prev.text)):
            ln.starts = True
        if (indents and ln.label in ("body", "caption") and ln.indent >= 1
                and prev is not None and ends_sentence(prev.text)):
            ln.starts = True                    # an indent after a sentence's end, where the page
                                                # indents its paragraphs
        if (one_a_line and ln.label in ("body", "caption") and prev is not None
                and _ends_clause(prev.text)):
            ln.starts = True                    # a line of its own: a paragraph of its own
        if ln.label not in ("body", "caption"):
            ln.starts = False
        prev = ln
