"""Score our quantity extractor and two established peers on the sample page, and time ours.

Run with the benchmark venv (`make bench`, which builds `build/bench-venv` first):

    build/bench-venv/bin/python benchmarks/quantities.py [--rounds 30] [--details]

Every extractor sees the same input: every text unit of the sample page
(`helpers.quantities.text_units`: headline parts, subheads, body sentences). Each one's
output is mapped to our schema (`shared/specs/quantities.md`) and scored with
`helpers.scoring.score` against `tests/fixtures/quantities/sample_answer_key.csv` (borderline
rows neither rewarded nor penalised; a prediction matches a key row when their spans overlap in
the same unit). The table goes to stdout and to `benchmarks/results/quantities.md`.

Extractors
----------
ours
    `helpers.quantities.find_quantities(text)`, rows taken as they are.
Recognizers-Text (Microsoft, `recognizers-text-suite`, Culture.Chinese)
    Models built once and reused (the `recognize_*` shortcuts rebuild them on every call):
    currency, dimension, percentage, ordinal, number, datetime. Each result is mapped first;
    where mapped spans overlap, the longest wins (so `1629种` as a count beats RT's reading of
    `1629` as a year), then the more specific model (number last). Mapping:
    - currency -> money; unit from `isoCurrency` (CNY -> 元, USD -> 美元, ...), value as
      resolved (already scaled: 120亿元 -> 12000000000); 角 and 分 are scaled into 元.
    - dimension -> area / length / weight / volume by unit, value converted to km2, m2, km, m,
      kg, t, L (亩 stays 亩); results with no value (a bare `千米`) are dropped.
    - age -> duration in 岁; temperature -> temperature in °C (Fahrenheit converted);
      dimension `Kilometer per hour` / `Meter per second` -> speed (km/h, m/s).
    - percentage -> percent (unit %); `N个百分点` -> points (unit 百分点).
    - ordinal -> ordinal (no unit).
    - number: the peer has no counts, so the adapter looks right after the number:
      optional 余/多, then a measure word (spec list + 类) or one of the spec's bare nouns
      (城市, 省市, 城, 省, 市, 地) -> count with that unit, span extended over them;
      倍 -> multiple; BP / 个百分点 / 百分点 -> points; ‰ / ‱ -> percent in that unit;
      `/10万` -> rate (the spec's new rows: 分 and 张 are measure words too). `分之` numbers ->
      fraction. A number with
      none of these after it is dropped (our schema has no bare-number kind; most are names
      such as G60 or 5G).
    - datetime: date -> date, iso from the timex (`XXXX-11-01` -> `--11-01`); daterange with a
      calendar timex (`2024`, `2025-09`) -> date; daterange with an interval timex
      (`(2024-06-26,2025-06-26,P1Y)`, 过去一年) -> duration from its P part; duration -> duration
      (P8Y -> 8 年, P6M -> 6 月, PnD -> 日, PTnH -> 小时, weeks -> 7 日); time and datetime
      with a clock timex -> date with iso `THH:MM` (the day before it when there is one, as
      `--06-25T14:00`); set and the ranges of times -> dropped (recurrences are not in the schema).
    - qualifier: the peer has none, so it comes from the spec's qualifier words inside the
      span (after the count extension above), else exact. Its spans never include prefixes
      such as 超 / 近 / 突破, so qualifier accuracy shows what the peer cannot say.
jionlp
    `jionlp.ner.extract_money(text, with_parsing=True)` and
    `jionlp.ner.extract_time(text, time_base=2025-06-26, with_parsing=True)`: jionlp has no
    general number, count or percentage extractor, so it can only score on money, dates and
    durations. Its import banner (printed by jionlp and jiojio) is swallowed. Mapping:
    - money -> money; unit = jionlp's `case` (元, 美元, ...); value = `num` (already in the
      base unit); a list `num` -> range (low, high). Qualifier from jionlp's own `definition`:
      accurate -> exact, blur+ / blur+span (超, 逾, 多, 余) -> more_than (at_least when the span
      says 至少), blur- (近, 不到, 不足) -> nearly (at_most when the span says 以下/以内/最多),
      blur -> about, blur++span (几, 数) -> about.
    - time_point / time_span -> date (a span shorter than a day whose text writes 时, 点 or a
      colon -> a clock time, iso `THH:MM`, with its day when the text writes one); time_delta -> duration (year/month/day/hour ->
      年/月/日/小时, several units folded into the largest); time_period (每周 ...) -> dropped.
      The iso is the smallest calendar unit (day, month, year) holding the whole resolved
      interval; an open interval (6月26日起 -> inf) or one longer than a year (从2016年 -> now)
      takes its start, as a year if it is 1 January, a month if it is the 1st, else a day.
      Qualifier: range when jionlp returns two values, else spec words in span.
Dates, both peers
    Both resolve a year the text does not state (今年9月 -> 2025-09) from the reference date.
    Our schema leaves such a year out (`--09`), so the year is dropped when the span does not
    write a four-digit year. The reference date is 2025-06-26, the page's date.

Speed
-----
In the same process: `tokenizer().lcut(text, HMM=False)` (helpers.words, the project's jieba
setup) and `find_quantities(text)` over all unit texts, alternating one round of each, after a
warm-up; the ratio is median(extraction round) / median(segmentation round); goal <= 0.10.
The peers are timed once (the scoring pass), for information only.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import logging
import platform
import re
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from helpers.articles import page_tables  # noqa: E402
from helpers.pages import read_page  # noqa: E402
from helpers.paths import raw_pages  # noqa: E402
from helpers.quantities import text_units  # noqa: E402
from helpers.scoring import score  # noqa: E402
from helpers.words import tokenizer  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "quantities.md"
REFERENCE = dt.datetime(2025, 6, 26)  # the sample page's date: resolves 今年 and the like
GOAL = 0.10
COLUMNS = ["text", "start", "kind", "unit", "qualifier", "value_normalized",
           "value_high_normalized", "iso"]

# --- shared by the peer adapters: the spec's words ------------------------------------------

# Spec qualifier table, longest words first so 最多 is not read as 多, 以上 not as 上.
QUALIFIER_WORDS = [
    ("至少", "at_least"), ("最多", "at_most"), ("以内", "at_most"),
    ("将近", "nearly"), ("接近", "nearly"), ("不到", "nearly"), ("不足", "nearly"),
    ("超过", "more_than"), ("突破", "more_than"), ("以上", "more_than"),
    ("大约", "about"), ("左右", "about"), ("上下", "about"),
    ("近", "nearly"), ("余", "more_than"), ("多", "more_than"), ("超", "more_than"),
    ("逾", "more_than"), ("约", "about"),
]
NUMERAL = "0-9０-９.零〇一二两三四五六七八九十百千万亿"
MEASURE_WORDS = "家项个名只种支份笔所位人次批座条处台件户类分张"  # spec lists, plus 类 (7类)
BARE_NOUNS = ["城市", "省市", "城", "省", "市", "地"]  # spec: a noun right after the number
_AFTER_NUMBER = re.compile(
    r"(?P<more>[余多])?(?:(?P<points>个百分点|百分点|BP|bp)|(?P<times>倍)|(?P<mille>[‰‱])"
    r"|(?P<rate>/[0-9]*[十百千万]+)"
    rf"|(?P<noun>{'|'.join(BARE_NOUNS)})|(?P<mw>[{MEASURE_WORDS}]))")
_YEAR_WRITTEN = re.compile(r"(\d{4}|[〇零一二三四五六七八九]{4})年")


def qualifier_in(span: str) -> str:
    """The spec qualifier a span's own words give, else exact (上 only as in 上百)."""
    for word, qualifier in QUALIFIER_WORDS:
        if word in span:
            return qualifier
    if re.search(rf"上[{NUMERAL}]", span):
        return "about"
    return "exact"


def quantity(text, start, kind, unit="", qualifier="exact", value="", high="", iso="") -> dict:
    return {"text": text, "start": start, "kind": kind, "unit": unit, "qualifier": qualifier,
            "value_normalized": value, "value_high_normalized": high, "iso": iso}


def year_free(iso: str, span: str) -> str:
    """Drop a year the span does not write: 2025-09 for 今年9月 becomes --09."""
    if iso[:4].isdigit() and not _YEAR_WRITTEN.search(span):
        return "-" + iso[4:] if len(iso) > 4 else iso
    return iso


def _number(s) -> float | str:
    if s is None or s == "":
        return ""
    x = float(str(s).replace(",", "").rstrip("%"))
    return int(x) if x.is_integer() else x


# --- peer 1: Microsoft Recognizers-Text ----------------------------------------------------

CURRENCY = {"CNY": "元", "USD": "美元", "EUR": "欧元", "JPY": "日元", "HKD": "港元",
            "GBP": "英镑", "KRW": "韩元", "TWD": "新台币", "MOP": "澳门元"}
SUBUNIT = {"Chinese yuan": ("元", 1), "Jiao": ("元", 0.1), "Fen": ("元", 0.01)}  # no isoCurrency
# RT dimension unit name -> (kind, our unit, factor into our unit)
DIMENSION = {
    "Square kilometer": ("area", "km2", 1), "Square meter": ("area", "m2", 1),
    "Hectare": ("area", "km2", 0.01), "Mu": ("area", "亩", 1),
    "Kilometer": ("length", "km", 1), "Meter": ("length", "m", 1),
    "Centimeter": ("length", "m", 0.01), "Millimeter": ("length", "m", 0.001),
    "Kilogram": ("weight", "kg", 1), "Gram": ("weight", "kg", 0.001),
    "Ton": ("weight", "t", 1), "Jin": ("weight", "kg", 0.5),
    "Liter": ("volume", "L", 1), "Milliliter": ("volume", "L", 0.001),
    "Cubic meter": ("volume", "L", 1000),
    "Kilometer per hour": ("speed", "km/h", 1), "Meter per second": ("speed", "m/s", 1),
}
DURATION = {"Y": ("年", 1), "M": ("月", 1), "W": ("日", 7), "D": ("日", 1), "H": ("小时", 1)}
_TIMEX_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDH])$")
_TIMEX_CALENDAR = re.compile(r"^(XXXX|\d{4})(-\d{2}(-\d{2})?)?$")
_TIMEX_CLOCK = re.compile(r"^((?:XXXX|\d{4})-\d{2}-\d{2})?T(\d{2})(?::(\d{2}))?$")


class RecognizersText:
    """Microsoft Recognizers-Text, Chinese culture, its results mapped to our schema."""

    name = "Recognizers-Text"
    package = "recognizers-text-suite"

    def __init__(self):
        from recognizers_date_time import DateTimeRecognizer
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture

        num = NumberRecognizer(Culture.Chinese)
        unit = NumberWithUnitRecognizer(Culture.Chinese)
        date = DateTimeRecognizer(Culture.Chinese).get_datetime_model()
        # (model, priority): on equal span length the more specific model wins
        self.models = [(unit.get_currency_model(), 0), (unit.get_dimension_model(), 0),
                       (unit.get_age_model(), 0), (unit.get_temperature_model(), 0),
                       (num.get_percentage_model(), 0), (num.get_ordinal_model(), 1),
                       (num.get_number_model(), 2)]
        self.datetime = date

    def __call__(self, text: str) -> list[dict]:
        found = [(self.map(r, text), p) for m, p in self.models for r in m.parse(text)]
        found += [(self.map(r, text), 0) for r in self.datetime.parse(text, REFERENCE)]
        # mapped spans (a count includes its measure word), longest first, then priority
        found = sorted(((q, p) for q, p in found if q),
                       key=lambda qp: (-len(qp[0]["text"]), qp[1], qp[0]["start"]))
        kept, taken = [], set()
        for q, _ in found:
            span = set(range(q["start"], q["start"] + len(q["text"])))
            if not span & taken:
                taken |= span
                kept.append(q)
        return sorted(kept, key=lambda q: q["start"])

    def map(self, r, sentence: str) -> dict | None:
        t, start, res = r.text, r.start, r.resolution or {}
        kind = r.type_name
        if kind == "currency":
            if res.get("value") is None:
                return None
            unit, factor = SUBUNIT.get(res.get("unit"), (None, 1))
            unit = unit or CURRENCY.get(res.get("isoCurrency"), res.get("unit", ""))
            return quantity(t, start, "money", unit, qualifier_in(t),
                            _number(float(res["value"]) * factor))
        if kind == "dimension":
            if res.get("value") is None or res.get("unit") not in DIMENSION:
                return None
            k, unit, factor = DIMENSION[res["unit"]]
            value = _number(float(res["value"]) * factor)
            return quantity(t, start, k, unit, qualifier_in(t), value)
        if kind == "age":
            if res.get("value") is None or res.get("unit") != "Year":
                return None
            return quantity(t, start, "duration", "岁", qualifier_in(t), _number(res["value"]))
        if kind == "temperature":
            if res.get("value") is None:
                return None
            v = float(res["value"])
            v = (v - 32) * 5 / 9 if res.get("unit") == "F" else v
            return quantity(t, start, "temperature", "°C", qualifier_in(t), _number(v))
        if kind == "percentage":
            if "百分点" in t:
                return quantity(t, start, "points", "百分点", qualifier_in(t),
                                _number(res["value"]))
            return quantity(t, start, "percent", "%", qualifier_in(t), _number(res["value"]))
        if kind == "ordinal":
            return quantity(t, start, "ordinal", "", "exact", _number(res.get("value")))
        if kind == "number":
            return self.number(r, sentence)
        if kind.startswith("datetimeV2."):
            return self.when(kind.split(".", 1)[1], t, start, res)
        return None

    @staticmethod
    def number(r, sentence: str) -> dict | None:
        """A bare number becomes a quantity only with what follows it (see module doc)."""
        value = _number(r.resolution.get("value"))
        if value == "":
            return None
        if "分之" in r.text:
            return quantity(r.text, r.start, "fraction", "", "exact", value)
        m = _AFTER_NUMBER.match(sentence, r.end + 1)
        if not m:
            return None
        t = sentence[r.start:m.end()]
        if m["points"]:
            unit = "BP" if m["points"].upper() == "BP" else "百分点"
            return quantity(t, r.start, "points", unit, qualifier_in(t), value)
        if m["times"]:
            return quantity(t, r.start, "multiple", "倍", qualifier_in(t), value)
        if m["mille"]:
            return quantity(t, r.start, "percent", m["mille"], qualifier_in(t), value)
        if m["rate"]:
            return quantity(t, r.start, "rate", m["rate"], qualifier_in(t), value)
        return quantity(t, r.start, "count", m["noun"] or m["mw"], qualifier_in(t), value)

    @staticmethod
    def when(kind: str, t: str, start: int, res: dict) -> dict | None:
        values = res.get("values") or [{}]
        timex = values[-1].get("timex", "")
        clock = _TIMEX_CLOCK.match(timex)
        if kind in ("time", "datetime") and clock:     # clock times: T14:05, --06-25T14:00
            day = clock[1] or ""
            day = "-" + day[4:] if day.startswith("XXXX") else day
            iso = f"{year_free(day, t)}T{clock[2]}:{clock[3] or '00'}"
            return quantity(t, start, "date", iso=iso)
        if kind in ("date", "daterange") and _TIMEX_CALENDAR.match(timex):
            iso = "-" + timex[4:] if timex.startswith("XXXX") else timex
            return quantity(t, start, "date", iso=year_free(iso, t))
        if kind == "daterange" and timex.startswith("("):
            timex = timex.rstrip(")").rsplit(",", 1)[-1]
            kind = "duration"
        m = _TIMEX_DURATION.match(timex)
        if kind == "duration" and m:
            unit, factor = DURATION["H" if m[1] else m[3]]
            value = _number(float(m[2]) * factor)
            return quantity(t, start, "duration", unit, qualifier_in(t), value)
        return None


# --- peer 2: jionlp ------------------------------------------------------------------------

JIO_QUALIFIER = {"accurate": "exact", "blur+": "more_than", "blur+span": "more_than",
                 "blur-": "nearly", "blur": "about", "blur++span": "about"}
JIO_DELTA = [("year", "年", 1), ("month", "月", 1 / 12), ("day", "日", 1 / 365),
             ("hour", "小时", 1 / 8760)]


class JioNLP:
    """jionlp's money and time extractors, their results mapped to our schema."""

    name = "jionlp"
    package = "jionlp"

    def __init__(self):
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp  # prints a banner (jionlp) and a C-extension notice (jiojio)
        self.jio = jionlp
        # jionlp logs a traceback at ERROR for every number its time parser cannot read (62.3)
        logging.getLogger().setLevel(logging.CRITICAL)
        self.time_base = time.mktime(REFERENCE.timetuple())

    def __call__(self, text: str) -> list[dict]:
        rows = [self.money(m) for m in self.jio.ner.extract_money(text, with_parsing=True)]
        rows += [self.time(m) for m in self.jio.ner.extract_time(
            text, time_base=self.time_base, with_parsing=True)]
        return sorted((r for r in rows if r), key=lambda r: r["start"])

    @staticmethod
    def money(m: dict) -> dict | None:
        t, start, d = m["text"], m["offset"][0], m.get("detail") or {}
        num = d.get("num")
        if not num:
            return None
        if isinstance(num, list):
            return quantity(t, start, "money", d.get("case", ""), "range",
                            _number(num[0]), _number(num[-1]))
        qualifier = JIO_QUALIFIER.get(d.get("definition"), "exact")
        if qualifier == "more_than" and "至少" in t:
            qualifier = "at_least"
        if qualifier == "nearly" and any(w in t for w in ("以下", "以内", "最多")):
            qualifier = "at_most"
        return quantity(t, start, "money", d.get("case", ""), qualifier, _number(num))

    @staticmethod
    def time(m: dict) -> dict | None:
        t, start, d = m["text"], m["offset"][0], m.get("detail") or {}
        if m["type"] in ("time_point", "time_span"):
            lo, hi = d["time"][:2]
            if lo == "-inf":                    # open start (… 以前): the end is the point
                lo, hi = hi, "inf"
            if lo in ("inf", "-inf"):
                return None
            try:
                lo = dt.datetime.fromisoformat(lo)
                hi = None if hi == "inf" else dt.datetime.fromisoformat(hi)
            except ValueError:                  # a year it cannot write (`100-12-31`): no date
                return None
            if hi is not None and hi - lo < dt.timedelta(days=1) and re.search("[时点:]", t):
                day = lo.strftime("%Y-%m-%d") if re.search("[月日号]", t) else ""
                return quantity(t, start, "date", iso=year_free(day, t) + lo.strftime("T%H:%M"))
            if hi is not None and (lo.year, lo.month, lo.day) == (hi.year, hi.month, hi.day):
                iso = lo.strftime("%Y-%m-%d")
            elif hi is not None and (lo.year, lo.month) == (hi.year, hi.month):
                iso = lo.strftime("%Y-%m")
            elif hi is not None and lo.year == hi.year:
                iso = f"{lo.year:04d}"
            else:  # open (… to inf) or longer than a year: the start, as precise as it looks
                iso = (f"{lo.year:04d}" if (lo.month, lo.day) == (1, 1)
                       else lo.strftime("%Y-%m") if lo.day == 1 else lo.strftime("%Y-%m-%d"))
            return quantity(t, start, "date", iso=year_free(iso, t))
        if m["type"] == "time_delta":
            delta = d.get("time") or {}
            parts = [(unit, factor, delta[key]) for key, unit, factor in JIO_DELTA if key in delta]
            if not parts:
                return None
            unit, top = parts[0][0], parts[0][1]
            if any(isinstance(v, list) for _, _, v in parts):
                lows = sum((v[0] if isinstance(v, list) else v) * f / top for _, f, v in parts)
                highs = sum((v[-1] if isinstance(v, list) else v) * f / top for _, f, v in parts)
                return quantity(t, start, "duration", unit, "range", _number(lows), _number(highs))
            total = sum(v * f / top for _, f, v in parts)
            return quantity(t, start, "duration", unit, qualifier_in(t), _number(total))
        return None  # time_period: a recurrence


# --- ours ----------------------------------------------------------------------------------

class Ours:
    name = "ours (helpers.quantities)"
    package = None

    def __init__(self):
        from helpers.quantities import find_quantities
        self.find = find_quantities

    def __call__(self, text: str) -> list[dict]:
        return [quantity(q.text, q.start, q.kind, q.unit, q.qualifier,
                         "" if q.value_normalized is None else q.value_normalized,
                         "" if q.value_high_normalized is None else q.value_high_normalized,
                         q.iso)
                for q in self.find(text)]


# --- running and scoring -------------------------------------------------------------------

def predictions(extract, units: pd.DataFrame) -> tuple[pd.DataFrame, float]:
    """Every unit through one extractor: the rows `score` wants, and the pass's wall time."""
    rows = []
    t0 = time.perf_counter()
    for u in units.itertuples():
        for q in extract(u.text):
            original = u.text[q["start"]:q["start"] + len(q["text"])]
            if original.lower() == q["text"].lower():
                q["text"] = original          # Recognizers-Text lower-cases Latin letters (5G -> 5g)
            if original != q["text"]:
                raise ValueError(f"{extract.name}: span {q['text']!r} not at {q['start']} "
                                 f"in {u.text!r}")
            rows.append({"article": u.article, "field": u.field, "sentence_text": u.text} | q)
    seconds = time.perf_counter() - t0
    return pd.DataFrame(rows, columns=["article", "field", "sentence_text"] + COLUMNS), seconds


def speed(find, texts: list[str], rounds: int, cold: bool = False) -> dict:
    """Alternate one round of segmentation and one of extraction over all texts. With `cold`,
    the extractor's own caches (`functools.lru_cache`) are emptied before every extraction round,
    so no round is helped by having read the same texts before."""
    import helpers.quantities as q
    caches = [f for f in vars(q).values() if hasattr(f, "cache_clear") and f is not q.lexicons]
    tok = tokenizer()

    def seg():
        for s in texts:
            tok.lcut(s, HMM=False)

    def ext():
        if cold:
            for f in caches:
                f.cache_clear()
        for s in texts:
            find(s)

    for _ in range(3):
        seg(), ext()
    times = {"seg": [], "ext": []}
    for _ in range(rounds):
        for name, fn in (("seg", seg), ("ext", ext)):
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    seg_m, ext_m = statistics.median(times["seg"]), statistics.median(times["ext"])
    return {"seg": seg_m, "ext": ext_m, "ratio": ext_m / seg_m, "rounds": rounds}


def version(package: str | None) -> str:
    if package is None:
        return "this repository"
    try:
        return f"{package} {metadata.version(package)}"
    except metadata.PackageNotFoundError:
        return f"{package} (not installed)"


def table(results: list[tuple[str, dict | None, str]]) -> str:
    head = ("| extractor | precision | recall | F1 | kind | unit | qualifier | value accuracy "
            "| TP / FP / FN |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    lines = [head]
    for name, s, note in results:
        if s is None:
            lines.append(f"| {name} | {note} |  |  |  |  |  |  |  |")
            continue
        nums = " | ".join(f"{s[m]:.3f}" for m in
                          ("precision", "recall", "f1", "kind", "unit", "qualifier", "value"))
        lines.append(f"| {name} | {nums} | {s['tp']} / {s['fp']} / {s['fn']} |")
    return "\n".join(lines)


HELD_OUT = [  # (title, folder under tests/fixtures/quantities/, how it was made)
    ("Held-out sentences: regional economy", "heldout",
     "sentences of 8 invented articles, annotated by another hand without seeing the extractor"),
    ("Held-out sentences: new genres", "genres",
     "real sentences from 106 articles of about 97 outlets in 11 genres other than regional "
     "economy news, annotated by two helpers who never saw the extractor and checked span by "
     "span by two more"),
]


def load_units(directory: Path) -> pd.DataFrame:
    units = pd.read_csv(directory / "sentences.csv", dtype=str, keep_default_na=False)
    return units.assign(article=units.article.astype(int)).rename(columns={"sentence_text": "text"})


def by_genre(preds: pd.DataFrame, directory: Path) -> dict[str, float]:
    """F1 per genre of a set that has a `sources.csv` with a `genre` column."""
    from helpers.scoring import load_key
    sources = pd.read_csv(directory / "sources.csv", dtype=str, keep_default_na=False)
    genre = dict(zip(sources.article.astype(int), sources.genre))
    key, border = load_key("answer_key", directory), load_key("borderline", directory)
    out = {}
    for g in sorted(set(genre.values())):
        arts = {a for a, x in genre.items() if x == g}
        out[g] = score(preds[preds.article.isin(arts)], key[key.article.isin(arts)],
                       border[border.article.isin(arts)])["f1"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=30, help="timed rounds of each (default 30)")
    ap.add_argument("--details", action="store_true", help="print every FP and FN per extractor")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)

    page = raw_pages()[0]
    units = text_units(page_tables(read_page(page)))
    texts = units.text.tolist()
    chars = sum(map(len, texts))

    from helpers.scoring import KEY_DIR, load_key, pair
    sets = [(title, KEY_DIR / folder, how, load_units(KEY_DIR / folder))
            for title, folder, how in HELD_OUT]
    set_results: list[list] = [[] for _ in sets]
    genres: dict[str, dict[str, float]] = {}

    results, passes, ours = [], [], None
    for cls in (Ours, RecognizersText, JioNLP):
        try:
            extract = cls()
        except (ImportError, AttributeError) as e:
            print(f"{cls.name}: cannot be loaded ({e})", file=sys.stderr)
            results.append((cls.name, None, f"not available: {e}"))
            for r in set_results:
                r.append((cls.name, None, f"not available: {e}"))
            continue
        preds, seconds = predictions(extract, units)
        results.append((cls.name, score(preds), ""))
        checks = [(preds, load_key(), load_key("sample_borderline"), "sample page")]
        for (title, directory, _, held_units), out in zip(sets, set_results):
            held, _ = predictions(extract, held_units)
            key, border = load_key("answer_key", directory), load_key("borderline", directory)
            out.append((cls.name, score(held, key, border), ""))
            checks.append((held, key, border, title))
            if (directory / "sources.csv").exists():
                genres[cls.name] = by_genre(held, directory)
        passes.append(f"{cls.name} ({version(cls.package)}): {seconds:.3f} s")
        if cls is Ours:
            ours = extract
        if args.details:
            for p, key, border, title in checks:
                pairs = pair(p.fillna(""), key, border)
                print(f"\n## {cls.name}, {title}: false positives and misses")
                print(pairs[pairs.outcome.isin(["fp", "fn"])].to_string(index=False))
                tp = pairs[pairs.outcome == "tp"]
                wrong = tp[~tp[["kind", "unit", "qualifier", "value"]].astype(bool).all(axis=1)]
                print(f"\n## {cls.name}, {title}: matched, with some field wrong")
                print(wrong.to_string(index=False))

    md = [f"# Quantity extraction benchmark: sample page `{page.name}`", "",
          f"{len(units)} text units, {chars} characters; answer key "
          "`tests/fixtures/quantities/sample_answer_key.csv` (95 rows, 15 borderline). "
          "Kind, unit, qualifier and value accuracy are over matched pairs only. "
          "How the peers are mapped: `benchmarks/README.md`.", "", table(results), ""]
    for (title, directory, how, held_units), out in zip(sets, set_results):
        md += [f"## {title}", "",
               f"{len(held_units)} {how} (`tests/fixtures/quantities/{directory.name}/`, "
               f"{len(load_key('answer_key', directory))} rows, "
               f"{len(load_key('borderline', directory))} borderline).", "", table(out), ""]
    if genres:
        names = list(genres)
        md += ["F1 by genre, new-genre set:", "",
               "| genre | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
        for g in next(iter(genres.values())):
            md.append(f"| {g} | " + " | ".join(f"{genres[n][g]:.3f}" for n in names) + " |")
        md.append("")
    md += ["## Speed", ""]
    if ours is not None:
        md += [f"Over the {len(texts)} unit texts of the sample page ({chars} characters), "
               f"{args.rounds} alternating rounds after 3 warm-up rounds, in one process:", ""]
        for label, cold in (("caches kept from round to round", False),
                            ("the extractor's caches emptied before every round", True)):
            sp = speed(ours.find, texts, args.rounds, cold=cold)
            verdict = "meets" if sp["ratio"] <= GOAL else "misses"
            md += [f"- {label}: segmentation (`tokenizer().lcut(text, HMM=False)`, jieba) median "
                   f"{sp['seg'] * 1000:.2f} ms, extraction (`find_quantities`) median "
                   f"{sp['ext'] * 1000:.2f} ms per round; **ratio {sp['ratio']:.3f}** "
                   f"(goal <= {GOAL:.2f}: {verdict})"]
    else:
        md += ["Not measured: our extractor could not be loaded."]
    md += ["", "One scoring pass per extractor, for information (no warm-up):", ""]
    md += [f"- {p}" for p in passes]
    md += ["", f"Python {platform.python_version()} on {platform.machine()}.", ""]
    text = "\n".join(md)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0 if ours is not None else 1


if __name__ == "__main__":
    sys.exit(main())
