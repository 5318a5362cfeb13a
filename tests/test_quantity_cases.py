"""Unit cases for the quantity extractor, written from the contract (docs/quantities.md)
and the judgement calls in tests/fixtures/quantities/README.md.

Every sentence here is invented (regional and economic news in the style of the sample page)
and written as *clean text*: no whitespace between Chinese characters, halfwidth digits and `%`,
fullwidth Chinese punctuation.

One behaviour per case. Positive cases name a span (`text`, qualifier word included) and the
fields that case is about; negative cases name a substring that no quantity may overlap.
Borderline cases of the spec (slogans such as 三个集聚, named systems such as 一河三湖, "N大"
sets, Chinese-numeral durations such as 连续三年, grade names such as 二级) are deliberately
not asserted anywhere, even where a sentence happens to hold one.
"""
import pytest

from .quantity_checks import P, check as _check, find as _find, one as _one
from .quantity_checks import in_text_order, no_quantity_on, offsets_slice_back


# ---------------------------------------------------------------------------------------------
# Kinds and units, row `money`: 元 (亿元, 万元, 千元 scaled into 元), 美元, 欧元
# ---------------------------------------------------------------------------------------------
S_SUQIAN = "宿迁市今年重大产业项目完成投资320亿元。"
S_YIBAI = "省财政今年安排一百二十亿元专项债券支持城市更新。"
S_WENZHOU = "温州市政府产业引导基金规模近百亿，重点投向智能装备和新材料。"

MONEY = [
    P(S_SUQIAN, "320亿元", dict(value=320, value_normalized=3.2e10), id="yi-yuan-scaled-into-yuan"),
    P(S_SUQIAN, "320亿元", dict(unit="元"), id="yi-yuan-unit-is-yuan"),
    P(S_SUQIAN, "320亿元", dict(kind="money"), id="yi-yuan-kind-money"),
    P("嘉善县对新认定的高新技术企业每家奖励50万元。", "50万元",
      dict(value=50, value_normalized=5e5), id="wan-yuan-scaled"),
    P("嘉善县对新认定的高新技术企业每家奖励50万元。", "50万元",
      dict(unit="元", kind="money"), id="wan-yuan-unit-kind"),
    P("广东省去年地区生产总值为14.16万亿元，连续多年居全国首位。", "14.16万亿元",
      dict(value=14.16, value_normalized=1.416e13), id="wan-yi-yuan-scaled"),
    P("广东省去年地区生产总值为14.16万亿元，连续多年居全国首位。", "14.16万亿元",
      dict(unit="元"), id="wan-yi-yuan-unit-is-yuan"),
    P("为每户困难家庭发放3千元慰问金。", "3千元",
      dict(value_normalized=3000, unit="元"), id="qian-yuan-scaled"),
    P("上海地铁起步票价为3元。", "3元",
      dict(value=3, value_normalized=3, unit="元", kind="money"), id="plain-yuan"),
    P("苏州市上半年实际使用外资42.5亿美元。", "42.5亿美元",
      dict(value=42.5, value_normalized=4.25e9), id="yi-dollar-scaled"),
    P("苏州市上半年实际使用外资42.5亿美元。", "42.5亿美元",
      dict(unit="美元", kind="money"), id="dollar-unit"),
    P("一家德国汽车零部件企业在太仓追加投资1.2亿欧元建设新工厂。", "1.2亿欧元",
      dict(unit="欧元", value_normalized=1.2e8), id="euro-unit-scaled"),
    P("合肥市今年安排科技专项资金1,200万元，支持企业开展关键技术攻关。", "1,200万元",
      dict(value=1200, value_normalized=1.2e7), id="thousands-separator-wan-yuan"),
    P("全市居民人均可支配收入为84,834元。", "84,834元",
      dict(value=84834, value_normalized=84834), id="thousands-separator-yuan"),
    P("滁州市高新区去年实现工业总产值1,086.5亿元。", "1,086.5亿元",
      dict(value=1086.5, value_normalized=1.0865e11), id="separator-and-decimal"),
    P("南京江北新区新签约的生物医药项目总投资2.3亿元。", "2.3亿元",
      dict(value=2.3, value_normalized=2.3e8), id="decimal-yi-yuan"),
    P("台州市农村居民户均增收3.6万元。", "3.6万元",
      dict(value_normalized=36000), id="decimal-wan-yuan"),
    P(S_YIBAI, "一百二十亿元", dict(value=120), id="chinese-numeral-value-before-scale"),
    P(S_YIBAI, "一百二十亿元", dict(value_normalized=1.2e10, unit="元"), id="chinese-numeral-normalized"),
    P("该区设立两千万元人才发展基金，用于青年人才安居补贴。", "两千万元",
      dict(value_normalized=2e7, unit="元"), id="liang-qian-wan-yuan"),
    P("淮安市新设立的科创基金首期规模为五亿元。", "五亿元",
      dict(value_normalized=5e8, kind="money"), id="chinese-wu-yi-yuan"),
    P(S_WENZHOU, "近百亿", dict(kind="money", unit="元"), id="yuan-implied-by-fund-context"),
    P(S_WENZHOU, "近百亿", dict(value=100, value_normalized=1e10), id="yuan-implied-bai-yi-value"),
]


@pytest.mark.parametrize("sentence,text,want", MONEY)
def test_money(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Kinds and units, row `percent`: % (kept as a percent number, 96.2 not 0.962)
# ---------------------------------------------------------------------------------------------
S_JIANGSU = "今年上半年，江苏省规模以上工业增加值同比增长6.8%。"
S_SHARE = "村集体经营性收入的百分之三十用于村民分红。"

PERCENT = [
    P(S_JIANGSU, "6.8%", dict(value=6.8, value_normalized=6.8), id="decimal-percent-kept-as-percent"),
    P(S_JIANGSU, "6.8%", dict(unit="%", kind="percent"), id="percent-unit-kind"),
    P("安徽省新能源汽车产量同比增长37%，占全国比重进一步提高。", "37%",
      dict(value=37, unit="%"), id="integer-percent"),
    P("全市行政村光纤覆盖率达到100%。", "100%", dict(value=100, kind="percent"), id="hundred-percent"),
    P(S_SHARE, "百分之三十", dict(value=30, value_normalized=30), id="baifenzhi-value"),
    P(S_SHARE, "百分之三十", dict(unit="%", kind="percent"), id="baifenzhi-unit-kind"),
    P("消费品以旧换新带动家电零售额增长0.8%。", "0.8%", dict(value=0.8), id="below-one-percent"),
]


@pytest.mark.parametrize("sentence,text,want", PERCENT)
def test_percent(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Kinds and units, row `points`: 百分点, BP (基点 is a basis point)
# ---------------------------------------------------------------------------------------------
S_RND = "全省研发经费投入强度比上年提高0.2个百分点。"
S_BASIS = "多家农商行将存款挂牌利率下调25个基点。"

POINTS = [
    P(S_RND, "0.2个百分点", dict(value=0.2, value_normalized=0.2), id="ge-baifendian-value"),
    P(S_RND, "0.2个百分点", dict(unit="百分点", kind="points"), id="ge-baifendian-unit-kind"),
    P("常住人口城镇化率比上年提高两个百分点。", "两个百分点",
      dict(value=2, unit="百分点"), id="chinese-liang-ge-baifendian"),
    P("服务业增加值占比较上年提高1.8百分点。", "1.8百分点",
      dict(value=1.8, unit="百分点", kind="points"), id="baifendian-without-ge"),
    P("杭州市首套房贷利率下调20BP。", "20BP", dict(value=20, unit="BP"), id="bp-value-unit"),
    P("杭州市首套房贷利率下调20BP。", "20BP", dict(kind="points"), id="bp-kind-points"),
    P(S_BASIS, "25个基点", dict(value=25, kind="points"), id="ge-jidian-value-kind"),
    P(S_BASIS, "25个基点", dict(unit="BP"), id="ge-jidian-unit-bp"),
    P("个人住房公积金贷款利率下调0.25个百分点。", "0.25个百分点",
      dict(value=0.25), id="quarter-point"),
]


@pytest.mark.parametrize("sentence,text,want", POINTS)
def test_points(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Kinds and units, row `count`: the measure word is the unit; a bare noun right after the
# numeral (城, 城市, 省, 市, 地, 省市) is the unit; 三省一市 gives two rows
# ---------------------------------------------------------------------------------------------
S_3S1S = "长三角三省一市联合发布生态环境保护协作方案。"

COUNT = [
    # measure words
    P("今年以来，无锡市新增高新技术企业1,350家。", "1,350家",
      dict(value=1350, unit="家", kind="count"), id="jia"),
    P("浙江省累计培育省级专精特新中小企业2.1万家。", "2.1万家",
      dict(value=2.1, value_normalized=21000), id="wan-jia-scaled"),
    P("浙江省累计培育省级专精特新中小企业2.1万家。", "2.1万家",
      dict(unit="家"), id="wan-jia-unit-is-jia"),
    P("嘉兴市发布12项营商环境改革举措。", "12项", dict(value=12, unit="项"), id="xiang"),
    P("杭州市今年将新建15个未来社区。", "15个", dict(value=15, unit="个"), id="ge"),
    P("青浦区为进博会招募城市志愿者300名。", "300名", dict(value=300, unit="名"), id="ming"),
    P("湿地公园今冬观测到越冬候鸟1.2万只。", "1.2万只",
      dict(value_normalized=12000, unit="只"), id="wan-zhi"),
    P("盐城湿地已记录野生鸟类420种。", "420种", dict(value=420, unit="种"), id="zhong"),
    P("全市组建45支应急救援志愿队伍。", "45支", dict(value=45, unit="支"), id="zhi-teams"),
    P("课题组共回收有效问卷5,000份。", "5,000份", dict(value=5000, unit="份"), id="fen"),
    P("前海合作区上半年办理跨境人民币结算业务3.4万笔。", "3.4万笔",
      dict(value_normalized=34000, unit="笔"), id="wan-bi"),
    P("今年全省新建改扩建中小学32所。", "32所", dict(value=32, unit="所"), id="suo"),
    P("论坛邀请了18位院士和行业专家。", "18位", dict(value=18, unit="位"), id="wei"),
    P("长三角生态绿色一体化发展示范区去年吸纳就业2.6万人。", "2.6万人",
      dict(value_normalized=26000, unit="人"), id="wan-ren"),
    P("今年以来全区共举办招聘会120次。", "120次", dict(value=120, unit="次"), id="ci"),
    P("老旧小区改造分3批实施。", "3批", dict(value=3, unit="批", kind="count"), id="pi-count-not-ordinal"),
    P("合肥今年将新建5座跨河桥梁。", "5座", dict(value=5, unit="座"), id="zuo"),
    P("深圳新开通8条定制公交线路。", "8条", dict(value=8, unit="条"), id="tiao"),
    P("全区共整治河道堵点27处。", "27处", dict(value=27, unit="处"), id="chu"),
    P("苏州工业园区投放200台无人配送车。", "200台", dict(value=200, unit="台"), id="tai"),
    P("市民服务热线上半年受理群众诉求6,500件。", "6,500件", dict(value=6500, unit="件"), id="jian"),
    P("光伏扶贫项目惠及农户3,200户。", "3,200户", dict(value=3200, unit="户"), id="hu"),
    P("广州今年新增新能源公交车600辆。", "600辆", dict(value=600, unit="辆"), id="liang-vehicles"),
    P("滨江区发放数字消费券10万张。", "10万张", dict(value_normalized=1e5, unit="张"), id="wan-zhang"),
    P("上海今年将筹集保障性租赁住房7万套。", "7万套", dict(value_normalized=70000, unit="套"), id="wan-tao"),
    # Chinese numerals
    P("省市场监管局公布了十二家企业的抽检结果。", "十二家", dict(value=12, unit="家"), id="chinese-shi-er-jia"),
    P("会议审议通过了二十三个重点项目。", "二十三个", dict(value=23, unit="个"), id="chinese-er-shi-san-ge"),
    P("全区新建两个青年驿站。", "两个", dict(value=2, unit="个"), id="chinese-liang-ge"),
    P("会议发布三项合作成果。", "三项", dict(value=3, unit="项", kind="count"), id="chinese-san-xiang"),
    # bare nouns after a numeral
    P("沪宁合杭甬五城市联合发布人才互认政策。", "五城市",
      dict(value=5, unit="城市", kind="count"), id="bare-chengshi"),
    P("宁镇扬三城共建都市圈轨道交通网。", "三城", dict(value=3, unit="城"), id="bare-cheng"),
    P(S_3S1S, "三省", dict(value=3, unit="省", kind="count"), id="san-sheng-yi-shi-first-row"),
    P(S_3S1S, "一市", dict(value=1, unit="市", kind="count"), id="san-sheng-yi-shi-second-row"),
    P("珠三角九市共建公共卫生应急物资储备体系。", "九市", dict(value=9, unit="市"), id="bare-shi"),
    P("苏州、嘉兴两地海关联合推出通关便利措施。", "两地", dict(value=2, unit="地"), id="bare-di-liang"),
    P("沪苏浙皖四地医保部门签署异地就医结算协议。", "四地", dict(value=4, unit="地"), id="bare-di-si"),
    P("江浙沪皖四省市联合开展食品安全专项整治。", "四省市", dict(value=4, unit="省市"), id="bare-shengshi"),
]


@pytest.mark.parametrize("sentence,text,want", COUNT)
def test_count(sentence, text, want):
    _check(_one(sentence, text), want)


def test_count_san_sheng_yi_shi_is_two_rows_not_one():
    qs = _find(S_3S1S)
    assert "三省一市" not in [q.text for q in qs], [q.text for q in qs]


# ---------------------------------------------------------------------------------------------
# Kinds and units, rows `multiple` (倍) and `fraction` (no unit)
# ---------------------------------------------------------------------------------------------
MULTIPLE = [
    P("与2020年相比，该园区工业产值增长了3倍。", "3倍",
      dict(value=3, unit="倍", kind="multiple"), id="bei"),
    P("新能源汽车出口额是去年同期的1.5倍。", "1.5倍", dict(value=1.5, kind="multiple"), id="decimal-bei"),
    P("直播电商销售额同比增长两倍。", "两倍", dict(value=2, unit="倍"), id="chinese-liang-bei"),
    # a duration and a multiple side by side are two rows (README: 8年增幅近20倍)
    P("该园区产值5年增长近10倍。", "近10倍",
      dict(value=10, unit="倍", qualifier="nearly"), id="jin-bei-next-to-duration"),
    P("该园区产值5年增长近10倍。", "5年",
      dict(value=5, kind="duration", qualifier="exact"), id="duration-next-to-multiple"),
]

S_THIRD = "该市三分之一的财政收入来自先进制造业。"
FRACTION = [
    P(S_THIRD, "三分之一", dict(value=1 / 3, value_normalized=1 / 3), id="san-fen-zhi-yi-value"),
    P(S_THIRD, "三分之一", dict(unit="", kind="fraction"), id="fraction-no-unit"),
    P("五分之二的新增用地指标将投向科技园区。", "五分之二",
      dict(value_normalized=0.4, kind="fraction"), id="wu-fen-zhi-er"),
    P("四分之三的受访企业表示对下半年经营前景有信心。", "四分之三",
      dict(value_normalized=0.75, kind="fraction"), id="si-fen-zhi-san"),
]


@pytest.mark.parametrize("sentence,text,want", MULTIPLE)
def test_multiple(sentence, text, want):
    _check(_one(sentence, text), want)


@pytest.mark.parametrize("sentence,text,want", FRACTION)
def test_fraction(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Kinds and units, rows `area`, `length`, `weight`, `volume`: km2, m2, 亩, km, m, t, kg, L, m3
# ---------------------------------------------------------------------------------------------
MEASURES = [
    # area
    P("临港新片区规划面积873平方千米。", "873平方千米",
      dict(value=873, unit="km2", kind="area"), id="area-pingfangqianmi-km2"),
    P("该县总面积2,300平方公里。", "2,300平方公里",
      dict(value=2300, unit="km2"), id="area-pingfanggongli-km2"),
    P("新建厂房建筑面积12万平方米。", "12万平方米",
      dict(value=12, value_normalized=120000), id="area-wan-pingfangmi-scaled"),
    P("新建厂房建筑面积12万平方米。", "12万平方米", dict(unit="m2", kind="area"), id="area-pingfangmi-m2"),
    P("合作社流转土地3,000亩种植优质水稻。", "3,000亩",
      dict(value=3000, unit="亩", kind="area"), id="area-mu"),
    P("今年全省新建高标准农田150万亩。", "150万亩",
      dict(value_normalized=1.5e6, unit="亩"), id="area-wan-mu-scaled"),
    # length
    P("沪苏湖高铁全长164公里。", "164公里", dict(value=164, unit="km", kind="length"), id="length-gongli-km"),
    P("太湖沿岸新建生态廊道12千米。", "12千米", dict(value=12, unit="km"), id="length-qianmi-km"),
    P("太湖沿岸新建生态廊道12千米。", "12千米",
      dict(value_normalized=12), id="length-qianmi-normalized-in-km"),
    P("桥梁主跨1,092米，为世界最大跨度的公铁两用斜拉桥。", "1,092米",
      dict(value=1092, unit="m", kind="length"), id="length-mi-m"),
    # weight
    P("该合作社今年预计收获蔬菜8,000吨。", "8,000吨",
      dict(value=8000, unit="t", kind="weight"), id="weight-dun-t"),
    P("全省化学需氧量排放量削减2.4万吨。", "2.4万吨",
      dict(value=2.4, value_normalized=24000, unit="t"), id="weight-wan-dun-scaled"),
    P("宁波舟山港去年货物吞吐量13.7亿吨。", "13.7亿吨",
      dict(value_normalized=1.37e9, unit="t"), id="weight-yi-dun-scaled"),
    P("示范田水稻亩产达到650公斤。", "650公斤",
      dict(value=650, unit="kg", kind="weight"), id="weight-gongjin-kg"),
    P("茶农人均采摘鲜叶500千克。", "500千克", dict(value=500, unit="kg"), id="weight-qianke-kg"),
    # volume
    P("应急储备库储存消毒液2,000升。", "2,000升",
      dict(value=2000, unit="L", kind="volume"), id="volume-sheng-L"),
    P("新建污水处理厂日处理能力30万立方米。", "30万立方米",
      dict(value_normalized=3e5, kind="volume"), id="volume-wan-lifangmi-scaled"),
    P("新建污水处理厂日处理能力30万立方米。", "30万立方米", dict(unit="m3"), id="volume-lifangmi-m3"),
]


@pytest.mark.parametrize("sentence,text,want", MEASURES)
def test_measures(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Kinds and units, row `duration`: 年, 月, 日, 小时 (digits only: Chinese-numeral durations
# such as 连续三年 are borderline and not asserted)
# ---------------------------------------------------------------------------------------------
S_RENT = "企业注册后可享受6个月的免租期。"
S_15DAYS = "新开办企业申领营业执照的时间压缩到15天。"

DURATION = [
    P(S_RENT, "6个月", dict(value=6, unit="月"), id="ge-yue-unit-month"),
    P(S_RENT, "6个月", dict(kind="duration"), id="ge-yue-kind-duration"),
    P("项目从签约到投产仅用了18个月。", "18个月", dict(value=18, unit="月", kind="duration"), id="18-months"),
    P("该项目建设周期为4年。", "4年", dict(value=4, unit="年", kind="duration"), id="nian-duration-not-date"),
    P("救援队伍连续作业72小时完成抢险任务。", "72小时",
      dict(value=72, unit="小时", kind="duration"), id="xiaoshi"),
    P(S_15DAYS, "15天", dict(value=15, kind="duration"), id="tian-kind-duration"),
    P(S_15DAYS, "15天", dict(unit="日"), id="tian-unit-ri"),
    P(S_RENT, "6个月", dict(iso=""), id="duration-iso-empty"),
]


@pytest.mark.parametrize("sentence,text,want", DURATION)
def test_duration(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Kinds and units, row `date`: value empty, iso carries it
# ---------------------------------------------------------------------------------------------
S_2019 = "2019年，长江三角洲区域一体化发展上升为国家战略。"
S_RULE = "《条例》自2025年3月1日起施行。"

DATE = [
    P(S_2019, "2019年", dict(kind="date", iso="2019"), id="year-iso"),
    P(S_2019, "2019年", dict(value=None, value_normalized=None), id="year-value-empty"),
    P(S_2019, "2019年", dict(unit=""), id="date-unit-empty"),
    P(S_2019, "2019年", dict(qualifier="exact"), id="date-qualifier-exact"),
    P(S_RULE, "2025年3月1日", dict(kind="date", iso="2025-03-01"), id="full-date-iso"),
    P("该线路将于6月28日正式通车。", "6月28日", dict(kind="date", iso="--06-28"), id="month-day-iso"),
    P("第七届中国国际进口博览会于11月5日开幕。", "11月5日", dict(iso="--11-05"), id="month-day-two-digit-month"),
    P("今年9月，芜湖市出台支持低空经济发展的若干措施。", "9月",
      dict(kind="date", iso="--09"), id="month-only-iso"),
    P("截至2024年底，全省累计建成充电桩24万个。", "2024年底",
      dict(kind="date", iso="2024"), id="end-of-year-iso-year"),
    P("今年4月底，该项目完成主体结构封顶。", "4月底", dict(kind="date", iso="--04"), id="end-of-month-iso"),
    P("该市于2023年12月启动城市更新行动。", "2023年12月",
      dict(kind="date", iso="2023-12"), id="year-month-iso"),
    P("本条例自二〇一九年十一月一日起施行。", "二〇一九年十一月一日",
      dict(kind="date", iso="2019-11-01"), id="chinese-numeral-date-iso"),
    P("二零二五年六月，新馆对外开放。", "二零二五年六月", dict(kind="date", iso="2025-06"),
      id="chinese-numeral-year-with-ling"),
]


@pytest.mark.parametrize("sentence,text,want", DATE)
def test_date(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Kinds and units, row `ordinal`: no unit
# ---------------------------------------------------------------------------------------------
ORDINAL = [
    P("第七届中国国际进口博览会于11月5日开幕。", "第七届",
      dict(value=7, kind="ordinal"), id="di-qi-jie"),
    P("第七届中国国际进口博览会于11月5日开幕。", "第七届", dict(unit=""), id="ordinal-unit-empty"),
    P("该县入选第3批国家级农业产业强镇名单。", "第3批",
      dict(value=3, kind="ordinal"), id="di-3-pi-digits"),
    P("第二十届中国国际工业博览会在上海开幕。", "第二十届",
      dict(value=20, kind="ordinal"), id="di-ershi-jie"),
    P("这是两地第12次召开联席会议。", "第12次", dict(value=12, kind="ordinal"), id="di-12-ci"),
    P("本轮督察是第五轮省级生态环境保护督察。", "第五轮", dict(value=5, kind="ordinal"), id="di-wu-lun"),
]


@pytest.mark.parametrize("sentence,text,want", ORDINAL)
def test_ordinal(sentence, text, want):
    _check(_one(sentence, text), want)


# ---------------------------------------------------------------------------------------------
# Qualifiers table: the word is part of `text`, value is the number as stated
# ---------------------------------------------------------------------------------------------
S_BONUS = "对符合条件的项目给予5万元至10万元奖励。"
S_100DUO = "县域特色产业年产值100多亿元。"

QUALIFIER = [
    # more_than: 余, 多, 超, 超过, 逾, 突破, 以上
    P("本次推介会现场签约项目40余个。", "40余个",
      dict(value=40, qualifier="more_than"), id="more_than-yu"),
    P("马拉松比赛吸引了3万余名跑者参赛。", "3万余名",
      dict(value_normalized=30000, qualifier="more_than"), id="more_than-wan-yu"),
    P("十余家银行联合推出科创贷产品。", "十余家",
      dict(value=10, qualifier="more_than"), id="more_than-shi-yu"),
    P("周末音乐节吸引2,000多名观众。", "2,000多名",
      dict(value=2000, qualifier="more_than"), id="more_than-duo"),
    P(S_100DUO, "100多亿元", dict(qualifier="more_than"), id="more_than-duo-inside-yi-yuan"),
    P(S_100DUO, "100多亿元", dict(value=100, value_normalized=1e10), id="duo-inside-yi-yuan-value"),
    P("今年前5个月，全市跨境电商进出口额超50亿元。", "超50亿元",
      dict(value=50, qualifier="more_than"), id="more_than-chao"),
    P("全市专精特新企业数量超过3,000家。", "超过3,000家",
      dict(value=3000, qualifier="more_than"), id="more_than-chaoguo"),
    P("展会吸引逾5,000名专业观众。", "逾5,000名",
      dict(value=5000, qualifier="more_than"), id="more_than-yu-4"),
    P("长三角地区集成电路产业规模突破1万亿元。", "突破1万亿元",
      dict(value_normalized=1e12, qualifier="more_than"), id="more_than-tupo"),
    P("研发投入占营业收入比重保持在3%以上。", "3%以上",
      dict(value=3, qualifier="more_than"), id="more_than-yishang"),
    # nearly: 近, 将近, 接近, 不到, 不足
    P("全区近800家企业参与数字化改造。", "近800家",
      dict(value=800, qualifier="nearly"), id="nearly-jin"),
    P(S_WENZHOU, "近百亿", dict(qualifier="nearly"), id="nearly-jin-bai-yi"),
    P("春季招聘会提供岗位将近2万个。", "将近2万个",
      dict(value_normalized=20000, qualifier="nearly"), id="nearly-jiangjin"),
    P("全市生活垃圾回收利用率接近90%。", "接近90%",
      dict(value=90, qualifier="nearly"), id="nearly-jiejin"),
    P("项目从签约到开工用时不到3个月。", "不到3个月",
      dict(value=3, unit="月", qualifier="nearly"), id="nearly-budao"),
    P("全省银行业不良贷款率不足1%。", "不足1%", dict(value=1, qualifier="nearly"), id="nearly-buzu"),
    # about: 约, 大约, 左右, 上下, 上 (上百)
    P("新建冷链物流中心总投资约1.2亿元。", "约1.2亿元",
      dict(value=1.2, qualifier="about"), id="about-yue"),
    P("景区每天接待游客大约500人。", "大约500人", dict(value=500, qualifier="about"), id="about-dayue"),
    P("预计参会嘉宾3,000人左右。", "3,000人左右",
      dict(value=3000, qualifier="about"), id="about-zuoyou"),
    P("新房成交均价在每平方米6万元上下。", "6万元上下",
      dict(value_normalized=60000, qualifier="about"), id="about-shangxia"),
    P("上百家企业参与了本次招聘活动。", "上百家",
      dict(value=100, qualifier="about"), id="about-shang-bai"),
    # at_least: 至少
    P("新设产业基金首期出资额至少5亿元。", "至少5亿元",
      dict(value_normalized=5e8, qualifier="at_least"), id="at_least-zhishao-money"),
    P("新增建设用地指标至少30%用于先进制造业。", "至少30%",
      dict(value=30, qualifier="at_least"), id="at_least-zhishao-percent"),
    # at_most: 最多, 以内
    P("每家企业可获补贴最多200万元。", "最多200万元",
      dict(value_normalized=2e6, qualifier="at_most"), id="at_most-zuiduo"),
    P("都市圈主要城市间实现1小时以内通达。", "1小时以内",
      dict(value=1, qualifier="at_most"), id="at_most-yinei"),
    # range: 至, 到, -, ～, 三四
    P(S_BONUS, "5万元至10万元", dict(qualifier="range"), id="range-zhi-qualifier"),
    P(S_BONUS, "5万元至10万元", dict(value=5, value_normalized=5e4), id="range-zhi-low-end"),
    P(S_BONUS, "5万元至10万元", dict(value_high_normalized=1e5), id="range-zhi-high-end-normalized"),
    P("贷款利率较基准下浮20BP至40BP。", "20BP至40BP",
      dict(value=20, value_high_normalized=40, unit="BP", qualifier="range"), id="range-zhi-bp"),
    P("年均增速保持在5%至6%。", "5%至6%",
      dict(value=5, value_high_normalized=6, qualifier="range"), id="range-zhi-percent"),
    P("每亩补贴300至500元。", "300至500元",
      dict(value=300, value_high_normalized=500, unit="元", qualifier="range"), id="range-zhi-unit-once"),
    P("景区步道全长10至15公里。", "10至15公里",
      dict(value=10, value_high_normalized=15, unit="km", qualifier="range"), id="range-zhi-length-unit-once"),
    P("每人补贴3,000元到5,000元不等。", "3,000元到5,000元",
      dict(value=3000, value_high_normalized=5000, qualifier="range"), id="range-dao"),
    P("项目回报周期预计为3-5年。", "3-5年",
      dict(value=3, value_high_normalized=5, unit="年", qualifier="range"), id="range-hyphen"),
    P("每亩增收500～800元。", "500～800元",
      dict(value=500, value_high_normalized=800, qualifier="range"), id="range-tilde"),
    P("再用三四年时间建成国际消费中心城市。", "三四年",
      dict(value=3, value_high_normalized=4, unit="年", qualifier="range"), id="range-san-si-nian"),
    P("全市每年新增五六家上市公司。", "五六家",
      dict(value=5, value_high_normalized=6, unit="家", qualifier="range"), id="range-wu-liu-jia"),
    # exact: none of these; 达 and 为 are exact and stay out of text; 多达 is exact
    P("上半年全市网络零售额达850亿元。", "850亿元", dict(qualifier="exact"), id="exact-da-not-in-text"),
    P("全年地区生产总值增速为5.2%。", "5.2%", dict(value=5.2, qualifier="exact"), id="exact-wei-not-in-text"),
    P("今年全市新增上市公司达到12家。", "12家", dict(value=12, qualifier="exact"), id="exact-dadao"),
    P("长三角跨省通办的电子证照种类已多达23种。", "23种",
      dict(value=23, qualifier="exact"), id="exact-duoda-is-not-more_than"),
    P("全市累计建成公共充电桩4.8万个。", "4.8万个",
      dict(value_normalized=48000, qualifier="exact"), id="exact-leiji"),
    P("上半年全市网络零售额达850亿元。", "850亿元",
      dict(value_high_normalized=None), id="exact-has-no-high-end"),
]


@pytest.mark.parametrize("sentence,text,want", QUALIFIER)
def test_qualifier(sentence, text, want):
    _check(_one(sentence, text), want)


@pytest.mark.parametrize("sentence,word", [
    P("上半年全市网络零售额达850亿元。", "达", id="da"),
    P("全年地区生产总值增速为5.2%。", "为", id="wei"),
    P("长三角跨省通办的电子证照种类已多达23种。", "多达", id="duoda"),
])
def test_exact_words_stay_out_of_text(sentence, word):
    qs = _find(sentence)
    assert qs, "no quantity found"
    assert not [q.text for q in qs if q.text.startswith(word)], [q.text for q in qs]


# ---------------------------------------------------------------------------------------------
# Changes are not ranges: 从A扩大至B, 从2018年的A增长到2024年的B, 扩容至, 延长至
# ---------------------------------------------------------------------------------------------
S_FUND = "省级产业基金规模从50亿元扩大至80亿元。"
S_SERIES = "该区财政科技投入从2018年的3.2亿元增长到2024年的15.6亿元。"
S_TERM = "贴息期限由1年延长至2年。"

CHANGE = [
    P(S_FUND, "50亿元", dict(qualifier="exact", value_normalized=5e9), id="from-amount-exact"),
    P(S_FUND, "50亿元", dict(value_high_normalized=None), id="from-amount-no-high-end"),
    P(S_FUND, "80亿元", dict(qualifier="exact", value_normalized=8e9), id="to-amount-exact"),
    P(S_SERIES, "2018年", dict(kind="date", iso="2018"), id="series-start-date"),
    P(S_SERIES, "3.2亿元", dict(qualifier="exact", value_normalized=3.2e8), id="series-start-money"),
    P(S_SERIES, "2024年", dict(kind="date", iso="2024"), id="series-end-date"),
    P(S_SERIES, "15.6亿元", dict(qualifier="exact", value_normalized=1.56e9), id="series-end-money"),
    P(S_SERIES, "3.2亿元", dict(value_high_normalized=None), id="series-start-no-high-end"),
    P("纾困资金池扩容至120亿元。", "120亿元", dict(qualifier="exact", value=120), id="kuorong-zhi"),
    P(S_TERM, "1年", dict(qualifier="exact", kind="duration"), id="you-1-nian"),
    P(S_TERM, "2年", dict(qualifier="exact", kind="duration", unit="年"), id="yanchang-zhi-2-nian"),
]


@pytest.mark.parametrize("sentence,text,want", CHANGE)
def test_change_is_not_a_range(sentence, text, want):
    _check(_one(sentence, text), want)


@pytest.mark.parametrize("sentence,joint", [
    P(S_FUND, "至", id="kuoda-zhi"),
    P(S_SERIES, "到", id="zengzhang-dao"),
    P(S_TERM, "至", id="yanchang-zhi"),
])
def test_change_gives_no_span_across_the_joint(sentence, joint):
    qs = _find(sentence)
    assert qs, "no quantity found"
    assert not [q.text for q in qs if joint in q.text], [q.text for q in qs]


# ---------------------------------------------------------------------------------------------
# What is not a quantity: no quantity may overlap the substring (every occurrence)
# ---------------------------------------------------------------------------------------------
NOT_A_QUANTITY = [
    # names, codes and versions that hold digits (spec list)
    P("松江区依托G60科创走廊打造先进制造业集群。", "G60", id="g60"),
    P("全市累计建成5G基站8.6万个。", "5G", id="5g"),
    P("该区发布营商环境改革2.0版方案。", "2.0版", id="version-2.0"),
    P("加快编制“十五五”规划纲要。", "十五五", id="shiwuwu-plan"),
    P("多家银行新发放房贷利率与LPR挂钩。", "LPR", id="lpr"),
    # more of the same sort
    P("城市数字化转型迈入3.0时代。", "3.0时代", id="version-3.0-era"),
    P("C919大飞机供应链企业加速在沪集聚。", "C919", id="c919"),
    P("市民可拨打12345热线反映问题。", "12345", id="hotline-12345"),
    # numerals inside words and set phrases (spec list)
    P("推动长三角一体化高质量发展。", "一体化", id="yitihua"),
    P("企业可在政务服务中心享受一站式办理。", "一站式", id="yizhanshi"),
    P("推动更多事项实现“一次办、零跑动”。", "一次办", id="yicibang"),
    P("推动更多事项实现“一次办、零跑动”。", "零跑动", id="lingpaodong"),
    P("坚持招商引资和优化服务两手抓。", "两手抓", id="liangshouzhua"),
    P("海宁市是全省唯一入选的县级市。", "唯一", id="weiyi"),
    P("该区是全市唯一一个获此殊荣的区。", "唯一一个", id="weiyi-yige-set-phrase"),
    P("该镇入选首批国家级农业现代化示范区。", "首批", id="shoupi"),
    P("党员干部深入抗洪一线。", "一线", id="yixian"),
    P("涌现出一大批专精特新“小巨人”企业。", "一大批", id="yidapi"),
    # more of the same sort
    P("推动长三角一体化高质量发展。", "长三角", id="changsanjiao"),
    P("加快建设全国统一大市场。", "统一", id="tongyi"),
    P("宁波舟山港是全球最繁忙的港口之一。", "之一", id="zhiyi"),
    P("进一步优化营商环境。", "一步", id="jinyibu"),
    P("相关部门第一时间赶赴现场处置。", "第一时间", id="diyishijian"),
    P("让优质公共服务走进千家万户。", "千家万户", id="qianjiawanhu"),
    P("今年以来，省里出台了一系列惠企政策。", "一系列", id="yixilie"),
    P("深度融入共建“一带一路”。", "一带一路", id="yidaiyilu"),
    P("这一模式已在全省推广。", "这一", id="demonstrative-zheyi"),
    P("把实事办到老百姓心坎上。", "百姓", id="baixing"),
    P("对问题清单逐一整改销号。", "逐一", id="zhuyi"),
    P("一些企业反映融资难、融资贵。", "一些", id="yixie"),
    P("市民对此十分关注。", "十分", id="shifen"),
    P(S_JIANGSU, "规模以上", id="guimo-yishang-without-number"),
    # relative time words and 多 without a numeral (README)
    P("近日，杭州市发布数字经济发展新政。", "近日", id="jinri"),
    P("近年来，该县大力发展乡村旅游。", "近年", id="jinnianlai"),
    P("双方将在多领域开展合作。", "多领域", id="duolingyu"),
    # 一 as an indefinite article (spec list)
    P("探索出一条城乡融合发展的新道路。", "一条", id="yitiao-daolu"),
    P("生态湿地已成为该市的一张亮丽名片。", "一张", id="yizhang-mingpian"),
    P("稻田、村落与湖泊勾勒出一幅美丽的江南水乡画卷。", "一幅", id="yifu-huajuan"),
]


@pytest.mark.parametrize("sentence,forbidden", NOT_A_QUANTITY)
def test_not_a_quantity(sentence, forbidden):
    no_quantity_on(sentence, forbidden)


# ---------------------------------------------------------------------------------------------
# Offsets and order: sentence[start:end] == text; the list is in text order
# ---------------------------------------------------------------------------------------------
S_WUXI = "无锡市全年新增高新技术企业1,200家，研发投入达到380亿元。"
S_JIAXING = ("截至2024年底，嘉兴市累计引进外资项目1,860个，实际使用外资超过120亿美元，"
             "其中三分之一投向数字经济领域，带动就业3.2万人。")
S_HEFEI = "合肥市今年新增新能源汽车产能40万辆，同比增长85.6%，产值突破2,000亿元。"
S_YANGTZE = "沪苏浙皖四地共签约项目56个，总投资约680亿元，预计带动就业1.5万人，3年内全部建成投产。"

OFFSETS = [
    P(S_WUXI, "1,200家", dict(start=13, end=19), id="explicit-first"),
    P(S_WUXI, "380亿元", dict(start=26, end=31), id="explicit-after-da"),
    P(S_HEFEI, "突破2,000亿元", dict(start=31, end=40), id="explicit-with-qualifier"),
]


@pytest.mark.parametrize("sentence,text,want", OFFSETS)
def test_offsets_explicit(sentence, text, want):
    _check(_one(sentence, text), want)


@pytest.mark.parametrize("sentence", [
    P(S_WUXI, id="wuxi"),
    P(S_JIAXING, id="jiaxing"),
    P(S_HEFEI, id="hefei"),
    P(S_YANGTZE, id="yangtze"),
])
def test_offsets_slice_back_to_text(sentence):
    offsets_slice_back(sentence)


@pytest.mark.parametrize("sentence,texts", [
    P(S_JIAXING, ["2024年底", "1,860个", "超过120亿美元", "三分之一", "3.2万人"], id="jiaxing"),
    P(S_HEFEI, ["40万辆", "85.6%", "突破2,000亿元"], id="hefei"),
    P(S_YANGTZE, ["四地", "56个", "约680亿元", "1.5万人"], id="yangtze"),
])
def test_results_in_text_order(sentence, texts):
    in_text_order(sentence, texts)
