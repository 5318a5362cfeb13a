"""The numeral parser: round trip with cn2an's number-to-Chinese writer, and cases cn2an refuses."""
import cn2an
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers.numerals import parse_number


@settings(max_examples=500)
@given(st.integers(min_value=0, max_value=10**12))
@example(144_700_001_000)        # cn2an writes 一千四百四十七亿一千 and then refuses to read it
@example(600_001_011)            # ... and reads 六亿一千零一十一 as 1
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


def test_the_short_path_agrees_with_cn2an_on_everything_it_accepts():
    """`_short` reads the commonest numerals without cn2an (speed): on every string of up to
    three numeral characters it accepts, it must give cn2an's value, and it must accept the
    common ones (else the speed-up is gone)."""
    import itertools

    import cn2an

    from helpers.numerals import _short
    accepted = []
    for n in (1, 2, 3):
        for chars in itertools.product("零〇一二两三四五六七八九十百千万亿", repeat=n):
            text = "".join(chars)
            value = _short(text)
            if value is not None:
                accepted.append(text)
                assert value == cn2an.cn2an(text, "smart"), text
    assert {"九", "十", "二十", "十五", "二十五", "三百", "两千", "五万"} <= set(accepted)
    assert _short("十五五") is None and _short("一百零五") is None
