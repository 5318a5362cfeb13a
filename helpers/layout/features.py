"""Line features for a trained labeller: what each line looks like, measured against its page.

Every feature is page-normalised (a width as a share of the page's column, an indent against the
page's habit of indenting) so that a model trained on some layouts reads others. The rule
labeller's own decision is a feature too: the model learns where to trust the rules.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import rules as R
from ..clean import squeeze
from ..paths import LEXICONS
from ..words import word_runs_on
from .conventions import Conventions
from .lines import (Line, credit_line, ends_sentence, furniture_line, is_bullet, letter_spaced,
                    open_ended, spaced_pairs)

_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[，、是])")
_PUNCT = re.compile(r"[，。；：！？、,;:!?]")
_ROLE_WORDS = re.compile(r"记者|通讯员|实习生|摄影|摄$|供图|报道|来源[：:]|^据|文\\图|文/图|编译|综合")


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single and compound surnames, from `data/lexicons/surnames.txt`."""
    words = [w.strip() for w in (LEXICONS / "surnames.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


_NAME_SEPARATORS = re.compile(r"[\s（）()□■、，]")


def names_only(text: str) -> bool:
    """A line that is only personal names (2-4 characters each, led by a surname), as a bare
    credit prints them: `郭建兴`, `（李延霞、安 蓓）`, `□邓建青`.

    >>> names_only("郭建兴"), names_only("（李延霞、安 蓓）"), names_only("集群图强新动能")
    (True, True, False)
    """
    core = [part for part in _NAME_SEPARATORS.split(text) if part]
    if not core or any(len(part) > 4 for part in core):
        return False                    # a run of more than four characters: no name
    single, double = surnames()
    parts = _join_pairs(core)
    return all(2 <= len(p) <= 4 and (p[0] in single or p[:2] in double) for p in parts)


def _join_pairs(tokens: list[str]) -> list[str]:
    """Letter-spaced single characters back into names (`安 蓓` -> `安蓓`)."""
    out: list[str] = []
    for tok in tokens:
        if len(tok) == 1 and out and len(out[-1]) == 1:
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _bucket(x: float, edges: tuple[float, ...]) -> str:
    return str(bisect.bisect_right(edges, x))


def _end_class(text: str) -> str:
    core = text.rstrip(R.CLOSERS + " ")
    if not core:
        return "none"
    ch = core[-1]
    if ends_sentence(text):
        return "sentence" if ch in "。" else "exclaim"
    if ch in "，,、；;":
        return "clause"
    if open_ended(text):
        return "open"
    if ch.isdigit() or ch.isascii():
        return "latin"
    return "han"


def page_features(conv: Conventions) -> dict[str, str]:
    """The features every line of a page shares: its conventions, bucketed."""
    return {"page_col": "page_col=" + _bucket(conv.column, (12, 16, 20, 25)),
            "indent_page": _bucket(conv.indent, (0.3, 0.7)),
            "blank_page": "blank_page=" + _bucket(conv.blank_at_sentence_end, (0.3, 0.7)),
            "blanks": "blanks=" + _bucket(conv.blanks_per_line, (0.01, 0.1))}


def line_features(ln: Line, conv: Conventions, page: dict[str, str] | None = None) -> dict[str, str | None]:
    """The features of one line on its own (neighbours are added by `sequence_features`), each
    as the name of an indicator feature (`gap=3`, `wide`), or None for a test the line fails.
    `page` is `page_features(conv)`, computed once a page by the caller."""
    page = page or page_features(conv)
    text = ln.text
    column = ln.column or conv.column or 1.0
    gap = column - ln.width
    pairs, spaced = spaced_pairs(text)
    credit = credit_line(text)
    end = _end_class(text)
    indented = ln.indent >= 1.0
    indent_page = page["indent_page"]
    n_punct = len(_PUNCT.findall(text))
    first, last = text[0], text[-1]
    rule = ln.label + ("+" if ln.starts else "")
    return {
        "bias": "bias",
        "gap": "gap=" + _bucket(gap, (1.0, 2.0, 4.0, 6.0, 9.0)),
        "ratio": "ratio=" + _bucket(ln.width / column, (0.3, 0.5, 0.7, 0.85, 0.97, 1.1, 1.3)),
        "wide": "wide" if ln.width >= R.HEADING_WIDE * column else None,
        "page_col": page["page_col"],
        "indented": "indented" if indented else None,
        "indent_page": "indent_page=" + indent_page,
        "indent_x_page": f"indent_x_page={indented}|{indent_page}",
        "blank_page": page["blank_page"],
        "blanks": page["blanks"],
        "blank_before": "blank_before" if ln.blank_before else None,
        "blank_after": "blank_after" if ln.blank_after else None,
        "end": "end=" + end,
        "end_x_blank": f"end_x_blank={end}|{ln.blank_after}",
        "first": "first=" + (first if not first.isalnum() or not first.isascii() else "alnum"),
        "last": "last=" + (last if not last.isalnum() or not last.isascii() else "alnum"),
        "len": "len=" + _bucket(len(text.replace(" ", "")), (3, 6, 9, 13, 18, 25)),
        "punct": "punct=" + _bucket(n_punct, (1, 2, 4)),
        "letter_spaced": "letter_spaced" if letter_spaced(text) else None,
        "some_spaced": "some_spaced" if 0 < spaced < pairs else None,
        "justified": "justified" if R.JUSTIFIED.search(text) else None,
        "credit": "credit" if credit is not None else None,
        "credit_people": "credit_people" if credit is not None and (credit.reporters or credit.correspondents) else None,
        "credit_photo": "credit_photo" if credit is not None and credit.photographers else None,
        "credit_source": "credit_source" if credit is not None and credit.source and not credit.reporters else None,
        "bracketed": "bracketed" if first in "（(" and text.rstrip()[-1] in "）)" else None,
        "opens_bracket": "opens_bracket" if first in "（(" else None,
        "dateline": "dateline" if R.DATELINE.match(text) else None,
        "dateline_wraps": None,
        "furniture": "furniture" if furniture_line(text) else None,
        "bullet": "bullet" if is_bullet(text) else None,
        "item": "item" if _ITEM.match(text) else None,
        "dash_start": "dash_start" if text.startswith(("—", "－", "-", "⸺", "⸻")) else None,
        "colon": "colon" if "：" in text or ":" in text else None,
        "role_word": "role_word" if _ROLE_WORDS.search(text) and n_punct <= 2 else None,
        "names_only": "names_only" if names_only(text) else None,
        "rule": "rule=" + ln.kind,
        "rule_label": "rule_label=" + rule,
        "rule_sure": "rule_sure" if ln.sure else None,
        # PDF pages only: the line's print size against the page's body text, boldness, margin
        "size": "size=" + _bucket(ln.size_ratio, (0.95, 1.08, 1.3, 1.7)) if ln.size_ratio else None,
        "size_x_blank": (f"size_x_blank={_bucket(ln.size_ratio, (0.95, 1.08, 1.3, 1.7))}|"
                         f"{ln.blank_before}|{ln.blank_after}") if ln.size_ratio else None,
        "bold": "bold" if ln.bold else None,
        "band": "band=" + ln.band if ln.band else None,
    }


def _shape(text: str) -> str:
    """A heading's shape: its length and where its punctuation falls (`财政杠杆发力，企业迎春绽放`
    and `助力外贸企业，海棠繁花满树` share one), so that parallel subheads can be found."""
    core = re.sub(r"\s", "", text)
    return f"{len(core)}:" + "".join(ch if _PUNCT.match(ch) or ch in "“”《》（）" else "x" for ch in core)


def page_context(lines: list[Line]) -> list[dict[str, str | None]]:
    """What a line's place on the page says, beyond its neighbours: how many heading-like lines
    of the same shape the page has near it (parallel subheads of one article), and how far the
    nearest credit lines are before and after it, and whether the one before closed an article.
    """
    heads = [k for k, ln in enumerate(lines) if ln.kind == "heading"]
    by_shape: dict[str, list[int]] = {}      # sorted line indices of the headings of each shape
    by_len: dict[int, list[int]] = {}        # ... and of each length
    for j in heads:
        by_shape.setdefault(_shape(lines[j].text), []).append(j)
        by_len.setdefault(len(lines[j].text), []).append(j)
    heading = set(heads)
    credit_at = [k for k, ln in enumerate(lines) if ln.kind == "credit"]

    def near(indices: list[int], k: int) -> int:   # within 80 lines of k, k itself not counted
        return (bisect.bisect_right(indices, k + 80) - bisect.bisect_left(indices, k - 80)
                - (k in heading and k in indices))

    out = []
    for k, ln in enumerate(lines):
        same = near(by_shape[_shape(ln.text)], k) if k in heading else 0
        n = len(ln.text)
        near_len = sum(near(by_len[m], k) for m in (n - 1, n, n + 1) if m in by_len)
        c = bisect.bisect_left(credit_at, k)
        before = credit_at[c - 1] if c else None
        after_at = c + (c < len(credit_at) and credit_at[c] == k)
        after = credit_at[after_at] if after_at < len(credit_at) else None
        out.append({
            "parallel": "parallel=" + _bucket(same, (1, 2, 4)),
            "similar_heads": "similar_heads=" + _bucket(near_len, (1, 2, 4)),
            "credit_before": "credit_before=" + _bucket(k - before if before is not None else 999, (2, 4, 10, 40)),
            "credit_after": "credit_after=" + _bucket(after - k if after is not None else 999, (2, 3, 5, 10)),
            "closed_before": "closed_before" if before is not None and lines[before].text[:1] in "（(" else None,
        })
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]+")
ECHO_REACH = 120       # Han characters read before and after a line for its echoes
ECHO_KEYS = ("echo_after", "echo_before", "echo_diff", "cohesion")
ECHO_WIDE = 0.7        # ... of a line this wide against its column (a body-like line)


def echoes(lines: list[Line], wanted: list[bool] | None = None) -> list[dict[str, str | None]]:
    """Lexical cohesion: how much of a line's vocabulary (its two-character sequences) the page
    repeats in the text right after it and right before it. A headline's words come back in
    its own article and not in the one before (share after 0.56 against before 0.01 over the
    layout corpus's article openings; 0.14 against 0.18 for body lines), so a title set like a
    body line still stands out, whatever the layout. And, for a heading-like line, how much
    the text before it and the text after it share (`cohesion`): a subhead stands inside one
    article's vocabulary, a title between two articles'."""
    han = ["".join(_HAN.findall(ln.text)) for ln in lines]
    page = "".join(han)
    unique, after, before = _echo_counts(page, [len(h) for h in han])
    out, lo = [], 0
    for k, (ln, h) in enumerate(zip(lines, han)):
        hi = lo + len(h)
        if (wanted is not None and not wanted[k] and ln.kind != "heading") or not unique[k]:
            out.append(dict.fromkeys(ECHO_KEYS))          # a line that reads none of them
            lo = hi
            continue
        a, b = after[k] / unique[k], before[k] / unique[k]
        after_text = page[hi:hi + ECHO_REACH + 1]
        before_text = page[max(0, lo - ECHO_REACH):lo]
        out.append({"echo_after": "echo_after=" + _bucket(a, (0.1, 0.25, 0.45)),
                    "echo_before": "echo_before=" + _bucket(b, (0.05, 0.15, 0.3)),
                    "echo_diff": "echo_diff=" + _bucket(a - b, (-0.1, 0.1, 0.3, 0.5)),
                    "cohesion": "cohesion=" + _bucket(_shared(before_text, after_text), (0.02, 0.05, 0.1))
                    if ln.kind == "heading" and min(len(before_text), len(after_text)) >= ECHO_REACH // 2
                    else None})
        lo = hi
    return out


def _echo_counts(page: str, lengths: list[int]) -> tuple[list[int], list[int], list[int]]:
    """For each line (its `lengths` in `page`, the lines' Han characters run together): how many
    distinct two-character sequences it has, and how many of them occur again in the
    `ECHO_REACH` characters after it (pairs starting there) and before it (pairs ending there).
    Computed for the whole page at once: each pair's next and previous occurrence, from one sort.

    >>> _echo_counts("甲乙丙丁甲乙戊己丙丁", [4, 2, 4])
    ([3, 1, 3], [2, 0, 0], [0, 1, 1])
    """
    import numpy as np
    n_lines = len(lengths)
    if len(page) < 2:
        return [0] * n_lines, [0] * n_lines, [0] * n_lines
    codes = np.frombuffer(page.encode("utf-32-le"), dtype="<u4").astype(np.int64)
    pairs = (codes[:-1] << 21) | codes[1:]                # pair p: characters p and p + 1
    m = len(pairs)
    order = np.argsort(pairs, kind="stable")
    same = pairs[order[1:]] == pairs[order[:-1]]
    nxt = np.full(m + 1, m, dtype=np.int64)               # m: no next occurrence (nxt[m] = m)
    nxt[order[:-1][same]] = order[1:][same]
    prv = np.full(m + 1, -1, dtype=np.int64)              # -1: none (index -1 is the sentinel m)
    prv[order[1:][same]] = order[:-1][same]
    line_of = np.repeat(np.arange(n_lines), lengths)      # each character's line
    ends = np.cumsum(lengths)
    pos = np.flatnonzero(line_of[:-1] == line_of[1:])     # the pairs inside one line
    k = line_of[pos]
    hi, lo = ends[k], ends[k] - np.asarray(lengths)[k]
    last = nxt[pos] >= hi - 1                             # a pair's last occurrence in its line
    first = prv[pos] < lo                                 # ... and its first
    q = nxt[pos]
    q = np.where(q == hi - 1, nxt[q], q)                  # not the pair across the line's end
    hit_after = last & (q <= hi + ECHO_REACH - 1) & (q < m)
    r = prv[pos]
    r = np.where(r == lo - 1, prv[np.maximum(r, 0)], r)   # nor the one across its start
    hit_before = first & (r >= 0) & (r >= lo - ECHO_REACH)
    count = lambda mask: np.bincount(k[mask], minlength=n_lines).tolist()   # noqa: E731
    return count(last), count(hit_after), count(hit_before)


def _shared(left: str, right: str) -> float:
    """The share of two-character sequences two texts have in common (of the smaller set)."""
    a = {left[i:i + 2] for i in range(len(left) - 1)}
    b = {right[i:i + 2] for i in range(len(right) - 1)}
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


NEIGHBOUR_KEYS = ("runs_on", "colon_end", "end", "gap", "credit", "credit_people", "dateline", "dateline_wraps", "rule_label", "letter_spaced",
                  "blank_before", "blank_after", "furniture", "indented", "wide", "len", "item",
                  "role_word", "names_only", "ratio", "size", "bold")


FAR_KEYS = ("end", "gap", "credit", "rule_label", "blank_before", "blank_after", "dateline", "size")


_PHRASE_GAP = re.compile(r"^[^\s，。；：！？、,.;:!?]{2,}[ \u3000]+[^\s，。；：！？、,.;:!?]{2,}$")


def phrase_gap(raw: str) -> bool:
    """Two phrases of two or more characters set apart by a space, with no punctuation: how
    headlines print parallel phrases (`成绩赢来赞许　事实扭转偏见`, `流感高发 一个晚上300多病号`);
    body text does not (5 of 1,413 body lines of the first fresh set, 16 of 128 headline lines).

    >>> phrase_gap("成绩赢来赞许　事实扭转偏见"), phrase_gap("大会现场集中发布， 此次 120 亿元")
    (True, False)
    """
    raw = raw.strip()
    if not _PHRASE_GAP.match(raw):
        return False
    parts = re.split(r"[ \u3000]+", raw)
    return len(parts) == 2 and all(_HAN.match(p[0]) and _HAN.match(p[-1]) for p in parts)


def _echo_reads(ln: Line, conv: Conventions) -> bool:
    """Is the line one whose echoes tell a title from body text: as wide as body lines (a short
    line is told by its width) and not closed by a full stop (a title never is)?"""
    return (ln.width >= ECHO_WIDE * (ln.column or conv.column or 1.0)
            and ln.text.rstrip(R.CLOSERS + " ")[-1:] != "。")


_DATELINE_END = re.compile("[讯息电]")     # how every dateline's head ends (`rules.DATELINE`)


def sequence_features(lines: list[Line], conv: Conventions, echo: bool = True) -> list[list[str]]:
    """Each line's features with those of its neighbours (two before, two after), as the names
    of the indicator features CRFsuite takes (`gap=3`, `-1:credit`, `letter_spaced`); with
    `echo`, the word echoes of lines as wide as body lines (`echoes`)."""
    reads = [_echo_reads(ln, conv) for ln in lines]
    echo_of = echoes(lines, reads) if echo else [dict.fromkeys(ECHO_KEYS)] * len(lines)
    page = page_features(conv)
    own = [line_features(ln, conv, page) | ctx | (e if r else
                                                 dict.fromkeys(ECHO_KEYS) | {"cohesion": e["cohesion"]})
           for ln, ctx, e, r in zip(lines, page_context(lines), echo_of, reads)]
    for f, ln in zip(own, lines):
        f["phrase_gap"] = "phrase_gap" if echo and phrase_gap(ln.raw) else None
    first = next((k for k, f in enumerate(own) if not f["furniture"]), None)
    ends = [ends_sentence(ln.text) for ln in lines]
    for k, f in enumerate(own):
        ln = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        f["first_text"] = "first_text" if k == first else None     # opens the page's first article
        runs_on = (nxt is not None and ln.kind == "heading" and not ends[k]
                   and word_runs_on(squeeze(ln.text), squeeze(nxt.text)))
        f["runs_on"] = "runs_on" if runs_on else None               # a heading broken mid-word
        f["colon_end"] = "colon_end" if ln.text.rstrip()[-1:] in "：:" else None
        if not f["dateline"] and nxt is not None and _DATELINE_END.search(nxt.text):
            m = R.DATELINE.match(ln.text + nxt.text)                # a dateline wrapped over two lines
            if m and m.start("head") < len(ln.text) < m.end("head"):
                f["dateline_wraps"] = "dateline_wraps"
    near = [[f[key] for key in NEIGHBOUR_KEYS if f[key]] for f in own]     # (each line's once)
    far = [[f[key] for key in FAR_KEYS if f[key]] for f in own]
    out = []
    for k, f in enumerate(own):
        g = [x for x in f.values() if x]
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < len(own):
                g += [f"{d}:{v}" for v in (near[j] if d in (-1, 1) else far[j])]
            else:
                g.append(f"{d}:edge")
        end = f["end"][4:]
        g.append(f"pair_end={own[k - 1]['end'][4:] if k else 'start'}>{end}")
        if k:
            prev = lines[k - 1]
            short = prev.column - prev.width >= 1.5
            g.append(f"after_end={ends[k - 1]}|short={short}|blank={lines[k].blank_before}")
            g.append(f"after_end_indent={ends[k - 1]}|{lines[k].indent >= 1.0}")
            g.append("shorter_than_next=" + _bucket((lines[k + 1].width - lines[k].width)
                                                    if k + 1 < len(lines) else 0.0, (1.0, 3.0, 6.0)))
        g.append(f"pair_rule={own[k - 1]['rule_label'][11:] if k else 'start'}>{f['rule_label'][11:]}")
        if f["echo_diff"]:
            g.append(f"echo_x_end={f['echo_diff'][10:]}|{end}|{f['ratio'][6:]}")
        out.append(g)
    return out
