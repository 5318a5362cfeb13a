"""Unit cases for the quantity extractor on genres other than regional economy news, written
from the contract only (shared/specs/quantities.md: the second table "More kinds and units",
the "Vague numbers" paragraph, the qualifiers table and "What is not a quantity").

Genres: sports, health statistics, weather and disasters, education, farming, statistics
bulletins, transport, science and space, courts. Every sentence is invented and written as
*clean text*: no whitespace between Chinese characters, halfwidth digits and `%`, fullwidth
Chinese punctuation.

One behaviour per case. Positive cases name a span (`text`, qualifier word included) and only the
fields the spec decides for that case; negative cases name a substring that no quantity may
overlap. Borderline cases of the spec (match scores such as 3:1, clock times such as 8:30,
Chinese-numeral durations such as 连续三年, "N大" sets, slogans, grade names) are deliberately
not asserted anywhere. Where the spec leaves a detail open (the `value` of a vague number, the
reading of 千分之三 as ‰ or as a fraction), the case asserts only what it does decide.
"""
import pytest

from .quantity_checks import P, check as _check, find as _find, one as _one, spans as _spans
from .quantity_checks import in_text_order, no_quantity_on, offsets_slice_back


# ---------------------------------------------------------------------------------------------
# More kinds, row `percent`: 成 is tenths (value as stated, normalized ×10, unit %);
# ‰ and ‱ stay in their own unit; 百分之八点五 → 8.5 %
# ---------------------------------------------------------------------------------------------
S_BACHENG = "全省已有八成小麦完成机收。"                      # farming
S_LIUCHENGBAN = "全市夏粮收购已完成六成半。"                  # farming
S_CHAOQICHENG = "调查显示，超七成受访学生每天锻炼不足1小时。"    # education
S_GUOWUCHENG = "全县油菜收获进度过五成。"                      # farming
S_PERMILLE = "全省婴儿死亡率为3.2‰。"                          # health statistics
S_PERMYRIAD = "该罕见病在新生儿中的发病率为1.2‱。"              # health statistics
S_BAIFENZHI = "今年全省居民健康素养水平提高了百分之八点五。"     # health statistics

PERCENT = [
    P(S_BACHENG, "八成", dict(value=8), id="cheng-value-tenths-as-stated"),
    P(S_BACHENG, "八成", dict(value_normalized=80), id="cheng-normalized-times-ten"),
    P(S_BACHENG, "八成", dict(unit="%"), id="cheng-unit-percent"),
    P(S_BACHENG, "八成", dict(kind="percent"), id="cheng-kind-percent"),
    P(S_BACHENG, "八成", dict(qualifier="exact"), id="cheng-bare-is-exact"),
    P(S_LIUCHENGBAN, "六成半", dict(value=6.5), id="cheng-ban-value"),
    P(S_LIUCHENGBAN, "六成半", dict(value_normalized=65, unit="%"), id="cheng-ban-normalized"),
    P(S_CHAOQICHENG, "超七成", dict(qualifier="more_than"), id="chao-cheng-more_than"),
    P(S_CHAOQICHENG, "超七成", dict(value=7, value_normalized=70), id="chao-cheng-value"),
    P(S_GUOWUCHENG, "过五成", dict(qualifier="more_than"), id="guo-cheng-more_than"),
    P(S_GUOWUCHENG, "过五成", dict(value_normalized=50, unit="%"), id="guo-cheng-normalized"),
    P("近九成受访家长支持学校开展课后服务。", "近九成",
      dict(value_normalized=90, qualifier="nearly"), id="jin-cheng-nearly"),
    P("试点县化肥使用量减少约三成。", "约三成",
      dict(value_normalized=30, qualifier="about"), id="yue-cheng-about"),
    P("全县八成以上的耕地实现了机械化耕种。", "八成以上",
      dict(value_normalized=80, qualifier="more_than"), id="cheng-yishang-more_than"),
    P(S_PERMILLE, "3.2‰", dict(value=3.2, unit="‰"), id="permille-own-unit"),
    P(S_PERMILLE, "3.2‰", dict(kind="percent"), id="permille-kind-percent"),
    P(S_PERMILLE, "3.2‰", dict(value_normalized=3.2), id="permille-not-converted-to-percent"),
    P("全年人口出生率为6.39‰。", "6.39‰", dict(value=6.39, unit="‰"), id="permille-bulletin"),
    P(S_PERMYRIAD, "1.2‱", dict(value=1.2, unit="‱"), id="permyriad-own-unit"),
    P(S_PERMYRIAD, "1.2‱", dict(kind="percent"), id="permyriad-kind-percent"),
    P(S_BAIFENZHI, "百分之八点五", dict(value=8.5), id="baifenzhi-dian-value"),
    P(S_BAIFENZHI, "百分之八点五", dict(unit="%", kind="percent"), id="baifenzhi-dian-unit-kind"),
    P("全省义务教育巩固率达到96.5%。", "96.5%",
      dict(value=96.5, unit="%", kind="percent"), id="percent-education"),
    P("全市第三产业增加值增长5.8%。", "5.8%", dict(value=5.8, unit="%"), id="percent-next-to-sector-name"),
]


@pytest.mark.parametrize("sentence,text,want", PERCENT)
def test_percent(sentence, text, want):
    _check(_one(sentence, text), want)


def test_qianfenzhi_is_a_quantity():
    # 千分之三 reads as 3 ‰ or as the fraction 0.003; the spec does not say which, so only
    # the span is asserted (Chinese numerals count the same as digits; fractions are quantities).
    _one("全县人口自然增长率为千分之三。", "千分之三")


# ---------------------------------------------------------------------------------------------
# More kinds, row `rate`: /10万, /万, /千 as written; 每10万人口 alone is no quantity
# ---------------------------------------------------------------------------------------------
S_MMR = "全省孕产妇死亡率为12.5/10万。"
S_GP = "全市每10万人口拥有全科医生3.9名。"

RATE = [
    P(S_MMR, "12.5/10万", dict(kind="rate"), id="per-100k-kind-rate"),
    P(S_MMR, "12.5/10万", dict(unit="/10万"), id="per-100k-unit-as-written"),
    P(S_MMR, "12.5/10万", dict(value=12.5), id="per-100k-value"),
    P(S_MMR, "12.5/10万", dict(value_normalized=12.5), id="per-100k-normalized-not-scaled"),
    P("全省法定传染病报告发病率为156.3/10万，比上年下降4.2%。", "156.3/10万",
      dict(value=156.3, unit="/10万", kind="rate"), id="per-100k-in-bulletin"),
    P("全省法定传染病报告发病率为156.3/10万，比上年下降4.2%。", "4.2%",
      dict(value=4.2, kind="percent"), id="percent-after-rate"),
    P("全市出生缺陷发生率为98.5/万。", "98.5/万",
      dict(value=98.5, unit="/万", kind="rate"), id="per-10k"),
    P("全省5岁以下儿童死亡率为5.6/千。", "5.6/千",
      dict(value=5.6, unit="/千", kind="rate"), id="per-1k"),
    P(S_GP, "3.9名", dict(value=3.9, unit="名", kind="count"), id="count-after-per-100k-base"),
]


@pytest.mark.parametrize("sentence,text,want", RATE)
def test_rate(sentence, text, want):
    _check(_one(sentence, text), want)


@pytest.mark.parametrize("sentence,rate", [
    P(S_MMR, "12.5/10万", id="per-100k"),
    P("全市出生缺陷发生率为98.5/万。", "98.5/万", id="per-10k"),
])
def test_rate_is_one_span(sentence, rate):
    # The base (10万, 万) is part of the rate's unit, not a quantity of its own.
    (start, end), = _spans(sentence, rate)
    bad = [q.text for q in _find(sentence) if q.start < end and start < q.end and q.text != rate]
    assert not bad, f"{rate!r} split or overlapped by {bad}"


# ---------------------------------------------------------------------------------------------
# More kinds, row `count`: points scored (分); per-capita counts (每千人口 is no quantity)
# ---------------------------------------------------------------------------------------------
S_SCORE = "他全场拿下31分、12个篮板和8次助攻。"               # sports
S_BEDS = "全市每千人口床位6.9张。"                            # health statistics
S_DOCTORS = "全省每千人口执业医师3.4人。"                     # health statistics

COUNT = [
    P(S_SCORE, "31分", dict(value=31), id="points-scored-value"),
    P(S_SCORE, "31分", dict(unit="分"), id="points-scored-unit-fen"),
    P(S_SCORE, "31分", dict(kind="count"), id="points-scored-kind-count"),
    P(S_SCORE, "12个", dict(value=12, unit="个", kind="count"), id="rebounds-ge"),
    P(S_SCORE, "8次", dict(value=8, unit="次"), id="assists-ci"),
    P("首节比赛中她一人独得12分。", "12分", dict(value=12, unit="分", kind="count"), id="points-scored-dede"),
    P(S_BEDS, "6.9张", dict(value=6.9), id="per-capita-beds-value"),
    P(S_BEDS, "6.9张", dict(unit="张", kind="count"), id="per-capita-beds-unit"),
    P(S_DOCTORS, "3.4人", dict(value=3.4, unit="人", kind="count"), id="per-capita-doctors"),
    P("中国体育代表团本届共获得金牌201枚。", "201枚", dict(value=201, unit="枚", kind="count"), id="medals-mei"),
    P("本届运动会有1.2万名运动员参赛。", "1.2万名",
      dict(value=1.2, value_normalized=12000, unit="名"), id="athletes-wan-ming"),
    P("今年全市高考报名人数为6.8万人。", "6.8万人",
      dict(value_normalized=68000, unit="人"), id="exam-candidates-wan-ren"),
    P("全县今年生猪出栏28.5万头。", "28.5万头",
      dict(value_normalized=285000, unit="头", kind="count"), id="pigs-wan-tou"),
    P("暴雨造成倒塌房屋120间。", "120间", dict(value=120, unit="间"), id="houses-jian"),
    P("春运期间全省铁路发送旅客1.2亿人次。", "1.2亿人次",
      dict(value_normalized=1.2e8, kind="count"), id="passengers-yi-renci"),
    P("今年全市新建改扩建幼儿园46所。", "46所", dict(value=46, unit="所"), id="kindergartens-suo"),
]


@pytest.mark.parametrize("sentence,text,want", COUNT)
def test_count(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# More kinds, row `duration`: ages in 岁 (and digit durations in these genres)
# ---------------------------------------------------------------------------------------------
S_LIFE = "全省人均预期寿命达到80.2岁。"
S_ELDER = "全市60岁以上老年人口达到312万人。"
S_SENTENCE = "被告人犯诈骗罪，被判处有期徒刑10年，并处罚金20万元。"
S_ORBIT = "航天员乘组将在轨驻留约6个月。"

DURATION = [
    P(S_LIFE, "80.2岁", dict(value=80.2), id="age-value"),
    P(S_LIFE, "80.2岁", dict(unit="岁"), id="age-unit-sui"),
    P(S_LIFE, "80.2岁", dict(kind="duration"), id="age-kind-duration"),
    P("对年满65岁的老年人免费提供健康体检。", "65岁",
      dict(value=65, unit="岁", kind="duration"), id="age-integer"),
    P(S_ELDER, "60岁以上", dict(qualifier="more_than", unit="岁"), id="age-yishang-more_than"),
    P(S_ELDER, "312万人", dict(value_normalized=3.12e6, unit="人"), id="count-after-age"),
    P("年龄最小的参赛选手仅9岁。", "9岁", dict(value=9, unit="岁"), id="age-child"),
    P(S_SENTENCE, "10年", dict(value=10, unit="年", kind="duration"), id="prison-term-years"),
    P(S_SENTENCE, "20万元", dict(value_normalized=2e5, unit="元", kind="money"), id="fine-wan-yuan"),
    P(S_ORBIT, "约6个月", dict(value=6, unit="月", qualifier="about"), id="orbit-stay-about"),
    P(S_CHAOQICHENG, "不足1小时", dict(value=1, unit="小时", qualifier="nearly"), id="buzu-hour"),
    P("受强降雨影响，该路段交通中断48小时。", "48小时",
      dict(value=48, unit="小时", kind="duration"), id="traffic-interrupted-hours"),
]


@pytest.mark.parametrize("sentence,text,want", DURATION)
def test_duration(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# More kinds, row `length`: small lengths (毫米, 厘米) scaled into m
# ---------------------------------------------------------------------------------------------
S_RAIN = "预计今天夜间大部地区降雨量50～80毫米。"
S_SNOW = "北部山区积雪深度达3厘米。"

LENGTH = [
    P(S_RAIN, "50～80毫米", dict(value_normalized=0.05), id="mm-range-low-in-m"),
    P(S_RAIN, "50～80毫米", dict(value_high_normalized=0.08), id="mm-range-high-in-m"),
    P(S_RAIN, "50～80毫米", dict(unit="m"), id="mm-unit-m"),
    P(S_RAIN, "50～80毫米", dict(kind="length"), id="mm-kind-length"),
    P(S_RAIN, "50～80毫米", dict(qualifier="range"), id="mm-range-qualifier"),
    P(S_RAIN, "50～80毫米", dict(value=50), id="mm-range-value-before-scale"),
    P(S_SNOW, "3厘米", dict(value_normalized=0.03), id="cm-in-m"),
    P(S_SNOW, "3厘米", dict(unit="m", kind="length"), id="cm-unit-kind"),
    P(S_SNOW, "3厘米", dict(value=3), id="cm-value-before-scale"),
    P("此次过程最大累计降雨量为250毫米。", "250毫米",
      dict(value_normalized=0.25, unit="m"), id="mm-single"),
    P("马拉松全程42.195公里。", "42.195公里", dict(value=42.195, unit="km", kind="length"), id="marathon-km"),
    P("地铁3号线一期工程全长42.8公里。", "42.8公里", dict(value=42.8, unit="km"), id="metro-line-km"),
    P("空间站运行在距地面约400公里的轨道上。", "约400公里",
      dict(value=400, unit="km", qualifier="about"), id="orbit-altitude-about-km"),
]


@pytest.mark.parametrize("sentence,text,want", LENGTH)
def test_length(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# More kinds, row `temperature`: °C for ℃ and 摄氏度; 零下 makes it negative
# ---------------------------------------------------------------------------------------------
S_HOT = "受副热带高压影响，明天午后最高气温35℃。"
S_SESHIDU = "今天中心城区最高气温35摄氏度。"
S_COLD = "受寒潮影响，北部山区最低气温零下5℃。"

TEMPERATURE = [
    P(S_HOT, "35℃", dict(value=35), id="celsius-sign-value"),
    P(S_HOT, "35℃", dict(unit="°C"), id="celsius-sign-unit"),
    P(S_HOT, "35℃", dict(kind="temperature"), id="celsius-sign-kind"),
    P(S_SESHIDU, "35摄氏度", dict(value=35, unit="°C"), id="sheshidu-unit"),
    P(S_SESHIDU, "35摄氏度", dict(kind="temperature"), id="sheshidu-kind"),
    P(S_COLD, "零下5℃", dict(value_normalized=-5), id="lingxia-negative"),
    P(S_COLD, "零下5℃", dict(unit="°C", kind="temperature"), id="lingxia-unit-kind"),
    P("预计明晨最低气温零下12摄氏度。", "零下12摄氏度",
      dict(value_normalized=-12, unit="°C"), id="lingxia-sheshidu"),
    P("未来三天最高气温将在35℃左右。", "35℃左右",
      dict(value=35, qualifier="about"), id="temperature-zuoyou"),
    P("全市大部地区最高气温在37℃以上。", "37℃以上",
      dict(value=37, qualifier="more_than"), id="temperature-yishang"),
    P("明天白天气温8～15℃。", "8～15℃",
      dict(value=8, value_high_normalized=15, unit="°C", qualifier="range"), id="temperature-range"),
]


@pytest.mark.parametrize("sentence,text,want", TEMPERATURE)
def test_temperature(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# More kinds, row `speed`: km/h, m/s
# ---------------------------------------------------------------------------------------------
S_TRAIN = "复兴号列车最高运行速度350公里/小时。"
S_WIND = "台风中心附近最大风速32.7米/秒。"

SPEED = [
    P(S_TRAIN, "350公里/小时", dict(value=350), id="kmh-value"),
    P(S_TRAIN, "350公里/小时", dict(unit="km/h"), id="kmh-unit"),
    P(S_TRAIN, "350公里/小时", dict(kind="speed"), id="kmh-kind"),
    P(S_WIND, "32.7米/秒", dict(value=32.7, unit="m/s"), id="ms-unit"),
    P(S_WIND, "32.7米/秒", dict(kind="speed"), id="ms-kind"),
    P("沿海海面阵风风速可达17m/s。", "17m/s", dict(value=17, unit="m/s", kind="speed"), id="ms-latin"),
    P("磁浮列车试验速度约600公里/小时。", "约600公里/小时",
      dict(value=600, unit="km/h", qualifier="about"), id="kmh-about"),
]


@pytest.mark.parametrize("sentence,text,want", SPEED)
def test_speed(sentence, text, want):
    _check(_one(sentence, text), want)


@pytest.mark.parametrize("sentence,kind", [
    P(S_TRAIN, "length", id="kmh-not-also-length"),
    P(S_WIND, "length", id="ms-not-also-length"),
])
def test_speed_is_not_split_into_a_length(sentence, kind):
    qs = _find(sentence)
    assert not [q.text for q in qs if q.kind == kind], [(q.text, q.kind) for q in qs]


# ---------------------------------------------------------------------------------------------
# More kinds, row `date`: clock times, iso THH:MM (8:30 is borderline: not asserted)
# ---------------------------------------------------------------------------------------------
S_LAUNCH = "北京时间14时05分，运载火箭在酒泉卫星发射中心点火升空。"

DATE = [
    P(S_LAUNCH, "14时05分", dict(kind="date"), id="clock-kind-date"),
    P(S_LAUNCH, "14时05分", dict(iso="T14:05"), id="clock-iso"),
    P(S_LAUNCH, "14时05分", dict(unit=""), id="clock-unit-empty"),
    P("地震发生于当日9时30分。", "9时30分", dict(kind="date", iso="T09:30"), id="clock-hour-zero-padded"),
    P("气象台于23时40分发布暴雨红色预警。", "23时40分", dict(iso="T23:40"), id="clock-late"),
    P("本届亚运会将于2023年9月23日开幕。", "2023年9月23日",
      dict(kind="date", iso="2023-09-23"), id="sports-full-date"),
]


@pytest.mark.parametrize("sentence,text,want", DATE)
def test_date(sentence, text, want):
    _check(_one(sentence, text), want)


def test_clock_minutes_are_not_points_scored():
    # 05分 in a clock time is part of the date, not a count of points (unit 分).
    qs = _find(S_LAUNCH)
    assert not [q.text for q in qs if q.kind == "count"], [(q.text, q.kind) for q in qs]


# ---------------------------------------------------------------------------------------------
# Vague numbers: qualifier about, value_normalized the lower bound, value_high_normalized the
# upper (the `value` of a vague number is left open by the spec and not asserted)
# ---------------------------------------------------------------------------------------------
S_SHUSHI = "全市数十家医院开通了互联网诊疗服务。"             # health
S_JISHI = "几十名志愿者连夜清理道路积雪。"                    # weather
S_SHIJI = "山洪导致十几名村民被困。"                          # disasters
S_JIBAIWAN = "一家农场因冰雹损失几百万元。"                    # farming / disasters
S_SHUBAIWAN = "法院依法追缴违法所得数百万元。"                  # courts

VAGUE = [
    P(S_SHUSHI, "数十家", dict(qualifier="about"), id="shushi-about"),
    P(S_SHUSHI, "数十家", dict(value_normalized=20), id="shushi-low"),
    P(S_SHUSHI, "数十家", dict(value_high_normalized=90), id="shushi-high"),
    P(S_SHUSHI, "数十家", dict(unit="家", kind="count"), id="shushi-unit"),
    P(S_JISHI, "几十名", dict(qualifier="about"), id="jishi-about"),
    P(S_JISHI, "几十名", dict(value_normalized=20, value_high_normalized=90), id="jishi-bounds"),
    P(S_JISHI, "几十名", dict(unit="名"), id="jishi-unit"),
    P(S_SHIJI, "十几名", dict(qualifier="about"), id="shiji-about"),
    P(S_SHIJI, "十几名", dict(value_normalized=11), id="shiji-low"),
    P(S_SHIJI, "十几名", dict(value_high_normalized=19), id="shiji-high"),
    P(S_JIBAIWAN, "几百万元", dict(qualifier="about"), id="jibaiwan-about"),
    P(S_JIBAIWAN, "几百万元", dict(value_normalized=2e6), id="jibaiwan-low"),
    P(S_JIBAIWAN, "几百万元", dict(value_high_normalized=9e6), id="jibaiwan-high"),
    P(S_JIBAIWAN, "几百万元", dict(unit="元", kind="money"), id="jibaiwan-money"),
    P(S_SHUBAIWAN, "数百万元", dict(qualifier="about"), id="shubaiwan-about"),
    P(S_SHUBAIWAN, "数百万元", dict(value_normalized=2e6, value_high_normalized=9e6), id="shubaiwan-bounds"),
    P(S_SHUBAIWAN, "数百万元", dict(unit="元"), id="shubaiwan-unit"),
    P("数百名学生参加了本次科普讲座。", "数百名",
      dict(value_normalized=200, value_high_normalized=900, qualifier="about"), id="shubai-ming"),
]


@pytest.mark.parametrize("sentence,text,want", VAGUE)
def test_vague(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Qualifiers: 过 is more_than; 左右 is about whatever follows it (the word is part of text)
# ---------------------------------------------------------------------------------------------
S_ZUOYOU = "预计有3000人左右参加本次义诊活动。"
S_GUOWAN = "本届马拉松吸引过万名跑者报名。"

QUALIFIER = [
    P(S_ZUOYOU, "3000人左右", dict(qualifier="about"), id="zuoyou-before-verb-about"),
    P(S_ZUOYOU, "3000人左右", dict(value=3000, unit="人"), id="zuoyou-value"),
    P("每亩增产50公斤左右。", "50公斤左右",
      dict(value=50, unit="kg", qualifier="about"), id="zuoyou-end-of-sentence"),
    P(S_GUOWAN, "过万名", dict(qualifier="more_than"), id="guo-wan-more_than"),
    P(S_GUOWAN, "过万名", dict(value_normalized=10000, unit="名"), id="guo-wan-normalized"),
    P("本届招聘会提供岗位过3000个。", "过3000个",
      dict(value=3000, qualifier="more_than"), id="guo-digits-more_than"),
    P("逾2000名考生参加了本次考试。", "逾2000名",
      dict(value=2000, qualifier="more_than"), id="yu-exam"),
    P("案件涉案金额超过2000万元。", "超过2000万元",
      dict(value_normalized=2e7, qualifier="more_than"), id="chaoguo-court"),
    P("该县有效灌溉面积不足12万亩。", "不足12万亩",
      dict(value_normalized=1.2e5, unit="亩", qualifier="nearly"), id="buzu-mu"),
    P("紧急转移安置群众接近2.1万人。", "接近2.1万人",
      dict(value_normalized=21000, qualifier="nearly"), id="jiejin-disaster"),
    P("灾后至少3000户群众需要过渡安置。", "至少3000户",
      dict(value=3000, qualifier="at_least"), id="zhishao-households"),
    P("每名家庭经济困难学生每年获得资助最多5000元。", "最多5000元",
      dict(value=5000, unit="元", qualifier="at_most"), id="zuiduo-education"),
    P("救援队伍须在24小时以内到达灾区。", "24小时以内",
      dict(value=24, unit="小时", qualifier="at_most"), id="yinei-hours"),
    P("今年小麦平均亩产450公斤上下。", "450公斤上下",
      dict(value=450, unit="kg", qualifier="about"), id="shangxia-farming"),
    P("上百名消防员参与了救援。", "上百名",
      dict(value=100, qualifier="about"), id="shang-bai-firefighters"),
    P("暴雨造成直接经济损失达3.6亿元。", "3.6亿元",
      dict(value_normalized=3.6e8, qualifier="exact"), id="da-exact-disaster"),
]


@pytest.mark.parametrize("sentence,text,want", QUALIFIER)
def test_qualifier(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# What is not a quantity: no quantity may overlap the substring (every occurrence)
# ---------------------------------------------------------------------------------------------
NOT_A_QUANTITY = [
    # per-capita bases (spec: 每千人口 itself is no quantity, never 千人; 每10万人口 alone)
    P(S_BEDS, "每千人口", id="meiqianrenkou-beds"),
    P(S_DOCTORS, "每千人口", id="meiqianrenkou-doctors"),
    P(S_GP, "每10万人口", id="mei-10wan-renkou-with-count"),
    P("该指标按每10万人口计算。", "每10万人口", id="mei-10wan-renkou-alone"),
    # phone numbers and hotlines (codes that hold digits; the hyphen is no range)
    P("咨询电话：0571-88888888。", "0571-88888888", id="landline-with-hyphen"),
    P("如有疑问请联系13912345678。", "13912345678", id="mobile-number"),
    P("考生可拨打政务服务便民热线12345咨询。", "12345", id="hotline-12345"),
    P("发现有人溺水请立即拨打120急救电话。", "120", id="emergency-120"),
    # road stakes and road / train / line / flight codes
    P("事故发生在G15沈海高速K15+300处。", "K15+300", id="road-stake"),
    P("事故发生在G15沈海高速K15+300处。", "G15", id="expressway-code"),
    P("G1234次列车晚点到达。", "G1234次", id="train-number"),
    P("地铁3号线一期工程全长42.8公里。", "3号线", id="metro-line-name"),
    P("CA1501航班因大雾延误。", "CA1501", id="flight-number"),
    # article / item numbers of a law, case numbers, set phrases of courts
    P("根据《未成年人保护法》第三条第二款的规定，学校应当履行保护职责。", "第三条第二款",
      id="law-article-and-paragraph"),
    P("依照《中华人民共和国刑法》第二百六十六条，以诈骗罪追究其刑事责任。", "第二百六十六条",
      id="criminal-law-article"),
    P("该案案号为（2024）沪0115民初1234号。", "（2024）沪0115民初1234号", id="case-number"),
    P("一审宣判后，被告人提出上诉。", "一审", id="yishen"),
    # rocket, spacecraft and satellite names
    P("长征五号运载火箭成功发射。", "长征五号", id="changzheng-5"),
    P("神舟十八号载人飞船与空间站完成对接。", "神舟十八号", id="shenzhou-18"),
    P("天舟七号货运飞船顺利进入预定轨道。", "天舟七号", id="tianzhou-7"),
    P("嫦娥六号完成世界首次月球背面采样。", "嫦娥六号", id="change-6"),
    P("天问一号环绕器持续开展科学探测。", "天问一号", id="tianwen-1"),
    P("北斗三号全球卫星导航系统正式开通。", "北斗三号", id="beidou-3"),
    # sector names (statistics bulletins)
    P("全市第三产业增加值增长5.8%。", "第三产业", id="tertiary-sector"),
    P("全年第一产业增加值保持稳定。", "第一产业", id="primary-sector"),
    # shirt numbers, pollutant and virus names
    P("身披23号球衣的小将表现抢眼。", "23号", id="shirt-number"),
    P("全市PM2.5平均浓度同比下降8.1%。", "PM2.5", id="pm25"),
    P("该省报告一例人感染H7N9禽流感病例。", "H7N9", id="h7n9"),
    # 一 in set phrases and as indefinite article, in these genres
    P("医护人员坚守抗疫一线。", "一线", id="yixian-health"),
    P("该校探索出一条体教融合的新路子。", "一条", id="yitiao-indefinite"),
]


@pytest.mark.parametrize("sentence,forbidden", NOT_A_QUANTITY)
def test_not_a_quantity(sentence, forbidden):
    no_quantity_on(sentence, forbidden)


def test_no_qianren_count_from_per_capita_base():
    # 每千人口 is never 千人: no 1000-person count may come out of it.
    qs = _find(S_BEDS)
    assert not [q.text for q in qs if "千人" in q.text], [q.text for q in qs]


def test_phone_number_is_no_range():
    qs = _find("咨询电话：0571-88888888。")
    assert not [q.text for q in qs if q.qualifier == "range"], [q.text for q in qs]


# ---------------------------------------------------------------------------------------------
# Offsets and order in these genres: sentence[start:end] == text; the list is in text order
# ---------------------------------------------------------------------------------------------
S_HEALTH = "全省人均预期寿命达到80.2岁，孕产妇死亡率为12.5/10万，每千人口床位6.9张。"
S_STORM = "北京时间14时05分，台风登陆时中心附近最大风速32.7米/秒，过程降雨量50～80毫米，紧急转移群众2.1万人。"

OFFSETS = [
    P(S_LIFE, "80.2岁", dict(start=10, end=15), id="explicit-age"),
    P(S_CHAOQICHENG, "超七成", dict(start=5, end=8), id="explicit-with-qualifier"),
    P(S_COLD, "零下5℃", dict(start=14, end=18), id="explicit-lingxia"),
]


@pytest.mark.parametrize("sentence,text,want", OFFSETS)
def test_offsets_explicit(sentence, text, want):
    _check(_one(sentence, text), want)


@pytest.mark.parametrize("sentence", [
    P(S_HEALTH, id="health"),
    P(S_STORM, id="storm"),
])
def test_offsets_slice_back_to_text(sentence):
    offsets_slice_back(sentence)


@pytest.mark.parametrize("sentence,texts", [
    P(S_HEALTH, ["80.2岁", "12.5/10万", "6.9张"], id="health"),
    P(S_STORM, ["14时05分", "32.7米/秒", "50～80毫米", "2.1万人"], id="storm"),
])
def test_results_in_text_order(sentence, texts):
    in_text_order(sentence, texts)
