"""Fresh text pages (tests/fixtures/layouts/heldout_text2/ to 42/), each set typeset by a helper
who saw neither the splitter nor the corpus's pages, from real articles in layout families of its
own, never trained on (sets 2, 39, 41 and 42 never read for errors either; sets 3 to 38 read for
errors after their first scores, set 40 on arrival): the shipped splitter keeps at least the
scores measured on them (benchmarks/results/layout.md). Their truth and the nothing-lost audit
are checked with the corpus's pages (tests/test_layout_corpus.py)."""
import sys

import pytest

from helpers.layout import CRFLabeller
from helpers.layout.evaluate import summarise
from helpers.paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import layout as bench  # noqa: E402

# measured 2026-12-03 (eleventh session) with the shipped models (unchanged since the fourth
# session), that session's page rules, reading order, columns read across and briefs with no
# headline, and headlines compared as clean text; every set's floor is its score then, rounded down
# (boundary F1, titles exactly right, body similarity)
FLOORS = {"heldout_text2": (0.94, 0.82, 0.98), "heldout_text3": (0.94, 0.76, 0.92),
          "heldout_text4": (0.96, 0.91, 0.94), "heldout_text5": (0.95, 0.88, 0.91),
          "heldout_text6": (0.98, 0.91, 0.99), "heldout_text7": (0.97, 0.93, 0.96),
          "heldout_text8": (0.91, 0.76, 0.87), "heldout_text9": (0.70, 0.66, 0.84),
          "heldout_text10": (0.79, 0.61, 0.90), "heldout_text11": (0.76, 0.61, 0.94),
          "heldout_text12": (0.90, 0.67, 0.85), "heldout_text13": (0.91, 0.75, 0.94),
          "heldout_text14": (0.90, 0.80, 0.91), "heldout_text15": (0.90, 0.83, 0.89),
          "heldout_text16": (0.99, 0.94, 0.98), "heldout_text17": (0.92, 0.95, 0.98),
          "heldout_text18": (1.00, 0.94, 0.99), "heldout_text19": (0.99, 0.96, 0.99),
          "heldout_text20": (0.97, 0.88, 0.99), "heldout_text21": (0.95, 0.87, 0.98),
          "heldout_text22": (0.92, 0.90, 0.96), "heldout_text23": (0.98, 0.93, 0.98),
          "heldout_text24": (0.93, 0.79, 0.93), "heldout_text25": (0.98, 0.91, 0.96),
          "heldout_text26": (0.97, 0.88, 0.98), "heldout_text27": (0.97, 0.91, 0.99),
          "heldout_text28": (0.92, 0.78, 0.94), "heldout_text29": (0.94, 0.85, 0.95),
          "heldout_text30": (0.83, 0.75, 0.86), "heldout_text31": (0.93, 0.66, 0.94),
          "heldout_text32": (0.95, 0.79, 0.96), "heldout_text33": (0.94, 0.92, 0.97),
          "heldout_text34": (0.88, 0.72, 0.85), "heldout_text35": (0.96, 0.77, 0.96),
          "heldout_text36": (0.90, 0.82, 0.96), "heldout_text37": (1.00, 0.71, 0.99),
          "heldout_text38": (0.95, 0.72, 0.97), "heldout_text39": (0.90, 0.81, 0.88),
          "heldout_text40": (0.94, 0.89, 0.96), "heldout_text41": (0.92, 0.74, 0.95),
          "heldout_text42": (0.91, 0.78, 0.98)}


def test_each_set_has_pages_in_several_families():
    for name in bench.HELD_OUT:
        pages = bench.held_out_pages(name)
        assert len(pages) >= 12 and len({p.parent.name for p in pages}) >= 4


@pytest.mark.parametrize("name", list(bench.HELD_OUT))
def test_the_splitter_keeps_its_measured_scores_on_fresh_pages(name):
    m = summarise(bench.score(bench.held_out_pages(name), CRFLabeller()))
    f1, titles, body = FLOORS[name]
    assert m["boundary_f1"] >= f1 and m["titles"] >= titles and m["body_similarity"] >= body, m


@pytest.mark.xfail(strict=True, reason="issue 10's goals (boundary F1 0.98, titles 0.95) are far "
                                       "from met on pages laid out by other hands (README)")
def test_the_splitter_meets_the_issues_goals_on_fresh_pages():
    for m in bench.held_out(CRFLabeller()).values():
        assert m["boundary_f1"] >= 0.98 and m["titles"] >= 0.95
