"""Every quantity a page states: found in clean text, normalized, traced to its sentence.

The contract is `docs/quantities.md`. The extractor reads one clean sentence (or headline
part) at a time and returns `Quantity` records whose `start`/`end` index that text. It scans for
number cores (Arabic digits with decimals and thousands separators, Chinese numerals, both mixed
with the scale words 万 亿 万亿), then looks around each core: a qualifier word before it, 余/多
after it, a unit from `data/lexicons/units.csv` (the longest that fits), a range partner
(`30BP至50BP`, `三四年`), and date parts (`2019年11月1日`). What decides is data: units,
qualifiers, set phrases that are not quantities (`一体化`, `唯一`, `十五五`) and the words that make
a bare `近百亿` money are files in `data/lexicons/`.

Numbers: Arabic digits are read with `decimal.Decimal` (exact, so 10.17亿 is 1017000000); Chinese
numerals go through `helpers.numerals.parse_number`, which is cn2an plus the two cases cn2an
refuses (a bare 百/百亿, and fractions), each shown in its doctests. cn2an is a maintained library
and gets every integer up to 10^12 right (see tests/test_numerals.py); a home-made parser would
have to prove more than that, so we kept it.

Rules that are not in a word list, each general:
- a number touching a Latin letter that is not a unit is a code or a name (`G60`, `5G`, `H7N9`);
  so are phone numbers (`0571…`, eleven digits from 1) and the metres of a road stake (`K15+300`);
- a bare `一` before a measure word is the indefinite article (`一条道路`, `一张名片`), unless it is
  coordinated with a count just before it (`三省一市`); `的一年`, `前一天` name a time, not a span;
- a number with no unit is not a quantity, except a scaled one (`2400万`, money in a money clause,
  the noun after it as the unit: `975万考生`) or one with a qualifier (`收入在3000左右`);
- a bare 零 counts nothing (`零部件`, `零跑动`); 近 before a duration means "the last" (`近3年`);
- `至`/`到` make a range only between two numbers of the same unit standing next to each other;
  `从200亿元扩展至300亿元` is a change, two exact figures;
- four-digit numbers from 1000 to 2199 before 年 are years (dates); other numbers before 年 are
  durations; a month number before 月 (not 个月) is a date, and takes the year of an earlier date
  in the sentence (a bare day its month); a clock time right after a date joins it (`8月14日08时`);
- vague numbers are ranges, qualifier about: `数十` 20-90, `几百万` 2-9 million, `十几` 11-19, and
  `三四万` 30,000-40,000 is a range;
- a number after 每 followed by a population noun is the basis of a rate, not a quantity
  (`每千人口`); `12.5/10万` and `143次/分` are rates; 第N before 条/款/章 is an item number;
- 过 qualifies only a round number (`过五成`, `过万`); 左右 qualifies whatever follows it;
- a minus sign or 零下 makes a number negative (`-8.6%`, `零下5℃`); `时速` and `每秒` make a
  length a speed.

Speed: one scan (`_SCAN`) finds the number cores and says in the same match whether the
character before one announces a rare case and whether a unit can follow it, so most cores cost
the loop in `find_quantities` one test; the scan starts with its first-character class, which `re`
searches for fast. The plain case (Arabic digits or a short Chinese numeral, a scale, 余/多, a unit
of an ordinary kind or a duration, a range after Arabic digits, nothing around them that announces
a rare case) is read on a short path (`_plain`) from one match of `_FAST`, and a plain Arabic date
(`2019年11月1日`, `4月底`) on another (`_plain_date`); an ordinal or a Chinese fraction goes to its
reader without `_read`. The units and the not-a-quantity words are matched as trees of their
characters behind a test of the first character (`_anchored`); the pure look-ups on the few
characters around a number are remembered (`functools.lru_cache`), and the small Chinese
numerals are a table.
"""
from __future__ import annotations

import csv
import re
import string
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from .numerals import parse_number
from .paths import LEXICONS
from .tables import COLUMNS, tidy

HEADLINE_FIELDS = ["kicker", "title", "subtitle"]
CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMERALS = CN_DIGITS + "十百千万亿"
YEAR_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "两": "2"}
SCALES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
          "十亿": Decimal(10) ** 9, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7,
          "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(1000)}
CONNECTORS = "至到-～~—－"
DATE_SUFFIXES = ("中旬", "上旬", "下旬", "底", "初", "末")
DURATION_YEAR_TAILS = ("历史", "之久", "的历史")        # 1400年历史: a span, whatever the number
ORDINAL_MEASURES = ("季度", "阶段", "期", "大", "站", "代")
DURATION_CUES = ("连续", "为期", "历时", "用时", "共", "仅", "每", "前")
CLAUSE_END = "，。；：！？、（）“”"
# What a scaled number with no unit is: money in a money clause (近百亿), else a plain count (2400万)
NO_UNIT_MONEY = {"text": "", "unit": "元", "kind": "money", "factor": "1", "class": ""}
NO_UNIT_COUNT = {"text": "", "unit": "", "kind": "count", "factor": "1", "class": ""}

# A number core: Arabic with an optional Chinese scale, or a run of Chinese numerals.
_CORE_FIRST = rf"(?=[0-9{CN_NUMERALS}数几])"   # a first-character test, so the scan skips other text fast
_CORE_BODY = (r"(?:(?P<vague>[数几](?:[十百千][万亿]?|[万亿])|[二三四五六七八九]?十几[万亿]?)"
              r"|(?P<arabic>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
              r"(?P<scale>万亿|千亿|百亿|十亿|千万|百万|亿|万|千)?"
              rf"|(?P<chinese>[{CN_NUMERALS}]+))")
CORE = re.compile(_CORE_FIRST + _CORE_BODY)
LATIN = re.compile(r"[A-Za-z]")
PAIR_RANGE = re.compile(f"^([{CN_DIGITS[2:]}])([{CN_DIGITS[2:]}])([十百千]?)([万亿]?)$")   # 三四, 四五万


class Quantity(NamedTuple):
    """One quantity as it stands in a text: span, value, unit, kind, qualifier."""
    text: str
    start: int
    end: int
    value: float | None
    value_normalized: float | None
    value_high_normalized: float | None
    unit: str
    kind: str
    qualifier: str
    subject: str = ""
    iso: str = ""


_new = tuple.__new__       # a Quantity built without NamedTuple's keyword-handling __new__ (2x faster)


def _lines(name: str) -> list[str]:
    text = (LEXICONS / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _alternation(words) -> re.Pattern:
    """One regex matching any of the words, the longest first."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))


def _anchored(words) -> re.Pattern:
    """As `_alternation` (the longest word that starts at a place), behind a test of the first
    character, so that a place where no word starts is passed over without trying every word
    (4x faster on a miss); and written as a tree of the words' characters (`千克|千米|千瓦` as
    `千(?:克|米|瓦)`), so that a match tries only the words that share its first characters, not
    every longer word first (twice as fast for `元`, `%`; the same match at every place of the
    test sentences)."""
    firsts = "".join(sorted({w[0] for w in words}))
    return re.compile(f"(?=[{re.escape(firsts)}]){_tree(words)}")


def _tree(words) -> str:
    """A regex for the longest of `words` at a place: at each character, the longer words
    through each next character first, then the word that ends there."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if "" in node:
            return f"(?:{'|'.join(alts)}|)" if alts else ""
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return emit(trie)


@lru_cache(maxsize=None)
def lexicons() -> dict:
    """The extractor's word lists, read once from `data/lexicons/`.

    >>> lx = lexicons()
    >>> lx["units"]["亿元" if "亿元" in lx["units"] else "元"]["unit"], lx["before"]["突破"]
    ('元', 'more_than')
    """
    units = {r["text"]: r for r in csv.DictReader(_lines("units.csv"))}
    quals = list(csv.DictReader(_lines("qualifiers.csv")))
    blocked = set(_lines("not_quantities.txt"))
    rounds = [q["word"] for q in quals if q["position"] == "round"]
    return {
        "units": units,
        "unit_re": _anchored(units),
        "before": {q["word"]: q["qualifier"] for q in quals if q["position"] == "before"},
        "after": {q["word"]: q["qualifier"] for q in quals if q["position"] == "after"},
        "before_last": frozenset(q["word"][-1] for q in quals if q["position"] in ("before", "gap"))
        | {"上"} | frozenset(w[-1] for w in rounds),
        "round": {q["word"]: q["qualifier"] for q in quals if q["position"] == "round"},
        "round_re": re.compile(f"(?:{_alternation(q['word'] for q in quals if q['position'] in ('round', 'not')).pattern})$"),
        "before_re": re.compile(
            f"(?P<q>{_alternation(q['word'] for q in quals if q['position'] == 'before').pattern})"
            f"(?:{_alternation(q['word'] for q in quals if q['position'] == 'gap').pattern})?$"),
        "after_re": _alternation(w for w in (q["word"] for q in quals if q["position"] == "after")
                                 if len(w) > 1),
        # what may follow a number core: a character that is a unit or a cue by itself, or the
        # first two characters of a longer unit or after-qualifier (角 alone is no unit: 长三角)
        "first_chars": frozenset(u for u in units if len(u) == 1)
        | frozenset("年月日号分余多来第万亿时点/" + CONNECTORS)
        | frozenset(q["word"] for q in quals if q["position"] == "after" and len(q["word"]) == 1),
        "first_pairs": frozenset(u[:2] for u in units if len(u) > 1)
        | frozenset(q["word"][:2] for q in quals if q["position"] == "after" and len(q["word"]) > 1),
        "blocked": sorted(blocked),
        "blocked_re": _anchored(blocked),
        "money_context": _lines("money_context.txt"),
        "per_capita_re": _alternation(_lines("per_capita.txt")),
        "items_re": _alternation(_lines("item_numbers.txt")),
        "sessions_re": _alternation(_lines("ordinal_contexts.txt")),
    }


_LEX = lexicons()      # read once, at import: the hot path looks words up here
_ROUND_LAST = frozenset(w[-1] for w in _LEX["round"])
_PERSON = frozenset(_lines("person_suffixes.txt"))
_LEAD_CHARS = frozenset("第") | frozenset(w[-1] for w in _LEX["before"])   # 不足3000，
_AFTER_FIRST = frozenset(w[0] for w in _LEX["after"]) | frozenset("多余")


@lru_cache(maxsize=None)
def _decimal(text: str) -> Decimal:
    return Decimal(text)


def _number(text: str) -> Decimal | None:
    """A core's value, or None if it is not a well-formed number (`十五五`). The small Chinese
    numerals come from a table (cn2an takes some microseconds for each; a sentence seen for the
    first time would pay them), the rest are read once and remembered."""
    v = _CN_SMALL.get(text)
    return v if v is not None else _read_number(text)


@lru_cache(maxsize=4096)
def _read_number(text: str) -> Decimal | None:
    if text[0].isdigit():
        return Decimal(text.replace(",", ""))
    try:
        return Decimal(str(parse_number(text)))
    except (ValueError, KeyError, TypeError, ArithmeticError):
        return None


# The Chinese numerals under a hundred, and the round hundreds and thousands, read once at import
# by `_read_number` itself, so `_number` gives the same values with or without the table.
_CN_SMALL = {n: v for n in (
    [a + "十" + b for a in ("", "一") + tuple("二两三四五六七八九") for b in ("",) + tuple("一二三四五六七八九")]
    + list(CN_DIGITS) + [a + b for a in ("",) + tuple("一二两三四五六七八九") for b in "百千"])
    if (v := _read_number(n)) is not None}


def _split_scale(core: str) -> tuple[str, Decimal]:
    """`百亿` -> (`百`, 1e8); `一百二十` -> (`一百二十`, 1); a trailing scale word is split off."""
    for word in ("万亿", "亿", "万"):
        if core.endswith(word) and len(core) > len(word):
            return core[: -len(word)], SCALES[word]
    return core, Decimal(1)


def _unit_at(text: str, pos: int) -> dict | None:
    """The longest unit of the lexicon that starts at `pos`, if any."""
    m = _LEX["unit_re"].match(text, pos)
    return _LEX["units"][m.group()] if m else None


_REACH = max(map(len, _LEX["blocked"])) + 1
_BIGRAMS = frozenset(w[i:i + 2] for w in _LEX["blocked"]
                     for i in range(len(w) - 1))


def _blocked(text: str, start: int, end: int) -> bool:
    """Does a not-a-quantity word cover any character of text[start:end]? Only the words that
    could reach the span are looked for (a window around it), not the whole sentence; and not
    even those when no two neighbouring characters of the span's edges occur together in any
    of the words (every word has two characters or more, so one that covers a character of the
    span holds it together with a neighbour).

    >>> _blocked("推进一体化", 2, 3), _blocked("第一产业增加值", 1, 2), _blocked("增长12%", 2, 4)
    (True, True, False)
    """
    i = start - 1 if start else 0
    while i < end:                        # a plain loop: twice as fast as any() over a generator
        if text[i:i + 2] in _BIGRAMS:
            break
        i += 1
    else:
        return False
    for w in _LEX["blocked_re"].finditer(text, max(0, start - _REACH), end + _REACH):
        if w.start() < end and start < w.end():
            return True
    return False


def _qualifier_before(text: str, start: int, core: str, round_: bool = False) -> tuple[int, str]:
    """Where the span starts once a qualifier before the number is taken in, and the qualifier.

    `至少下浮30BP`: a qualifier may stand before a change verb that stands before the number;
    `上百`: 上 before a bare 百/千/万/亿 is about; `最近3年` is not nearly; `过五成`: 过 before a
    round number is more than, unless it ends a verb (`经过10年`).
    """
    if text[start - 1:start] not in _LEX["before_last"]:
        return start, ""                                  # the common case: no word before it
    lo = max(0, start - 7)
    back, qualifier = _qualifier_window(text[lo:start], core[0] in "百千万亿", round_)
    return start - back, qualifier


@lru_cache(maxsize=8192)
def _qualifier_window(w: str, scale_first: bool, round_: bool) -> tuple[int, str]:
    """`_qualifier_before` on the (up to) seven characters before a number: (how many of them
    the qualifier takes, the qualifier). Pure, so remembered."""
    n = len(w)
    m = _LEX["before_re"].search(w, max(0, n - 6), n)
    if m and not (m.group("q") == "近" and w[m.start() - 1:m.start()] in ("最", "附")):
        return n - m.start(), _LEX["before"][m.group("q")]
    if w[-1:] == "上" and scale_first:
        return 1, "about"
    if round_:
        r = _LEX["round_re"].search(w, max(0, n - 4), n)
        if r and _LEX["round"].get(r.group()):
            return n - r.start(), _LEX["round"][r.group()]
    return 0, ""


def _is_year(core: re.Match) -> bool:
    arabic, chinese = core.group("arabic"), core.group("chinese")
    if arabic:
        return (not core.group("scale") and arabic.isdigit() and len(arabic) == 4
                and 1000 <= int(arabic) < 2200)
    return bool(chinese) and len(chinese) == 4 and all(c in CN_DIGITS for c in chinese)


def _year_text(core: str) -> str:
    """A year's digits, read one by one: `二〇一九` -> `2019` (a year is not a number: 二千零一十九
    is not how it is written).

    >>> _year_text("二〇一九"), _year_text("二零二五"), _year_text("2024")
    ('2019', '2025', '2024')
    """
    return core if core.isdigit() else "".join(YEAR_DIGITS[c] for c in core)


def _small_int(text: str, limit: int) -> int | None:
    v = _number(text) if text else None
    return int(v) if v is not None and v == int(v) and 1 <= v <= limit else None


_DAY = re.compile(rf"([0-9]{{1,2}}|[{CN_NUMERALS}]{{1,3}})[日号]")
_MONTH = re.compile(rf"([0-9]{{1,2}}|[{CN_NUMERALS}]{{1,3}})月")


def _date_tail(text: str, pos: int, month: bool) -> tuple[int, str, str]:
    """Month and day parts after a year (or day after a month), and a 底/初 suffix: (end, mm, dd)."""
    mm = dd = ""
    if month:
        m = _MONTH.match(text, pos)
        if m and text[m.end() - 2:m.end() - 1] != "个":
            v = _small_int(m.group(1), 12)
            if v:
                mm, pos = f"{v:02d}", m.end()
    if mm or not month:
        d = _DAY.match(text, pos)
        if d:
            v = _small_int(d.group(1), 31)
            if v:
                dd, pos = f"{v:02d}", d.end()
    if not dd and text[pos:pos + 1] in _SUFFIX_FIRST:
        for suffix in DATE_SUFFIXES:
            if text.startswith(suffix, pos):
                pos += len(suffix)
                break
    return pos, mm, dd


_SUFFIX_FIRST = frozenset(w[0] for w in DATE_SUFFIXES)


_ISO_MONTH = re.compile(r"(\d{4}|-)-(\d\d)")


def _date(text: str, m: re.Match, context: str) -> Quantity | None:
    """A date starting at a number core: `2019年11月1日`, `9月`, `4月底`, `26日`. A month takes its
    year, and a bare day its month, from the last date before it in the sentence (`context`, an
    iso): `2025年1月至9月` -> 2025-09, `10月1日至7日` -> --10-07."""
    s, e, core = m.start(), m.end(), m.group()
    if text[e:e + 1] not in ("年", "月", "日"):
        return None
    if text.startswith("年", e) and _is_year(m) and text[e + 1:e + 2] not in "代级" \
            and not text.startswith(DURATION_YEAR_TAILS, e + 1):
        end, mm, dd = _date_tail(text, e + 1, month=True)
        if end == e + 1 and text.startswith(("年底", "年初", "年末"), e):
            end += 1
        iso = _year_text(core) + (f"-{mm}" if mm else "") + (f"-{dd}" if dd else "")  # dd needs mm
    elif text.startswith("月", e) and (month := _small_int(core, 12)) and not m.group("scale"):
        if text[s - 1:s] == "前":
            return None                                   # 前10月: the first ten months
        end, _, dd = _date_tail(text, e + 1, month=False)
        year = context[:4] if context[:1].isdigit() else ""
        iso = f"{year}-{month:02d}" + (f"-{dd}" if dd else "")
        iso = iso if year else "-" + iso
    elif (text.startswith("日", e) and _small_int(core, 31) and not m.group("scale")
          and not text[max(0, s - 2):s].endswith(DURATION_CUES)
          and not text.startswith(("日内", "日以内", "日之内", "日左右", "日以上"), e)
          and not _qualifier_before(text, s, core)[1]):
        month = _ISO_MONTH.match(context)
        end, iso = e + 1, (f"{month.group(1)}-{month.group(2)}" if month else "--") + \
            f"-{_small_int(core, 31):02d}"
    else:
        return None
    if text[end:end + 1].isdigit() or text[end:end + 1] in CN_NUMERALS:
        clock = CORE.match(text, end)
        clock = _clock(text, clock) if clock and not clock.group("vague") else None
        if clock is not None:                             # 8月14日08时: one point in time
            end, iso = clock.end, iso + clock.iso
    return _new(Quantity, (text[s:end], s, end, None, None, None, "", "date", "exact", "", iso))


def _money_clause(text: str, start: int) -> bool:
    clause = text[max(text.rfind(c, 0, start) for c in CLAUSE_END) + 1:start]
    return any(w in clause for w in _LEX["money_context"])


def _value(m: re.Match) -> tuple[Decimal, Decimal] | None:
    """(number as stated, scale) of a core; None for a malformed Chinese numeral."""
    return _value_of(m.group("arabic"), m.group("scale"), m.group("chinese"))


@lru_cache(maxsize=8192)
def _value_of(arabic: str | None, scale: str | None, chinese: str | None):
    if arabic:
        return Decimal(arabic.replace(",", "")), SCALES[scale] if scale else Decimal(1)
    mantissa, scale = _split_scale(chinese)
    value = _number(mantissa)
    return None if value is None else (value, scale)


def _after_qualifier(text: str, pos: int, kind: str) -> tuple[int, str]:
    """Where the span ends once a qualifier after the number is taken in, and the qualifier.
    左右 counts whatever follows it (`3000人左右参加`); 上下 only at a word's end (not
    `300余家上下游`)."""
    length, qualifier = _after_window(text[pos:pos + _UNIT_WINDOW])
    return pos + length, qualifier


@lru_cache(maxsize=8192)
def _after_window(w: str) -> tuple[int, str]:
    m = _LEX["after_re"].match(w)
    if m:
        nxt = w[m.end():m.end() + 1]
        if m.group() == "上下" and nxt and nxt != "的" and "\u4e00" <= nxt <= "\u9fff":
            return 0, ""
        return m.end(), _LEX["after"][m.group()]
    after = _unit_at(w, 1)
    if w[:1] in ("多", "余") and (after is None or after["class"] == "bare") \
            and w[1:2] not in MORE_NOT:
        return 1, "more_than"                             # 五年多, 20%多, 8亩多
    return 0, ""


_LATE_SCALE = re.compile("万亿|亿|万")
MORE_NOT = "样彩方维功能媒渠措元边"                          # 多样, 多彩, 多方 …: 多 opens a word
_UNIT_WINDOW = 3 + max(len(u) for u in _LEX["units"])     # 余, 万亿, then the longest unit


def _unit(text: str, m: re.Match, pos: int) -> tuple[dict | None, int, Decimal | None, str]:
    """After a core: 余/多, a late scale (1000余万元), the unit. Returns (unit, end, scale, qualifier).
    What follows a number repeats from page to page (`亿元，`, `%，`), so the reading of the few
    characters after it is remembered."""
    unit, length, scale, q = _unit_window(text[pos:pos + _UNIT_WINDOW],
                                          bool(m.group("arabic") and not m.group("scale")))
    return unit, pos + length, scale, q


@lru_cache(maxsize=16384)
def _unit_window(text: str, late_scale_ok: bool):
    """(unit, length read, late scale, qualifier) of the text right after a number core:
    `余万元`, `多家`, `来斤` (100来斤: about), or nothing."""
    pos, q, scale = 0, "", None
    if text[:1] in ("余", "多"):
        q, pos = "more_than", 1
    elif text[:1] == "来" and (_LATE_SCALE.match(text, 1) or _unit_at(text, 1)):
        q, pos = "about", 1
    if late_scale_ok or q:
        late = _LATE_SCALE.match(text, pos)
        if late:
            scale, pos = SCALES[late.group()], late.end()
    unit = _unit_at(text, pos)
    if unit is not None:
        pos += len(unit["text"])
    if q == "more_than" and unit is None and scale is None and _unit_at(text, 1) is None \
            and text[1:2] in MORE_NOT:
        return None, 0, None, ""                          # 3家多样化: 多 starts a word
    return unit, pos, scale, q


def _ordinal(text: str, m: re.Match) -> Quantity | None:
    """`第六届`, `第3批`, `第二`: a rank or edition, with its measure word."""
    s, e = m.start() - 1, m.end()
    value = _value(m)
    if value is None or _blocked(text, s, e + 1) or _LEX["items_re"].match(text, e):
        return None                                       # 第三条第二款: an item of a document
    if text[e:e + 1] in "，、" and (s == 0 or text[s - 1] in "。；：！？"):
        return None                                       # 第一，…: a list marker
    unit = _unit_at(text, e)
    if unit is not None and unit["kind"] == "count":
        e += len(unit["text"])
    else:
        e += next((len(w) for w in ORDINAL_MEASURES if text.startswith(w, e)), 0)
    if _blocked(text, s, e):
        return None                                       # 第一人民医院: a name
    v = float(value[0] * value[1])
    return Quantity(text[s:e], s, e, v, v, None, "", "ordinal", "exact")


def _trim_core(text: str, m: re.Match) -> re.Match | None:
    """`12千米` is 12 km, not 12 thousand metres: a scale character that begins a unit is left
    to the unit."""
    last = m.end() - 1
    if m.group()[-1] in "千百万" and m.end() - m.start() > 1:
        unit = _unit_at(text, last)
        if unit is not None and len(unit["text"]) > 1:
            return CORE.match(text, m.start(), last)
    return m


_RATE = re.compile(r"/(?:(?:[0-9]+|[一二三四五六七八九十]+)?[十百千万]+|分钟|分|秒|小时|天|日|人)")
_CLOCK_MINUTE = re.compile(rf"([0-9]{{1,2}}|[{CN_DIGITS}十]{{1,3}})分(?!钟|之)")
_PM = re.compile("(?:下午|傍晚|晚上|今晚|昨晚|当晚|晚间|夜间|深夜|午夜|晚)$")
CLOCK_NOT = "间期代候节段尚装空态效差速区长针辰代髦势刻"      # 时间, 时期, 时代 ...: 时 is in a word


def _vague(m: re.Match) -> tuple[Decimal, Decimal, Decimal]:
    """(low, high, scale) of a vague number: `数十` 20-90, `几百万` 200-900 万, `十几` 11-19.

    >>> [tuple(map(int, _vague(CORE.match(t)))) for t in ("数十", "几百万", "二十几")]
    [(20, 90, 1), (200, 900, 10000), (21, 29, 1)]
    """
    v = m.group("vague")
    scale = SCALES[v[-1]] if v[-1] in "万亿" else Decimal(1)
    body = v.rstrip("万亿")
    if body[0] in "数几":
        step = {"十": 10, "百": 100, "千": 1000}.get(body[1:], 1)
        return Decimal(2 * step), Decimal(9 * step), scale
    tens = _number(body[0]) if body[0] != "十" else Decimal(1)
    return tens * 10 + 1, tens * 10 + 9, scale


def _is_code(text: str, s: int, arabic: str) -> bool:
    """Digits that name rather than count: a phone number (`0571`, `13912345678`), the metres of a
    road stake (`K15+300`)."""
    if text[s - 1:s] == "+" and (text[s - 2:s - 1].isascii() and text[s - 2:s - 1].isalnum()
                                 or text[s - 2:s - 1] in "里米"):
        return True                                       # K15+300, 595KM+880, 441公里+600米
    if not arabic.isdigit():
        return False
    return (len(arabic) > 2 and arabic[0] == "0") or (len(arabic) == 11 and arabic[0] == "1")


def _clock(text: str, m: re.Match) -> Quantity | None:
    """A clock time, kind date: `14时05分` -> T14:05, `8点30分`, `零时01分`, `6时` -> T06:00."""
    e = m.end()
    mark = text[e:e + 1]
    if mark not in ("时", "点") or m.group("scale") or "." in (m.group("arabic") or ""):
        return None
    hour = _number(m.group())
    if hour is None or hour != int(hour) or not 0 <= hour <= 24:
        return None
    minute = _CLOCK_MINUTE.match(text, e + 1)
    if minute is not None:
        mm = _number(minute.group(1))
        if mm is None or mm != int(mm) or mm > 59:
            return None
        end, iso = minute.end(), f"T{int(hour):02d}:{int(mm):02d}"
    elif text.startswith("半", e + 1):
        end, iso = e + 2, f"T{int(hour):02d}:30"
    elif mark == "点" and text.startswith("钟", e + 1):
        end, iso = e + 2, f"T{int(hour):02d}:00"
    elif mark == "时" and text[e + 1:e + 2] not in CLOCK_NOT and (m.group("arabic") or hour == 0):
        end, iso = e + 1, f"T{int(hour):02d}:00"
    else:
        return None
    if hour < 12 and _PM.search(text, max(0, m.start() - 4), m.start()):
        iso = f"T{int(hour) + 12:02d}" + iso[3:]          # 晚上8点, 深夜11时59分: afternoon and night
    qualifier = "exact"
    if text.startswith(("左右", "许"), end):               # 5时许, 5时40分左右
        end, qualifier = end + (1 if text[end] == "许" else 2), "about"
    return Quantity(text[m.start():end], m.start(), end, None, None, None, "", "date", qualifier, "",
                    iso)


_BEFORE_SPECIAL = frozenset("第每+") | frozenset(string.ascii_letters)
MINUS = frozenset("-−－")
_NEXT_SPECIAL = frozenset("时点年月日分")
_HALF_KINDS = ("percent", "duration", "multiple", "weight")
_SPEED_CUE = re.compile("(时速|每小时|秒速|每秒)(?:达到?|为|高达|最高|约|超过?)?$")   # 时速350公里
HALF = Decimal("0.5")
ONE_TIME_BEFORE = frozenset("的这那前后上下同当每")
MONTHS = {"text": "月", "unit": "月", "kind": "duration", "factor": "1", "class": ""}


_DIGIT_FRACTION = re.compile(r"/([0-9]{1,3})(?![0-9.十百千万亿])")
_WAN_TAIL = re.compile(r"[0-9]{1,4}(?![0-9.])")
_RACE = re.compile(r"(?:([0-9]{1,2})小时)?(?:([0-9]{1,2})分)?([0-9]{1,2})秒([0-9]{1,3})?")


def _race_time(text: str, m: re.Match) -> Quantity | None:
    """A time written in parts, as results give it: `2分06秒83` -> 126.83 秒, `9秒83`,
    `2小时01分09秒`. A duration in 秒."""
    r = _RACE.match(text, m.start())
    if r is None or not (r.group(1) or r.group(2) or r.group(4)) or text[r.end():r.end() + 1].isdigit():
        return None
    h, mi, sec, frac = int(r.group(1) or 0), int(r.group(2) or 0), int(r.group(3)), r.group(4) or ""
    v = float(Decimal(h * 3600 + mi * 60 + sec) + (Decimal("0." + frac) if frac else 0))
    return Quantity(text[r.start():r.end()], r.start(), r.end(), v, v, None, "秒", "duration", "exact")


@lru_cache(maxsize=4096)
def _noun_after_window(window: str) -> str:
    from .words import pos_tokenizer, tokenizer      # jieba, loaded only when a count has no unit
    if not window or not "\u4e00" <= window[0] <= "\u9fff":
        return ""
    word = tokenizer().lcut(window, HMM=False)[0]
    tag = pos_tokenizer().word_tag_tab.get(word, "")
    if len(word) >= 2 and (tag.startswith("n") and not tag.startswith("nr") or word[-1] in _PERSON):
        return word
    return ""


def _noun_after(text: str, pos: int) -> str:
    """The noun right after a count that has no measure word (`975万考生` -> 考生), by jieba's
    dictionary: a word of two or more characters tagged as a noun, or ending in a person suffix."""
    return _noun_after_window(text[pos:pos + 6])


def _bare_with_qualifier(text: str, s: int, end: int, arabic: str | None, number: Decimal,
                         mid_q: str) -> bool:
    """A whole number of 10 or more with no unit still states a quantity when a qualifier
    stands with it (`收入在3000左右`, `常住人口不足3000`, `3000多游客`)."""
    if not arabic or number < 10 or number != int(number) or len(arabic) > 8:
        return False
    if mid_q or _LEX["after_re"].match(text, end):
        return True
    return text[s - 1:s] in _LEX["before_last"] and bool(_qualifier_before(text, s, arabic)[1])


def _read(text: str, m: re.Match, found: list[Quantity], year: str,
          dated: bool = False) -> Quantity | None:
    """The quantity whose number core is `m`, or None if it is not one. The rare cases (codes,
    ordinals, dates, clock times, fractions, ranges, rates, halves) are each behind one test of
    the character that announces them, so a plain `120亿元` passes few of them. `dated`: the
    caller has asked `_date` already, and it said no (`4年`, `10日内`)."""
    e = m.end()
    if text[e - 1] in "千百万":
        m = _trim_core(text, m)
        if m is None:
            return None
        e = m.end()
    s = m.start()
    vague, arabic, scale_word, chinese = m.group("vague", "arabic", "scale", "chinese")
    before = text[s - 1:s]
    if before in _BEFORE_SPECIAL:
        if before == "第":
            return _ordinal(text, m)
        if before == "每":
            if _LEX["per_capita_re"].match(text, e):
                return None                               # 每千人口: the basis of a rate
        elif before != "+" or not arabic or _is_code(text, s, arabic):
            return None                                   # G60, 5G, K15+300
    if arabic:
        if (arabic[0] == "0" or len(arabic) == 11) and _is_code(text, s, arabic):
            return None                                   # phone numbers
    elif (chinese in ("零", "〇") and text[e:e + 1] != "时") or _blocked(text, s, e):
        return None                                       # 零部件; 一体化, 十五五
    nxt = text[e:e + 1]
    if nxt in _NEXT_SPECIAL and not vague:
        if nxt in ("时", "点"):
            clock = _clock(text, m)
            if clock is not None:
                return clock
        elif nxt != "分":
            date = None if dated else _date(text, m, year)
            if date is not None:
                return date
        elif text.startswith("分之", e):
            return _fraction(text, m)
    if arabic and nxt in "小分秒" and nxt:
        race = _race_time(text, m)
        if race is not None:
            return race
    pair = chinese and 2 <= len(chinese) <= 4 and PAIR_RANGE.match(chinese)
    if vague:
        low, high_vague, scale_v = _vague(m)
        value = (low, scale_v)
    elif pair:
        step = _number(pair.group(3)) if pair.group(3) else Decimal(1)
        value = (_number(pair.group(1)) * step, SCALES.get(pair.group(4), Decimal(1)))
        high_vague = _number(pair.group(2)) * step
    else:
        value = _value(m)
        if value is None:
            return None
    unit, end, late_scale, mid_q = _unit(text, m, e)
    if unit is None and nxt == "月" and before == "前":
        unit, end = MONTHS, e + 1                         # 前10月: the first ten months
    if not arabic and unit is not None and unit["class"] == "digits":
        unit, end = None, end - len(unit["text"])         # 十分: not ten points
    scale = late_scale or value[1]
    number = value[0]
    if arabic and scale_word == "万" and nxt.isdigit() and unit is None:
        tail = _WAN_TAIL.match(text, e)                   # 1万3072人: 13072
        if tail is not None:
            number += Decimal(tail.group()) / 10000
            unit, end, late_scale, mid_q = _unit(text, m, tail.end())
    rng = None
    nxt = text[end:end + 1]
    if nxt in CONNECTORS and nxt and not (pair or vague):
        rng = _range_partner(text, end, unit, bool(chinese))
        if rng is not None:
            end, high_value, high_scale, unit = rng
            if scale == 1 and not late_scale and not scale_word:
                scale = high_scale                        # 30至50亿元: both in 亿
            if unit["unit"] == "年" and _is_year(m) and high_value == int(high_value) \
                    and 1000 <= high_value < 2200:
                iso = f"{m.group()}/{int(high_value)}"    # 2016-2020年: a span of years
                return Quantity(text[s:end], s, end, None, None, None, "", "date", "range", "", iso)
    elif nxt == "/" and unit is None and (frac := _DIGIT_FRACTION.match(text, end)) and \
            number == int(number) and 0 < number < int(frac.group(1)) and scale == 1:
        unit, end = {"text": "", "unit": "", "kind": "fraction", "factor": "1", "class": ""}, frac.end()
        number = number / int(frac.group(1))              # 1/4: a fraction
    elif nxt == "/" and (unit is None or unit["kind"] == "count"):
        rate = _RATE.match(text, end)
        if rate is not None:                              # 12.5/10万, 143次/分: a rate
            per = rate.group() if unit is None or rate.group()[1] in "0123456789一二三四五六七八九十百千万" \
                else unit["unit"] + rate.group()
            unit = {"text": "", "unit": per, "kind": "rate", "factor": "1", "class": ""}
            end = rate.end()
    if unit is None:
        if LATIN.match(text[end:end + 1]) or (scale == 1 and not _bare_with_qualifier(
                text, s, end, arabic, number, mid_q)):
            return None                                   # 5G, 2.0版, a bare number
        unit = NO_UNIT_MONEY if _money_clause(text, s) else NO_UNIT_COUNT
        if unit is NO_UNIT_COUNT and (noun := _noun_after(text, end)):
            unit, end = {"text": noun, "unit": noun, "kind": "count", "factor": "1", "class": ""}, \
                end + len(noun)                           # 975万考生: the noun is the unit
    elif unit["class"] == "bare" and scale != 1:
        return None
    if text[end:end + 1] == "半" and not _blocked(text, end, end + 1):
        if unit["text"] == "个":                          # 两个半小时
            unit2 = _unit_at(text, end + 1)
            if unit2 is not None and unit2["kind"] == "duration":
                number, unit, end = number + HALF, unit2, end + 1 + len(unit2["text"])
        elif unit["kind"] in _HALF_KINDS and unit["text"] != "%":
            number, end = number + HALF, end + 1          # 六成半, 三年半
    kind = unit["kind"]
    if kind == "length" and text[end:end + 1] == "+" and text[end + 1:end + 2].isdigit():
        return None                                       # 441公里+600米: a road stake
    if unit["text"] in ("届", "次") and _LEX["sessions_re"].match(text, end):
        v = float(number * scale)                         # 十四届全国人大二次会议: sessions
        return Quantity(text[s:end], s, end, v, v, None, "", "ordinal", "exact")
    factor = _decimal(unit["factor"])
    sign, lead = 1, s
    if before in MINUS and not (text[s - 2:s - 1].isascii() and text[s - 2:s - 1].isalnum()):
        sign, lead = -1, s - 1                            # -8.6%, 低于-15℃
        before = text[s - 2:s - 1]
    if before in _LEX["before_last"]:
        round_ = before in _ROUND_LAST and (
            unit["text"] == "成" or scale != 1 or (number == int(number) and number % 10 == 0)
            or bool(chinese and chinese[-1] in "十百千万亿"))
        start, pre_q = _qualifier_before(text, lead, chinese or arabic or vague, round_)
        if kind == "duration" and text[start:lead] == "近":
            start, pre_q = lead, ""                       # 近3年: the last three years
    else:
        start, pre_q = lead, ""
    if sign > 0 and kind == "temperature" and not pre_q and text.endswith("零下", 0, s):
        sign, start = -1, s - 2                           # 零下5℃
    elif sign > 0 and kind == "length" and unit["unit"] in ("km", "m"):
        cue = _SPEED_CUE.search(text, max(0, start - 6), start)
        if cue and (unit["unit"] == "km") == (cue.group(1) in ("时速", "每小时")):
            unit, kind = {"unit": "km/h" if unit["unit"] == "km" else "m/s"}, "speed"
    if chinese in ("万", "亿") and kind == "money" and not pre_q and not mid_q:
        return None                                       # 万元国内生产总值: a basis, no sum
    if text[end:end + 1] in _AFTER_FIRST:
        end, post_q = _after_qualifier(text, end, kind)
    else:
        post_q = ""
    high = None
    if vague:
        high, qualifier = float(high_vague * scale * factor), "about"
    else:
        if pair:
            high = float(high_vague * scale * factor)
        elif rng is not None:
            high = float(rng[1] * factor)
        qualifier = "range" if high is not None else (pre_q or mid_q or post_q or "exact")
    number *= sign
    if chinese:
        if (chinese == "一" and kind == "count" and qualifier == "exact"
                and not (found and found[-1].end == s and found[-1].kind == "count")):
            return None                                   # 一条道路: the indefinite article
        if chinese == "一" and kind == "duration" and before in ONE_TIME_BEFORE:
            return None                                   # 较好的一年, 前一天: a time, not a span
        if end > e and _blocked(text, s, end):
            return None
    return _new(Quantity, (text[start:end], start, end, float(number), float(number * scale * factor),
                           high, unit["unit"], kind, qualifier,
                           _subject(text, start, end, kind, found[-1] if found else None), ""))


def _range_partner(text: str, pos: int, unit: dict | None, chinese: bool):
    """`30BP至50BP`, `300至500元`, `5-10%`: the upper end right after a connector, in the
    first number's unit (or giving it its unit), in numerals of the same sort as the first's
    (`chinese`). Returns (end, high value, its scale, unit)."""
    if text[pos:pos + 1] not in CONNECTORS:
        return None
    sign = -1 if text[pos + 1:pos + 2] in MINUS and text[pos] != "-" else 1    # -27～-20℃
    m = CORE.match(text, pos + 1 + (sign < 0))
    if m is None or bool(m.group("chinese")) != chinese:
        return None
    value = _value(m)
    if value is None:
        return None
    second, end, late_scale, _ = _unit(text, m, m.end())
    if second is None or (unit is not None and second["unit"] != unit["unit"]):
        return None
    scale = late_scale or value[1]
    return end, sign * value[0] * scale, scale, second


_CN_DECIMAL = re.compile(f"([{CN_NUMERALS}]+)点([{CN_DIGITS}]+)")
PER_WHOLE = {100: "%", 1000: "‰", 10000: "‱"}


def _fraction(text: str, m: re.Match) -> Quantity | None:
    """`三分之一` (fraction), `百分之三十`, `百分之十二点五` (percent), `千分之三` (‰)."""
    dec = _CN_DECIMAL.match(text, m.end() + 2)
    den = CORE.match(text, m.end() + 2)
    if den is None or (den.group("vague") and not dec):
        return None
    a, b = _value(m), _value(den)
    if dec is not None:
        whole_part = _number(dec.group(1))
        b = None if whole_part is None else (
            whole_part + Decimal("0." + "".join(YEAR_DIGITS[c] for c in dec.group(2))), Decimal(1))
    if a is None or b is None or a[0] * a[1] == 0:
        return None
    s, e = m.start(), (dec or den).end()
    start, pre_q = _qualifier_before(text, s, m.group())
    num, whole = b[0] * b[1], a[0] * a[1]
    e, post_q = _after_qualifier(text, e, "fraction")
    pre_q = pre_q or post_q
    if whole in PER_WHOLE:
        v = float(num)
        return Quantity(text[start:e], start, e, v, v, None, PER_WHOLE[whole], "percent",
                        pre_q or "exact")
    v = float(num / whole)
    return Quantity(text[start:e], start, e, v, v, None, "", "fraction", pre_q or "exact")


_EDGES = list(csv.DictReader(_lines("subject_edges.csv")))
LEAD_JUNK = [r["word"] for r in _EDGES if r["edge"] == "lead"]     # words a subject does not start with
TAIL_JUNK = [r["word"] for r in _EDGES if r["edge"] == "tail"]     # ... nor ends with
_LEAD_SET, _TAIL_SET = frozenset(LEAD_JUNK), frozenset(TAIL_JUNK)
_LEAD_LENGTHS = sorted({len(w) for w in LEAD_JUNK}, reverse=True)
_TAIL_LENGTHS = sorted({len(w) for w in TAIL_JUNK}, reverse=True)
_JUNK_FIRST = frozenset(w[0] for w in LEAD_JUNK)
_JUNK_LAST = frozenset(w[-1] for w in TAIL_JUNK)
_TAIL_CUT_LAST = _JUNK_LAST | frozenset("至到")     # the last characters _trim may cut
_CLAUSE = re.compile(f"[{CLAUSE_END}]")
_STOPS = f"{CLAUSE_END}0-9{CN_NUMERALS}的和与及"          # where a subject's words end
# The words after a count, up to 8 characters to the first stop (one match, no slicing); and the
# last stop before a figure, searched in place (`pos`/`endpos`) rather than in a slice of the text.
_AFTER_RUN = re.compile(f"[^{_STOPS}近约超逾]{{0,8}}")
_LAST_STOP = re.compile(f".*[{_STOPS}]", re.S)


@lru_cache(maxsize=4096)
def _trim(lead: str) -> str:
    """A subject without the function words before it and the reporting verbs after it
    (`subject_edges.csv`): `其中成交额突破` -> `成交额`. Pure, so remembered."""
    cut = lead[:1] in _JUNK_FIRST         # most subjects need no cut: no slicing for them
    while lead and cut:
        cut = False
        for k in _LEAD_LENGTHS:
            if lead[:k] in _LEAD_SET:
                lead, cut = lead[k:], True
                break
    cut = True
    while lead and cut:
        cut = False
        if lead[-1] not in _TAIL_CUT_LAST:
            break
        if len(lead) >= 2 and lead[-1] in "至到" and "\u4e00" <= lead[-2] <= "\u9fff":
            lead, cut = lead[:-3] if lead[-3:-1] in _TAIL_SET else lead[:-2], True  # 缩短至, 增至
            continue
        for k in _TAIL_LENGTHS:
            if lead[-k:] in _TAIL_SET:
                lead, cut = lead[:-k], True
                break
    return lead


def _subject(text: str, start: int, end: int, kind: str, previous: Quantity | None) -> str:
    """Best effort: the noun a count stands before (`300余家上下游产业单位`), else the words
    that lead to the number in its clause (`成交额突破120亿元` -> `成交额`), up to 12 characters
    back to the last stop; a figure that follows another across a short verb
    (`从200亿元扩展至300亿元`) shares its subject."""
    if kind == "count":
        after = _AFTER_RUN.match(text, end).group()
        if after:
            return after
    lo = 0
    if previous is not None:
        lo = previous.end
        if 0 <= start - lo <= 4 and not _CLAUSE.search(text, lo, start):
            return previous.subject
        if lo > start:
            lo = 0
    if lo < start - 12:
        lo = start - 12
    last = _LAST_STOP.match(text, lo, start)
    if last is not None:
        lo = last.end()
    if lo == start:
        return ""
    if text[lo] in _JUNK_FIRST or text[start - 1] in _JUNK_LAST:
        return _trim(text[lo:start])[-10:]
    return text[max(lo, start - 10):start]


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in one clean sentence or headline part, in text order.

    >>> [(q.text, q.value_normalized, q.unit, q.kind, q.qualifier)
    ...  for q in find_quantities("成交额突破120亿元，汇聚九城市近百家平台。")]
    [('突破120亿元', 12000000000.0, '元', 'money', 'more_than'), ('九城市', 9.0, '城市', 'count', 'exact'), ('近百家', 100.0, '家', 'count', 'nearly')]
    >>> [(q.text, q.iso) for q in find_quantities("转机出现在2019年，当年11月1日成立。")]
    [('2019年', '2019'), ('11月1日', '2019-11-01')]
    """
    found: list[Quantity] = []
    year, pos = "", 0
    for m in _SCAN_finditer(text):
        free, arabic, scale, chinese, follows = m.groups()
        s, e = m.span()
        if s < pos:
            continue                      # inside a quantity read already
        if follows is None and text[s - 1:s] not in _LEAD_CHARS:
            continue                      # no unit can follow, no qualifier or 第 before
        q, dated = None, False
        if arabic is None:                # Chinese numerals, or a vague number
            if free is not None and FAST_PATH and text[s] != "一" and (f := _FAST_match(text, s)):
                q = _plain(text, s, f, found)
                if q is not None:         # 九城市, 三年: read on the short path
                    found.append(q)
                    pos = q.end
                    continue
            if chinese is not None and text[e - 1] not in "千百万" and text[s - 1:s] != "第" and (
                    _blocked(text, s, e) or (not chinese and text[s] in "零〇" and text[e:e + 1] != "时")):
                continue                  # 长三角, 一体化; 零部件: what _read would say first
            if FAST_PATH and free is not None and text[s] == "一" and e == s + 1:
                if _indefinite(text, s, found):
                    continue              # 一条道路: what _read would say last
                if f := _FAST_match(text, s):
                    q = _plain(text, s, f, found)     # 三省一市, 过去一年
        elif FAST_PATH and free is not None:
            if text[e:e + 1] in _DATE_MARKS and scale is None and text[s] != "0" \
                    and len(arabic) != 10:  # the scan's `arabic` lacks the first digit
                # 2019年, 11月1日: what _read says first; the plain dates on a short path, and
                # no date at all before 年 when the number is no year (4年: a duration)
                d = _FAST_DATE_match(text, s)
                if d is not None:
                    q = _plain_date(text, d, year) or _date(text, _CORE_match(text, s), year)
                elif text[e] != "年":
                    q = _date(text, _CORE_match(text, s), year)
                dated = True
            if q is None and (f := _FAST_match(text, s)):    # 120亿元, and 4年 once not a date
                q = _plain(text, s, f, found)
                if q is not None:         # no date: the year stays
                    found.append(q)
                    pos = q.end
                    continue
        if q is None:
            # _read's first tests of two rare cases, asked here so that _read is not entered for
            # them (each call of it is costly right after jieba, when the processor's caches
            # hold jieba's data): 第六届 is an ordinal, 三分之一 a fraction, once no 千/百/万
            # ends the core (_read would trim it) and, for the fraction, nothing special stands
            # before it and the core is no word (tested above)
            if text[e - 1] in "千百万" or not FAST_PATH:
                q = _read(text, _CORE_match(text, s), found, year, dated)
            elif text[s - 1:s] == "第":
                q = _ordinal(text, _CORE_match(text, s))
            elif chinese is not None and free is not None and text.startswith("分之", e):
                q = _fraction(text, _CORE_match(text, s))
            else:
                q = _read(text, _CORE_match(text, s), found, year, dated)
            if q is None:
                continue
        found.append(q)
        pos = q.end
        if q.kind == "date" and q.iso[:1] in "-0123456789" and q.iso[:2] != "T":
            year = q.iso
    if "半" in text:
        found = _halves(text, found)
    return found


# The plain case, read without `_read`'s tests: Arabic digits, a scale, a unit of an ordinary kind,
# and nothing around them that would announce one of the rare cases (a code, a sign, a range, a
# rate, a half, a round-number 过). `tests/test_quantities.py` checks on every test sentence that
# this path and `_read` give the same quantities (FAST_PATH = False turns it off).
FAST_PATH = True
# One pattern for both: Arabic digits with a scale, or one of the short Chinese numerals
# `helpers.numerals` reads without cn2an (三, 十五, 二十五, and a round 百, 三百, 两千; a lone 一
# only once `_indefinite` has said it is no indefinite article, and `_plain` hands on the 一 that
# `_read` would pass over), then 余/多 and a unit. The round numerals come last, so that 三千米 stays
# 3 km; _plain hands on a 百/千 that begins a unit. The two never start with the same character,
# so one compiled copy of the unit alternation serves both.
_FAST = re.compile(
    r"(?:(?P<an>[1-9][0-9]*+(?:\.[0-9]++)?+|0\.[0-9]++)(?P<asc>万亿|亿|万)?+"
    "|(?P<cc>[二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|[二两三四五六七八九]?[百千]))"
    f"(?P<m>[余多])?(?P<u>(?>{_LEX['unit_re'].pattern}))(?![半/+])")
# (the unit atomic: `6个月至7年` may not fall back from 个月, which a connector follows, to 个.
# An Arabic match has no other way to match (no unit starts with 余 or 多), so a connector after
# it is what _read sees too; _plain reads a range `30BP至50BP` or, with no second number in the
# same unit, the first alone (`6.4亿元到2024年`); after Chinese numerals it hands a connector on.)
_DATE_MARKS = frozenset("年月日")
# The plain dates in Arabic digits, read without `_date`'s tests: a year (exactly what `_is_year`
# takes: four digits from 1000 to 2199, so where this does not match, a number before 年 is no
# year), then a month and a day, or a month and a day; `_plain_date` hands whatever is not plain
# to `_date`.
_FAST_DATE = re.compile(r"(?:(1[0-9]{3}|2[01][0-9]{2})年(?:([0-9]{1,2})月(?:([0-9]{1,2})[日号])?)?"
                        r"|([0-9]{1,2})月(?:([0-9]{1,2})[日号])?)")
_FAST_DATE_match = _FAST_DATE.match
# After a plain date, a digit or numeral (a clock time, or a month `_FAST_DATE` did not read) is
# left to `_date`.
_DATE_NOT_AFTER = frozenset("0123456789" + CN_NUMERALS)


def _plain_date(text: str, d: re.Match, context: str) -> Quantity | None:
    """`2019年`, `2019年11月1日`, `11月1日`, `6月`, `2024年底`: a date from a match of `_FAST_DATE`,
    as `_date` reads it; None hands it to `_date` (a month or day out of range, 前10月, 2019年代,
    1400年历史, a clock time after it)."""
    y, ym, yd, mo, md = d.groups()
    end = d.end()
    if yd is None and md is None and text[end:end + 1] in _SUFFIX_FIRST:
        for suffix in DATE_SUFFIXES:                      # 年底, 4月底, 6月中旬: as _date_tail
            if text.startswith(suffix, end):
                end += len(suffix)
                break
    if text[end:end + 1] in _DATE_NOT_AFTER:
        return None
    s = d.start()
    if y is not None:
        if ym is None:
            after = text[s + 5:s + 6]                     # what follows 年
            if not after or after in "代级" or text.startswith(DURATION_YEAR_TAILS, s + 5):
                return None                               # 2019年代, 1400年历史, a year at the end
            iso = y
        else:
            mm, dd = int(ym), int(yd) if yd is not None else None
            if not 1 <= mm <= 12 or (dd is not None and not 1 <= dd <= 31):
                return None
            iso = f"{y}-{mm:02d}" if dd is None else f"{y}-{mm:02d}-{dd:02d}"
    else:
        mm, dd = int(mo), int(md) if md is not None else None
        if not 1 <= mm <= 12 or (dd is not None and not 1 <= dd <= 31) or text[s - 1:s] == "前":
            return None
        iso = f"-{mm:02d}" if dd is None else f"-{mm:02d}-{dd:02d}"
        iso = context[:4] + iso if context[:1].isdigit() else "-" + iso
    return _new(Quantity, (text[s:end], s, end, None, None, None, "", "date", "exact", "", iso))


_FAST_KINDS = frozenset(("money", "percent", "points", "count", "multiple", "area", "weight",
                         "volume"))
_FAST_NOT_BEFORE = _BEFORE_SPECIAL | MINUS | _ROUND_LAST | frozenset("0123456789.,")


def _char_class(chars) -> str:
    return "[" + "".join(map(re.escape, sorted(chars))) + "]"


def _follow_test() -> str:
    """What may follow a core (`first_chars`, `first_pairs` of the lexicons) as one regex: the
    class of the first characters, then the pairs whose first character is not in it (个月 needs
    no test of its own: 个 is a unit), grouped by that character (`k[gm]`): where nothing follows a
    core, `re` tries one branch for each such first character rather than one for every pair."""
    chars, pairs = _LEX["first_chars"], {}
    for pair in sorted(_LEX["first_pairs"]):
        if pair[0] not in chars:
            pairs.setdefault(pair[0], []).append(pair[1])
    return _char_class(chars) + "".join(f"|{re.escape(a)}{_char_class(b)}" for a, b in pairs.items())


# One pass finds the number cores and, in the same match, says what the loop in find_quantities
# would otherwise ask of each core in Python. It finds exactly CORE's cores (the same spans, the
# same text passed over; checked on every test sentence), but it is written to start with the
# class of a core's first character, which `re` turns into a fast scan for that class: CORE's
# first-character lookahead makes `re` try its whole pattern at every character of the text.
# So the first character is consumed before the alternatives, which tell it apart by a lookbehind;
# the groups `arabic` and `chinese` hold the core without its first character (CORE.match gives
# the full reading where one is needed). The annotations are lookarounds only:
# - `free`: the character before the core is none that announces a rare case (_FAST_NOT_BEFORE),
#   so the plain case may be tried;
# - `follows`: a unit, a cue or an after-qualifier may follow the core (by its first character,
#   or its first two: 角 alone is no unit, 长三角), or the core ends in a scale (万, 亿, 千).
_SCAN = re.compile(
    rf"[0-9{CN_NUMERALS}数几]"
    rf"(?:(?<!{_char_class(_FAST_NOT_BEFORE)}.)(?P<free>))?"
    r"(?:(?<=[数几])(?:[十百千][万亿]?|[万亿])"           # vague: 数十, 几百万
    r"|(?<=[二三四五六七八九])十几[万亿]?|(?<=十)几[万亿]?"     # vague: 二十几, 十几万
    r"|(?<=[0-9])(?P<arabic>[0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]*(?:\.[0-9]+)?)"
    r"(?P<scale>万亿|千亿|百亿|十亿|千万|百万|亿|万|千)?"
    rf"|(?<=[{CN_NUMERALS}])(?P<chinese>[{CN_NUMERALS}]*))"
    + f"(?P<follows>(?={_follow_test()})|(?<=[万亿千]))?")
_SCAN_finditer, _CORE_match = _SCAN.finditer, CORE.match
_FAST_match = _FAST.match


def _indefinite(text: str, s: int, found: list[Quantity]) -> bool:
    """Is the 一 at `s` plainly the indefinite article (`一条“生态链”`): a count's measure word of
    one character after it and nothing that `_read` would take in with it (a qualifier or a count
    before, a half, a range, a rate, a qualifier after, an ordinal session)?"""
    unit = text[s + 1:s + 2]
    return (unit in _ONE_CHAR_COUNTS and text[s - 1:s] not in _ONE_NOT_BEFORE
            and _LEX["unit_re"].match(text, s + 1).group() == unit    # not 一个月
            and text[s + 2:s + 3] not in _ONE_NOT_AFTER
            and not (found and found[-1].end == s))


_ONE_CHAR_COUNTS = frozenset(u for u, r in _LEX["units"].items()
                             if len(u) == 1 and r["kind"] == "count" and r["class"] == ""
                             and u not in "届次")
_ONE_NOT_BEFORE = _LEX["before_last"] | _BEFORE_SPECIAL | MINUS | frozenset("0123456789")
_ONE_NOT_AFTER = _AFTER_FIRST | frozenset("半/") | frozenset(CONNECTORS)


def _fast_units(chinese: bool) -> dict[str, tuple]:
    """The units the plain case takes (see FAST_PATH), each as (unit, kind, factor or None when 1,
    bare): the ordinary kinds, and durations. After Arabic digits not a duration that begins a
    longer unit (周: 周年, 周岁; the plain match may settle on it where the full reading takes the
    longer one), nor one that begins with 小, 分 or 秒 (2小时01分09秒 is a race time)."""
    out = {}
    for text, u in _LEX["units"].items():
        duration = u["kind"] == "duration" and (chinese or (
            text[0] not in "小分秒" and not any(w != text and w.startswith(text) for w in _LEX["units"])))
        if (u["kind"] in _FAST_KINDS or duration) \
                and u["class"] in ("", "bare") and text not in ("届", "次"):
            factor = _decimal(u["factor"])
            out[text] = (u["unit"], u["kind"], None if factor == 1 else factor, u["class"] == "bare")
    return out


_FAST_UNITS = {False: _fast_units(False), True: _fast_units(True)}
# No unit is written in numerals alone, so a plain match ends at or after its core's end (三千米:
# core 三千, unit 千米) and a word blocking the core blocks the plain match too: find_quantities
# may try the plain case before it asks whether the core alone is blocked.
assert not [u for u in _LEX["units"] if set(u) <= set(CN_NUMERALS)], "a unit in numerals alone"
_ONE = Decimal(1)
# Every numeral the plain Chinese case reads, with its value and that value as a float: a table
# built once from `_number`, so the plain case makes no call and has no cache to fill.
_CN_PLAIN = {n: (v, float(v)) for n in (
    [a + "十" + b for a in ("",) + tuple("二两三四五六七八九") for b in ("",) + tuple("一二三四五六七八九")]
    + list("一二两三四五六七八九") + [a + b for a in ("",) + tuple("二两三四五六七八九") for b in "百千"])
    if (v := _number(n)) is not None}


def _plain(text: str, s: int, f: re.Match, found: list[Quantity]) -> Quantity | None:
    """`120亿元`, `超过300家`, `96.2%`, `九城市`: the plain case (see FAST_PATH), from a match of
    `_FAST` at `s`. None hands it to `_read`."""
    an, sc, cn, more, u = f.groups()
    chinese = cn is not None
    n = cn or an
    unit = _FAST_UNITS[chinese].get(u)
    if unit is None:
        return None
    unit_name, kind, factor, bare = unit
    end = f.end()
    if chinese:
        if _blocked(text, s, end):
            return None                                   # 三角, 十分, 长三角: a word
        if n[-1] in "百千" and (w := _unit_at(text, s + len(n) - 1)) and len(w["text"]) > 1:
            return None                                   # 百分点: _read trims the core
        number, value = _CN_PLAIN[n]
        normalized = value if factor is None else float(number * factor)
    else:
        if len(n) == 11:
            return None
        if sc is None and factor is None:
            value = normalized = float(n)                 # as float(Decimal(n)): both round once
        else:
            if bare and sc is not None:
                return None                               # read in full by _read
            number = Decimal(n)
            value = float(number)
            normalized = float(number * (SCALES[sc] if sc else _ONE) * (factor or _ONE))
    high = None
    nxt = text[end:end + 1]
    if nxt in _CONNECTOR_SET:
        if chinese:
            return None
        rng = _range_partner(text, end, _LEX["units"][u], False)
        if rng is not None:           # 30BP至50BP: as _read reads a range after Arabic digits
            if more or sc is not None or u[0] in "千百十万亿":
                return None           # (with none of these, the core _read reads is `an` alone)
            end, high_value, high_scale, second = rng
            unit = _FAST_UNITS[False].get(second["text"])
            if unit is None or unit[3] or unit[0] == "年" or text[end:end + 1] == "半":
                return None           # a span of years, a half, a bare or rare unit: _read
            unit_name, kind, factor, _ = unit
            factor = factor or _ONE   # the first number takes the scale of the second: 30至50亿元
            normalized, high = float(Decimal(n) * high_scale * factor), float(high_value * factor)
            nxt = text[end:end + 1]
    if text[s - 1:s] in _BEFORE_LAST:
        start, pre_q = _qualifier_before(text, s, n)
        if kind == "duration" and text[start:s] == "近":
            start, pre_q = s, ""                          # 近三年: the last three years
    else:
        start, pre_q = s, ""
    post_q = ""
    if nxt in _AFTER_FIRST:
        end, post_q = _after_qualifier(text, end, kind)
    qualifier = "range" if high is not None else pre_q or ("more_than" if more else post_q) or "exact"
    if n == "一" and (kind == "count" and qualifier == "exact" and not (
            found and found[-1].end == s and found[-1].kind == "count")
            or kind == "duration" and text[s - 1:s] in ONE_TIME_BEFORE):
        return None                   # 一条“生态链”, 前一天: as _read says, for it to say
    return _new(Quantity, (text[start:end], start, end, value, normalized, high, unit_name, kind,
                           qualifier, _subject(text, start, end, kind, found[-1] if found else None), ""))


_BEFORE_LAST = _LEX["before_last"]
_CONNECTOR_SET = frozenset(CONNECTORS)


_HALF = re.compile("(?:过|超)半数?|一半")


def _halves(text: str, found: list[Quantity]) -> list[Quantity]:
    """`超过一半`, `过半`: a half, kind fraction, with its qualifier; merged into `found` in text order.

    >>> [(q.text, q.value, q.qualifier) for q in _halves("采挖过半，超过一半以上", [])]
    [('过半', 0.5, 'more_than'), ('超过一半以上', 0.5, 'more_than')]
    """
    extra = []
    for h in _HALF.finditer(text):
        s, e = h.span()
        if any(q.start < e and s < q.end for q in found) or _blocked(text, s, e):
            continue
        if h.group()[0] in "过超":
            start, qualifier = s, "more_than"
        else:
            start, qualifier = _qualifier_before(text, s, "一")
        e, post_q = _after_qualifier(text, e, "fraction")
        extra.append(Quantity(text[start:e], start, e, 0.5, 0.5, None, "", "fraction",
                              qualifier or post_q or "exact"))
    return sorted(found + extra, key=lambda q: q.start) if extra else found


def text_units(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every piece of text quantities are looked for in: headline parts, subheads, sentences.

    Columns `article_id`, `article`, `field`, `paragraph`, `sentence`, `text`; headline parts
    have paragraph and sentence 0, a subhead has sentence 0 and the first paragraph under it.
    """
    paras: dict[str, list] = {}               # each article's rows, in table order, read once
    p = tables["paragraphs"]
    for art, para, subhead in zip(p.article_id.tolist(), p.paragraph.tolist(), p.subhead.tolist()):
        paras.setdefault(art, []).append((para, subhead))
    sents: dict[str, list] = {}
    s = tables["sentences"]
    for art, para, sent, text in zip(s.article_id.tolist(), s.paragraph.tolist(),
                                     s.sentence.tolist(), s.text.tolist()):
        sents.setdefault(art, []).append((para, sent, text))
    rows = []
    for a in tables["articles"].itertuples():
        for field in HEADLINE_FIELDS:
            if getattr(a, field):
                rows.append((a.article_id, a.article, field, 0, 0, getattr(a, field)))
        seen = set()
        for para, subhead in paras.get(a.article_id, ()):
            if subhead and subhead not in seen:
                seen.add(subhead)
                rows.append((a.article_id, a.article, "subhead", para, 0, subhead))
        rows += [(a.article_id, a.article, "body", para, sent, text)
                 for para, sent, text in sents.get(a.article_id, ())]
    return pd.DataFrame(rows, columns=["article_id", "article", "field", "paragraph",
                                       "sentence", "text"])


def quantities_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The `quantities` table of a page's (or pages') tables: one row per quantity, in page order.

    >>> from helpers.articles import page_tables
    >>> from helpers.pages import read_page
    >>> from helpers.paths import raw_pages
    >>> q = quantities_table(page_tables(read_page(raw_pages()[0])))
    >>> float(q.loc[q.kind == "money", "value_normalized"].max())
    145000000000.0
    """
    rows = []
    for unit in text_units(tables).itertuples():
        for q in find_quantities(unit.text):
            rows.append({"article_id": unit.article_id, "field": unit.field,
                         "paragraph": unit.paragraph, "sentence": unit.sentence,
                         "text": q.text, "start": q.start, "end": q.end, "value": q.value,
                         "value_normalized": q.value_normalized,
                         "value_high_normalized": q.value_high_normalized, "unit": q.unit,
                         "kind": q.kind, "qualifier": q.qualifier, "subject": q.subject,
                         "iso": q.iso})
    return tidy(pd.DataFrame(rows, columns=COLUMNS["quantities"]), "quantities")


STATISTICS = ["money", "percent", "points", "rate", "count", "multiple", "fraction", "area", "length",
              "weight", "volume", "duration", "temperature", "speed"]      # dates and ordinals feed timelines, not tallies


def kind_counts(quantities: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How many quantities of each kind each article states: one row per article, one column
    per kind that occurs (statistics first, then date and ordinal), and a `total` of statistics.

    >>> q = pd.DataFrame({"article_id": ["p-01", "p-01", "p-02"], "kind": ["money", "date", "count"]})
    >>> a = pd.DataFrame({"article_id": ["p-01", "p-02", "p-03"], "title": ["甲", "乙", "丙"]})
    >>> kind_counts(q, a).to_dict("list")
    {'article_id': ['p-01', 'p-02', 'p-03'], 'title': ['甲', '乙', '丙'], 'money': [1, 0, 0], 'count': [0, 1, 0], 'date': [1, 0, 0], 'total': [1, 1, 0]}
    """
    kinds = [k for k in STATISTICS + ["date", "ordinal"] if k in set(quantities["kind"])]
    table = pd.crosstab(quantities["article_id"], quantities["kind"]).reindex(columns=kinds)
    table = table.reindex(articles["article_id"]).fillna(0).astype(int)
    table["total"] = table[[k for k in kinds if k in STATISTICS]].sum(axis=1)
    return articles[["article_id", "title"]].merge(table.reset_index(), on="article_id")


def in_context(quantities: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The quantities with the sentence (or headline part) each stands in, as `sentence_text`."""
    units = text_units(tables).drop(columns="article")
    units = units.drop_duplicates(["article_id", "field", "paragraph", "sentence"])
    return quantities.merge(units.rename(columns={"text": "sentence_text"}), how="left",
                            on=["article_id", "field", "paragraph", "sentence"])


def largest_money(quantities: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The `n` largest sums of money, in yuan (other currencies are listed after, unconverted)."""
    money = quantities[quantities["kind"] == "money"]
    money = money.assign(yuan=money["unit"] == "元")
    return (money.sort_values(["yuan", "value_normalized"], ascending=False, kind="stable")
                 .head(n).drop(columns="yuan").reset_index(drop=True))


def kinds_by_page(quantities: pd.DataFrame) -> pd.DataFrame:
    """Quantities per page: the number of each kind each page states (pages as rows).

    >>> q = pd.DataFrame({"article_id": ["p-01", "p-02", "q-01"], "kind": ["money", "money", "date"]})
    >>> kinds_by_page(q).to_dict("index")
    {'p': {'money': 2, 'date': 0, 'total': 2}, 'q': {'money': 0, 'date': 1, 'total': 0}}
    """
    page = quantities.article_id.str.rsplit("-", n=1).str[0].rename("page")
    kinds = [k for k in STATISTICS + ["date", "ordinal"] if k in set(quantities["kind"])]
    table = pd.crosstab(page, quantities["kind"]).reindex(columns=kinds, fill_value=0)
    table["total"] = table[[k for k in kinds if k in STATISTICS]].sum(axis=1)
    table.columns.name = None
    return table
