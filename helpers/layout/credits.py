"""Reading bylines, datelines and credits: who wrote it, for which outlet, on which date.

A credit is kept as printed (cleaned) in `credits`; the people and outlet it names are
copied into `source`, `reporters`, `correspondents`, `photographers` and `date`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import rules as R
from ..clean import halfwidth, squeeze


@dataclass
class Credit:
    """One credit line, as printed (cleaned), and what it says."""

    printed: str
    source: str = ""
    date: str = ""
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)


def _date(text: str) -> str:
    m = re.search(R.ANY_DATE, text)
    return re.sub(r"\s+", "", m.group()) if m else ""


def strip_brackets(text: str) -> str:
    """Drop the brackets around a closing credit.

    >>> strip_brackets("（记者 杨 洁）"), strip_brackets("〔记者张存薇／台东报导〕")
    ('记者 杨 洁', '记者张存薇／台东报导')
    """
    text = text.strip()
    if len(text) >= 2 and (text[0] in "（(" and text[-1] in "）)" or text[0] in "【〔［[" and text[-1] in "】〕］]"):
        return text[1:-1].strip()
    return text


def parse_credit(raw: str) -> Credit | None:
    """Parse a credit (`记者 杨 洁`, `新华网 发 王文生 摄`, `据 6月 25日今日闵行官方微信`), else None.

    >>> c = parse_credit("（记者 顾雨婷 通讯员 李婷婷 陈 浩）")
    >>> c.printed, c.reporters, c.correspondents
    ('记者顾雨婷通讯员李婷婷陈浩', ['顾雨婷'], ['李婷婷', '陈浩'])
    >>> c = parse_credit("新华网 发 王文生 摄"); c.source, c.photographers
    ('新华网', ['王文生'])
    >>> c = parse_credit("据 6月 25日今日闵行官方微信"); c.source, c.date
    ('今日闵行官方微信', '6月25日')
    >>> parse_credit("这是一句正文。") is None
    True
    >>> c = parse_credit("乔启明摄（影像中国）"); c.photographers, c.source
    (['乔启明'], '影像中国')
    >>> parse_credit("（新华社发）").source, parse_credit("本报记者董芳忠摄影报道").photographers
    ('新华社', ['董芳忠'])
    >>> parse_credit("□纪哉").reporters, parse_credit("纪哉")
    (['纪哉'], None)
    >>> c = parse_credit("新华社发（马丰成摄）"); c.source, c.photographers
    ('新华社', ['马丰成'])
    >>> c = parse_credit("新华社发 马丰成摄"); c.source, c.photographers
    ('新华社', ['马丰成'])
    >>> parse_credit("新华社记者 万象摄■").photographers       # an article's end mark after it
    ['万象']
    >>> c = parse_credit("《经济通通讯社驻京记者黄燕明14日北京专电》"); c.source, c.reporters, c.date
    ('经济通通讯社', ['黄燕明'], '14日')
    >>> parse_credit("《关于做好元旦春节期间有关工作的通知》") is None
    True
    >>> c = parse_credit("——摘自《潍坊晚报》2012年8月4日"); c.printed, c.source, c.date
    ('摘自《潍坊晚报》2012年8月4日', '潍坊晚报', '2012年8月4日')
    >>> parse_credit("（播报人：范建荣 王文有）").reporters, parse_credit("·孙国钧夏和明汪靖·").printed
    (['范建荣', '王文有'], '孙国钧夏和明汪靖')
    """
    core = raw.strip()
    if core[:1] == "《" and core[-1:] == "》" and "《" not in core[1:-1]:   # a credit in title marks
        inner = parse_credit(core[1:-1])           # (`《经济通通讯社驻京记者黄燕明14日北京专电》`):
        return inner if inner is not None and (inner.reporters or inner.photographers) else None
    boxed = raw.strip()[:1] == "□" and _surname_led(raw.strip()[1:])   # `□纪哉`: a byline's box
    raw = raw.strip().lstrip(R.BULLETS + " \u3000").rstrip("■□ \u3000")   # `□ 本报记者 X`: the box
    # is a layout mark, and so is the end mark after an article's last line (`新华社记者 万象摄■`)
    bracketed = raw.strip()[:1] in "（(" and strip_brackets(raw) != raw.strip() or boxed
    text = strip_brackets(halfwidth(raw))
    if not text or len(squeeze(text)) > R.MAX_CREDIT_CHARS:
        return None
    printed = squeeze(text)
    if (m := _FILED_FROM.fullmatch(printed)) and (who := parse_credit(m.group("who"))) is not None:
        return replace(who, printed=printed, date=m.group("date"))   # `…记者黄燕明14日北京专电`
    if m := _DIGESTED.fullmatch(printed):                    # `——摘自《潍坊晚报》2012年8月4日`
        return Credit(printed.lstrip("—-－"), source=m.group("source"), date=_date(printed))
    m = R.SOURCE_LINE.match(printed) or bracketed and _SOURCE_OF.fullmatch(printed)
    if m:                                                     # `来源：X`, `（预警信息来源：X）`
        return Credit(printed, source=m.group("source"))
    if m := R.AGENCY_SENT.match(printed):                     # `新华社发`: the agency's photo
        return Credit(printed, source=m.group("source"))
    if m := _SENT_BRACKET.fullmatch(printed):                 # `新华社发（马丰成摄）`
        people = _parse_people(m.group("inner"), printed, False)
        if people is not None:
            people.source = m.group("source")
            return people
    if bracketed and (m := _ROLE_COLON.fullmatch(text.strip())):   # `（播报人：范建荣 王文有）`
        names = m.group("names").split()
        if len(names) < 2 or not all(R.NAME.match(n) for n in names):
            names = split_names(printed[len(m.group("role")) + 1:])      # (printed without spaces)
        if names:
            return Credit(printed, reporters=names)
    if (m := _DOTTED.fullmatch(raw.strip())) and (names := _tagged_names(squeeze(m.group("names")))):
        return Credit("".join(names), reporters=names)      # `·孙国钧夏和明汪靖·`: names between dots
    credit = _parse_agency(printed) or _parse_dateline(printed) or _parse_bracketed(printed)
    if credit is None and (m := _AGENCY_AFTER.fullmatch(printed)):   # `乔启明摄（影像中国）`
        credit = _parse_people(text[:text.rindex(m.group("bracket")[0])], m.group("credit"), False)
        if credit is not None:
            credit.printed, credit.source = printed, credit.source or m.group("source")
            return credit
    return credit or _parse_people(text, printed, bare_names=bracketed)


# the people of a dateline's bracket: role words and the names after each (`特派记者盛时杨先华`,
# `记者 池银花通讯员 叶为民`, `通讯员袭龙生刘学报道`), nothing else
_DATELINE_PEOPLE = re.compile(rf"(?:(?:本报)?(?:特约|实习|首席|见习|特派|驻[{R.HAN}]{{1,6}}|全媒体|融媒体)?"
                              rf"(?:摄影记者|记者|通讯员|实习生)[{R.HAN}·、\s]{{2,24}}?)+(?:报道|报导)?")


def dateline_people(inner: str) -> Credit | None:
    """The bracket printed after a dateline (`本报讯（记者 张三）`), when it is only role words and
    names: a credit even where the names run together past telling apart (`（特派记者盛时杨先华）`,
    `（记者陈凯星王攀詹奕嘉邓瑞璇）`): each role followed by a surname. (The caller has tried
    `parse_credit` first.) Each role's names, where `split_names` can cut them; else the credit
    names nobody, and is still the credit, not the article's first words.

    >>> c = dateline_people("特派记者盛时杨先华"); c.printed, c.reporters
    ('特派记者盛时杨先华', [])
    >>> dateline_people("记者 池银花通讯员 叶为民").correspondents
    ['叶为民']
    >>> dateline_people("记者从市教育局获悉，昨日") is None, dateline_people("记者从市教育局获悉") is None
    (True, True)
    """
    if not _DATELINE_PEOPLE.fullmatch(inner.strip()):
        return None
    credit = Credit(squeeze(inner))
    for part in _split_roles(credit.printed):
        m = R.ROLE.match(part)
        rest = re.sub("(?:报道|报导)$", "", m.group("rest")) if m else ""
        if not rest or not _surname_led(rest[:2]):
            return None                           # （记者从市教育局获悉）: no name after the role
        names = [rest] if len(rest) <= 3 else split_names(rest)
        getattr(credit, R.ROLES[m.group("role")]).extend(names)
    return credit


# a reporter, then the day and the place the report was filed from (`经济通通讯社驻京记者黄燕明14日北京专电`)
_FILED_FROM = re.compile(rf"(?P<who>.{{2,20}}?(?:记者|通讯员)[{R.HAN}·]{{2,4}})(?P<date>\d{{1,2}}日)[{R.HAN}]{{2,4}}专?电")
# where a digest took an item from, with the date it ran there (`——摘自《潍坊晚报》2012年8月4日`)
_DIGESTED = re.compile(rf"[—\-－]*(?:摘自|摘编自|选自|转自|转载自|原载|摘编于)《(?P<source>[^《》]{{1,24}})》(?:{R.DATE})?")
# a bracketed source of what the article reports (`预警信息来源：国家预警信息发布中心`)
_SOURCE_OF = re.compile(rf"[{R.HAN}]{{1,6}}来源[：:](?P<source>[{R.HAN}A-Za-z0-9·]{{2,20}})")
# a closing credit naming its people's part in a word of its own (`播报人`, `撰稿人`, `供稿人`)
_ROLE_COLON = re.compile(rf"(?P<role>[{R.HAN}]{{1,3}}[人员])[：:]\s*(?P<names>[{R.HAN}·\s]{{2,30}})")
# a closing credit's names set between middle dots, with no other mark (`·孙国钧夏和明汪靖·`)
_DOTTED = re.compile(rf"[·•・]\s*(?P<names>[{R.HAN}][{R.HAN}\s]{{3,14}})\s*[·•・]")
# an agency's photo with its photographer in brackets after it (`新华社发（马丰成摄）`)
_SENT_BRACKET = re.compile(rf"(?P<source>{R.OUTLET})发[（(](?P<inner>[^（）()]{{2,20}})[）)]")
# a photo credit with the agency that distributes the photo in brackets after it
_AGENCY_AFTER = re.compile(rf"(?P<credit>.+?(?:{'|'.join(R.PHOTO_MARKS)}))"
                           r"(?P<bracket>[（(](?P<source>[^（）()]{2,10})[）)])")


def _tagged_names(run: str) -> list[str]:
    """A run of names that jieba's tagger reads as names and nothing else (`孙国钧夏和明汪靖`, not
    `新闻链接`), each of two to four characters; else none."""
    from ..words import pos_tokenizer
    words = [(w.word, w.flag) for w in pos_tokenizer().cut(run)]
    return [w for w, _ in words] if all(f == "nr" and 2 <= len(w) <= 4 for w, f in words) else []


def _parse_bracketed(printed: str) -> Credit | None:
    """Hong Kong's and Taiwan's bracketed credits: an outlet with its 专讯 (`明报专讯`,
    `on.cc东网专讯`, `Now新闻台`), or an outlet and its reporters (`中国时报【黄邱伦╱彰化报导】`)."""
    if R.BRACKET_OUTLET.fullmatch(printed) and not re.fullmatch(rf"[{R.HAN}]{{1,3}}", printed):
        return Credit(printed, source=re.sub("(?:专讯|专电|讯|电|消息)$", "", printed))
    m = R.BRACKET_LEAD.fullmatch(printed)
    if m and m.group("outlet"):
        people = parse_credit(f"（{m.group('inner')}）")              # (its names bare)
        if people is not None and (people.reporters or people.photographers):
            return replace(people, printed=m.group("outlet") + squeeze(m.group("inner")),
                           source=people.source or m.group("outlet"))
    return None


def _parse_agency(printed: str) -> Credit | None:
    """`据新华社`, `据 6月25日今日闵行官方微信`."""
    m = R.AGENCY.match(printed)
    if not m or not re.fullmatch(R.OUTLET, m.group("source")):
        return None
    return Credit(printed, source=m.group("source"), date=_date(printed))


def _parse_dateline(printed: str) -> Credit | None:
    """`新民晚报讯`, `新华社北京6月1日电` standing alone."""
    m = R.DATELINE.match(printed)
    if not m or m.end("head") != len(printed):
        return None
    date = re.sub(r"\s+", "", m.group("date")) if m.group("date") else _date(printed)
    return Credit(printed, source=outlet_of(m.group("head")), date=date)


def outlet_of(head: str) -> str:
    """The outlet a dateline or byline names.

    >>> outlet_of("新华社北京6月1日电"), outlet_of("解放日报记者"), outlet_of("本报讯"), outlet_of("据《人民日报》北京电")
    ('新华社', '解放日报', '本报', '人民日报')
    """
    m = re.match(rf"本报|{R.OUTLET}", squeeze(head).removeprefix("据"))
    return m.group().strip("《》") if m else ""


def _parse_people(text: str, printed: str, bare_names: bool) -> Credit | None:
    """Role words, outlets and names separated by spaces; None if any token is something else.

    Names with no role word (`（王 芳）`) count only inside the brackets of a closing credit.
    """
    credit, role, pending, marked = Credit(printed), "reporters", [], bare_names
    for token in _join_single_characters(_tokens(text)):
        kind, value = _token(token)
        if kind is None:
            return None
        marked = marked or kind in ("role", "photo", "text_photo")
        if kind == "role":
            _flush(credit, role, pending)
            role, outlet, rest = value
            credit.source = credit.source or outlet
            pending = list(rest)
        elif kind == "photo":
            if value:
                pending.append(value)
            _flush(credit, "photographers", pending)
        elif kind == "text_photo":
            pending += [value] if value else []
            credit.photographers.extend(pending)
            _flush(credit, "reporters", pending)
        elif kind == "wrote":
            _flush(credit, role, pending)
            pending = []
        elif kind == "outlet":
            credit.source = credit.source or value
        elif kind == "name":
            pending.append(value)
        elif kind == "names":
            pending.extend(value)
    _flush(credit, role, pending)
    people = credit.reporters + credit.correspondents + credit.photographers
    return credit if people and marked else None


def _tokens(text: str) -> list[str]:
    """A credit's parts: split at spaces and at the commas between names; `报道` dropped
    (`记者 张三 报道：` names a reporter).

    >>> _tokens("记者童晨曦、通讯员余舟、周璇"), _tokens("记者庄怀青报道")
    (['记者童晨曦', '通讯员余舟', '周璇'], ['记者庄怀青'])
    >>> _tokens("本报记者董芳忠摄影报道")
    ['本报记者董芳忠', '摄影']
    >>> _tokens("记者王燕华／花莲报导")          # Taiwan's form: who, and where from
    ['记者王燕华']
    >>> _tokens("记者戴伟龙/文胡龙召/摄")
    ['记者戴伟龙', '文/', '胡龙召摄']
    """
    out = []
    if not any(mark in text for mark in R.TEXT_PHOTO_MARKS):        # (not `文/图 张三`)
        text = _BY_SLASH.sub(lambda m: " 文/ " if m.group(1) == "文" else "摄 ", text)  # `张三/文 李四/摄`
    for token in (part for run in re.split(r"[\s、，,]+", text) for part in _split_roles(run)):
        for mark in R.REPORTED:
            if token.endswith(mark) and token != mark:
                token = re.sub(r"[／/╱][^／/╱]{1,8}$", "", token[: -len(mark)])   # `／台北`: where
                break
            if token == mark:
                token = ""
        for mark in R.PHOTO_MARKS:                         # `本报记者董芳忠摄影`: who took it
            m = R.ROLE.match(token[: -len(mark)]) if token.endswith(mark) else None
            if m and m.group("rest"):
                out += [token[: -len(mark)], mark]
                token = ""
                break
        if token:
            out.append(token)
    return out


# a name's part after a slash: `记者 张三/文 李四/摄` (wrote the text, took the photo)
_BY_SLASH = re.compile(r"(?<=[\u4e00-\u9fff])[/／╱](文|图|摄)")
# a role word after a name, where a credit printed without spaces goes on to its next person
_NEXT_ROLE = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:本报)?(?:特约|实习|首席|见习|特派)?(?:摄影记者|记者|通讯员|实习生))")


def _split_roles(run: str) -> list[str]:
    """A run of a credit cut before each role word but its first (`晨报记者梁耀华通讯员潘明明摄`,
    printed without spaces): one person or group per role.

    >>> _split_roles("晨报记者梁耀华通讯员潘明明摄"), _split_roles("本报记者张三本报通讯员李四")
    (['晨报记者梁耀华', '通讯员潘明明摄'], ['本报记者张三', '本报通讯员李四'])
    """
    first = R.PERSON_ROLE.search(run)
    if first is None:
        return [run]
    cuts: list[int] = []
    for m in _NEXT_ROLE.finditer(run, first.end()):
        if m.start() > first.end() and not (cuts and run[cuts[-1]:m.start()] == "本报"):
            cuts.append(m.start())
    return [run[a:b] for a, b in zip([0] + cuts, cuts + [len(run)]) if run[a:b]]


def _flush(credit: Credit, role: str, pending: list[str]) -> None:
    getattr(credit, role).extend(pending)
    pending.clear()


def _join_single_characters(tokens: list[str]) -> list[str]:
    """Letter-spaced names come back whole: ['陈', '浩'] -> ['陈浩'].

    >>> _join_single_characters(["记者", "杨", "洁", "摄"])
    ['记者', '杨洁', '摄']
    >>> _join_single_characters(["记者", "孙", "超", "周", "雪"])
    ['记者', '孙超', '周雪']
    """
    out: list[str] = []
    run = ""
    for tok in tokens + [""]:
        if len(tok) == 1 and re.match(rf"[{R.HAN}]", tok) and tok not in ("摄", "发"):
            run += tok
            continue
        out += _split_run(run)
        run = ""
        if tok:
            out.append(tok)
    return out


def _split_run(run: str) -> list[str]:
    """A run of spaced single characters: 2 or 3 make one name, an even number pairs of names.

    >>> _split_run("孙超周雪"), _split_run("欧阳宏"), _split_run("")
    (['孙超', '周雪'], ['欧阳宏'], [])
    """
    if len(run) >= 4 and len(run) % 2 == 0:
        return [run[i:i + 2] for i in range(0, len(run), 2)]
    return [run] if run else []


def _token(token: str) -> tuple[str | None, object]:
    """Classify one space-separated token of a credit."""
    if token == "发":
        return "skip", None
    if token == "文/":                                     # `张三/文`: the names before wrote it
        return "wrote", None
    if m := R.AGENCY_SENT.match(token):                   # `新华社发 马丰成摄`: the agency's photo
        return "outlet", m.group("source")
    for mark in R.TEXT_PHOTO_MARKS:
        if token.endswith(mark) and (token == mark or R.NAME.match(token[: -len(mark)])):
            return "text_photo", token[: -len(mark)]
    for mark in R.PHOTO_MARKS:
        if token.endswith(mark) and (token == mark or R.NAME.match(token[: -len(mark)])):
            return "photo", token[: -len(mark)]
    m = R.ROLE.match(token)
    if m and len(m.group("rest")) == 4 and (pair := _two_names(m.group("rest"))):   # 毛鑫叶飞
        return "role", (R.ROLES[m.group("role")], m.group("outlet") or "", pair)
    if m and (not m.group("rest") or R.NAME.match(m.group("rest"))):
        return "role", (R.ROLES[m.group("role")], m.group("outlet") or "",
                        [m.group("rest")] if m.group("rest") else [])
    if m and m.group("rest") and (names := split_names(m.group("rest"))):
        return "role", (R.ROLES[m.group("role")], m.group("outlet") or "", names)
    if re.fullmatch(rf"本报|{R.OUTLET}", token) and len(token) >= 3:
        return "outlet", token
    if R.NAME.match(token):
        return "name", token
    if names := split_names(token):
        return "names", names
    return None, None


def _surname_led(text: str) -> bool:
    """Names printed bare: two to four Chinese characters a word, each word led by a surname."""
    from .features import surnames
    single, double = surnames()
    words = text.split()
    return bool(words) and all(re.fullmatch(rf"[{R.HAN}]{{2,4}}", w) and (w[0] in single or w[:2] in double)
                               for w in words)


def _two_names(run: str) -> list[str]:
    """Four characters that are two names of two (`毛鑫叶飞`), not one name with a two-character
    surname (`欧阳小明`), as `split_names` cuts them; else none."""
    from .features import surnames
    if run[:2] in surnames()[1]:
        return []
    names = split_names(run)
    return names if len(names) == 2 else []


def split_names(run: str) -> list[str]:
    """Names printed together with no space between them (`黄华郝志华`, `李仁臣周庆`): the one
    way to cut the run into names of two or three characters each led by a surname
    (`data/lexicons/surnames.txt`), none of them a word jieba's dictionary knows as anything
    but a name; else none.

    >>> split_names("黄华郝志华"), split_names("孟西安祁鸿斌"), split_names("全力以赴稳投资")
    (['黄华', '郝志华'], ['孟西安', '祁鸿斌'], [])
    >>> split_names("黄金周期间")
    []
    """
    from .features import surnames
    if not 4 <= len(run) <= 9 or not re.fullmatch(rf"[{R.HAN}]+", run):
        return []
    single, double = surnames()

    def cuts(rest: str) -> list[list[str]]:
        if not rest:
            return [[]]
        out = []
        for n in (2, 3):
            part = rest[:n]
            if len(part) == n and (part[0] in single or part[:2] in double):
                out += [[part] + tail for tail in cuts(rest[n:])]
        return out

    ways = cuts(run)
    if len(ways) != 1:
        return []
    from ..words import pos_tokenizer                     # a part that is a word of the dictionary
    tags = pos_tokenizer().word_tag_tab                   # other than a name (黄金|周期间) is none
    return [] if any(tags.get(part, "nr")[:2] != "nr" for part in ways[0]) else ways[0]
