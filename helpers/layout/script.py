"""Pages printed in traditional characters (Hong Kong, Macau, Taiwan and overseas papers).

The splitter's patterns and word lists are written in simplified characters (`記者` must read as
`记者`, `【中央社台北7日電】` as a dateline, `編輯：X` as furniture, `陳` as a surname). A page in
traditional characters is therefore read through its simplified reading (`fold`, character for
character, so every line keeps its length and every character its place), and the articles get
their text back as printed (`restore`): nothing on the page is changed by being read so.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..paths import LEXICONS

TRADITIONAL_SHARE = 0.03   # a page is in traditional characters when this share of its Chinese
                           # characters or more exist only in traditional writing (simplified
                           # pages: names and quotations aside, none)
TRADITIONAL_MIN = 20       # ... and at least this many of them
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Traditional character -> its simplified reading (data/lexicons/traditional.tsv)."""
    table = {}
    with open(LEXICONS / "traditional.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            trad, simp = line.rstrip("\n").split("\t")
            table[ord(trad)] = simp
    return table


def traditional(text: str) -> bool:
    """Is the page printed in traditional characters?

    >>> traditional("【中央社台北7日電】世界棒球經典賽中華隊今天以14比0擊敗捷克，拿到本屆賽事首勝。" * 2)
    True
    >>> traditional("新华社北京6月1日电 世界棒球经典赛中华队今天以14比0击败捷克，拿到本届赛事首胜。" * 2)
    False
    """
    trad = len(_traditional_chars().findall(text))
    if trad < TRADITIONAL_MIN:
        return False
    return trad >= TRADITIONAL_SHARE * len(_HAN.findall(text))


@lru_cache(maxsize=1)
def _traditional_chars() -> re.Pattern:
    """The characters that exist only in traditional writing, as one character class."""
    return re.compile("[" + "".join(sorted(chr(c) for c in _table())) + "]")


def fold(text: str) -> str:
    """The simplified reading of a text, character for character (same length, same places).

    >>> fold("（記者王燕華／花蓮報導）")
    '（记者王燕华／花莲报导）'
    """
    return text.translate(_table())


class Restorer:
    """Gives text read through `fold` back as printed: each simplified character a traditional one
    was folded to is looked up, in order, in the folded text it came from, and replaced by the
    character printed there. The search starts where the text's first Chinese characters are
    (a page may print both 台 and 颱, which fold alike).

    >>> r = Restorer("颱風警報\\n台東縣報導：頭髮與發展")
    >>> r.restore("台东县报导"), r.restore("头发与发展"), r.restore("台风警报")
    ('台東縣報導', '頭髮與發展', '颱風警報')

    A text is placed where the whole of it stands, not only its first characters, which the
    page may print before it in the other script:

    >>> Restorer("两岸青年交流，两岸青年\\n兩岸青年交流活動").restore("两岸青年交流活动")
    '兩岸青年交流活動'
    """

    ANCHOR = 6       # Chinese characters that place a text in the page

    def __init__(self, printed: str):
        self.printed = printed
        self.folded = fold(printed)
        self._targets = set(_table().values())
        self._han = [(m.start(), m.group()) for m in _HAN.finditer(self.folded)]
        self._han_text = "".join(ch for _, ch in self._han)

    def _start(self, text: str) -> int:
        han = "".join(_HAN.findall(text))
        at = self._han_text.find(han) if han else -1         # where the whole text stands, or
        if at < 0 and han:                                    # (its lines put in another order)
            at = self._han_text.find(han[:self.ANCHOR])       # where its first characters do
        return self._han[at][0] if at >= 0 else 0

    def restore(self, text: str) -> str:
        if not text:
            return text
        out, cursor = [], self._start(text)
        for ch in text:
            if ch in self._targets:
                at = self.folded.find(ch, cursor)
                if at < 0:
                    at = self.folded.find(ch)           # (out of order: the first place it is)
                if at >= 0:
                    out.append(self.printed[at])
                    cursor = at + 1
                    continue
            out.append(ch)
        return "".join(out)


def restore_articles(articles: list, printed: dict[int, str]) -> None:
    """Give articles read through `fold` their text as printed: `printed` maps each line number
    to the line as printed (halfwidth), and each article is restored from its own lines."""
    from dataclasses import replace
    for art in articles:
        r = Restorer("\n".join(printed[n] for n in art.lines if n in printed))
        art.kicker, art.title, art.subtitle = map(r.restore, (art.kicker, art.title, art.subtitle))
        art.subheads = [r.restore(s) for s in art.subheads]
        art.paragraphs = [replace(p, subhead=r.restore(p.subhead), text=r.restore(p.text))
                          for p in art.paragraphs]
        art.credits = [replace(c, printed=r.restore(c.printed), source=r.restore(c.source),
                               date=r.restore(c.date), reporters=[r.restore(x) for x in c.reporters],
                               correspondents=[r.restore(x) for x in c.correspondents],
                               photographers=[r.restore(x) for x in c.photographers])
                       for c in art.credits]
