"""Unit cases for the general rules added after the new-genre held-out set was first scored
(`tests/fixtures/quantities/genres/README.md`): one behaviour each, on invented sentences that are
not in the set. Written by the maintainer; the spec-row cases are in `test_quantity_genres.py`.
"""
import pytest

from helpers.quantities import find_quantities

P = pytest.param


def _one(sentence, text):
    qs = find_quantities(sentence)
    for q in qs:
        if q.text == text:
            return q
    pytest.fail(f"{text!r} not found; found {[q.text for q in qs]}")


CASES = [
    P("上月该省居民消费价格同比-0.8%。", "-0.8%", dict(value_normalized=-0.8), id="minus-percent"),
    P("夜间最低气温-27～-20℃。", "-27～-20℃",
      dict(value_normalized=-27, value_high_normalized=-20, qualifier="range"), id="minus-range"),
    P("山区气温将低于-15℃。", "低于-15℃", dict(value_normalized=-15, qualifier="at_most"),
      id="comparative-before-minus"),
    P("预计8月14日08时至15日08时有暴雨。", "8月14日08时", dict(kind="date", iso="--08-14T08:00"),
      id="date-and-clock-one-point"),
    P("预计8月14日08时至15日08时有暴雨。", "15日08时", dict(iso="--08-15T08:00"),
      id="bare-day-takes-month"),
    P("2025年1月至9月，全市接待游客增长。", "9月", dict(iso="2025-09"), id="month-takes-year"),
    P("地震发生在深夜11时40分。", "11时40分", dict(iso="T23:40"), id="night-clock"),
    P("事故发生在凌晨5时许。", "5时许", dict(iso="T05:00", qualifier="about"), id="clock-xu"),
    P("她以2分08秒31的成绩夺冠。", "2分08秒31", dict(kind="duration", unit="秒", value_normalized=128.31),
      id="race-time"),
    P("男子百米决赛他跑出9秒97。", "9秒97", dict(value_normalized=9.97), id="sprint-time"),
    P("全县常住人口1万2056人。", "1万2056人", dict(value_normalized=12056), id="wan-and-digits"),
    P("超过1/3的受访者表示满意。", "超过1/3", dict(kind="fraction", qualifier="more_than"),
      id="digit-fraction"),
    P("麦收进度已经过半。", "过半", dict(kind="fraction", value_normalized=0.5, qualifier="more_than"),
      id="guo-ban"),
    P("新生儿心率约140次/分。", "约140次/分", dict(kind="rate", unit="次/分", qualifier="about"),
      id="rate-per-minute"),
    P("十四届全国人大三次会议开幕。", "十四届", dict(kind="ordinal", value_normalized=14),
      id="session-ordinal"),
    P("今年共有1342万考生报名。", "1342万考生", dict(unit="考生", value_normalized=13420000),
      id="noun-as-unit"),
    P("村里今年能有20来万的收入。", "20来万", dict(value_normalized=200000, qualifier="about"),
      id="lai-about"),
    P("他每月工资在5000左右。", "5000左右", dict(kind="money", qualifier="about"),
      id="bare-number-with-qualifier"),
    P("这一支队伍本赛季取得三连胜。", "三连胜", dict(unit="连胜", value_normalized=3), id="streak"),
    P("中国队以38金收官。", "38金", dict(unit="金", value_normalized=38), id="gold-medals"),
    P("大桥为双向8车道。", "8车道", dict(unit="车道", value_normalized=8), id="lanes"),
    P("一斤青菜只卖5毛钱。", "5毛钱", dict(kind="money", value_normalized=0.5), id="mao"),
    P("年均PM2.5浓度为29微克/立方米。", "29微克/立方米", dict(kind="rate", unit="微克/立方米"),
      id="concentration"),
    P("风速每秒8米。", "8米", dict(kind="speed", unit="m/s"), id="speed-per-second-cue"),
    P("前三季度，该市前9月出口增长。", "9月", dict(kind="duration"), id="first-n-months"),
    P("家里有12亩多地。", "12亩多", dict(qualifier="more_than"), id="duo-before-bare-noun"),
    P("最高额度约合5000美元。", "约合5000美元", dict(qualifier="about"), id="yuehe"),
]


@pytest.mark.parametrize("sentence,text,want", CASES)
def test_rule(sentence, text, want):
    q = _one(sentence, text)
    for field, expected in want.items():
        got = getattr(q, field)
        if isinstance(expected, (int, float)):
            assert got == pytest.approx(expected), (field, got)
        else:
            assert got == expected, (field, got)


NOT = [
    P("那是收成最好的一年。", "一年", id="de-yi-nian"),
    P("出发前一天下了大雨。", "一天", id="qian-yi-tian"),
    P("事故发生在G15沈海高速1234公里+500米处。", "500米", id="stake-with-units"),
    P("北京市第二中级人民法院作出判决。", "第二", id="court-name"),
    P("优化三次产业结构。", "三次", id="three-sectors"),
    P("这支球队百战百胜。", "百胜", id="set-phrase-sheng"),
]


@pytest.mark.parametrize("sentence,forbidden", NOT)
def test_not_a_quantity(sentence, forbidden):
    s = sentence.index(forbidden)
    e = s + len(forbidden)
    assert not [q.text for q in find_quantities(sentence) if q.start < e and s < q.end]
