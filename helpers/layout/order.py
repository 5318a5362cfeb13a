"""Reading order: give a headline that stands alone the text the extractor put elsewhere.

An extractor that orders a page's text blocks by its own rule (pdftotext's default mode,
pdfminer's boxes, PyMuPDF's blocks sorted by position) can put a headline in one place and its
text in another: the headline is followed at once by the next article's headline, and its text
comes later, under someone else's.
The assembler would give that text to the headline above it. Here a headline left with no text
(`dangling`) takes the run of text below it that opens with its own words: a run that starts a
paragraph after a finished sentence (or the first run of the headline set apart just below),
whose lead repeats two or more of the dangling headline's character pairs and none of its
present owner's, goes with all that follows it in its owner to the dangling headline, up to a
run that opens with a dateline (`本报讯（记者…）`: another article's opening). Once a
headline has been given its text so, the page is known to be shuffled, and every run that starts
afresh goes to the one headline whose words it repeats when it repeats none of its owner's
(paragraphs of two or three columns read across, block by block). A page where no dangling
headline finds its text keeps its order untouched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .assemble import BODY, HEADLINE, opens_article
from .crf import opens_with_credit
from .lines import Line, ends_sentence

LEAD_CHARS = 150        # how much of a run's text its lead is: a news lead's first sentence or two
MIN_SHARED = 2          # character pairs of the headline the lead must repeat (one can be chance)
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


@dataclass
class _Unit:
    head: bool                          # a headline group, or a run of text between breaks
    lines: list[Line] = field(default_factory=list)
    owner: int = -1                     # for a run: the index of the headline group it goes with


def pairs(text: str) -> set[str]:
    """The pairs of neighbouring Chinese characters in a text (not across punctuation).

    >>> sorted(pairs("北京：寒流进京"))
    ['北京', '寒流', '流进', '进京']
    """
    return {run[i:i + 2] for run in _HAN.findall(text) for i in range(len(run) - 1)}


def shared(head: str, lead: str) -> tuple[int, float]:
    """How many of a headline's character pairs a lead repeats, and what share of them."""
    mine = pairs(head)
    hits = len(mine & pairs(lead))
    return hits, hits / len(mine) if mine else 0.0


def _units(lines: list[Line]) -> list[_Unit]:
    """Headline groups and runs of text, in the file's order (furniture left out)."""
    units: list[_Unit] = []
    prev, broken = None, False
    for ln in lines:
        if ln.label in ("blank", "furniture"):
            broken = broken or ln.label == "furniture"
            continue
        if ln.label in HEADLINE:
            if not (units and units[-1].head and not opens_article(ln, prev)):
                units.append(_Unit(True))
        elif not units or units[-1].head or ln.blank_before or broken:
            units.append(_Unit(False))
        units[-1].lines.append(ln)
        prev, broken = ln, False
    return units


def reading_order(lines: list[Line]) -> list[Line]:
    """The page's lines with each dangling headline's text moved under it; unchanged when no
    headline dangles or none finds its text.

    >>> def L(n, text, label, starts=False):
    ...     return Line(n, text, True, True, label=label, starts=starts, opens=label == "title")
    >>> page = [L(1, "北京寒流进京大风降温", "title"), L(3, "秘厄冲突加剧", "title"),
    ...         L(4, "秘鲁和厄瓜多尔军队今天在边境又发生冲突。", "body", True),
    ...         L(6, "强冷空气今晚到达北京，带来大风降温。", "body", True)]
    >>> [ln.n for ln in reading_order(page)]
    [1, 6, 3, 4]
    """
    units = _units(lines)
    heads = [i for i, u in enumerate(units) if u.head]
    if len(heads) < 2:
        return lines
    owner = -1
    for i, u in enumerate(units):
        owner = i if u.head else owner
        u.owner = owner
    moved = False
    for _ in range(len(heads)):
        step = _move_one(units, heads)
        if not step:
            break
        moved = True
    if not moved:
        return lines
    _echo_runs(units, heads)
    order: list[Line] = []
    for i, u in enumerate(units):
        if u.head:                  # each headline group still opens its article wherever it lands
            order += [replace(u.lines[0], opens=True)] + u.lines[1:]
            order += [ln for v in units if not v.head and v.owner == i for ln in v.lines]
        elif u.owner < 0:
            order += u.lines
    rest = {ln.n for ln in order}
    return _with_furniture(lines, order, rest)


def _with_furniture(lines: list[Line], order: list[Line], placed: set[int]) -> list[Line]:
    """Put the furniture and blank lines back, each before the line that followed it."""
    before: dict[int, list[Line]] = {}
    pending: list[Line] = []
    for ln in lines:
        if ln.n in placed:
            if pending:
                before[ln.n] = pending
                pending = []
        else:
            pending.append(ln)
    out: list[Line] = []
    for ln in order:
        out += before.get(ln.n, [])
        out.append(ln)
    return out + pending


def _text(units: list[_Unit], i: int, owner: int) -> str:
    """The lead of a run: its own body text, or, for a run of credits only, the next run's."""
    for u in units[i:]:
        if not u.head and u.owner == owner:
            text = "".join(ln.text for ln in u.lines if ln.label in BODY)
            if text:
                return text[:LEAD_CHARS]
    return ""


def _headline(u: _Unit) -> str:
    """A headline group's text, its credits left out."""
    return "".join(ln.text for ln in u.lines if ln.label in HEADLINE)


def _has_text(units: list[_Unit], h: int) -> bool:
    """Does headline group `h` have a run of body or caption text?"""
    return any(not u.head and u.owner == h and any(ln.label in BODY for ln in u.lines)
               for u in units)


def _fresh(units: list[_Unit], i: int) -> bool:
    """Does run `i` start afresh: a paragraph's first line, a credit or a subhead, after a
    finished sentence in the run before it?"""
    first = units[i].lines[0]
    if first.label in BODY and not first.starts:
        return False
    before = next((u for u in reversed(units[:i]) if not u.head), None)
    last = before.lines[-1] if before else None
    return last is None or last.label not in BODY or ends_sentence(last.text)


def _move_one(units: list[_Unit], heads: list[int]) -> bool:
    """Give one dangling headline the run that opens with its words; False when none does."""
    for d in heads:
        if _has_text(units, d):
            continue
        best = None
        for i, u in enumerate(units[d + 1:], start=d + 1):      # a headline's text follows it
            if u.head or u.owner == d or u.owner < 0:
                continue
            first_of_owner = all(v.head or v.owner != u.owner for v in units[:i])
            if first_of_owner and not _right_after(units, d, u.owner):
                continue
            if not first_of_owner and not _fresh(units, i):
                continue
            lead = _text(units, i, u.owner)
            hits, share = shared(_headline(units[d]), lead)
            _, theirs = shared(_headline(units[u.owner]), lead)
            if hits >= MIN_SHARED and theirs == 0 and (best is None or share > best[0]):
                best = (share, i)
        if best is not None:
            i = best[1]
            owner = units[i].owner
            for v in units[i:]:
                if not v.head and v.owner == owner:
                    if v is not units[i] and _opens_with_dateline(v):
                        break             # a dateline opens another article: the text ends here
                    v.owner = d
            return True
    return False


def _opens_with_dateline(u: _Unit) -> bool:
    """Does a run open with a dateline or an opening credit (`本报讯（记者…）`)?"""
    first = u.lines[0]
    return first.label in BODY and opens_with_credit(first.text)


def _right_after(units: list[_Unit], d: int, h: int) -> bool:
    """Is headline group `h` the next unit after dangling `d`, set apart from it by a blank line
    or furniture (a kicker over its title is not)?"""
    if h != d + 1:
        return False
    last, first = units[d].lines[-1], units[h].lines[0]
    return first.blank_before or first.n > last.n + 1


def _echo_runs(units: list[_Unit], heads: list[int]) -> None:
    """On a page whose blocks the extractor shuffled (a headline dangled), give each run that
    starts afresh to the one headline whose words its lead repeats (two character pairs or
    more, more than any other headline's) when it repeats none of its owner's."""
    for u in units:
        if u.head or u.owner < 0:
            continue
        content = [ln for ln in u.lines if ln.label in BODY]
        first = u.lines[0]
        if not content or first.label in BODY and not first.starts:
            continue
        lead = "".join(ln.text for ln in content)[:LEAD_CHARS]
        hits = {h: shared(_headline(units[h]), lead)[0] for h in heads}
        best = max(hits.values())
        winners = [h for h in heads if hits[h] == best]
        if best >= MIN_SHARED and hits[u.owner] == 0 and len(winners) == 1:
            u.owner = winners[0]
