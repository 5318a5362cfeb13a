"""Themes: token-boundary matching, the lexicon's shape, and sensible leading themes."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.process import analyse_page
from helpers.runs import match_runs
from helpers.themes import leading_themes, load_themes, theme_matches, theme_sentences, themes_table

from .conftest import SAMPLE

REQUIRED = {"innovation": "科技创新", "industry": "产业发展", "finance": "金融服务",
            "ecology": "生态环境", "public_services": "公共服务与治理", "transport": "交通出行",
            "regional_integration": "区域协同", "agriculture_rural": "乡村与农业",
            "talent": "人才", "trade_opening": "对外开放与贸易"}


@pytest.fixture(scope="module")
def tables():
    return analyse_page(SAMPLE)


def test_lexicon_has_the_required_themes_with_one_label_each():
    lx = load_themes()
    labels = lx.drop_duplicates(["theme", "label_zh", "label_en"])
    assert labels.theme.is_unique
    assert REQUIRED.items() <= dict(zip(labels.theme, labels.label_zh)).items()
    assert (lx[lx.theme.isin(REQUIRED)].groupby("theme").size() >= 30).all()   # a user's theme may be small
    assert not lx.duplicated(["theme", "term"]).any()


def test_terms_match_on_token_boundaries_not_inside_words():
    tokens = ["小微企业", "金融服务", "平台", "和", "金融", "机构"]
    assert match_runs(tokens, {"金融"}) == [(4, 5, "金融")]
    assert match_runs(["乡村", "振兴"], {"乡村振兴"}) == [(0, 2, "乡村振兴")]


def test_theme_matches_never_fire_inside_a_token(tables):
    m = theme_matches(tables["tokens"])
    t = tables["tokens"].set_index(["article_id", "paragraph", "sentence", "position"])
    for row in m.head(200).itertuples():
        first = t.loc[(row.article_id, row.paragraph, row.sentence, row.position), "token"]
        assert row.term.startswith(first)


@pytest.mark.parametrize("article,expected", [
    ("01", {"innovation", "regional_integration"}),       # G60 science and technology corridor
    ("02", {"public_services"}),                          # police services, hukou for talent
    ("03", {"agriculture_rural", "ecology"}),             # photo caption: summer fields
    ("04", {"ecology"}),                                  # fireflies in the demonstration zone
    ("05", {"finance"}),                                  # inclusive finance in Minhang
])
def test_each_sample_article_gets_a_sensible_leading_theme(tables, article, expected):
    lead = leading_themes(themes_table(theme_matches(tables["tokens"]), tables["articles"]),
                          tables["articles"])
    assert lead.set_index("article_id").loc[f"{SAMPLE.stem}-{article}", "theme"] in expected


def test_shares_sum_to_one_and_terms_add_up(tables):
    themes = tables["themes"]
    assert themes.groupby("article_id").share.sum().round(3).eq(1).all()
    for row in themes.itertuples():
        assert sum(int(t.rsplit("×", 1)[1]) for t in row.terms.split(" | ")) == row.hits


def test_sentences_behind_a_theme(tables):
    m = theme_matches(tables["tokens"])
    s = theme_sentences(m, tables["sentences"], "ecology", f"{SAMPLE.stem}-04")
    assert len(s) >= 5 and s.text.str.contains("萤火虫").any()
    assert all(t in text for terms, text in zip(s.term, s.text) for t in terms.split("、"))


def test_an_edited_lexicon_changes_the_result_without_code(tmp_path, tables):
    path = tmp_path / "themes.csv"
    pd.DataFrame({"theme": ["fireflies"], "label_zh": ["萤火虫"], "label_en": ["Fireflies"],
                  "term": ["萤火虫"], "weight": [""]}).to_csv(path, index=False)
    lx = load_themes(path)
    t = themes_table(theme_matches(tables["tokens"], lx), tables["articles"], lx)
    assert t.article_id.tolist() == [f"{SAMPLE.stem}-04"] and t.hits.iloc[0] >= 15
