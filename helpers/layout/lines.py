"""The page as lines: what a reader of the text sees of each line before deciding what it is.

Text pages enter here (`read_lines`); each line gets its printed width, its column's width and
its blank neighbours. The predicates below (ends a sentence, letter-spaced, a credit…) are the
questions every labeller asks of a line.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import rules as R
from ..clean import halfwidth, squeeze
from .credits import Credit, parse_credit
from .script import fold, traditional

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class Line:
    """One non-blank line of the page, with what was measured of it and what it was labelled."""

    n: int                 # 1-based line number in the file
    text: str              # halfwidth, stripped
    blank_before: bool
    blank_after: bool
    width: float = 0.0
    column: float = 0.0
    indent: float = 0.0    # leading whitespace as printed (an ideographic space counts 1)
    raw: str = ""          # the line as decoded
    side_credit: str = ""  # a credit printed beside the line's text after a wide gap (`text` is the rest)
    mark: str = ""         # on a Markdown page, the line's mark (`markdown_marks`; `text` is without it)
    chrome: bool = False   # furniture whatever a labeller says (`chrome_line`: set by the CRF's rules)
    folded: bool = False   # on a page in traditional characters, `text` is its simplified reading
                           # (`script.fold`; the articles get the text as printed back)
    lone_blanks: int = 0   # on a page with a blank line after every line: the page's lone blank lines
    kind: str = "body"     # the rule pass: body | bullet | credit | heading | furniture
    sure: bool = False     # a heading by its own look (not only by its neighbours)
    label: str = "body"    # blank furniture kicker title subtitle credit subhead body caption
    starts: bool = False   # opens a paragraph of the body
    opens: bool = False    # a headline line that opens an article, whatever headline is above it
    confidence: float = 1.0
    # what a PDF page tells of the line (helpers.pdf); zero and empty for a text page
    font_size: float = 0.0
    size_ratio: float = 0.0   # font size / the page's body size
    base_ratio: float = 0.0   # font size / the body size of text of its size (a page may set its
                              # briefs smaller than its articles: helpers.pdf.Em)
    bold: bool = False
    band: str = ""            # "top" or "bottom": in the page's margin
    x: float = 0.0
    y: float = 0.0


@lru_cache(maxsize=16384)
def width(text: str) -> float:
    """Printed width of a line in Chinese characters; spaces do not count.

    >>> width("长三角 G60 科创走廊")
    8.65
    """
    w = sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else R.ASCII_WIDTH
            for ch in text if not ch.isspace())
    return round(w, 2)


def indent_of(raw: str) -> float:
    """Leading whitespace as printed: an ideographic space 1, an ASCII space half of one.

    >>> indent_of("\\u3000\\u3000正文"), indent_of("  正文"), indent_of("正文")
    (2.0, 1.0, 0.0)
    """
    lead = raw[: len(raw) - len(raw.lstrip())]
    return float(sum(1.0 if ch == "\u3000" else 0.5 if ch == " " else 0.0 for ch in lead))


def read_lines(text: str, drop_lone_blanks: bool = True) -> list[Line]:
    """The non-blank lines of a page, with blank neighbours, widths and column widths.

    Furniture lines (`furniture_line`) count as blank for their neighbours: a page header
    landing between two column blocks is a column break to the text around it. On a page whose
    extractor wrote a blank line after every line (`blank_after_every_line`), a lone blank line
    marks nothing, and only runs of them count, unless `drop_lone_blanks` is False: the labeller is
    trained on its pages as written (`helpers.layout.train`), and a page so read looks like the
    pages with no blank lines it was trained on.
    """
    raw = text.split("\n")
    half = [halfwidth(line).strip() for line in raw]
    folded = traditional(text)
    if folded:                                     # read through its simplified reading
        half = [fold(t) for t in half]
    blank = [not t for t in half]
    lone = 0
    if drop_lone_blanks and blank_after_every_line(blank):   # one text box per line
        kept = [b and (k > 0 and blank[k - 1] or k + 1 < len(blank) and blank[k + 1])
                for k, b in enumerate(blank)]
        text_at = [k for k, b in enumerate(blank) if not b]
        lone = sum(1 for k in range(text_at[0], text_at[-1]) if blank[k] and not kept[k])
        blank = kept
    gap = [b or furniture_line(t) for b, t in zip(blank, half)]
    lines = [Line(i + 1, t, i == 0 or gap[i - 1], i + 1 == len(half) or gap[i + 1],
                  indent=indent_of(raw[i]), raw=raw[i])
             for i, t in enumerate(half) if t]
    markdown_marks(lines)
    box_sides(lines)
    for ln in lines:
        ln.text, ln.side_credit = side_credit(ln.text)
        ln.lone_blanks = lone                       # blank lines read as none
        ln.folded = folded
    hanging_indent(lines)
    measure(lines)
    return lines


def markdown_marks(lines: list[Line]) -> bool:
    """On a page written in Markdown (a PDF-to-Markdown converter's output: two lines or more are
    headings, bold or italic lines, images or table rows), each line's mark is read and taken off its text:
    `h1`..`h6` (`## 标题`), `strong` (`**标题**`), `emphasis` (`*本报记者 张三*`), `quote`
    (`> 编者按 …`), `item` (`- 30日，阴天`), `row` (a table's, `| 类别 | 本月 |`, which keeps its
    bars); bold inside a line loses its asterisks. The marks
    are layout, not text (`lines.csv` keeps each line as printed).

    >>> ls = [Line(i + 1, t, False, False) for i, t in enumerate(
    ...     ["# 标题", "**——副题**", "*本报记者 张三*", "> 编者按 正文**要点**。", "- 一是加强。", "正文。"])]
    >>> markdown_marks(ls), [(ln.mark, ln.text) for ln in ls][:3]
    (True, [('h1', '标题'), ('strong', '——副题'), ('emphasis', '本报记者 张三')])
    >>> [(ln.mark, ln.text) for ln in ls][3:]
    [('quote', '编者按 正文要点。'), ('item', '一是加强。'), ('', '正文。')]
    """
    def whole(ln: Line) -> tuple[str, str] | None:
        m = R.MD_HEADING.fullmatch(ln.text)
        if m:
            return f"h{len(m.group(1))}", m.group(2)
        for mark, pattern in (("strong", R.MD_STRONG), ("emphasis", R.MD_EMPHASIS)):
            m = pattern.fullmatch(ln.text)
            if m:
                return mark, m.group(2)
        return None

    if not any(ln.text[:1] in "#*_!" for ln in lines):       # a quick test
        return False
    marked = [whole(ln) for ln in lines]
    images = sum(1 for ln in lines if R.MD_IMAGE.search(ln.text) or R.MD_ROW.fullmatch(ln.text))
    if sum(m is not None for m in marked) + images < R.MD_MARKS_MIN:
        return False
    for ln, m in zip(lines, marked):
        if m is None and R.MD_ROW.fullmatch(ln.text):
            m = "row", ln.text
        if m is None and not R.THEMATIC_BREAK.fullmatch(ln.text):
            for mark, pattern in (("quote", R.MD_QUOTE), ("item", R.MD_ITEM)):
                q = pattern.fullmatch(ln.text)
                if q and q.group(1).strip():
                    m = mark, q.group(1)
                    break
        if m is not None:
            ln.mark, ln.text = m[0], m[1].strip()
        ln.text = R.MD_STRONG.sub(r"\2", ln.text)
    return True


def box_sides(lines: list[Line], least: int = 3) -> None:
    """A box drawn in text (`┌──┐` / `│简　讯　　│` / `└──┘`): the sides and the padding inside
    them are the drawing's, not the text's (`raw` keeps them).

    >>> ls = [Line(i + 1, t, False, False) for i, t in enumerate(["│简　讯　　│", "│中宣部发出通知│", "│要求各单位　│"])]
    >>> for ln in ls: ln.raw = ln.text
    >>> box_sides(ls); [ln.text for ln in ls]
    ['简　讯', '中宣部发出通知', '要求各单位']
    >>> ls = [Line(i + 1, t, False, False, raw=t) for i, t in enumerate(["┃标题　　┃", "┃　　正文开头，┃", "┃写了一句话。┃"])]
    >>> box_sides(ls); [ln.indent for ln in ls]
    [0.0, 2.0, 0.0]
    """
    inside = [ln for ln in lines if ln.text[:1] in R.BOX_SIDES and ln.text[-1:] in R.BOX_SIDES
              and len(ln.text) > 2]
    if len(inside) < least:
        return
    for ln in inside:
        ln.text = ln.text[1:-1].strip()
        ln.indent = indent_of(ln.raw.strip()[1:])       # (indented inside the box)


def hanging_indent(lines: list[Line]) -> bool:
    """On a page set with a hanging indent (a paragraph's first line flush, the lines that carry it
    on indented), the indents turn round: a flush line that an indented line carries on is the
    indented opening of its paragraph, as other pages print it, and a line carrying one on is
    flush. A page is so set when indented lines are most of its lines and most of them go on
    with a sentence the line above them left unfinished (on a page that indents its paragraphs'
    first lines, the line above an indented line ends a sentence).

    >>> ls = [Line(i + 1, t.strip(), False, False, indent=indent_of(t)) for i, t in enumerate(
    ...     ["问：今年的工作有哪些", "  新的变化？", "答：主要有三点，一是", "  扩大开放，二是", "  加强监管。"] * 3)]
    >>> hanging_indent(ls), [ln.indent for ln in ls[:5]]
    (True, [1.0, 0.0, 1.0, 0.0, 0.0])
    """
    text = [ln for ln in lines if not furniture_line(ln.text)]
    carried = [(prev, ln) for prev, ln in zip(text, text[1:]) if ln.indent > 0 and not ln.blank_before]
    going_on = sum(1 for prev, ln in carried if not ends_sentence(prev.text))
    if len(carried) < R.HANGING_MIN or len(carried) < R.HANGING_SHARE * len(text) \
            or going_on < R.HANGING_SHARE * len(carried):
        return False
    depth = sorted(ln.indent for _, ln in carried)[len(carried) // 2]
    opens = {id(prev) for prev, ln in carried if prev.indent == 0}
    for ln in text:
        ln.indent = depth if id(ln) in opens else 0.0
    return True


def blank_after_every_line(blank: list[bool]) -> bool:
    """Does an extractor write a blank line after every text line (nine in ten, on a page of ten
    lines or more), so that a lone blank line marks nothing and only a run of them does?

    >>> blank_after_every_line([False, True] * 12), blank_after_every_line([False, False, True] * 8)
    (True, False)
    """
    text = [k for k, b in enumerate(blank) if not b]
    if len(text) < 10:
        return False
    followed = sum(1 for k in text[:-1] if blank[k + 1])
    return followed >= 0.9 * (len(text) - 1)


_SIDE = re.compile(r"^(?P<head>.*?\S)(?:\s*\t\s*|\s{3,})(?P<tail>[^\t]*\S)$")


def side_credit(text: str) -> tuple[str, str]:
    """A line split into its text and a credit set beside it after a wide gap (a tab, or three
    spaces; `halfwidth` has made ideographic spaces ASCII): a byline printed right of its title.

    >>> side_credit("全国党报聚首枣庄共商报业发展大计\t\t本报记者 宋旭")
    ('全国党报聚首枣庄共商报业发展大计', '本报记者 宋旭')
    >>> side_credit("2025年11月7日\t星期五")[1], side_credit("记者 宋 旭")[1]
    ('', '')
    """
    if "\t" not in text and "   " not in text:
        return text, ""                       # no wide gap (a quick test)
    m = _SIDE.match(text)
    if m is None or any(ch in R.SENTENCE_END + "，；：:" for ch in m.group("head")[-1:]):
        return text, ""
    credit = credit_line(m.group("tail"))
    if credit is None or not (credit.reporters or credit.correspondents or credit.photographers):
        return text, ""
    return m.group("head"), m.group("tail")


def measure(lines: list[Line]) -> None:
    """Each line's width, and its column's: a quantile of the widths of the lines around it
    (furniture left out)."""
    text_lines = [ln for ln in lines if not furniture_line(ln.text)]
    widths = [width(ln.text) for ln in text_lines]
    for k, ln in enumerate(text_lines):
        window = sorted(widths[max(0, k - R.COLUMN_BEFORE): k + R.COLUMN_AFTER + 1])
        ln.width = widths[k]
        ln.column = window[min(len(window) - 1, int(len(window) * R.COLUMN_QUANTILE))]
    for ln in lines:
        if furniture_line(ln.text):
            ln.width = width(ln.text)
            ln.column = max(ln.width, 1.0)


@lru_cache(maxsize=16384)
def ends_sentence(text: str) -> bool:
    """True when a line ends a sentence (closing quotes and brackets allowed after it).

    >>> ends_sentence("领者与问题解决者的角色。 ”"), ends_sentence("是区域创新")
    (True, False)
    """
    core = text.rstrip(R.CLOSERS + " ")
    return bool(core) and (core[-1] in R.SENTENCE_END or core.endswith(R.ELLIPSIS * 2))


@lru_cache(maxsize=16384)
def letter_spaced(text: str) -> bool:
    """A headline set with spaces between its characters: most pairs of neighbouring Chinese
    characters are set apart (justification spaces around digits part none).

    >>> letter_spaced("三 省 人 才 落 户 上 海"), letter_spaced("解放日报记者 李成东")
    (True, False)
    >>> letter_spaced("上海乐高乐园度假区将于 7 月 5 日"), letter_spaced("6月 25 日 至 7 月 5 日")
    (False, False)
    """
    pairs, spaced = spaced_pairs(text)
    return spaced >= R.LETTER_SPACED_MIN and spaced >= R.LETTER_SPACED_SHARE * pairs


def unspaced(text: str) -> str:
    """A letter-spaced line with its letter spaces taken out, digits and Latin letters too
    (`2 0 2 3年` -> `2023年`), which `squeeze` keeps apart as separate numbers; a space between
    two Latin words stays. Any other line as it is.

    >>> unspaced("2 0 2 3 年 度 “ 中 国 科 学 ” 发 布"), unspaced("将于 7 月 5 日 正式开园")
    ('2023年度“中国科学”发布', '将于 7 月 5 日 正式开园')
    """
    if not letter_spaced(text):
        return text
    words = text.split()
    out = words[0]
    for prev, word in zip(words, words[1:]):
        out += (" " if len(prev) > 1 and len(word) > 1 and prev[-1].isascii() and word[0].isascii()
                else "") + word
    return out


@lru_cache(maxsize=16384)
def spaced_pairs(text: str) -> tuple[int, int]:
    """Pairs of neighbouring Chinese characters, and how many of them a space sets apart.

    >>> spaced_pairs("三 省 人才")
    (3, 2)
    """
    pairs = spaced = 0
    previous, gap = "", False
    for ch in text:
        if ch.isspace():
            gap = True
            continue
        if _HAN.match(ch) and _HAN.match(previous or " "):
            pairs += 1
            spaced += gap
        previous, gap = ch, False
    return pairs, spaced


def is_bullet(text: str) -> bool:
    return text[0] in R.BULLETS


@lru_cache(maxsize=16384)
def credit_line(text: str) -> Credit | None:
    """The credit a whole line states (byline, closing or photo credit), else None.
    (Cached: the same text gives the same object, which no caller changes.)

    >>> credit_line("解放日报记者 李成东").reporters
    ['李成东']
    >>> credit_line("九城协同，让彼此优势共振放大") is None
    True
    """
    if any(p in text for p in "，。；！？,;!?"):
        return None
    return parse_credit(text)


@lru_cache(maxsize=16384)
def furniture_line(text: str) -> bool:
    """Page furniture: a page header or footer part, a jump line, a box label.

    >>> [furniture_line(t) for t in ("（下转第3版）", "2024年5月12日 星期日", "责任编辑 王五", "简 讯")]
    [True, True, True, True]
    >>> [furniture_line(t) for t in ("6月25日，大会召开。", "本报记者 王五", "安徽和县：", "100，0，1060")]
    [False, False, False, False]
    >>> [furniture_line(t) for t in ("━━━━━━━━", "—A8—", "———", "——河南推进农业大省", "＊　＊　＊", "﹏﹏﹏﹏﹏﹏")]
    [True, True, False, False, True, True]
    >>> [furniture_line(t) for t in ("￣￣￣￣", "＊＊＊　本　报　简　讯　＊＊＊", "＊＊＊　好　消　息　＊＊＊", "◇ 今日快讯 ◇")]
    [True, True, False, True]
    >>> [furniture_line(t) for t in ("（详见A6版）", "北塘时报社出版　责任编辑：罗振华")]
    [True, True]
    >>> [furniture_line(t) for t in ("扫码看电子版", "扫描二维码关注我们", "扫码支付已覆盖全市，市民出行更便捷。")]
    [True, True, False]
    >>> [furniture_line(t) for t in ("▲扫一扫　看更多图片", "（扫码看现场视频）", "扫一扫，关注我们。")]
    [True, True, False]
    >>> [furniture_line(t) for t in ("今日天气　多云　5℃～18℃", "明天天气：晴转多云 -3~8℃", "天气晴好，游客众多")]
    [True, True, False]
    >>> [furniture_line(t) for t in ("---", "* * *", "![](images/3a.jpg)", "--", "![图](a.jpg)，见下")]
    [True, True, True, False, False]
    >>> [furniture_line(t) for t in ("【字号：大 中 小】　【打印】　【关闭】", "当前位置：首页 > 数字报 > 第A05版")]
    [True, True]
    >>> [furniture_line(t) for t in ("[ddc6be4f.jpg]", "[图片]", "版权所有 晨报社 未经授权不得转载", "[1]", "[注]")]
    [True, True, True, True, False]
    >>> [furniture_line(t) for t in ("原创 融媒中心 城市早报 2025-02-19 07:12 发表于浙江", "▼点击关注 获取更多资讯")]
    [True, True]
    >>> [furniture_line(t) for t in ("[1]首页 | [2]数字报", "12. http://a.cn/x.htm", "主办：晚报社　地址：文化路18号")]
    [True, True, True]
    >>> [furniture_line(t) for t in ("（本期编辑：王海燕）", "（编辑：李志明 审核：孙立）", "（完）", "（2016年10月19日）")]
    [True, True, False, False]
    >>> [furniture_line(t) for t in ("-- 1 of 1 --", "Page 2 of 5", "第 3 页 / 共 8 页", "1/2", "共有5页")]
    [True, True, True, False, False]
    >>> [furniture_line(t) for t in ("当前位置：首页 > 新闻中心 > 综合新闻", "详见第3版>>", "详见A3、4", "价格：3元>2元")]
    [True, True, False, False]
    >>> [furniture_line(t) for t in ("稿号304　时政　字数179", "电讯稿　2023年11月17日　星期五　第2页", "字数179个")]
    [True, True, False]
    >>> [furniture_line(t) for t in ("第1篇　共4篇", "（字数：185）", "本版由瑞城市卫生健康委员会协办", "本版由他负责")]
    [True, True, True, False]
    >>> [furniture_line(t) for t in ("责任编辑 邓子昂 新闻热线 0576-88614111", "编辑 张三 说 这是一句话")]
    [True, False]
    >>> [furniture_line(t) for t in ("（转下栏）", "（接上栏）", "slug: lxrb-20240531-a4-01", "layout: article", "CEO：张三")]
    [True, True, True, True, False]
    >>> [furniture_line(t) for t in ("┌─ 今日菜价（元/斤）─┐", "└─ 县市场监管局供稿 ─┘", "中共溪川县委宣传部主办 第1203期",
    ...                              "2025年9月26日 星期五 今日四版", "由市委宣传部主办")]
    [True, True, True, True, False]
    """
    core = _core(text)
    if not core:
        return bool(text.strip())    # a link's number alone (`[12]`), not an empty line
    if R.PAGE_MARKER.fullmatch(text.strip()) or R.BREADCRUMB.fullmatch(text) or R.BOX_EDGE.fullmatch(text) \
            or R.FRONT_MATTER.fullmatch(text):
        return True              # an extractor's page marker, a page count, a web page's trail,
                                 # a drawn box's edge with its label, a CMS export's front matter
    if R.URL_LINE.fullmatch(core) or _contact_parts(text) or R.QR_CAPTION.fullmatch(core.strip(R.BULLETS + "（）()")) \
            or "天气" in core and R.WEATHER_LINE.fullmatch(core):
        return True              # a web address, a footer of addresses and numbers, a QR code's
                                 # caption, the day's weather
    if (_rule(core) or R.THEMATIC_BREAK.fullmatch(core) or R.MD_IMAGES.fullmatch(core) or R.UNDERLINE.fullmatch(core)):
        return True              # ━━━━━━: a rule printed across the page (`———` ends a headline),
                                 # ＊ ＊ ＊: ornaments between articles, ￣￣￣: a headline's underline
    core = core.strip(R.BULLETS + R.RULE_CHARS + "·・*＊")   # ■■ 本版快讯 ■■, —A8—, ·7·, ＊＊ 简讯 ＊＊: marks on both sides
    if core[:1] in "（(" and core[-1:] in "）)" and R.MARGIN_NOTE.match(core[1:]):
        core = core[1:-1]                          # （本期编辑：王海燕）, not （2016年10月19日）
    if re.fullmatch(r"[\d，,/|·. ]+", core) and not re.fullmatch(r"\d{1,2}", core):
        return False             # numbers alone are body text broken off a line; a page number is one
    return bool(R.FURNITURE.fullmatch(core) or R.WEB_CHROME.fullmatch(core)
                or R.RIGHTS_LINE.match(core) or _post_stamp(core))


@lru_cache(maxsize=16384)
def chrome_line(text: str) -> bool:
    """Furniture whatever its neighbours say: a mark with no text (a rule, an image's placeholder,
    a text browser's link number), a web address, a web page's tools and navigation, a notice of
    rights, a post's stamp, a footer of contacts.

    >>> [chrome_line(t) for t in ("---", "[图片]", "12. http://a.cn/x", "版权所有 晨报社", "2024年5月12日 星期日")]
    [True, True, True, True, False]
    """
    if len(text) > 60 and "。" in text:
        return False                                 # a sentence of the text (a quick test)
    core = _core(text)
    if not core:
        return bool(text.strip())
    core = core.lstrip(R.BULLETS)                   # `▼点击关注`
    marks = (R.THEMATIC_BREAK, R.MD_IMAGES, R.SOCIAL_LINE, R.MD_FENCE, R.URL_LINE, R.WEB_CHROME)
    return (any(p.fullmatch(core) for p in marks)
            or any(p.match(core) for p in (R.EMAIL_HEADER, R.SHARE_NOTE, R.RIGHTS_LINE))
            or _contact_parts(text) or _post_stamp(core))


def page_rule(text: str) -> bool:
    """A rule or a row of ornaments printed across the page (`━━━━━━`, `﹏﹏﹏`, `＊　＊　＊`)."""
    return _rule(squeeze(text))


def _rule(core: str) -> bool:
    return len(core) >= R.RULE_MIN and bool(R.RULE_LINE.fullmatch(core)) or bool(R.ORNAMENT_LINE.fullmatch(core))


def _core(text: str) -> str:
    """A line's words as the furniture patterns read them: no spaces, no link numbers (`[12]`)."""
    return squeeze(R.LINK_MARK.sub("", text)) if "[" in text else squeeze(text)


def _post_stamp(core: str) -> bool:
    """A post's or a shared article's stamp: its date and time, no sentence, short."""
    return bool(R.POST_STAMP.search(core)) and len(core) <= 48 and not re.search("[，。；！？]", core)


def box_label(text: str) -> bool:
    """A box's label, its marks around it or not (`■ 短讯`, `〖简讯〗`, `■■ 本版快讯 ■■`, `·简讯·`)."""
    return bool(R.BOX_LABEL.fullmatch(squeeze(text).strip(R.BULLETS + R.RULE_CHARS + "【】〖〗[]·・ ")))


def _contact_parts(text: str) -> bool:
    """A footer line of two parts or more, each a contact's (`主办：西岭晚报社　地址：文化路18号`),
    maybe followed by the name or the number it gives (`责任编辑 邓子昂 新闻热线 0576-88614111`),
    or a document's list of who gets it (`报：市委办公室　送：各县（市、区）`)."""
    parts = text.split()
    if len(parts) < 2:
        return False
    if len(R.DISTRIBUTION.findall(text)) >= 2:
        return True
    led = False                                   # (a name or number only after a role's word)
    for p in parts:
        if R.MARGIN_NOTE.match(p):
            led = True
        elif not (led and (R.NAME.fullmatch(p) or R.PHONE.fullmatch(p))):
            return False
    return True


def open_ended(text: str) -> bool:
    """A heading line that goes on in the next: it ends with a long dash or a colon."""
    return bool(R.KICKER_END.search(text)) or text[-1] in "：:"
