"""The sample page relaid: its five articles typeset again at other column widths, with and
without paragraph indent and blank lines (`tests/relay.py`), should come back as the same five
articles: the same headline text and the same body and subhead characters in each."""
import warnings
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.layout import RuleLabeller, label_page, split_page

from .relay import blocks, relay

GRID = [(w, indent, blanks) for w in range(10, 31, 2) for indent in (True, False)
        for blanks in ("paragraphs", "none", "columns")]
FLOOR = 39     # relays of GRID split exactly by the shipped labeller (measured; README)
HANGING = [(w, blanks) for w in range(10, 31, 2) for blanks in ("paragraphs", "none", "columns")]
HANGING_FLOOR = 15   # ... of HANGING with a hanging indent (measured: 4 without reading the indent)


def articles_key(arts) -> list[tuple[str, Counter]]:
    return [(a.kicker + a.title + a.subtitle,
             Counter("".join(a.subheads) + "".join(p.text for p in a.paragraphs))) for a in arts]


@pytest.fixture(scope="module")
def sample(sample_text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = articles_key(split_page(sample_text))
        page_blocks = blocks(label_page(sample_text, RuleLabeller()))
    assert len(want) == 5
    return want, page_blocks


def same_articles(sample, width, indent, blanks, labeller=None, hanging=False) -> bool:
    want, page_blocks = sample
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return articles_key(split_page(relay(page_blocks, width, indent, blanks, hanging),
                                       labeller=labeller)) == want


def test_relays_keep_their_articles_at_least_as_often_as_measured(sample):
    kept = sum(same_articles(sample, *config) for config in GRID)
    assert kept >= FLOOR, f"{kept} of {len(GRID)} relays split as the sample"


def test_relays_with_a_hanging_indent_keep_their_articles_as_often_as_measured(sample):
    kept = sum(same_articles(sample, width, False, blanks, hanging=True) for width, blanks in HANGING)
    assert kept >= HANGING_FLOOR, f"{kept} of {len(HANGING)} hanging relays split as the sample"


@pytest.mark.xfail(strict=True, reason="known: narrow columns and unindented relays merge or split "
                                       "articles (README, How well it splits)")
@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.integers(10, 30), st.booleans(), st.sampled_from(["paragraphs", "none", "columns"]))
def test_any_relay_keeps_the_five_articles(sample, width, indent, blanks):
    assert same_articles(sample, width, indent, blanks)
