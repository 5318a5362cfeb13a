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
from .tables import SEPARATOR

GAZETTEER, REGIONS = LEXICONS / "gazetteer.csv", LEXICONS / "regions.csv"
LEVEL_ORDER = {"region": 0, "province": 1, "city": 2, "district": 3, "county": 3}


@lru_cache(maxsize=1)
def gazetteer() -> pd.DataFrame:
    """The gazetteer with the regions: one row per place (name, level, parent, province,
    lon, lat) and its forms (full name and usable short forms, `|`-separated)."""
    g = pd.read_csv(GAZETTEER, comment="#", dtype=str, keep_default_na=False)
    g["forms"] = [SEP.join([n] + ([s for s in short.split("|") if s] if amb != "1" else []))
                  for n, short, amb in zip(g["name"], g["short"], g["ambiguous"])]
    r = pd.read_csv(REGIONS, comment="#", dtype=str, keep_default_na=False)
    r = r.assign(level="region", parent="", province="",
                 forms=[SEP.join([n] + [s for s in short.split("|") if s])
                        for n, short in zip(r["name"], r["short"])])
    cols = ["name", "level", "parent", "province", "lon", "lat", "forms"]
    df = pd.concat([g[cols], r[cols]], ignore_index=True)
    df[["lon", "lat"]] = df[["lon", "lat"]].astype(float)
    return df


SEP = "|"


@lru_cache(maxsize=1)
def forms() -> dict[str, list[int]]:
    """Every usable form (name or short form) to the gazetteer rows it may name."""
    index: dict[str, list[int]] = {}
    for i, fs in enumerate(gazetteer()["forms"]):
        for f in fs.split(SEP):
            if len(f) >= 2:
                index.setdefault(f, []).append(i)
    return index


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, int]:
    """One-character province abbreviations (沪 → 上海市), for runs such as 沪苏浙皖."""
    g = gazetteer()
    return {f: i for i, (fs, level) in enumerate(zip(g["forms"], g["level"]))
            if level == "province" for f in fs.split(SEP) if len(f) == 1}


def _abbreviation_runs(tokens: pd.DataFrame) -> pd.DataFrame:
    """Tokens made only of two or more province abbreviations: one row per province named."""
    abbr = abbreviations()
    rows = [(t.article_id, t.paragraph, t.sentence, t.position, t.token, abbr[c])
            for t in tokens.itertuples()
            if len(t.token) >= 2 and all(c in abbr for c in t.token) for c in t.token]
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "sentence", "position",
                                       "form", "row"])


def _choose(candidates: list[int], context: set[str]) -> int:
    """Of places sharing a name, the one whose parent or province the article also names,
    else the highest in level, then the first in the gazetteer's order (by code)."""
    g = gazetteer()
    for i in candidates:
        if g.at[i, "parent"] in context or g.at[i, "province"] in context:
            return i
    return min(candidates, key=lambda i: (LEVEL_ORDER[g.at[i, "level"]], i))


def place_matches(tokens: pd.DataFrame) -> pd.DataFrame:
    """Every mention of a place in the body: its sentence, the form written, the place."""
    index = forms()
    m = sentence_matches(tokens, set(index)).rename(columns={"term": "form"})
    g = gazetteer()
    rows = []
    for aid, am in m.groupby("article_id", sort=True):
        unique = {g.at[index[f][0], "name"] for f in am.form if len(index[f]) == 1}
        am = am.assign(row=[_choose(index[f], unique) for f in am.form])
        rows.append(am)
    runs = _abbreviation_runs(tokens)
    df = pd.concat(rows + [runs], ignore_index=True) if rows or len(runs) else \
        pd.DataFrame(columns=["article_id", "paragraph", "sentence", "position", "form", "row"])
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
