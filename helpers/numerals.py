"""Numbers as newspapers write them: Arabic, Chinese numerals, mixed (`1.5万`), fractions.

The first piece of the quantities stage (issue: every quantity on the page). Chinese numerals
are parsed by cn2an (a maintained library) and only what it refuses is handled here, each case
shown in a doctest: a bare scale word without its 一 (`百`, `百亿`, as in `近百亿`, `上百只`)
and fractions (`三分之一`); and a well-formed Chinese integer is read here section by section,
since cn2an refuses some it writes itself (`一千四百四十七亿一千` for 144,700,001,000) and misreads
others (`六亿一千零一十一`, 600,001,011, as 1).
"""
from __future__ import annotations

import re
from fractions import Fraction

import cn2an

_BARE_SCALE = re.compile(r"^[十百千万亿]")
_FRACTION = re.compile(r"^(?P<den>.+?)分之(?P<num>.+)$")


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_PLACES = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_SHORT = re.compile("[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九][百千万]")


def _short(text: str) -> int | None:
    """The commonest numerals read without cn2an: one digit, 十, 二十, 十五, 二十五, 三百, 两千,
    五万. Anything longer returns None and goes to cn2an. `tests/test_numerals.py` checks every
    string this accepts against cn2an."""
    if len(text) == 1:
        return _DIGITS.get(text, 10 if text == "十" else None)
    if not _SHORT.fullmatch(text):
        return None
    if text[-1] in _PLACES:                               # 二十, 三百, 两千, 五万
        return _DIGITS[text[0]] * _PLACES[text[-1]] if len(text) == 2 else None
    head, _, tail = text.partition("十")                  # 十五, 二十五
    return (_DIGITS[head] if head else 1) * 10 + _DIGITS[tail]


def parse_number(text: str) -> float:
    """The value of a number written in digits, Chinese numerals or both.

    >>> parse_number("一百二十"), parse_number("1.5万"), parse_number("124.5亿")
    (120, 15000, 12450000000)
    >>> parse_number("百亿"), parse_number("百"), parse_number("两千")
    (10000000000, 100, 2000)
    >>> round(parse_number("三分之一"), 4), parse_number("二〇二五")
    (0.3333, 2025)
    """
    short = _short(text)
    if short is not None:
        return short
    text = text.strip().replace(",", "")
    m = _FRACTION.match(text)
    if m:
        return float(Fraction(int(parse_number(m.group("num"))), int(parse_number(m.group("den")))))
    if _BARE_SCALE.match(text):
        text = "一" + text
    if text and _CHINESE_INTEGER.fullmatch(text):
        return _by_sections(text)               # (cn2an misreads some: 六亿一千零一十一 as 1)
    value = cn2an.cn2an(text, "smart")          # (`十五五`, a plan's name, is no number: ValueError)
    return int(value) if float(value).is_integer() else float(value)


# a well-formed Chinese integer: sections under 万 (thousands, hundreds, tens, units, in turn,
# a 零 where a place is skipped), then 万 and 亿 over them
_D = "[一二两三四五六七八九]"
_SECTION = f"(?:{_D}千)?零?(?:{_D}百)?零?(?:{_D}?十)?零?{_D}?"
_CHINESE_INTEGER = re.compile(f"(?:(?:{_SECTION}万)?{_SECTION}亿)?零?(?:{_SECTION}万)?零?{_SECTION}")


def _by_sections(text: str) -> int:
    """A Chinese integer read section by section (units under 万, 万, 亿), whether or not a 零
    marks a section that starts below its top place.

    >>> _by_sections("一千四百四十七亿一千"), _by_sections("三亿五千万"), _by_sections("一万亿零二十")
    (144700001000, 350000000, 1000000000020)
    >>> bool(_CHINESE_INTEGER.fullmatch("一千四百四十七亿一千")), bool(_CHINESE_INTEGER.fullmatch("十五五"))
    (True, False)
    """
    total = wan = section = number = 0
    for ch in text:
        if ch in _DIGITS:
            number = _DIGITS[ch]
        elif ch in "十百千":
            section += (number or 1) * _PLACES[ch]
            number = 0
        elif ch == "万":
            wan = (section + number) * 10_000
            section = number = 0
        else:                                   # 亿, over what came before it (`一万亿`)
            total = (total + wan + section + number) * 100_000_000
            wan = section = number = 0
    return total + wan + section + number
