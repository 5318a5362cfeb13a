"""Reading order: a headline an extractor left with no text takes the run that opens with its
words."""
import warnings
from pathlib import Path

import pytest

from helpers.layout import label_page, split_page
from helpers.layout.lines import Line
from helpers.layout.order import reading_order
from helpers.layout.train import corpus_pages
from helpers.pages import PageWarning

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def L(n, text, label, starts=False, blank_before=True):
    return Line(n, text, blank_before, True, label=label, starts=starts, opens=label == "title")


def test_a_dangling_headline_takes_the_run_that_opens_with_its_words():
    page = [L(1, "北京：寒流进京大风降温", "title"),
            L(3, "秘厄冲突加剧双方各有伤亡", "title"),
            L(4, "厄瓜多尔和秘鲁军队今天在两国边境又发生冲突。", "body", True),
            L(6, "今天入夜以后，强冷空气到达北京，带来大风降温天气。", "body", True),
            L(7, "今天的最高气温为7℃。", "body", True, blank_before=False)]
    assert [ln.n for ln in reading_order(page)] == [1, 6, 7, 3, 4]


def test_a_run_that_repeats_its_own_headline_stays_with_it():
    # a kicker read as a title over its title: the text repeats the title's words too, so it
    # is the title's (the kicker is a mislabel, not a headline the extractor moved)
    page = [L(1, "纪念巴金诞辰120周年", "title"),
            L(3, "巴金图书馆向海内外读者开放", "title"),
            L(5, "为纪念巴金先生诞辰120周年，巴金图书馆今天对公众开放。", "body", True)]
    assert reading_order(page) == page


def test_a_run_that_continues_a_sentence_is_not_moved():
    page = [L(1, "北京寒流进京大风降温", "title"),
            L(3, "秘厄冲突加剧", "title"),
            L(4, "厄瓜多尔和秘鲁军队今天在两国边境又发生", "body", True),
            L(6, "冲突，北京大风降温的消息传来。", "body", False)]
    assert reading_order(page) == page


@pytest.mark.parametrize("page", [p for _, p in corpus_pages()], ids=lambda p: p.stem)
def test_reading_order_loses_and_repeats_no_line(page):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PageWarning)
        lines = label_page(page.read_text(encoding="utf-8"))
    assert sorted(ln.n for ln in reading_order(lines)) == [ln.n for ln in lines]


def test_pdftotext_page_gives_the_weather_headline_its_text():
    text = (LAYOUTS / "pages" / "pdf_pdftotext" / "a4_twopage_3col-p1.txt").read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PageWarning)
        arts = {a.title: a for a in split_page(text)}
    assert arts["北京：寒流进京大风降温"].paragraphs[0].text.startswith("今天入夜以后")
    assert all("寒流" not in p.text and "冷空气" not in p.text
               for p in arts["秘厄冲突加剧双方各有伤亡"].paragraphs)


def test_on_a_shuffled_page_a_paragraph_goes_to_the_headline_it_echoes():
    # blocks read row by row across columns: the economy story's second paragraph stands under
    # the weather story's headline; a headline dangling shows the page was shuffled
    page = [L(1, "中国经济上半年增长7%", "title"),
            L(3, "天气给力晴好天气至周末", "title"),
            L(5, "上半年国民经济运行缓中趋稳，主要指标逐步回暖。", "body", True),
            L(7, "本报讯 年味儿越来越浓，天气也很给力，晴好将持续到周末。", "body", True),
            L(9, "分产业看，上半年第一产业增加值同比增长3.5%。", "body", True),
            L(11, "今日阴天转多云，明日多云。", "body", True)]
    assert [ln.n for ln in reading_order(page)] == [1, 5, 9, 3, 7, 11]


def test_on_an_orderly_page_no_paragraph_moves_for_its_words():
    # the same paragraphs with each headline above its own text: nothing dangles, nothing moves
    page = [L(1, "中国经济上半年增长7%", "title"),
            L(3, "上半年国民经济运行缓中趋稳，主要指标逐步回暖。", "body", True),
            L(5, "天气给力晴好天气至周末", "title"),
            L(7, "本报讯 年味儿越来越浓，天气也很给力，晴好将持续到周末。", "body", True),
            L(9, "分产业看，上半年第一产业增加值同比增长3.5%。", "body", True)]
    assert reading_order(page) == page


def test_the_text_a_dangling_headline_takes_ends_before_another_articles_dateline():
    page = [L(1, "海峡两岸记者川渝行联合采访活动圆满结束", "title"),
            L(3, "今起三天最高气温均在37℃左右", "title"),
            L(5, "采访团走访成都、广汉和重庆，两岸记者感受川渝发展。", "body", True),
            L(7, "本报讯（记者王量迪）高温天卷土重来了！", "body", True),
            L(9, "据市气象台介绍，今起三天最高气温均在37℃左右。", "body", True)]
    assert [ln.n for ln in reading_order(page)] == [1, 5, 3, 7, 9]


def test_a_dangling_headline_takes_no_text_printed_above_it():
    # a document's title over its number read as a second title: the title dangles, and a
    # paragraph of the article above that mentions the same report stays where it is
    page = [L(1, "山东力争农业稳产增收", "title"),
            L(2, "山东今年粮食播种面积稳定在一亿亩以上。", "body", True),
            L(3, "全省将落实政府工作报告部署，做好重点工作分工。", "body", True),
            L(5, "国务院关于落实《政府工作报告》重点工作部门分工的意见", "title"),
            L(7, "国发〔2020〕6号", "title"),
            L(9, "各省、自治区、直辖市人民政府：", "body", True)]
    assert reading_order(page) == page
