"""Reading a newspaper PDF itself: characters with their positions, fonts and sizes, to the
lines of each page in reading order, ready for the same line labeller as a text page.

    characters (pypdfium2: each glyph's box, font size, font name and weight; generated spaces
                and line ends left out; radicals mapped to ideographs)
      -> fragments (glyphs on one baseline with no gap wider than a column gutter)
      -> blocks (a recursive XY-cut over the fragments: whitespace across the whole block cuts
                 it into rows, else into columns; rows top to bottom, columns left to right)
      -> lines (the fragments of a block on one baseline), each with `font_size`, `bold`, `x`, `y`
      -> text (one line per printed line, a blank line between blocks, a paragraph's indent as
               ideographic spaces), the form the text path reads.

Why pypdfium2 (Apache-2.0 / BSD-3, PDFium's C library in the wheel) and not pdfplumber (MIT, on
pdfminer.six): on the test pages it reads a page's characters with their fonts in 24 ms against
167 ms, and it opens encrypted and damaged files with an error that says which. PyMuPDF is AGPL.

Headlines are found by size: each line carries its font size relative to the page's body size,
and a change of size starts a new block. Page furniture is found by position: the lines in the
top and bottom bands of the page (`band`), which the labeller reads as features.
"""
from __future__ import annotations

import csv
import ctypes
import re
import itertools
import statistics
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .paths import LEXICONS


class PdfError(ValueError):
    """A PDF (or one page of it) that cannot be read; the message names the file and page."""


@dataclass
class Glyph:
    ch: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class PdfLine:
    """One printed line: its text and where and how it is printed."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font_size: float
    bold: bool
    block: int
    indent: int = 0                     # in characters, from the block's left edge
    band: str = ""                      # "top" or "bottom" for a line in the page's margins


@dataclass
class PdfPage:
    """One page of a PDF: its id (`{stem}-p{N}`), size, body font size and lines in reading order."""

    page: str
    number: int
    path: str
    width: float
    height: float
    body_size: float = 0.0
    lines: list[PdfLine] = field(default_factory=list)

    def geometry(self) -> dict[int, dict]:
        """Each non-blank line of `text()` as printed, by its line number there."""
        out, n, block = {}, 0, None
        for ln in self.lines:
            n += 1 + (block is not None and ln.block != block)
            block = ln.block
            out[n] = {"font_size": ln.font_size, "size_ratio": round(ln.font_size / self.body_size, 3),
                      "base_ratio": round(ln.font_size / (self.body_size.base(ln.font_size)
                                          if isinstance(self.body_size, Em) else self.body_size), 3),
                      "bold": ln.bold, "band": ln.band, "x": ln.x0, "y": ln.top}
        return out

    def as_page(self):
        """The page for the text path (`helpers.pages.Page`), its geometry attached."""
        from .pages import Page
        return Page(page=self.page, text=self.text(), encoding="pdf",
                    path=f"{self.path} page {self.number}", geometry=self.geometry())

    def text(self) -> str:
        """The page as text in the form the text path reads: one line per printed line, a blank
        line between blocks, an indented first line of a paragraph indented with ideographic
        spaces."""
        out, block = [], None
        for ln in self.lines:
            if block is not None and ln.block != block:
                out.append("")
            block = ln.block
            out.append("\u3000" * ln.indent + ln.text)
        return "\n".join(out) + "\n"


@lru_cache(maxsize=1)
def radicals() -> dict[str, str]:
    """CJK Radicals Supplement characters to the unified ideographs they stand for (`⻓` -> `长`);
    the Kangxi Radicals block is mapped by NFKC."""
    path = LEXICONS / "radicals.csv"
    rows = csv.DictReader(line for line in path.read_text(encoding="utf-8").splitlines()
                          if not line.startswith("#"))
    return {r["radical"]: r["ideograph"] for r in rows}


def normalize_char(ch: str) -> str:
    """A character as the text path wants it: radicals as ideographs, ligatures and fullwidth
    Latin and digits by NFKC (CJK punctuation kept as it is).

    >>> normalize_char("\\u2ed3"), normalize_char("\\u2f2f"), normalize_char("\\ufb01"), normalize_char("，")
    ('长', '工', 'fi', '，')
    """
    o = ord(ch)
    if 0x2E80 <= o <= 0x2EFF:
        return radicals().get(ch, ch)
    if 0x2F00 <= o <= 0x2FDF or 0xFB00 <= o <= 0xFB4F or 0xFF01 <= o <= 0xFF5E and ch.isalnum():
        return unicodedata.normalize("NFKC", ch)
    return ch


def _open(path: Path):
    import pypdfium2 as pdfium
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        msg = str(err)
        if "password" in msg.lower():
            raise PdfError(f"{path}: the PDF is encrypted (password protected); open it with its "
                           "password and save an unprotected copy") from None
        why = re.search(r"\((PDFium: [^)]*)\)", msg)
        raise PdfError(f"{path}: damaged or not a PDF ({why.group(1) if why else msg})") from None


def read_pdf(path: str | Path) -> list[PdfPage | PdfError]:
    """Every page of a PDF, read; a page that cannot be read is a `PdfError` in its place, so
    that the other pages still come out. An unreadable file raises `PdfError`."""
    path = Path(path)
    if not path.exists():
        raise PdfError(f"{path}: no such file")
    doc = _open(path)
    out: list[PdfPage | PdfError] = []
    try:
        for number in range(1, len(doc) + 1):
            try:
                out.append(read_page(doc, number, path))
            except PdfError as err:
                out.append(err)
    finally:
        doc.close()
    return out


def _glyphs(doc, number: int, path: Path) -> tuple[list[Glyph], float, float, bool]:
    import pypdfium2.raw as raw
    page = doc[number - 1]
    width, height = page.get_size()
    tp = page.get_textpage()
    try:
        n = tp.count_chars()
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        glyphs = []
        for i in range(n):
            if raw.FPDFText_IsGenerated(tp.raw, i) == 1:
                continue
            code = raw.FPDFText_GetUnicode(tp.raw, i)
            if code in (0, 0xFFFE, 0xFFFF) or code < 32:
                continue
            ch = chr(code)
            if ch.isspace():
                continue
            left, bottom, right, top = tp.get_charbox(i, loose=True)
            raw.FPDFText_GetFontInfo(tp.raw, i, buf, 128, ctypes.byref(flags))
            font = buf.value.decode("latin-1")
            weight = raw.FPDFText_GetFontWeight(tp.raw, i)
            if weight >= 600 and "Bold" not in font:
                font += "+Bold"
            glyphs.append(Glyph(normalize_char(ch), left, right, height - top, height - bottom,
                                round(raw.FPDFText_GetFontSize(tp.raw, i), 1), font))
        images, boxes = False, []
        for obj in page.get_objects():
            if obj.type not in (2, 3):                    # FPDF_PAGEOBJ_PATH, FPDF_PAGEOBJ_IMAGE
                continue
            images = images or obj.type == 3
            left, bottom, right, top = obj.get_bounds()
            if right - left >= BOX_SIDE and top - bottom >= BOX_SIDE:
                boxes.append((left, height - top, right, height - bottom))
    finally:
        tp.close()
        page.close()
    return glyphs, width, height, images, boxes


BOX_SIDE = 24.0    # points: a picture or drawn box at least this wide and high takes room on the page


def read_page(doc, number: int, path: Path) -> PdfPage:
    """One page of an open document to its lines in reading order."""
    glyphs, width, height, images, boxes = _glyphs(doc, number, path)
    page = PdfPage(f"{path.stem}-p{number}", number, str(path), width, height)
    if not glyphs:
        if images:
            raise PdfError(f"{path} page {number}: no text layer (a scanned page?); run OCR on it "
                           "first, for example `ocrmypdf in.pdf out.pdf`")
        raise PdfError(f"{path} page {number}: the page is empty")
    page.body_size = _body_size(glyphs)
    page.lines = layout_lines(glyphs, page.body_size, width, height, boxes)
    return page


class Em(float):
    """The page's body size (the size most characters are set in), which also knows every body
    size of the page: a paper may set its briefs smaller than its articles (`bodies`)."""

    bodies: tuple[float, ...] = ()

    def base(self, size: float) -> float:
        """The body size text of `size` is measured against: the largest body size not above it
        (a 14 pt line on a page of 11 pt briefs and 14 pt articles is body, not a headline)."""
        return max((b for b in self.bodies if b <= size * 1.02), default=min(self.bodies or (self,)))

    def big(self, size: float) -> bool:
        """Headline-size text: `HEADLINE` times its body size or more."""
        return size >= HEADLINE * self.base(size)


BODY_SHARE = 0.3      # a size is a body size when it has this share of the commonest size's characters


def _body_size(glyphs: list[Glyph]) -> Em:
    """The font size most characters of the page are set in, with every other size that sets as
    much text as a body does (`BODY_SHARE` of the commonest, and 300 characters or more)."""
    counts: dict[float, int] = {}
    for g in glyphs:
        counts[g.size] = counts.get(g.size, 0) + 1
    em = Em(max(counts, key=lambda s: (counts[s], -s)))
    em.bodies = tuple(sorted(s for s, n in counts.items()
                             if s == em or n >= max(300, BODY_SHARE * counts[em])))
    return em


def _bold_glyphs(glyphs: list[Glyph]) -> set[int]:
    """Which glyphs are bold: set in a face whose name or weight says bold that is not the face
    the body of its size is set in (a paper whose briefs are set in a `…+Bold` face has bold
    nowhere in them)."""
    faces: dict[float, dict[str, int]] = {}
    for g in glyphs:
        faces.setdefault(g.size, {})
        faces[g.size][g.font] = faces[g.size].get(g.font, 0) + 1
    common = {size: max(f, key=lambda k: (f[k], k)) for size, f in faces.items()
              if sum(f.values()) >= 300}
    return {id(g) for g in glyphs if _BOLD.search(g.font) and common.get(g.size) != g.font}


_BOLD = re.compile("Bold|Black|Heavy")


# --- fragments, blocks, lines ---------------------------------------------------------------

HEADLINE = 1.1      # text this many times the body size is a headline's
GUTTER = 0.5          # a horizontal gap of this many body characters or more is no gap inside a line
SAME_LINE = 0.45      # glyph centres closer than this (in the glyph's size) are on one baseline


@dataclass
class Fragment:
    glyphs: list[Glyph]
    x0: float
    x1: float
    top: float
    bottom: float
    vertical: bool = False      # one character under another (a label set vertically)
    spaced: bool = False        # letter-spaced characters joined into one fragment
    empty_size: float = 0.0     # a picture (no glyphs): the size it counts as

    @classmethod
    def of(cls, glyphs: list[Glyph]) -> "Fragment":
        return cls(glyphs, min(g.x0 for g in glyphs), max(g.x1 for g in glyphs),
                   min(g.top for g in glyphs), max(g.bottom for g in glyphs))

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def size(self) -> float:
        if not self.glyphs:                     # a picture: no text, of the body's size
            return self.empty_size
        return statistics.median(g.size for g in self.glyphs)


def fragments(glyphs: list[Glyph], em: float) -> list[Fragment]:
    """Glyphs on one baseline, cut where the gap between two is as wide as a column gutter."""
    bands: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.cy, g.x0)):
        if bands and _same_line(g, bands[-1][0]):
            bands[-1].append(g)
        else:
            bands.append([g])
    out = []
    for band in bands:
        band.sort(key=lambda g: g.x0)
        run = [band[0]]
        for g in band[1:]:
            size = max(em, min(g.size, run[-1].size))
            if g.x0 - run[-1].x1 > GUTTER * size or abs(g.size - run[-1].size) > 0.25 * em \
                    and g.x0 - run[-1].x1 > 0.3 * em:
                out.append(Fragment.of(run))
                run = []
            run.append(g)
        out.append(Fragment.of(run))
    return out


def stack_vertical(frags: list[Fragment]) -> list[Fragment]:
    """Fragments of one character each, stacked one under the other with nothing between them
    (a label set vertically, 简 over 讯), as one fragment read top to bottom."""
    singles = sorted((f for f in frags if len(f.glyphs) == 1), key=lambda f: (f.x0, f.top))
    out = [f for f in frags if len(f.glyphs) != 1]
    column: list[Fragment] = []

    def close():
        if len(column) >= 2:
            f = Fragment.of([c.glyphs[0] for c in column])
            out.append(Fragment(f.glyphs, f.x0, f.x1, f.top, f.bottom, vertical=True))
        else:
            out.extend(column)

    for f in singles:
        g = f.glyphs[0]
        if column:
            h = column[-1].glyphs[0]
            if abs((g.x0 + g.x1) - (h.x0 + h.x1)) / 2 <= 0.3 * g.size \
                    and 0 <= g.top - h.bottom <= 1.5 * g.size and abs(g.size - h.size) < 0.1 * g.size:
                column.append(f)
                continue
            close()
        column = [f]
    close()
    return sorted(out, key=lambda f: (f.top, f.x0))


def letter_spaced(frags: list[Fragment]) -> list[Fragment]:
    """Characters set one by one with a wide space between each (`简　讯`, a letter-spaced
    label or headline) on one baseline: one fragment, not columns. Only single characters of
    one size, no more than one and a half characters apart, are joined."""
    out: list[Fragment] = []
    for f in frags:
        last = out[-1] if out else None
        if (last is not None and len(f.glyphs) == 1 and not last.vertical
                and (len(last.glyphs) == 1 or last.spaced)
                and _same_line(f.glyphs[0], last.glyphs[-1])
                and abs(f.size - last.size) < 0.1 * f.size
                and 0 <= f.x0 - last.x1 <= 1.5 * f.size):
            j = Fragment.of(last.glyphs + f.glyphs)
            out[-1] = Fragment(j.glyphs, j.x0, j.x1, j.top, j.bottom, spaced=True)
        else:
            out.append(f)
    return out


def _same_line(g: Glyph, h: Glyph) -> bool:
    """On one baseline: centres close (`SAME_LINE`), or, for glyphs of two faces whose boxes sit
    differently (a digit of another font in a Chinese line), boxes that overlap by most of the
    smaller one's height."""
    if abs(g.cy - h.cy) <= SAME_LINE * max(g.size, h.size):
        return True
    overlap = min(g.bottom, h.bottom) - max(g.top, h.top)
    return overlap >= 0.6 * min(g.bottom - g.top, h.bottom - h.top)


def _gaps(spans: list[tuple[float, float]], threshold: float) -> list[float]:
    """The places (midpoints) where whitespace at least `threshold` wide runs between spans."""
    spans = sorted(spans)
    if not spans:
        return []
    cuts, reach = [], spans[0][1]
    for lo, hi in spans[1:]:
        if lo - reach >= threshold:
            cuts.append((lo + reach) / 2)
        reach = max(reach, hi)
    return cuts


def _row_gaps(frags: list[Fragment], em: float, line_gap: float, headlines: bool = False
              ) -> list[float]:
    """Row cuts: whitespace across the block higher than a line gap plus 0.6 of a character,
    both measured in the size of the text above and below it (two lines of a big headline are
    one headline); with `headlines`, also any whitespace across the block between headline-size
    text and body-size text."""
    order = sorted(frags, key=lambda f: f.top)
    cuts, reach, above = [], order[0].bottom, order[0].size
    ratio = line_gap / em + 0.6
    for f in order[1:]:
        gap = f.top - reach
        big_above, big_below = em.big(above), em.big(f.size)
        if gap >= ratio * max(em, min(above, f.size)) or (
                headlines and big_above != big_below and gap >= 0.2 * em):
            cuts.append((f.top + reach) / 2)
        if f.bottom >= reach:
            reach, above = f.bottom, f.size
    return cuts


def _heads_each_part(parts: list[list[Fragment]], em: float) -> bool:
    """Columns that are whole articles side by side: no part opens with body text lower on the
    page than a headline that opens another part (a cut beside a headline centred over the
    columns of its own article would read that article's first column before its headline)."""
    tops = []
    for part in parts:
        text = [f for f in part if f.glyphs]
        if not text:
            continue                                    # a picture alone
        first = min(text, key=lambda f: f.top)
        tops.append((first.top, em.big(first.size)))
    if not any(big for _, big in tops):
        return True
    highest_head = min(t for t, big in tops if big)
    return all(big or t <= highest_head + 0.5 * em for t, big in tops)


def _split(frags: list[Fragment], cuts: list[float], axis: str) -> list[list[Fragment]]:
    parts: list[list[Fragment]] = [[] for _ in range(len(cuts) + 1)]
    for f in frags:
        centre = f.cy if axis == "y" else (f.x0 + f.x1) / 2
        parts[sum(centre > c for c in cuts)].append(f)
    return [p for p in parts if p]


def xy_cut(frags: list[Fragment], em: float, line_gap: float) -> list[list[Fragment]]:
    """Blocks in reading order by a recursive XY-cut: rows first (whitespace across the block at
    least a line and a half of body text high), then columns (whitespace down the whole block
    at least `GUTTER` characters wide), then, where neither is found, the widest row gap that is
    wider than the gaps between lines of text."""
    if len(frags) <= 1 or not any(f.glyphs for f in frags):
        return [frags]

    def again(parts):
        return [b for part in parts for b in xy_cut(part, em, line_gap)]

    rows = _row_gaps(frags, em, line_gap)
    if rows:
        return again(_split(frags, rows, "y"))
    cols = _gaps([(f.x0, f.x1) for f in frags if f.glyphs], GUTTER * em)   # a picture may
                                                                            # reach into a gutter
    whole = _whole_articles(frags, cols, em)
    if whole:
        return again(_split(frags, whole, "x"))
    heads = _row_gaps(frags, em, line_gap, headlines=True)
    if heads:
        return again(_split(frags, heads, "y"))
    unlock = _unlocking_cut(frags, em, line_gap)
    if unlock is not None:
        return again(_split(frags, [unlock], "y"))
    if cols:
        return again(_split(frags, cols, "x"))
    spans = sorted((f.top, f.bottom) for f in frags if f.glyphs)
    best, where, reach, seen = 0.0, None, spans[0][1], []
    for lo, hi in spans[1:]:
        if lo - reach > 0:
            seen.append(lo - reach)
        if lo - reach > best:
            best, where = lo - reach, (lo + reach) / 2
        reach = max(reach, hi)
    usual = statistics.median(seen) if seen else 0.0      # this block's own leading: a column
    if where is not None and best > max(1.3 * line_gap + 0.1 * em, 1.5 * usual):   # in bigger type
        parts = _split(frags, [where], "y")
        if len(parts) == 2:
            return [b for part in parts for b in xy_cut(part, em, line_gap)]
    return [frags]


def _whole_articles(frags: list[Fragment], cols: list[float], em: float) -> list[float]:
    """The column cuts that leave whole articles side by side (`_heads_each_part`): all of
    them if they do, else the largest subset that does, preferring cuts that do not run inside
    one article (`_inside_article`: a lead whose text runs over four columns under a headline
    over two, beside a stack of short articles: the cut beside the stack, not the one inside
    the lead); then the wider gutters."""
    if not cols:
        return []
    if _heads_each_part(_split(frags, cols, "x"), em):
        return cols
    gutters = {c: _gutter(frags, c) for c in cols}
    best, best_key = [], None
    sizes = range(len(cols) - 1, 0, -1) if len(cols) <= MAX_SUBSET_CUTS else [1]
    for k in sizes:                               # (many gutters, a table's: single cuts only)
        for subset in itertools.combinations(cols, k):
            if not _heads_each_part(_split(frags, list(subset), "x"), em):
                continue
            key = (-sum(_inside_article(frags, c, em) for c in subset), k,
                   sum(gutters[c] for c in subset))
            if best_key is None or key > best_key:
                best, best_key = list(subset), key
    return best


MAX_SUBSET_CUTS = 10     # up to this many gutters, every subset is tried (2**10 at most)


def _gutter(frags: list[Fragment], cut: float) -> float:
    left = max((f.x1 for f in frags if f.x1 <= cut), default=cut)
    right = min((f.x0 for f in frags if f.x0 >= cut), default=cut)
    return right - left


def _inside_article(frags: list[Fragment], cut: float, em: float) -> bool:
    """Does a column cut run inside one article? The columns on either side of it open their
    text on one line (tops within 0.3 of a character) and no headline stands over the right
    one: its text goes on from the left one's."""
    body = [f for f in frags if f.glyphs and not em.big(f.size)]
    left = [f for f in body if f.x1 <= cut]
    right = [f for f in body if f.x0 >= cut]
    if not left or not right:
        return False
    edge_l = max(f.x1 for f in left)
    edge_r = min(f.x0 for f in right)
    col_l = [f for f in left if f.x1 >= edge_l - 2 * em]
    col_r = [f for f in right if f.x0 <= edge_r + 2 * em]
    top_l, top_r = min(f.top for f in col_l), min(f.top for f in col_r)
    r0, r1 = edge_r, max(f.x1 for f in col_r)
    headed = any(em.big(f.size) and f.bottom <= top_r and f.x1 > r0 and f.x0 < r1
                 for f in frags)
    return abs(top_l - top_r) <= 0.3 * em and not headed


def _unlocking_cut(frags: list[Fragment], em: float, line_gap: float = 0.0) -> float | None:
    """Where a headline spanning columns ends: the topmost row gap below which the rest of the
    block falls into columns (or, for a line spanning the foot of the block, the lowest gap
    above which it does). A gap narrower than half the usual line gap is no such place: it is
    only where the lines of neighbouring columns happen to miss each other."""
    order = sorted(frags, key=lambda f: f.top)
    gaps, reach = [], order[0].bottom
    for i, f in enumerate(order[1:], start=1):
        if f.top - reach > 0.5 * line_gap:
            gaps.append((i, (f.top + reach) / 2))
        reach = max(reach, f.bottom)
    for i, where in gaps:
        if _columns(order[i:], em):
            return where
    for i, where in reversed(gaps):
        if _columns(order[:i], em):
            return where
    return None


def _columns(frags: list[Fragment], em: float) -> bool:
    """Do these fragments stand in columns: whitespace down all of them, and more than one line
    (two fragments of one line, a run-in title and its text, are no columns)."""
    return len({round(f.cy / em) for f in frags}) > 1 and bool(
        _gaps([(f.x0, f.x1) for f in frags if f.glyphs], GUTTER * em))


TOP_BAND, BOTTOM_BAND = 0.12, 0.9     # where a page header and footer can end and begin


def bands(frags: list[Fragment], em: float, height: float
          ) -> tuple[list[Fragment], list[Fragment], list[Fragment]]:
    """The page header (above the first whitespace across the page in its top eighth), the
    body, and the footer (below the last whitespace across the page in its bottom tenth): page
    furniture is found by position."""
    order = sorted(frags, key=lambda f: f.top)
    head_end, reach = None, order[0].bottom
    for f in order[1:]:
        if f.top - reach >= 0.3 * em and reach < TOP_BAND * height:
            head_end = (f.top + reach) / 2
            break
        reach = max(reach, f.bottom)
    order = sorted(frags, key=lambda f: -f.bottom)
    foot_start, reach = None, order[0].top
    for f in order[1:]:
        if reach - f.bottom >= 0.3 * em and reach > BOTTOM_BAND * height:
            foot_start = (reach + f.bottom) / 2
            break
        reach = min(reach, f.top)
    head = [f for f in frags if head_end is not None and f.cy < head_end]
    foot = [f for f in frags if foot_start is not None and f.cy > foot_start and f not in head]
    body = [f for f in frags if f not in head and f not in foot]
    return head, body, foot


def _line_gap(frags: list[Fragment], em: float) -> float:
    """The usual whitespace between two lines of body text in one column."""
    body = sorted((f for f in frags if abs(f.size - em) < 0.15 * em), key=lambda f: (f.x0, f.top))
    gaps = []
    by_column: dict[int, list[Fragment]] = {}
    for f in body:
        by_column.setdefault(round(f.x0 / em), []).append(f)
    for col in by_column.values():
        col.sort(key=lambda f: f.top)
        gaps += [b.top - a.bottom for a, b in zip(col, col[1:]) if 0 <= b.top - a.bottom < 2 * em]
    return statistics.median(gaps) if gaps else 0.5 * em


def _text(glyphs: list[Glyph]) -> str:
    """A line's characters; one space only between two Latin letters or digits set apart by
    more than the line's usual gap (a letter-spaced headline's `2 0 2 3` is 2023)."""
    out = [glyphs[0].ch]
    gaps = sorted(b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:]))
    usual = max(0.0, gaps[len(gaps) // 2]) if gaps else 0.0
    for a, b in zip(glyphs, glyphs[1:]):
        if (a.ch[-1].isascii() and a.ch[-1].isalnum() and b.ch[0].isascii() and b.ch[0].isalnum()
                and b.x0 - a.x1 > usual + 0.25 * min(a.size, b.size)):
            out.append(" ")
        out.append(b.ch)
    return "".join(out)


def pictures(boxes: list[tuple[float, float, float, float]], glyphs: list[Glyph], em: float
             ) -> list[Fragment]:
    """The pictures of the page, as fragments with no text for the XY-cut to cut around: each
    image or drawn box with no text inside it (a photo, a grey placeholder; not a tinted box
    that holds text, nor a rule). Whitespace beside a photo is no gap across the page."""
    out = []
    for x0, top, x1, bottom in boxes:
        if any(x0 <= (g.x0 + g.x1) / 2 <= x1 and top <= g.cy <= bottom for g in glyphs):
            continue
        out.append(Fragment([], x0, x1, top, bottom, empty_size=em))
    return out


def layout_lines(glyphs: list[Glyph], em: float, width: float, height: float,
                 boxes: list[tuple[float, float, float, float]] = ()) -> list[PdfLine]:
    """The page's lines in reading order, each with its block, size, boldness and indent."""
    frags = letter_spaced(stack_vertical(fragments(glyphs, em)))
    bolds = _bold_glyphs(glyphs)
    gap = _line_gap(frags, em)
    frags += pictures(list(boxes), glyphs, em)
    head, body, foot = bands(frags, em, height)
    blocks = [(b, "top") for b in xy_cut(head, em, gap)] if head else []
    blocks += [(b, "") for b in xy_cut(body, em, gap)] if body else []
    blocks += [(b, "bottom") for b in xy_cut(foot, em, gap)] if foot else []
    lines: list[PdfLine] = []
    block_no = 0
    for block, band in blocks:
        block = [f for f in block if f.glyphs]            # pictures took room; they have no text
        if not block:
            continue
        rows: list[list[Fragment]] = []
        for f in sorted(block, key=lambda f: (f.cy, f.x0)):
            last = rows[-1][-1] if rows else None
            if last is not None and abs(f.cy - rows[-1][0].cy) <= SAME_LINE * max(f.size, last.size) \
                    and abs(f.size - last.size) <= 0.12 * max(f.size, last.size) \
                    and f.x0 - last.x1 < 2 * GUTTER * em:
                rows[-1].append(f)
            else:
                rows.append([f])
        left = min(f.x0 for f in block)
        size_before = None
        for row in _run_in(rows, bolds, em):
            if row is None:                               # a run-in title ends
                block_no += 1
                size_before = None
                continue
            vertical = any(f.vertical for f in row)
            gl = sorted((g for f in row for g in f.glyphs),
                        key=(lambda g: g.top) if vertical else (lambda g: g.x0))
            size = statistics.median(g.size for g in gl)
            if size_before is not None and abs(size - size_before) > 0.12 * max(size, size_before):
                block_no += 1                             # a change of size: a headline ends
            size_before = size
            x0 = min(g.x0 for g in gl)
            top, bottom = min(g.top for g in gl), max(g.bottom for g in gl)
            bold = sum(id(g) in bolds for g in gl) > len(gl) / 2
            indent = int(round((x0 - left) / size)) if x0 - left > 1.2 * size else 0
            if getattr(row, "run_in", False):
                indent = 2                                # the text after a run-in title opens a paragraph
            lines.append(PdfLine(_text(gl), round(x0, 1), round(max(g.x1 for g in gl), 1),
                                 round(top, 1), round(bottom, 1), size, bold, block_no, indent,
                                 band))
        block_no += 1
    return lines


class _Rest(list):
    """The text after a run-in title, on the title's line."""
    run_in = True


def _run_in(rows: list[list[Fragment]], bolds: set[int], em: float):
    """The rows of a block, a run-in title (`■金家漕小学普及安全教育　本报讯…`: bold text that
    opens a line, set apart from the regular text after it by a gutter-wide space; a bullet
    before it may be in any face) taken out as a line of its own, followed by None (a block
    ends) and the rest of its line."""
    for row in rows:
        if any(f.vertical for f in row):
            yield row
            continue
        gl = sorted((g for f in row for g in f.glyphs), key=lambda g: g.x0)
        split = None
        for i in range(2, len(gl)):
            if gl[i].x0 - gl[i - 1].x1 < GUTTER * em:
                continue
            head = [g for g in gl[:i] if g.ch.isalnum()]
            if head and sum(id(g) in bolds for g in head) >= 0.7 * len(head) and \
                    sum(id(g) in bolds for g in gl[i:]) <= 0.3 * len(gl[i:]):
                split = i
            break
        if split is None:
            yield row
            continue
        yield [Fragment.of(gl[:split])]
        yield None
        yield _Rest([Fragment.of(gl[split:])])
