"""Places: which provinces, cities, districts and counties the page speaks of, and where they are.

The gazetteer (`data/lexicons/gazetteer.csv`, built from a maintained, openly licensed package by
`make gazetteer`: see its header) gives each unit its full name, short forms, level, parent and
coordinates; `data/lexicons/regions.csv` adds regions such as 长三角. Names are matched on tokens
(`helpers.runs`). Short forms that are also common words or are shared by several places are
marked ambiguous in the gazetteer and matched only in their full form. A run of one-character
province abbreviations (`沪苏浙皖`, `京津冀`) names each of those provinces.
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .paths import LEXICONS
from .runs import sentence_matches

GAZETTEER, REGIONS = LEXICONS / "gazetteer.csv", LEXICONS / "regions.csv"
SEP = "|"
LEVEL_ORDER = {"region": 0, "province": 1, "city": 2, "district": 3, "county": 3}


@lru_cache(maxsize=1)
def gazetteer() -> pd.DataFrame:
    """The gazetteer with the regions: one row per place (name, level, parent, province,
    members for regions, lon, lat), its short forms and whether they are ambiguous."""
    g = pd.read_csv(GAZETTEER, comment="#", dtype=str, keep_default_na=False)
    r = pd.read_csv(REGIONS, comment="#", dtype=str, keep_default_na=False)
    r = r.assign(level="region", parent="", province="", ambiguous="0")
    g = g.assign(members=g["province"])
    cols = ["name", "short", "level", "parent", "province", "members", "ambiguous", "lon", "lat"]
    df = pd.concat([g[cols], r[cols]], ignore_index=True)
    df[["lon", "lat"]] = df[["lon", "lat"]].astype(float)
    return df


@lru_cache(maxsize=1)
def forms() -> dict[str, list[tuple[int, bool]]]:
    """Every name and short form of two characters or more, to the places it may name, each
    with whether the form is the place's full name."""
    index: dict[str, list[tuple[int, bool]]] = {}
    for i, (name, short) in enumerate(zip(gazetteer()["name"], gazetteer()["short"])):
        index.setdefault(name, []).append((i, True))
        for f in short.split(SEP):
            if len(f) >= 2 and f != name:
                index.setdefault(f, []).append((i, False))
    return index


@lru_cache(maxsize=1)
def form_set() -> frozenset[str]:
    return frozenset(forms())


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, int]:
    """One-character province abbreviations (沪 → 上海市), for runs such as 沪苏浙皖."""
    g = gazetteer()
    return {f: i for i, (short, level) in enumerate(zip(g["short"], g["level"]))
            if level == "province" for f in short.split(SEP) if len(f) == 1}


def _abbreviation_runs(tokens: pd.DataFrame) -> pd.DataFrame:
    """Runs of tokens made only of two or more province abbreviations (`沪` `苏浙皖`): one row
    per province named, at the run's first token."""
    abbr, rows = abbreviations(), []
    keys = ["article_id", "paragraph", "sentence"]
    t = tokens.sort_values(keys + ["position"], kind="stable")
    run: list[tuple] = []

    def flush():
        text = "".join(tok for *_, tok in run)
        if len(text) >= 2:
            rows.extend((*run[0][:4], text, abbr[c]) for c in text)

    for row in zip(*(t[c].tolist() for c in keys + ["position", "token"])):
        if run and row[:3] != run[-1][:3]:
            flush()
            run = []
        if row[4] and all(c in abbr for c in row[4]):
            run.append(row)
        else:
            flush()
            run = []
    flush()
    return pd.DataFrame(rows, columns=keys + ["position", "form", "row"])


@lru_cache(maxsize=1)
def _columns() -> dict[str, list]:
    """The gazetteer's columns as plain lists, for look-ups by row in the matching loop."""
    return {c: gazetteer()[c].tolist() for c in ("level", "province", "members", "ambiguous")}


def _usable(row: int, full: bool, anchors: set[str]) -> bool:
    """A full name always names its place; a short form of a province, region or city does
    unless it is also a common word; a short form of a district or county (`松江`, `嘉善`,
    but also `牡丹`, `长寿`) only in an article that names its province otherwise."""
    col = _columns()
    if full:
        return True
    if col["level"][row] in ("province", "region", "city") and col["ambiguous"][row] != "1":
        return True
    return col["province"][row] in anchors


def _choose(candidates: list[int], anchors: set[str]) -> int:
    """Of places sharing a name, the one in a province the article names, else the highest
    in level, then the first in the gazetteer's order (by code)."""
    col = _columns()
    inside = [i for i in candidates if col["province"][i] in anchors]
    return min(inside or candidates, key=lambda i: (LEVEL_ORDER[col["level"][i]], i))


def _anchors(rows: list[int]) -> set[str]:
    """The provinces an article names for sure: of provinces, regions (their members), cities
    and full names of districts and counties."""
    members = _columns()["members"]
    return {p for i in rows for p in members[i].split(SEP) if p}


def place_matches(tokens: pd.DataFrame) -> pd.DataFrame:
    """Every mention of a place in the body: its sentence, the form written, the place."""
    index, g = forms(), gazetteer()
    matches = sentence_matches(tokens, form_set()).rename(columns={"term": "form"})
    runs = _abbreviation_runs(tokens)
    parts = [runs]
    run_rows: dict[str, list[int]] = {}
    for aid, row in zip(runs.article_id.tolist(), runs["row"].tolist()):
        run_rows.setdefault(aid, []).append(row)
    for aid, am in matches.groupby("article_id", sort=True):
        written = am.form.tolist()
        sure = [i for f in written for i, full in index[f]
                if len(index[f]) == 1 and _usable(i, full, set())]
        anchors = _anchors(sure + run_rows.get(aid, []))
        chosen = []
        for f in written:
            usable = [i for i, full in index[f] if _usable(i, full, anchors)]
            chosen.append(_choose(usable, anchors) if usable else -1)
        am = am.assign(row=chosen)
        parts.append(am[am.row >= 0])
    df = pd.concat(parts, ignore_index=True)
    place = g.loc[df["row"].astype(int)].reset_index(drop=True)
    out = pd.concat([df.drop(columns="row").reset_index(drop=True),
                     place[["name", "level", "parent", "province", "lon", "lat"]]], axis=1)
    out = out.rename(columns={"name": "place"})
    return out.sort_values(["article_id", "paragraph", "sentence", "position", "place"],
                           kind="stable", ignore_index=True)


def places_table(matches: pd.DataFrame) -> pd.DataFrame:
    """`places.csv`: per article, each place named, with level, parent, province, count, the
    forms written, and coordinates."""
    cols = ["article_id", "place", "level", "parent", "province", "count", "forms", "lon", "lat"]
    if matches.empty:
        return pd.DataFrame(columns=cols)
    df = (matches.groupby(["article_id", "place"], sort=True)
          .agg(level=("level", "first"), parent=("parent", "first"),
               province=("province", "first"), count=("form", "size"),
               forms=("form", lambda f: "、".join(dict.fromkeys(f))),
               lon=("lon", "first"), lat=("lat", "first")).reset_index())
    return df.sort_values(["article_id", "count", "place"], ascending=[True, False, True],
                          kind="stable", ignore_index=True)[cols]
