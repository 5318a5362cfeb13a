"""Score a quantity extractor against a hand-made answer key.

A prediction and a key row match when they stand in the same text unit (article, field and
sentence text) and their spans overlap; within one unit they are paired greedily in span order,
so two identical spans in one sentence are matched as a multiset. Predictions that overlap a
*borderline* row (the spec's "may be left out or kept") are neither rewarded nor penalised.
Kind, unit, qualifier and value are then judged on the matched pairs only.
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from .paths import ROOT

KEY_DIR = ROOT / "tests" / "fixtures" / "quantities"
UNIT = ["article", "field", "sentence_text"]
MEASURES = ["precision", "recall", "f1", "kind", "unit", "qualifier", "value"]


def load_key(name: str = "sample_answer_key", directory: Path = KEY_DIR) -> pd.DataFrame:
    """An answer key as a table, every cell text except `article`.

    >>> len(load_key()), len(load_key("sample_borderline"))
    (95, 15)
    """
    df = pd.read_csv(directory / f"{name}.csv", dtype=str, keep_default_na=False)
    df["article"] = df["article"].astype(int)
    return df


def _spans(df: pd.DataFrame) -> pd.DataFrame:
    """Add `start`/`end` where missing: the n-th occurrence of `text` for its n-th row."""
    df = df.copy()
    if "start" not in df:
        seen: dict[tuple, int] = {}
        starts = []
        for row in df.itertuples():
            k = (row.article, row.field, row.sentence_text, row.text)
            starts.append(_nth(row.sentence_text, row.text, seen.get(k, 0)))
            seen[k] = seen.get(k, 0) + 1
        df["start"] = starts
    df["start"] = df["start"].astype(int)
    df["end"] = df["start"] + df["text"].str.len()
    return df


def _nth(haystack: str, needle: str, n: int) -> int:
    """The n-th place `needle` stands in `haystack`, not counting places inside a longer number
    (`8微克` inside `48微克`).

    >>> _nth("由48微克降至8微克", "8微克", 0)
    7
    """
    pos = -1
    for _ in range(n + 1):
        pos = haystack.find(needle, pos + 1)
        while pos > 0 and needle[:1].isdigit() and (haystack[pos - 1].isdigit()
                                                     or haystack[pos - 1] in ".,"):
            pos = haystack.find(needle, pos + 1)
    return pos


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _same_number(a: str, b: str) -> bool:
    if a == "" or b == "":
        return a == b
    x, y = float(a), float(b)
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def _value_ok(pred, gold) -> bool:
    if gold.kind == "date":
        return str(pred.iso) == gold.iso
    return (_same_number(str(pred.value_normalized), gold.value_normalized)
            and _same_number(str(pred.value_high_normalized), gold.value_high_normalized))


def pair(predicted: pd.DataFrame, key: pd.DataFrame, borderline: pd.DataFrame) -> pd.DataFrame:
    """One row per prediction and per unmatched key row: `outcome` is tp, fp, fn or ignored."""
    predicted, key, borderline = _spans(predicted), _spans(key), _spans(borderline)
    rows = []
    units = set(map(tuple, key[UNIT].values)) | set(map(tuple, predicted[UNIT].values))
    for unit in sorted(units, key=str):
        sel = [(df[UNIT] == pd.Series(unit, index=UNIT)).all(axis=1) for df in (predicted, key, borderline)]
        preds = predicted[sel[0]].sort_values("start").itertuples()
        golds = list(key[sel[1]].sort_values("start").itertuples())
        border = list(borderline[sel[2]].itertuples())
        for p in preds:
            g = next((g for g in golds if _overlaps(p, g)), None)
            if g is not None:
                golds.remove(g)
                rows.append({"outcome": "tp", "article": unit[0], "text": p.text, "gold": g.text,
                             "kind": p.kind == g.kind, "unit": str(p.unit) == g.unit,
                             "qualifier": p.qualifier == g.qualifier, "value": _value_ok(p, g)})
            elif any(_overlaps(p, b) for b in border):
                rows.append({"outcome": "ignored", "article": unit[0], "text": p.text, "gold": ""})
            else:
                rows.append({"outcome": "fp", "article": unit[0], "text": p.text, "gold": ""})
        rows += [{"outcome": "fn", "article": unit[0], "text": "", "gold": g.text} for g in golds]
    return pd.DataFrame(rows, columns=["outcome", "article", "text", "gold", "kind", "unit",
                                       "qualifier", "value"])


def score(predicted: pd.DataFrame, key: pd.DataFrame | None = None,
          borderline: pd.DataFrame | None = None) -> dict[str, float]:
    """Precision, recall, F1, and kind/unit/qualifier/value accuracy on matched pairs.

    `predicted` has the key's columns (`article`, `field`, `sentence_text`, `text`, `kind`,
    `unit`, `qualifier`, `value_normalized`, `value_high_normalized`, `iso`), `start` optional.

    >>> key = load_key()
    >>> score(key)["precision"], score(key)["recall"], score(key)["value"]
    (1.0, 1.0, 1.0)
    """
    key = load_key() if key is None else key
    borderline = load_key("sample_borderline") if borderline is None else borderline
    pairs = pair(predicted.fillna(""), key, borderline)
    counts = pairs.outcome.value_counts()
    tp, fp, fn = (int(counts.get(k, 0)) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    matched = pairs[pairs.outcome == "tp"]
    result = {"precision": precision, "recall": recall, "f1": f1}
    for m in ("kind", "unit", "qualifier", "value"):
        result[m] = float(matched[m].astype(bool).mean()) if len(matched) else 0.0
    return result | {"tp": tp, "fp": fp, "fn": fn}


SAMPLE_PAGE = "000_0c66df68e3bcb91e"     # the page the answer key annotates


def predictions(quantities: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """A `quantities` table in the scorer's shape (article number and sentence text)."""
    from .quantities import in_context
    q = in_context(quantities, tables)
    q = q.merge(tables["articles"][["article_id", "article"]], on="article_id")
    return q.fillna("").assign(value_normalized=lambda d: d.value_normalized.map(str),
                               value_high_normalized=lambda d: d.value_high_normalized.map(str))


def sample_scores(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The extractor's scores on the sample page, if it is among the tables (else no rows)."""
    arts = tables["articles"]
    if SAMPLE_PAGE not in set(arts["page"]):
        return pd.DataFrame(columns=["measure", "score"])
    sample = {k: v[v.article_id.str.startswith(SAMPLE_PAGE + "-")] for k, v in tables.items()}
    result = score(predictions(sample["quantities"], sample))
    return pd.DataFrame({"measure": list(result), "score": list(result.values())})


def extract_units(units: pd.DataFrame) -> pd.DataFrame:
    """Our extractor over text units (`article`, `field`, `text`), in the scorer's shape."""
    from .quantities import find_quantities
    rows = [{"article": u.article, "field": u.field, "sentence_text": u.text, "text": q.text,
             "start": q.start, "kind": q.kind, "unit": q.unit, "qualifier": q.qualifier,
             "iso": q.iso,
             "value_normalized": "" if q.value_normalized is None else repr(q.value_normalized),
             "value_high_normalized": "" if q.value_high_normalized is None
             else repr(q.value_high_normalized)}
            for u in units.itertuples() for q in find_quantities(u.text)]
    return pd.DataFrame(rows)
