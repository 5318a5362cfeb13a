"""From labelled lines to articles: the one assembler every labeller feeds.

A kicker or title line after anything else opens an article; consecutive subhead lines make one
subhead; a credit line goes to the article's credits; body and caption lines join into
paragraphs, a new one at each line marked `starts`. Inside a paragraph, a dateline opening the
article (`新民晚报讯`, `新华社北京6月1日电（记者 王五）`), a bullet and its run-in head, and a
bracketed credit closing it (`（记者 杨 洁）`) are moved to their fields.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field, replace

from . import rules as R
from ..clean import clean, join_lines, squeeze
from ..words import word_runs_on
from .credits import Credit, dateline_people, parse_credit
from .lines import Line, box_label, credit_line, ends_sentence, unspaced

HEADLINE = ("kicker", "title", "subtitle")
BODY = ("body", "caption")


@dataclass
class Paragraph:
    subhead: str
    text: str


@dataclass
class Article:
    """One article: headline parts, credits, subheads and paragraphs, all cleaned."""

    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    credits: list[Credit] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    closed: bool = False
    lines: list[int] = field(default_factory=list)    # the page's line numbers it is made of

    def empty(self) -> bool:
        return not (self.title or self.kicker or self.paragraphs or self.credits)


def opens_article(ln: Line, prev: Line | None) -> bool:
    """A headline line opens an article unless it goes on the headline of the line before
    (kicker, then title, then subtitle: a part never comes back to an earlier one)."""
    if ln.label not in HEADLINE:
        return False
    if prev is None or prev.label not in HEADLINE or ln.opens:
        return True
    return HEADLINE.index(ln.label) < HEADLINE.index(prev.label) or (
        ln.label == "kicker" and prev.label != "kicker")


def assemble(lines: list[Line]) -> list[Article]:
    """Articles from labelled lines (furniture and blank lines belong to none).

    >>> ls = [Line(1, "标题", True, False, label="title"),
    ...       Line(2, "正文第一句。", False, False, label="body", starts=True),
    ...       Line(3, "（记者 张 三）", False, True, label="credit")]
    >>> [(a.title, a.paragraphs[0].text, a.credits[0].printed) for a in assemble(ls)]
    [('标题', '正文第一句。', '记者张三')]
    """
    articles: list[Article] = []
    para: list[str] = []
    state = {"subhead": "", "prev": None}

    def flush() -> None:
        if para:
            state["subhead"] = _add_paragraph(articles[-1], para, state["subhead"])
            para.clear()

    boxed = False                       # a box label (furniture) just before: `■■ 本版快讯 ■■`
    in_box = False                      # ... and since, no headline: a box of briefs
    for ln in lines:
        if ln.label in ("blank", "furniture"):
            boxed = boxed or ln.label == "furniture"
            in_box = in_box or ln.label == "furniture" and box_label(ln.text)
            continue
        after_box, boxed = boxed, False
        if ln.label in HEADLINE:
            in_box = False
        prev, state["prev"] = state["prev"], ln
        if ln.label in HEADLINE:
            flush()
            if opens_article(ln, prev) and (not articles or not articles[-1].empty()):
                articles.append(Article())
                state["subhead"] = ""
            art = articles[-1]
            part = getattr(art, ln.label)
            text = ln.text if part else ln.text.lstrip(R.BULLETS + R.CIRCLED + " \u3000")   # ■ 标题, ①标题
            setattr(art, ln.label, part + clean(unspaced(text)))
        elif ln.label == "subhead":
            flush()
            if not articles:
                articles.append(Article())
            art = articles[-1]
            if prev is not None and prev.label == "subhead":
                art.subheads[-1] = clean(art.subheads[-1] + unspaced(ln.text))
            else:
                art.subheads.append(clean(unspaced(ln.text)))
            state["subhead"] = art.subheads[-1]
        elif ln.label == "credit":
            flush()
            if not articles:
                articles.append(Article())
            art = articles[-1]
            if prev is not None and prev.label == "credit" and art.credits and (
                    _open_bracket(art.credits[-1].printed) or R.ROLE_END.search(art.credits[-1].printed)
                    or _NAME_END.match(ln.text) or _signed_on(art.credits[-1].printed, ln.text)
                    or _cut_in_two(art.credits[-1].printed, squeeze(ln.text))):
                art.credits.append(read_credit(art.credits.pop().printed + ln.text))   # wrapped
            elif prev is not None and prev.label in BODY and (lead := _credit_begun(art, ln.text)):
                art.credits.append(read_credit(lead + ln.text))      # begun on the text's last line
            else:
                art.credits.append(read_credit(ln.text))
            photo = bool(art.credits[-1].photographers) or R.PHOTO_CREDIT.search(ln.text)
            art.closed = art.closed or bool(art.paragraphs) and not photo \
                and _says_who(art.credits[-1]) and not _mid_sentence(art.paragraphs[-1].text)
            # a credit after body text closes the article; one before it (（宁德时代供图）) does
            # not, nor does a photo's credit, printed wherever the photo stands, nor a byline
            # that the page's reading order put inside a sentence (`提升农产品附` | `本报记者
            # 刘金辉` | `加值，…`)
        else:
            if ln.starts:
                flush()               # a paragraph that ends in a credit closes its article
            head = _boxed_head(ln.text) if in_box and ln.starts and ln.text[:1] not in R.BULLETS else None
            bracket = _bracket_title(ln.text) if after_box or not articles else None
            if bracket is not None:
                flush()
            if not articles or (articles[-1].closed and not para) or head is not None or (
                    after_box and ln.starts and _run_in_item(ln.text)) or bracket is not None \
                    or in_box and ln.starts and _dated_item(ln.text) and _finished(articles[-1]):
                articles.append(Article())        # (the first item of briefs under a box label,
                state["subhead"] = ""             # or one with no headline but its dateline)
            if head is not None:                  # a brief's run-in title: `全国晚报精英聚首文成 5月31日…`
                articles[-1].title = clean(head.group("head"))
                para.append(ln.text[head.end():])
            elif bracket is not None:             # a post's: `【最高温飙升至20.6℃｜明起气温大幅下跌】本报讯…`
                parts = [clean(x) for x in re.split(r"[｜|]", bracket.group("inner"))]
                parts = parts if len(parts) <= 3 else ["".join(parts)]       # kicker｜title｜subtitle
                for name, part in zip(_BRACKET_PARTS[len(parts)], parts):
                    setattr(articles[-1], name, part)
                para.append(ln.text[bracket.end():])
            else:
                para.append(ln.text)
        if ln.side_credit:                      # a byline printed right of its title
            articles[-1].credits.append(read_credit(ln.side_credit))
        articles[-1].lines.append(ln.n)
    flush()
    for art in articles:
        art.title = _unbracketed(art.title)
    return articles


def _unbracketed(title: str) -> str:
    """A title printed wholly in brackets (`〖全国学校全面恢复教学正常秩序〗`) without them: they are
    the page's mark of a title, as a bullet is (a kicker keeps its: `【欢乐祥和过佳节】`, `［世象写真］`).

    >>> _unbracketed("〖绍兴开设非遗馆〗"), _unbracketed("【关注】民生"), _unbracketed("[图]新馆开放")
    ('绍兴开设非遗馆', '【关注】民生', '[图]新馆开放')
    """
    m = R.ENCLOSED.fullmatch(title)
    return next(g for g in m.groups() if g) if m else title


_ROLE = re.compile("记者|通讯员|报道|特约|实习生|见习|摄影|编辑")


_SLASH_SPACED = re.compile(r"^(\S{2,12}?)\s*([/／])\s*")     # an outlet and a slash, spaced apart


def _credit_as_printed(head: str) -> Credit:
    """A dateline or an opening credit, parsed, or as printed when no parser reads it."""
    return parse_credit(head) or Credit(squeeze(head))


_BRACKET_TITLE = re.compile(r"^\s*【(?P<inner>[^【】]{4,60})】(?=\S)")
_BRACKET_PARTS = {1: ("title",), 2: ("title", "subtitle"), 3: ("kicker", "title", "subtitle")}


def _bracket_title(text: str) -> re.Match | None:
    """A post's title run into its text in square brackets (`【“好评中国”，评出逐梦信心】□李群 …`),
    as social media and news apps print them: four Chinese characters or more, no credit."""
    m = _BRACKET_TITLE.match(text)
    if m is None or len(re.findall(r"[\u4e00-\u9fff]", m.group("inner"))) < 4 \
            or parse_credit(m.group()) is not None:
        return None
    return m


def _boxed_head(text: str) -> re.Match | None:
    """A brief's run-in title in a box, set off by a space and holding no punctuation."""
    m = R.RUN_IN_HEAD.match(text)
    return m if m and not re.search(r"[，。、；：！？,.;:!?（）()]", m.group("head")) \
        and len(m.group("head")) >= 4 and not R.DATELINE.match(m.group("head")) else None


_CREDIT_BEGUN = re.compile(r"(?<=[。！？”])[\u4e00-\u9fff]{1,4}$")


def _credit_begun(article: Article, text: str) -> str:
    """The start of a credit run in after the last sentence of the text, that the line under it
    goes on with (`…视野的极限。新` / `华社记者 欧东衢 摄`, `…甜甜的笑意。本报记` / `者吴力田摄`):
    taken from the paragraph, returned; "" when there is none (a word must run across the join,
    and the two must read as a credit)."""
    if not article.paragraphs:
        return ""
    last = article.paragraphs[-1]
    m = _CREDIT_BEGUN.search(last.text)
    if m is None or not word_runs_on(m.group(), squeeze(text)) \
            or parse_credit(m.group() + squeeze(text)) is None:
        return ""
    article.paragraphs[-1] = replace(last, text=last.text[:m.start()])
    return m.group()


def _finished(article: Article) -> bool:
    """Has the article text, and does its text end a sentence?"""
    return bool(article.paragraphs) and ends_sentence(article.paragraphs[-1].text)


def _dated_item(text: str) -> bool:
    """Does a paragraph open with a dateline of its own (`本报讯（记者厉晓杭 通讯员虞南）周末…`,
    `台海网9月1日讯`)? In a box of briefs (`简讯`), after an item's finished text, it opens the
    next item, headline or none: a dateline opens an article, never a paragraph inside one
    (one citing another outlet's, `据新华社…电`, aside). Outside a box it is left to the
    labeller: a headline it missed would be left in the article above."""
    m = R.DATELINE.match(text)
    if m is None or m.group("head").lstrip().startswith(("据", "另据")) \
            or m.group("head").rstrip()[-1:] not in "讯电":
        return False              # (`中新网消息，…` may as well cite another outlet's report)
    rest = text[m.end():].strip(" \u3000/／")
    return bool(rest) and parse_credit(rest) is None
    # (a dateline and its byline alone on a line, `本报讯/记者顾盈华`, open no text: a credit)


def _run_in_item(text: str) -> bool:
    """Does a line open an item with a run-in head (`■服务 市商务局…`)?"""
    return text[:1] in R.BULLETS and bool(R.RUN_IN_HEAD.match(text.lstrip(R.BULLETS + " ")))


def _says_who(credit: Credit) -> bool:
    """Does a credit line name a source or people (a surname leading each bare name)? A line
    the labeller took for a credit that names nobody (`2.3吨`, `指标数值` in a box of figures)
    closes no article."""
    from .features import surnames
    if credit.source or credit.photographers or credit.correspondents \
            or _ROLE.search(credit.printed):
        return True
    single, double = surnames()         # a name: a surname and one or two characters more,
    return bool(credit.reporters) and all(     # or 小, 老 or 阿 and a surname (`小阎`, `老王`)
        2 <= len(n) <= 3 and n[:1] in single or n[:2] in double
        or len(n) == 2 and n[0] in "小老阿" and n[1] in single for n in credit.reporters)


def _mid_sentence(text: str) -> bool:
    """Does a paragraph stop in mid-sentence (a bracket run on at its end aside:
    `…接种。（大河报·豫视` ends its sentence)?

    >>> _mid_sentence("提升农产品附"), _mid_sentence("民可前往接种。（大河报·豫视"), _mid_sentence("好。")
    (True, False, False)
    """
    core = _TRAILING_BRACKET.sub("", text.rstrip())
    return bool(core) and not ends_sentence(core) and core[-1] not in "）)"


_TRAILING_BRACKET = re.compile(r"[（(][^（）()]*[）)]?$")


def _open_bracket(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


# a credit's line that opens with the end of a name and its part (`恒/图` under `记者 时秀敏/文 徐毅`)
_NAME_END = re.compile(r"^[\u4e00-\u9fff][/／](?:文|图|摄)")


def _cut_in_two(head: str, tail: str) -> bool:
    """Does a credit's line end in the first part of a word its next line ends (a role word:
    `…记者梁爽通` / `讯员陈晓玲…`; a date: `…办公室2014` / `年12月26日`)? The two are one credit.

    >>> _cut_in_two("茂名日报社全媒体记者梁爽通", "讯员陈晓玲"), _cut_in_two("人民政府办公室2014", "年12月26日")
    (True, True)
    >>> _cut_in_two("记者梁爽", "通讯员陈晓玲"), _cut_in_two("记者梁爽", "2014年12月26日")
    (False, False)
    """
    if head[-1:].isdigit() and tail[:1] in "年月日":
        return True
    m = R.ROLE_WORD.search(head[-3:] + tail[:3])
    return m is not None and m.start() < len(head[-3:]) < m.end()


def _signed_on(signatory: str, line: str) -> bool:
    """Is a line the date a document's signatory (the credit before it) signed on? The two are
    one credit (`党政办公室` over `2023年12月28日`)."""
    return bool(R.SIGNATORY.fullmatch(signatory) and R.SIGNED_DATE.fullmatch(squeeze(line)))


def read_credit(text: str) -> Credit:
    """A line labelled credit, read as well as it can be: a parsed credit, else bare names
    (`郭建兴`, `□邓建青`), else the line as printed with no people.

    >>> read_credit("（记者 杨 洁）").reporters, read_credit("□邓建青").reporters
    (['杨洁'], ['邓建青'])
    >>> c = read_credit("（大河报·豫视频记者"); c.printed, c.reporters
    ('（大河报·豫视频记者', [])
    """
    credit = credit_line(text) or parse_credit(f"（{text.strip().lstrip(R.BULLETS)}）")
    if credit is not None and (credit.reporters or credit.source):
        return credit
    stripped = squeeze(text).lstrip(R.BULLETS)
    whole = stripped[1:-1] if stripped[:1] in "（(" and stripped[-1:] in "）)" else stripped
    return Credit(whole)


def _add_paragraph(article: Article, lines: list[str], subhead: str) -> str:
    """Clean one paragraph and file its parts: dateline and credits, run-in head, body text."""
    raw = join_lines(lines)
    if not article.paragraphs and not article.closed:
        m = R.BRACKET_LEAD.match(raw)              # 【中央社台北7日电】, 〔记者张存薇／台东报导〕
        lead = parse_credit(m.group()) if m else None
        if lead is not None and _says_who(lead):
            article.credits.append(replace(lead, printed=squeeze(
                (m.group("outlet") or "") + m.group("inner"))))
            raw = raw[m.end():]
        m = R.DATELINE.match(raw) or R.DATELINE.match(raw := _SLASH_SPACED.sub(r"\1\2", raw, count=1))
        if m:                                  # (`滨州日报 / 滨州网邹平讯`: spaces an extractor put in)
            article.credits.append(_credit_as_printed(m.group("head")))
            raw = raw[m.end():]
        m = R.LEADING_CREDIT.match(raw)        # 本报讯（记者 张三）, or a bracket after a dateline line
        people = parse_credit(m.group().strip()) if m and article.credits else None   # (bare names too)
        if people is not None and not _says_who(people):
            people = None                         # （完）
        if people is None and m and article.credits:      # （特派记者盛时杨先华）: names run together
            people = dateline_people(m.group("inner"))
        if people is None and article.credits:
            m = R.PEOPLE_LEAD.match(raw) or R.PEOPLE_RUN.match(raw)    # 本报讯 记者 张三 报道：
            people = parse_credit(m.group("inner")) if m else None
            if people:                            # printed in one run with its dateline: one credit
                head = article.credits.pop()
                people.printed = head.printed + squeeze(m.group())
                people.source, people.date = people.source or head.source, people.date or head.date
        if people:
            article.credits.append(people)
            raw = raw[m.end():]
        elif not article.credits and (m := R.OPENING_CREDIT.match(raw)):
            article.credits.append(_credit_as_printed(m.group().strip().rstrip("：:")))   # 特约记者张天龙成都报道 在…
            raw = raw[m.end():]
    if raw[:1] in R.BULLETS:
        raw = raw.lstrip(R.BULLETS + " ")
        m = R.RUN_IN_HEAD.match(raw)
        if m:
            head, raw = clean(m.group("head")), raw[m.end():]
            if not article.title and not article.paragraphs and not article.subheads:
                article.title = head                  # ■服务 市商务局…: an item of briefs, its title
            else:
                subhead = head
                article.subheads.append(subhead)
    m = R.TRAILING_CREDIT.search(raw)
    credit = parse_credit(m.group()) if m and ends_sentence(raw[: m.start()].rstrip()) else None
    if credit and _says_who(credit):              # （李先春 吴占先）: names in its brackets; not （完）
        article.credits.append(credit)
        article.closed = True
        raw = raw[: m.start()]
    text = clean(raw)
    if text:
        article.paragraphs.append(Paragraph(subhead, text))
    return subhead
