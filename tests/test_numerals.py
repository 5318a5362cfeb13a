"""The numeral parser: round trip with cn2an's number-to-Chinese writer, and cases cn2an refuses."""
import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.numerals import parse_number


@settings(max_examples=500)
@given(st.integers(min_value=0, max_value=10**12))
def test_round_trip_chinese_numerals_up_to_10_to_the_12(n):
    assert parse_number(cn2an.an2cn(n)) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_digits(n):
    assert parse_number(str(n)) == n


@pytest.mark.parametrize("text", ["百", "百亿", "三分之一"])
def test_cases_cn2an_refuses_are_parsed_here(text):
    with pytest.raises(ValueError):
        cn2an.cn2an(text, "smart")
    assert parse_number(text) > 0
