"""The quantity extractor on the sample page, scored against the hand-made answer key."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.articles import page_tables
from helpers.pages import read_page
from helpers.paths import LEXICONS
from helpers.quantities import quantities_table, text_units
from helpers.scoring import KEY_DIR, extract_units, load_key, pair, score
from helpers.tables import COLUMNS

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def tables():
    return page_tables(read_page(SAMPLE))


@pytest.fixture(scope="module")
def predicted(tables):
    return extract_units(text_units(tables))


def test_answer_key_covers_the_page(tables):
    """Every key row stands in a text unit the extractor reads, at a place its text occurs."""
    units = set(zip(text_units(tables).article, text_units(tables).field, text_units(tables).text))
    key = load_key()
    assert set(zip(key.article, key.field, key.sentence_text)) <= units
    assert all(t in s for t, s in zip(key.text, key.sentence_text))


def test_precision_and_recall_on_the_sample_page(predicted):
    s = score(predicted)
    wrong = pair(predicted, load_key(), load_key("sample_borderline"))
    wrong = wrong[wrong.outcome.isin(["fp", "fn"])]
    assert s["precision"] >= 0.97 and s["recall"] >= 0.97, wrong.to_string()


@pytest.mark.parametrize("measure", ["kind", "unit", "qualifier", "value"])
def test_matched_quantities_are_read_right(predicted, measure):
    pairs = pair(predicted, load_key(), load_key("sample_borderline"))
    matched = pairs[pairs.outcome == "tp"]
    assert score(predicted)[measure] >= 0.97, matched[~matched[measure].astype(bool)].to_string()


def test_scorer_counts_misses_and_false_positives(predicted):
    """The scorer can fail: dropping rows lowers recall, an invented row lowers precision."""
    fewer = predicted.iloc[10:]
    assert score(fewer)["recall"] < 0.95
    extra = predicted.iloc[[0]].assign(text="协同", start=2)
    assert score(pd.concat([predicted, extra]))["fp"] == score(predicted)["fp"] + 1


def test_offsets_index_the_sentence(tables):
    q = quantities_table(tables)
    units = text_units(tables).set_index(["article_id", "field", "paragraph", "sentence"])
    for row in q.itertuples():
        texts = units.loc[(row.article_id, row.field, row.paragraph, row.sentence), "text"]
        texts = [texts] if isinstance(texts, str) else list(texts)
        assert any(t[row.start:row.end] == row.text for t in texts), row


def test_table_has_the_spec_columns_and_numbers(tables):
    q = quantities_table(tables)
    assert list(q.columns) == COLUMNS["quantities"]
    assert set(q.kind) <= {"money", "percent", "points", "count", "multiple", "fraction", "area",
                           "length", "weight", "volume", "duration", "date", "ordinal", "rate",
                           "temperature", "speed"}
    assert set(q.qualifier) <= {"exact", "about", "more_than", "at_least", "nearly", "at_most", "range"}
    dates = q[q.kind == "date"]
    assert dates.value.isna().all() and (dates.iso != "").all()
    assert q.loc[q.kind != "date", "value_normalized"].notna().all()


@pytest.mark.parametrize("name", ["units.csv", "qualifiers.csv", "not_quantities.txt",
                                  "money_context.txt", "per_capita.txt", "item_numbers.txt",
                                  "ordinal_contexts.txt", "subject_edges.csv",
                                  "person_suffixes.txt"])
def test_lexicons_say_where_they_come_from(name):
    head = (LEXICONS / name).read_text(encoding="utf-8").splitlines()[:4]
    assert any("Source" in line for line in head if line.startswith("#"))


HELDOUT = KEY_DIR / "heldout"
GENRES = KEY_DIR / "genres"


def _held_out(directory):
    sents = pd.read_csv(directory / "sentences.csv", dtype=str, keep_default_na=False)
    return sents.assign(article=sents.article.astype(int)).rename(columns={"sentence_text": "text"})


def _score_set(directory):
    key, borderline = load_key("answer_key", directory), load_key("borderline", directory)
    return score(extract_units(_held_out(directory)), key, borderline)


def test_held_out_sentences():
    """140 sentences of 8 invented articles, annotated by another hand without seeing the
    extractor (`tests/fixtures/quantities/heldout/`). First run: P 0.986, R 0.979."""
    s = _score_set(HELDOUT)
    assert s["precision"] >= 0.97 and s["recall"] >= 0.97, s
    assert min(s["kind"], s["unit"], s["qualifier"], s["value"]) >= 0.95, s


def test_held_out_sentences_of_new_genres():
    """321 real sentences of 11 genres other than regional economy news (sports, health,
    weather, education, courts, farming, statistics, science, transport, culture, environment),
    annotated by two helpers who never saw the extractor and checked span by span by two more
    (`tests/fixtures/quantities/genres/`). Issue 12's goals: P and R >= 0.97, and kind, unit and
    qualifier accuracy >= 0.97. First score, before any change made for the set: P 0.972,
    R 0.933 (the extractor before issue 12: P 0.966, R 0.868)."""
    s = _score_set(GENRES)
    assert s["precision"] >= 0.97 and s["recall"] >= 0.97, s
    assert min(s["kind"], s["unit"], s["qualifier"]) >= 0.97, s
    assert s["value"] >= 0.97, s


def test_genre_set_is_apart_from_the_unit_cases():
    """The held-out sentences are kept apart: no unit case reuses one of them."""
    cases = "".join(p.read_text(encoding="utf-8") for p in
                    (KEY_DIR.parents[1] / "test_quantity_cases.py",
                     KEY_DIR.parents[1] / "test_quantity_genres.py"))
    sents = _held_out(GENRES).text
    assert not [t for t in sents if len(t) > 12 and t in cases]


def _every_test_sentence():
    """The sample page's text units, both held-out sets and every unit-case sentence."""
    import ast

    import helpers.quantities as hq
    cases = [node.value for f in ("test_quantity_cases.py", "test_quantity_genres.py",
                                  "test_quantity_rules.py")
             for node in ast.walk(ast.parse((KEY_DIR.parents[1] / f).read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and len(node.value) > 3 and hq.CORE.search(node.value)]     # every unit-case sentence
    units = text_units(page_tables(read_page(SAMPLE)))
    return list(units.text) + list(_held_out(HELDOUT).text) + list(_held_out(GENRES).text) + cases


def test_scan_finds_the_cores_core_finds():
    """`find_quantities` scans with `_SCAN`, written for speed; it must find exactly CORE's cores
    (spans, and which kind of number each is) on every test sentence."""
    import helpers.quantities as hq

    def kind(m):
        return "arabic" if m.group("arabic") is not None else \
            "chinese" if m.group("chinese") is not None else "vague"
    texts = _every_test_sentence()
    scan = [[(m.span(), kind(m)) for m in hq._SCAN.finditer(t)] for t in texts]
    core = [[(m.span(), kind(m)) for m in hq.CORE.finditer(t)] for t in texts]
    assert sum(map(len, core)) > 2000
    assert [t for t, a, b in zip(texts, scan, core) if a != b] == []


def _short_and_full(texts: list[str]) -> tuple[list, list]:
    """The quantities of each text read with the short paths, and read in full (FAST_PATH off)."""
    import helpers.quantities as hq
    fast = [hq.find_quantities(t) for t in texts]
    hq.FAST_PATH = False
    try:
        slow = [hq.find_quantities(t) for t in texts]
    finally:
        hq.FAST_PATH = True
    return fast, slow


def test_plain_path_reads_as_the_full_path():
    """`find_quantities` reads plain quantities (`120亿元`) on a short path; on every sentence of
    the sample page and both held-out sets it must give exactly what the full reading gives."""
    texts = _every_test_sentence()
    fast, slow = _short_and_full(texts)
    assert sum(map(len, fast)) > 1500
    assert [(t, f) for t, f, s in zip(texts, fast, slow) if f != s] == []


def test_the_short_path_does_not_fall_back_from_a_unit_a_connector_follows():
    """`6个月至7年`: 个月 is the unit; the short path may not read `6个` as a count."""
    from helpers.quantities import find_quantities
    got = [(q.text, q.kind, q.unit) for q in find_quantities("被告人被判处有期徒刑3年6个月至7年不等。")]
    assert ("6个月", "duration", "月") in got and not any(t == "6个" for t, _, _ in got)


SHORT_PATH_CASES = [
    "为LPR下浮30BP至50BP不等，贷款规模5-10%，投资300至500元，总额30至50亿元。",
    "从2016年的6.4亿元到2024年的124.5亿元，8年增幅近20倍。",
    "沪苏浙皖三省一市汽车行业协会签署协议，过去一年，一条“生态链”，前一天。",
    "截至2024年底，今年4月底，6月中旬，2019年11月1日起，当年12月3日，2025年1月至9月。",
    "第六届科拍会；萤火虫种类的三分之一；1500年至2000年；20世纪80年代，2019年代；1400年历史。",
    "2024年8月14日08时，3年6个月至7年，2019年，10月1日至7日，前10月，2020年。",
]


def test_the_short_paths_read_ranges_dates_and_one_as_the_full_path():
    """Ranges after Arabic digits, a figure a connector follows, the plain dates with 底/初/中旬,
    a lone 一 that counts, an ordinal and a fraction are read without `_read`; each as `_read`
    reads it."""
    fast, slow = _short_and_full(SHORT_PATH_CASES)
    assert fast == slow
    got = {q.text: (q.kind, q.qualifier, q.iso) for qs in fast for q in qs}
    assert got["30BP至50BP"] == ("points", "range", "")
    assert got["6.4亿元"] == ("money", "exact", "")
    assert got["一市"] == ("count", "exact", "") and "一条" not in got
    assert got["2024年底"] == ("date", "exact", "2024") and got["4月底"][0] == "date"
    assert got["2019年11月1日"] == ("date", "exact", "2019-11-01")
    assert got["12月3日"] == ("date", "exact", "2019-12-03")
    assert (got["第六届"][0], got["三分之一"][0]) == ("ordinal", "fraction")
