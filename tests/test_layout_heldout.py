"""Fresh text pages (tests/fixtures/layouts/heldout_text2/), typeset by a helper who saw neither
the splitter nor the corpus's pages, from real articles in layout families of its own, never
trained on nor read for errors: their truth is sound, nothing is lost on them, and the shipped
splitter keeps at least the scores measured on them (benchmarks/results/layout.md)."""
import sys
import warnings
from collections import Counter

import pytest

from helpers.articles import page_tables
from helpers.audit import character_audit
from helpers.clean import kept_characters
from helpers.corrections import LABELS
from helpers.layout import CRFLabeller
from helpers.layout.train import truth_of
from helpers.pages import Page
from helpers.paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import layout as bench  # noqa: E402

PAGES = [p for name in bench.HELD_OUT for p in bench.held_out_pages(name)]

# measured 2026-12-02 with the shipped models (boundary F1, titles exactly right, body similarity)
FLOORS = {"heldout_text2": (0.82, 0.61, 0.96)}


def test_each_set_has_pages_in_several_families():
    for name in bench.HELD_OUT:
        pages = bench.held_out_pages(name)
        assert len(pages) >= 15 and len({p.parent.name for p in pages}) >= 5


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parents[2].name}/{p.parent.name}/{p.stem}")
def test_truth_covers_every_line_and_every_character(page):
    text = page.read_text(encoding="utf-8")
    truth = truth_of(page)
    n_lines = len(text.split("\n")) - text.endswith("\n")
    assert [r["line"] for r in truth["lines"]] == list(range(1, n_lines + 1))
    assert {r["label"] for r in truth["lines"]} <= set(LABELS)
    placed = "".join(truth["furniture"]) + "".join(
        a["kicker"] + a["title"] + a["subtitle"] + "".join(a["credits"]) + "".join(a["subheads"])
        + "".join(a["paragraphs"]) for a in truth["articles"])
    assert Counter(kept_characters(placed)) == Counter(kept_characters(text))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parents[2].name}/{p.parent.name}/{p.stem}")
def test_nothing_is_lost_on_a_fresh_page(page):
    text = page.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = page_tables(Page(page=page.stem, text=text, encoding="utf-8"))
    assert character_audit(text, tables["articles"], tables["lines"]).empty


@pytest.mark.parametrize("name", list(bench.HELD_OUT))
def test_the_splitter_keeps_its_measured_scores_on_fresh_pages(name):
    m = bench.held_out(CRFLabeller())[name]
    f1, titles, body = FLOORS[name]
    assert m["boundary_f1"] >= f1 and m["titles"] >= titles and m["body_similarity"] >= body, m


@pytest.mark.xfail(strict=True, reason="issue 10's goals (boundary F1 0.98, titles 0.95) are far "
                                       "from met on pages laid out by other hands (README)")
def test_the_splitter_meets_the_issues_goals_on_fresh_pages():
    for m in bench.held_out(CRFLabeller()).values():
        assert m["boundary_f1"] >= 0.98 and m["titles"] >= 0.95
