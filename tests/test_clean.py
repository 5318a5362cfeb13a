"""The cleaner: property tests (hypothesis) and the spec's cases."""
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.clean import HAN_CHARS, clean, halfwidth, join_lines, kept_characters

TEXT = st.text(st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    st.sampled_from(list("，。、；：！？“”（）——%％ 　\t0123456789０１２３ＡＢａｂABab.．")),
), max_size=80)


@given(TEXT)
def test_clean_keeps_every_character_that_counts(text):
    assert kept_characters(clean(text)) == kept_characters(text)


@given(TEXT)
def test_clean_is_idempotent(text):
    assert clean(clean(text)) == clean(text)


@given(TEXT)
def test_no_space_next_to_chinese_and_no_fullwidth_digits(text):
    out = clean(text)
    assert not re.search(rf"[{HAN_CHARS}，。、；：！？“”（）]\s|\s[{HAN_CHARS}，。、；：！？“”（）]", out)
    assert not re.search(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％\u3000]", out)
    assert "  " not in out and out == out.strip()


@given(st.lists(TEXT, max_size=6))
def test_joining_lines_keeps_every_character(lines):
    assert kept_characters(join_lines(lines)) == kept_characters("".join(lines))


@pytest.mark.parametrize("raw,cleaned", [
    ("日前， 长三角 G60 科创走廊科技", "日前，长三角G60科创走廊科技"),
    ("推动科技创新和产业创新跨区域协同 ，旨", "推动科技创新和产业创新跨区域协同，旨"),
    ("“两手抓 ”，持续", "“两手抓”，持续"),
    ("较 2019年上升 21.2％。", "较2019年上升21.2%。"),
    ("三 省 人 才 落 户", "三省人才落户"),
    ("Tesla  Model Y 在 New York", "Tesla Model Y在New York"),
    ("１２．５％和ＧＤＰ", "12.5%和GDP"),
    ("贷款利率为 LPR 至少下浮 30BP", "贷款利率为LPR至少下浮30BP"),
])
def test_spec_cases(raw, cleaned):
    assert clean(raw) == cleaned


def test_chinese_punctuation_stays_fullwidth():
    assert halfwidth("，。：；！？“”（）——") == "，。：；！？“”（）——"
