"""Places: found with their level and parent, short forms only where the article anchors them."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.places import GAZETTEER, gazetteer, place_matches, places_table
from helpers.process import analyse_page

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def places():
    return analyse_page(SAMPLE)["places"]


def _tokens(*sentences: list[str]) -> pd.DataFrame:
    rows = [("p-01", 1, s, i, tok) for s, toks in enumerate(sentences, 1)
            for i, tok in enumerate(toks, 1)]
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "sentence", "position", "token"])


@pytest.mark.parametrize("article,place,level,parent", [
    ("01", "松江区", "district", "上海市"),
    ("01", "杭州市", "city", "浙江省"),
    ("02", "青浦区", "district", "上海市"),
    ("03", "和县", "county", "马鞍山市"),
    ("04", "嘉善县", "county", "嘉兴市"),
    ("04", "吴江区", "district", "苏州市"),
    ("05", "闵行区", "district", "上海市"),
    ("01", "长江三角洲", "region", ""),
])
def test_sample_places_with_level_and_parent(places, article, place, level, parent):
    row = places[(places.article_id == f"{SAMPLE.stem}-{article}") & (places.place == place)]
    assert row[["level", "parent"]].values.tolist() == [[level, parent]]


def test_compound_abbreviations_name_each_province():
    m = place_matches(_tokens(["沪", "苏浙皖", "警方"]))
    assert sorted(m.place) == ["上海市", "安徽省", "江苏省", "浙江省"]


def test_a_short_form_that_is_a_common_word_needs_its_province():
    """`牡丹` (a district of Heze) and `长寿` (a district of Chongqing) are flowers and long
    life in a Shanghai story; `松江` is Songjiang once the article names Shanghai."""
    assert place_matches(_tokens(["政策", "如", "牡丹", "盛放"])).empty
    m = place_matches(_tokens(["上海市", "召开", "会议"], ["松江", "发布", "政策"]))
    assert m.place.tolist() == ["上海市", "松江区"]


def test_counts_add_up_to_the_mentions(places):
    m = place_matches(analyse_page(SAMPLE)["tokens"])
    assert places["count"].sum() == len(m)
    assert places_table(m).equals(places)


def test_gazetteer_is_built_from_a_licensed_package_not_typed():
    g = gazetteer()
    assert (g.level == "province").sum() == 34 and (g.level == "county").sum() > 1000
    assert g[["lon", "lat"]].notna().all().all()
    head = GAZETTEER.read_text(encoding="utf-8")[:600]
    assert "MIT" in head
