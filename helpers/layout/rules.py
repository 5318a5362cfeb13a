"""Every rule the page splitter uses, in one readable place.

The splitter (`helpers.layout`) reads a page line by line and asks the questions below:
is this line a credit, a bullet, a heading? The answers are patterns and numbers kept here,
so a user whose pages are laid out differently changes them here and nowhere else.
"""
import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_ONLY = re.compile(f"[{HAN}]+")
HAN_RUN = re.compile(f"[{HAN}]{{2,}}")        # two Chinese characters in a row: words, not a mark
# What marks a line as a credit whatever else it says: a role, an outlet's 讯/电, a photo's 摄/图.
ROLE_WORD = re.compile("记者|通讯员|报道|特约|实习|见习|摄|编辑|讯|电|图|来源|本报|据")

# --- punctuation --------------------------------------------------------------
SENTENCE_END = "。！？!?"          # a sentence (and, at a line end, maybe a paragraph) ends
ELLIPSIS = "…"                    # "……" ends a sentence too
CLOSERS = "”’」』）)》〉】"           # closing marks that stay with the sentence before them
BULLETS = "■□●○◆◇▲△▼▽▶▷►◀◁▸▹◈◉♦➤➢☞•★☆◎※▍▌"   # layout marks opening a list item; dropped from the text
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳❶❷❸❹❺❻❼❽❾❿⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"   # numbers a page sets
# before its briefs' titles: dropped from a headline, kept in body text (`①加强…；②…`)
JUSTIFIED = re.compile(r"[，、；：。！？“”‘’（）《》]\s|\s[，、；：。！？”’）》]")  # spaces a justified line leaves
KICKER_END = re.compile(r"(?:—|―|－|-){2,}$")   # a kicker (引题) ends with a long dash
SUBTITLE_DASHES = ("——", "⸺", "⸻", "－－", "--")         # ... and a subtitle opens with one (⸺, ⸻: the
                                                  # two- and three-em dash some extractors write)
# A couplet: two phrases of (about) one length set apart by a space (`全力拼经济 奋战开门红`), over a
# title, is the kicker (引题) a page sets over it
COUPLET = re.compile(rf"\s*(?P<a>[{HAN}“”‘’]{{3,8}})[ \u3000]+(?P<b>[{HAN}“”‘’]{{3,8}})\s*")
KICKER_SHORT = 4          # a headline's first part of a word or two (`地评线`, `迁安`) over a longer one
                          # is a column's name, the kicker: no title is so short and has a subtitle
KICKER_NARROW = 2.5       # ... so is a phrase of up to twice that over a line this many times as wide

# --- outlets, datelines, credits ----------------------------------------------
OUTLET_SUFFIXES = ("日报|晚报|早报|时报|商报|青年报|报|通讯社|社|新闻网|网|电视台|广播电台|台|"
                   "客户端|官方微信|公众号|微信|微博|新闻|融媒体中心|融媒体|融媒|广电|传媒|在线|信息港")
OUTLET_NAMES = "央视|央广"      # outlets known by a name with none of the suffixes (CCTV, CNR)
_SUFFIX_FIRST = "".join(sorted({suffix[0] for suffix in OUTLET_SUFFIXES.split("|")}))
# (the lookahead on a suffix's first character lets the pattern fail fast: measured 40 % faster)
OUTLET = (rf"(?:[{HAN}]{{1,12}}?(?=[{_SUFFIX_FIRST}])(?:{OUTLET_SUFFIXES})|[{HAN}]{{0,6}}?(?:{OUTLET_NAMES})"
          rf"|《[{HAN}]{{1,12}}?(?:{OUTLET_SUFFIXES})》)")     # 《东江时报》记者姚木森 摄
DATE = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
CN_DATE = r"[一二三四五六七八九十〇]{1,3}月[一二三四五六七八九十]{1,3}日"
NEAR_DAY = r"今日|今天|今晨|昨日|昨天|日前|近日"          # datelines that name the day relatively
ANY_DATE = rf"(?:{DATE}|{CN_DATE}|{NEAR_DAY})"
# 新民晚报讯 / 本报讯 / 新华社北京6月1日电 / 中新网上海6月3日电 / 本报多哈今晨专电 / 据新华社电 /
# 滨州日报/滨州网邹平讯 / 福建法治报-海峡法治在线7月23日讯 / 淄博6月20日讯 (a place and a date, a
# space after) / CCTV.com消息; a bracket of people after it (本报讯（记者 张三 通讯员 李四）) is a
# LEADING_CREDIT of the first paragraph, and so is `记者 张三 报道：`
DATELINE = re.compile(
    rf"^\s*(?P<head>据?\s*(?:本报|{OUTLET})(?:[/-]{OUTLET})?\s*(?:讯|(?:综合)?消息|电|(?P<place>[{HAN}]{{2,8}}?)?\s*"
    rf"(?P<date>{ANY_DATE}|\d{{1,2}}\s*日)\s*(?:专电|电|讯|(?:综合)?消息)|(?P<place2>[{HAN}]{{2,4}})讯"
    rf"|(?P<place3>[{HAN}]{{2,4}}?)(?<![贺来致回去复发急通])专?电(?![话视脑子力器网线费])"   # 新华社曼谷电 (no date)
    rf")"
    rf"|[{HAN}]{{2,4}}\s*{DATE}\s*(?:专电|电|讯)(?=[\s（(：:]|$)"
    rf"|[A-Za-z][A-Za-z0-9.]{{1,20}}\s*(?:消息|讯|电)(?=[（(：:\s])"   # CCTV.com消息（朝闻天下）：
    rf"|讯(?=[（(]\s*(?:记者|通讯员|实习生))"     # 讯（记者王舒嫄）: a copy that lost the paper's name
    rf"|[{HAN}]{{5,10}}?\s*{DATE}\s*(?:专电|电|讯)(?=[（(]\s*(?:记者|通讯员|实习生)))"   # 新华财经北京5月29日电（记者
)
ROLE = re.compile(rf"^(?P<outlet>本报|{OUTLET}(?:·[{HAN}]{{1,8}})?)?"
                  rf"(?:特约|实习|首席|见习|特派|驻[{HAN}]{{1,6}}|全媒体|融媒体|视频|主任|高级)?"
                  rf"(?P<role>摄影记者|记者|通讯员|实习生|作者|评论员)[：:/／╱]?(?P<rest>.*)$")
PERSON_ROLE = re.compile(r"摄影记者|记者|通讯员|实习生")
ROLE_END = re.compile("(?:记者|通讯员|实习生|作者)[：:]?$")   # a credit wrapped before its names
ROLES = {"记者": "reporters", "作者": "reporters", "评论员": "reporters", "摄影记者": "photographers",
         "通讯员": "correspondents", "实习生": "correspondents"}
PHOTO_MARKS = ("摄影", "摄", "供图", "制图")
TEXT_PHOTO_MARKS = ("文\\图", "文/图", "图/文", "图文")     # wrote the text and took the photos
REPORTED = ("报道：", "报道:", "报道", "报导：", "报导:", "报导")   # `记者 张三 报道` names a reporter
                                                            # (报导: Taiwan's word)
SOURCE_LINE = re.compile(rf"^(?:来源|稿源|来自)[：:]\s*(?P<source>[{HAN}A-Za-z0-9·]{{2,20}})$")
PEOPLE_LEAD = re.compile(rf"^\s*(?P<inner>(?:[{HAN}]{{0,4}}(?:记者|通讯员)[^，。；：:（）()]{{1,30}}?)报道)[：:]")
# ... or with no 报道, set off from the text by an ideographic space (`东江时报讯 记者范文燕　“哇，…`)
PEOPLE_RUN = re.compile(rf"^\s*(?P<inner>[{HAN}]{{0,4}}?(?:记者|通讯员|实习生)\s*[{HAN}·]{{2,4}}(?:[、\s][{HAN}·]{{2,4}})*?"
                        rf"(?:\s*(?:通讯员|实习生)\s*[{HAN}·]{{2,4}})*?)"
                        rf"(?=\u3000|\s{{2}}|$|\s*\d{{1,2}}日)")   # ... or before the day: `通讯员 叶俊延27日晚`
# `中国气象报通讯员张蕾报道 5月28日晚…`: people who report, running into the first paragraph
OPENING_CREDIT = re.compile(rf"^\s*(?:本报|{OUTLET})?[{HAN}]{{0,4}}(?:记者|通讯员)[{HAN}·\s]{{2,16}}?报道(?:[：:\s]|(?=\d))")
AGENCY = re.compile(rf"^据\s*(?P<date>{DATE})?\s*(?P<source>[{HAN}A-Za-z0-9]+?)(?:消息|报道|电)?$")
NAME = re.compile(rf"^[{HAN}·]{{1,4}}$")
MAX_CREDIT_CHARS = 40             # a credit line is short
LEADING_CREDIT = re.compile(r"^\s*[（(](?P<inner>[^（）()]{1,40})[）)]")
# A credit in square or tortoise-shell brackets opening a paragraph, as Hong Kong and Taiwan papers
# print them (`【中央社台北7日电】`, `〔记者张存薇／台东报导〕`, `【明报专讯】`, `【Now新闻台】`), and an
# outlet with its reporters so bracketed (`中国时报【黄邱伦╱彰化报导】`)
BRACKET_LEAD = re.compile(rf"^\s*(?P<outlet>{OUTLET})?[【〔［\[](?P<inner>[^【】〔〕［］\[\]]{{2,30}})[】〕］\]]")
# an outlet named in such a bracket, with its 专讯 (special report) or none: `明报专讯`, `on.cc东网专讯`
BRACKET_OUTLET = re.compile(rf"[A-Za-z0-9.]{{0,10}}(?:{OUTLET}|[{HAN}]{{1,6}}(?:新闻台|电视|电台))(?:专讯|专电|讯|电|消息)?")
TRAILING_CREDIT = re.compile(r"[（(](?P<inner>[^（）()]{1,40})[）)]\s*$")
# a bulleted item may open with a run-in head, set off by a space: "■ 长三角区域高速路网协同排堵保畅 四省市…"
RUN_IN_HEAD = re.compile(rf"^(?P<head>[^，。；！？,;!?\s]{{1,39}}?[{HAN}”』」])\s+(?=[{HAN}“『「0-9])")

# --- widths (one Chinese character = 1, an ASCII character = 0.55) -------------
ASCII_WIDTH = 0.55
COLUMN_BEFORE = 4         # lines before and after a line used to estimate its column's width
COLUMN_AFTER = 10         # (more after: a heading's column is the one of the text under it)
COLUMN_QUANTILE = 0.75    # the column width is this quantile of the window's line widths
HEADING_GAP_SURE = 6.0    # a line this much shorter than the column is a heading candidate
HEADING_GAP_MAYBE = 4.0   # ... this much shorter, only when no word runs on into the next line
HEADING_WIDE = 1.25       # a line this many times wider than the column spans columns: a headline
LETTER_SPACED_MIN = 3     # at least this many pairs of neighbouring Chinese characters set apart,
LETTER_SPACED_SHARE = 0.6  # ... and this share of all such pairs (spaces around digits, as in
                           # `将于 7 月 5 日`, do not part two Chinese characters, so do not count)
INDENT_GAP = 1.5          # paragraphs are indented when their first lines are this much short
INDENT_MIN_OPENINGS = 5   # ... judged on at least this many paragraph openings,
INDENT_SHARE = 0.75       # ... of which this share must be short
HANGING_MIN = 8           # a hanging indent: at least this many indented lines carry a line on,
HANGING_SHARE = 0.5       # ... they are this share of the text lines, and this share of them
                          # goes on with a sentence left unfinished above
HEADING_INDENT = 3.0      # a line set in this far (beyond a paragraph's two-character indent)
SHORT_CREDIT = 8          # ... and this short, after a paragraph's end, is a credit set flush right
ECHO_TITLE_AFTER = 0.5    # a title's two-character sequences: at least this share come back after
ECHO_TITLE_BEFORE = 0.05  # ... and at most this share occur before (corpus openings: 0.56 / 0.01)
UNINDENTED_GAP = 1.0      # on such a page, an opening line shorter by less than this is a heading
LEAD_PARAGRAPHS = 2       # an article without byline has this many paragraphs before a subhead
SHORT_PARAGRAPH_END = 0.85 # a line ending a sentence at this share of the column ends a paragraph
UNPARTED_SHARE = 0.75     # a page sets its headlines apart when this share of them stand under a blank
UNPARTED_LEAST = 3        # ... line, this many at least

# --- page furniture (a page header or footer, jump lines, box labels) ---------------------------
# A line is furniture when it is made only of these parts (spaces removed); the words come from
# data/lexicons/furniture.csv, the patterns are here.
def _furniture_words(kind: str) -> str:
    import csv
    from ..paths import LEXICONS
    with open(LEXICONS / "furniture.csv", encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        words = sorted({r["word"] for r in rows if r["kind"] == kind}, key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, words))


_FULL_DATE = r"\d{4}年\d{1,2}月\d{1,2}日"
_WEEKDAY = r"[（(]?(?:星期[一二三四五六日天]|周[一二三四五六日])[）)]?"
_LUNAR = rf"农历[{HAN}]{{2,10}}"
_PAGE_NO = r"第?[A-Z]?\d{1,3}版|第\s*\d{1,3}\s*页|[A-Z]?\d{1,2}"     # (`第2页`: a print-out's page)
# who publishes a county paper (`中共溪川县委宣传部主办`), how many pages the issue has (`今日四版`)
_PUBLISHER = rf"(?:中共)?(?:(?![由经将并在是和与])[{HAN}]){{1,10}}(?:宣传部|委员会|人民政府|报社|传媒集团|融媒体中心|新闻中心)主办"
_PAGES_TODAY = r"(?:今日|本期|今天)(?:共)?[一二三四五六七八九十\d]{1,3}版"
# an e-paper export's count of its articles (`第1篇　共4篇`) and an article's length (`（字数：185）`);
# who sponsors a special page (`本版由瑞城市卫生健康委员会协办`)
_COUNTER = r"第\s*\d{1,3}\s*篇\s*(?:[/，,]?\s*共\s*\d{1,3}\s*篇)?|[（(]?字数[：:]\s*\d{1,6}[）)]?"
_SPONSOR = rf"本(?:版|期|刊)由[{HAN}（）()·]{{2,24}}?(?:协办|承办|支持|冠名|独家冠名|特约|提供)"
# a wire desk's slug over each item (`稿号304　时政　字数179`): its number, its length
_SLUG = r"(?:稿号|稿件号|字数|发稿时间|签发人?|序号)[：:]?\s*[A-Z0-9][A-Z0-9:\-]{0,11}"
_ISSUE = r"(?:\d{4}年)?(?:总)?第\d{1,4}期(?:[（(]总第\d{1,5}期[）)])?"   # a bulletin's issue:
                                                      # `2023年第4期`, `2025年第6期（总第436期）`
_JUMP = (r"(?:[（(]?(?:下转|上接|转|接)第?[A-Z]?[0-9一二三四五六七八九十]{1,3}版[）)]?"
         r"|[（(](?:详见|见)第?[A-Z]?[0-9一二三四五六七八九十]{1,3}版[）)]"     # (见: in brackets only,
         r"|(?:详见|详情见|请见|见)第?[A-Z]?[0-9一二三四五六七八九十]{1,3}版\s*(?:>>|》》|»|→|▶|►)"   # or as a link)
         r"|[（(](?:转下|下转|接上|上接)(?:栏|页)[）)])")     # a column's or a page's turn: （转下栏）
# A line of a page's margin that says who edited or proofread the page or how to reach the paper
# (`本版校对 龚晓`, `新闻热线0898-66810000`, `本报网址 …`, `扫码阅读数字报`): the page's, not a credit.
MARGIN_NOTE = re.compile(rf"^\s*(?:本版|本期|本报|本刊)?(?:{_furniture_words('editor_role')}|"
                         rf"{_furniture_words('contact')})")
# An entry of a page's index (导读, 本期导读): a short title and the page it is on, `带本书坐地铁 2版`,
# `国庆前4天游客5.02亿人次……A3`.
INDEX_ENTRY = re.compile(rf"^\s*[{BULLETS}]?\S.{{1,30}}?[…．.·\s　]*(?:第?[A-Z]?\d{{1,2}}版|[A-Z]\d{{1,2}})\s*$")
# A section label set above a headline in square brackets: `【民生】`, `【要闻】`.
SECTION_LABEL = re.compile(rf"^\s*[【〖][{HAN}·•・、]{{1,12}}[】〗]\s*$")
SECTION_NAME_MAX = 4      # a section's name is a word or two (`城事`, `综合新闻`); longer, a phrase
HEADED_NAME_MIN = 6       # a bracketed phrase longer than this over text is its item's title
# A photo's credit: `新华社记者 欧东衢 摄`, `（宁德时代供图）`, `图/张三`.
PHOTO_CREDIT = re.compile(rf"(?:摄|供图|图片|资料图)[）)]?\s*$|^[（(]?图[/／:：]|^[（(]?{OUTLET}\s*发[）)]?\s*$")
# An agency that distributes a photo, standing alone: `新华社发`, `（中新社发）`.
AGENCY_SENT = re.compile(rf"^(?P<source>{OUTLET})发$")
# A jump line on its own: `（下转第3版）`, `（上接第1版）`, and the continuation tags `（接上）`,
# `（续）`, `（接上页）` printed after a headline repeated on the page an article goes on to.
# A pointer at more on other pages, unbracketed, closing an article's text (`详见A3、4`): its last
# paragraph (bracketed, `（详见A6版）`, a jump line: the page's)
# a box drawn in text, its top or bottom edge with a label or a note in it (`┌─ 今日菜价（元/斤）─┐`,
# `└─ 县市场监管局供稿 ─┘`)
BOX_EDGE = re.compile(r"\s*(?:[┌╭┏╔][─━═┄┅╌]+[^┐╮┓╗┘╯┛╝]{1,20}[─━═┄┅╌]+[┐╮┓╗]|"
                      r"[└╰┗╚][─━═┄┅╌]+[^┐╮┓╗┘╯┛╝]{1,20}[─━═┄┅╌]+[┘╯┛╝])\s*")
# a CMS export's front matter, a lower-case key and its value (`slug: lxrb-20240531-a4-01`)
FRONT_MATTER = re.compile(r"\s*[a-z][a-z0-9_\-]{1,24}:\s+\S.*")
# a web page's breadcrumb trail (`当前位置：首页 > 新闻中心 > 综合新闻`)
BREADCRUMB = re.compile(r"\s*(?:当前位置|您的位置|您现在的位置|所在位置|位置)[：:]\s*[^>›»→]{1,12}(?:\s*[>›»→]\s*[^>›»→]{1,16}){1,6}\s*")
SEE_ALSO = re.compile(r"\s*(?:详见|详情见|请见|参见)\s*第?[A-Z]?\d{1,2}(?:\s*[、，,和及至-]\s*[A-Z]?\d{1,2})*\s*版?\s*")
# an extractor's page marker or a printed page count: `-- 1 of 1 --` (npm pdf-parse), `Page 2 of 5`,
# `第 3 页 / 共 8 页`
PAGE_MARKER = re.compile(r"[-–—]{0,2}\s*(?:(?:page\s*)?\d{1,4}\s*of\s*\d{1,4}|page\s*\d{1,4}|"
                         r"第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页)\s*[-–—]{0,2}", re.I)
JUMP_LINE = re.compile(rf"\s*(?:{_JUMP}|[（(](?:接上|续|续上|上接)(?:页|版|期)?[）)])\s*")
_EDITOR = rf"(?:本版|本期|本刊)?(?:{_furniture_words('editor_role')})[：:]?[{HAN}·]{{2,4}}(?:、[{HAN}·]{{2,4}})*"
# a paper's name (`城乡导报`, `江南都市报`), with its section after a middle dot (`山城商报·城事`)
_PAPER = rf"(?:[{HAN}]{{2,6}}报(?:社(?:出版|主办|编辑出版)?)?|[{HAN}]{{2,10}}公报)(?:·[{HAN}]{{1,6}})?"   # (公报: a
# gazette; `北塘时报社出版`: who publishes it, in a footer)
# a section's name beside the page number (`第5版 文化生活`, `文化生活 第5版`)
_SECTION_BY_NUMBER = (rf"(?<=版)[{HAN}·]{{2,6}}|(?<=版[|/·：:])[{HAN}·]{{2,6}}|[{HAN}·]{{2,6}}(?=[|/·]?第?[A-Z]?\d{{1,3}}版)|"
                      rf"(?<=[A-Z]\d[·・])[{HAN}]{{2,6}}|(?<=[A-Z]\d\d[·・])[{HAN}]{{2,6}}")   # `A5·城事`
# a box's label, maybe with whose it is (`本报简讯`, `今日快讯`, `本版导读`)
_BOX = rf"(?:本版|本期|本报|本刊|今日)?(?:{_furniture_words('box')})"
_BULLETS_OPT = rf"[{BULLETS}]?"
# A rule printed across the page (`━━━━━━`, `------`), and the dashes round a page number (`—A8—`)
RULE_CHARS = "─━═┄┅┈┉╌╍┌┐└┘├┤┬┴┼╔╗╚╝┏┓┗┛—－-=＝_~～﹉﹊﹋﹌﹍﹎﹏＿￣‾〰⎯▁▔▬"   # dashed and wavy rules too
RULE_LINE = re.compile(f"[{re.escape(RULE_CHARS)}·•*]+")
RULE_MIN = 6              # ... of six marks or more: a kicker's `———` wrapped onto a line is no rule
# A headline's underline (`￣￣￣￣`, `▔▔▔`) or a fill-in rule (`＿＿＿`): marks that are never text, so
# two of them alone on a line are a rule however short the headline over them is
UNDERLINE = re.compile("[￣▔¯＿]{2,}")
# Ornaments set between articles or sections (a dinkus: `＊ ＊ ＊`, `※※※`, `◆ ◆ ◆`): three or more
# A thematic break of Markdown or plain text, three ASCII marks or more alone (`---`, `***`, `___`)
THEMATIC_BREAK = re.compile(r"([-*_])(?:\s*\1){2,}")
ORNAMENT_LINE = re.compile(f"[*＊※★☆◆◇●○■□❖✦✧·•・]{{3,}}")
# A web page's chrome, copied with its text (`当前位置：首页 > 数字报 > 第A05版`,
# `【字号：大 中 小】　【打印】　【关闭】`, `上一版　下一版　返回目录`): navigation and tools, page numbers
WEB_CHROME = re.compile(rf"(?:[【\[]?(?:本版|本期)?(?:{_furniture_words('web')}|{_PAGE_NO})[】\]]?[：:>›»|/、·]?)+")
# a section of two names (`经济·数据`, `两岸・科技`), one of them a section's
_SECTION_PAIR = (rf"(?=[{HAN}]{{2,4}}[·・‧])(?:(?:{_furniture_words('section')})[·・‧][{HAN}]{{2,4}}|"
                 rf"[{HAN}]{{2,4}}[·・‧](?:{_furniture_words('section')}))")   # (looked ahead: fast to fail)
FURNITURE = re.compile(
    rf"(?:{_BULLETS_OPT}(?:{_JUMP}|{_FULL_DATE}|{_ISSUE}|{_SLUG}|{_PUBLISHER}|{_PAGES_TODAY}|{_COUNTER}|"
    rf"{_SPONSOR}|{_WEEKDAY}|{_LUNAR}|{_EDITOR}|{_PAGE_NO}|{_PAPER}|"
    rf"{_SECTION_BY_NUMBER}|{_SECTION_PAIR}|"
    rf"{_furniture_words('section')}|{_BOX})[，,/|·・‧：: ]?)+")
# a post's or a shared article's stamp: who posted it and when (`原创 融媒中心 城市早报 2025-02-19 07:12
# 发表于浙江`, `来源：新华社客户端 2024-06-03 10:21`), no sentence in it; not a time in a sentence's words
# (`于2021年5月25日23:00至5月26日6:00在沈`: a range's ends)
POST_STAMP = re.compile(rf"(?<![\d至到~～—-])(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)\s*\d{{1,2}}:\d{{2}}(?!\s*[至到~～—-])")
# a social post's tags, counts and profile: `#五一假期# 网页链接`, `转发 42 评论 188 赞 8518`, `微博认证：…`
SOCIAL_LINE = re.compile(r"(?:#[^#\s]{1,20}#\s*)+(?:网页链接)?|(?:(?:转发|评论|赞|点赞|收藏|分享|在看)\s*[\d.万wW+]*\s*){2,}|微博认证[：:].*")
# a text browser's mark of a link (`[12]【返回顶部】`, lynx), and a web address standing alone (with
# the number of a browser's list of links: `12. http://…`)
LINK_MARK = re.compile(r"\[\d{1,3}\]")
URL_LINE = re.compile(r"(?:\d{1,3}\.\s*)?(?:https?://|www\.)\S+")
# an e-mail's header lines, left in a newsletter's text (`主题：【西岭早报】每日简报`, `发件人：…`)
EMAIL_HEADER = re.compile(r"(?:主题|发件人|收件人|发送时间|发件时间|Subject|From|To|Date)[：:]", re.I)
# a Markdown converter's fenced div (`::: article`, `:::`) or attributes alone (`{.caption}`)
MD_FENCE = re.compile(r":{3,}\s*(?:\{[^{}]*\}|[\w.\- ]*)|\{[.#][^{}]*\}")
# a shared article's note of its original title (`原标题：…`), and an end mark standing alone (`（完）`)
SHARE_NOTE = re.compile(r"原标题[：:]|[（(]完[）)]$")
# a list of links to other articles under its label (`相关阅读` / `· 新学期，我们来了！`)
LINK_LIST_LABEL = re.compile(r"(?:相关阅读|延伸阅读|推荐阅读|热门推荐|相关链接|往期推荐)[：:]?")
# an advertisement's label (`广告`, `（广告）`, `【分类广告】`), and a phone number in its text
ADVERT_LABEL = re.compile(rf"[（(【\[]?(?:{_furniture_words('advert')})[）)】\]]?")
PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)")
# the day's weather in a page's header (`今日天气　多云　5℃～18℃`, `明天 晴 -3~8℃`)
WEATHER_LINE = re.compile(rf"(?:今日|今天|明日|明天|本市)?天气[：:]?\s*[{HAN}转，, ]{{1,12}}\s*"
                          r"[-－零下]?\d{1,2}(?:℃|°C)?\s*[～~至—－-]\s*[-－零下]?\d{1,2}(?:℃|°C)")
# a QR code's caption (`扫码看电子版`, `扫描二维码关注我们`): short, no sentence in it
QR_CAPTION = re.compile(r"(?:请|用手机)?(?:扫一扫|扫(?:码|描(?:下方|右侧|左侧)?二维码)|长按(?:识别)?二维码)"
                        r"\s*[^，。！？；,.!?;]{0,12}")     # `扫一扫 看更多图片`, `（扫码看现场视频）`
# a box's label (`■ 短讯`, `■■ 本版快讯 ■■`): briefs follow, each maybe with a run-in title
BOX_LABEL = re.compile(_BOX)
# a document's number (文号), standing over its title: `鹤政发〔2025〕4号`, `国发〔2020〕6号`
DOC_NUMBER = re.compile(rf"[{HAN}]{{1,10}}[〔\[［(（]\d{{4}}[〕\]］)）]\d{{1,4}}号")
# who signs a document, under its text: an organisation's name (`鹤岗市人民政府`, `人事处`)
SIGNATORY_SUFFIXES = "政府|院|会|办公室|办公厅|局|厅|委|部|处|科|所|站|队|社|校|馆|中心|公司|集团|大学"
SIGNATORY = re.compile(rf"(?:[{HAN}（）()]{{2,30}}(?:{SIGNATORY_SUFFIXES})\s*)+")
# ... and with the date it was signed on, on one line
SIGNED = re.compile(rf"(?:{SIGNATORY.pattern})\s*\d{{4}}(?:年(?:\d{{1,2}}(?:月(?:\d{{1,2}}日?)?)?)?)?")
# A byline of an affiliation and a name (`湖北省丹江口市人民法院民四庭法官 吴晓菲`, `复旦大学教授 张三`):
# an institution (its last character: 法院, 大学, 公安局, 研究所…), a title for a person ending in
# one of 官师员长授生士 (法官, 律师, 研究员, 院长, 教授, 医生), a space, a name
AFFILIATION_BYLINE = re.compile(rf"(?P<office>[{HAN}（）()]{{1,24}}[院局委所厅部心校司会站庭社台馆]"
                                rf"[{HAN}]{{0,6}}[官师员长授生士])[ \u3000]+(?P<name>[{HAN}]{{2,3}})")
# a kicker's last words: a verb of saying or issuing, what was said or issued (the title) under it
KICKER_VERBS = "强调|指出|表示|要求|提出|寄语|致信|批示|印发"
KICKER_VERB = re.compile(rf"(?:{KICKER_VERBS})[：:]?$")
# a title (or a title-like line) printed wholly in one pair of brackets, the inner text its group
ENCLOSED = re.compile(r"【([^【】]+)】|〖([^〖〗]+)〗|［([^［］]+)］|\[([^\[\]]+)\]")
# A document's closing formula, a paragraph of its own over the signatories (`特此通告`, `此复`)
DOC_CLOSING = re.compile("(?:特此(?:通告|公告|通知|函告|函复|批复|报告|说明|证明|声明|公示|通报|告知)|此复|此致|此告)[。！]?")
# a notice's or document's title, by the word it ends with (`关于洋湖堰开闸泄水的通知`)
DOC_TITLE = re.compile("(?:通知|通告|公告|公示|通报|倡议书|倡议|公开信|一封信|告知书|告市民书|启事|声明|决定|意见|办法)[”\"」）)]?\\s*$")
ITEM_POINT_MIN = 4        # a numbered item stating this many characters after its colon is a paragraph
SALUTATION = re.compile("尊敬的|亲爱的|致")   # a letter's or notice's greeting, which opens its text (`尊敬的用户：`)
SIGNED_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")   # ... or on a line of its own under them
DATE_END = re.compile(r"(?:\d{0,4}年)?(?:\d{1,2}月)?\d{0,2}日?")   # the rest of a date a line wrapped
# a document's list of who gets it, at its foot (`报：市委办公室　送：各县（市、区）　发：本单位`)
DISTRIBUTION = re.compile(r"(?:^|\s)(?:抄报|抄送|报|送|发|印发)[：:]")
# a web page's or a paper's notice of its rights and makers (`版权所有 XX报社 未经授权不得转载`)
RIGHTS_LINE = re.compile(r"(?:版权所有|©|Copyright|技术支持[：:]|未经授权)", re.I)

# Markdown, as PDF-to-Markdown converters and copies of web pages leave it: a heading (`## 标题`),
# a line set in bold (`**标题**`) or italics (`*本报记者 张三*`), a quotation (`> 编者按 …`), a list
# item (`- 30日，阴天`), an image (`![](images/1.jpg)`); a page is read as Markdown when two of its
# lines are headings, bold or italic lines or images (`markdown_marks`).
MD_HEADING = re.compile(r"(#{1,6})\s+(\S.*?)(?:\s+#+)?")
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_EMPHASIS = re.compile(r"([*_])(?=[^*_\s])(.+?)(?<=[^*_\s])\1")
MD_QUOTE = re.compile(r">\s?(.*)")
MD_ITEM = re.compile(r"[-*+]\s+(\S.*)")
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# a line of images only: Markdown's (`![](images/1.jpg)`), or a text browser's placeholder for one
# (`[ddc6be4f.jpg]`, `[图片]`): the page's
MD_IMAGES = re.compile(r"(?:!\[[^\]]*\]\([^)]*\))+|\[(?:[\w.\-/]*[A-Za-z0-9][\w.\-/]*|图片|图像|照片)\]")
MD_ROW = re.compile(r"\|.*\|")                       # a pipe table's row, `| 类别 | 本月 |`
MD_RULE_ROW = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")    # ... and the rule under its header row
MD_MARKS_MIN = 2
BOX_SIDES = "│┃║"          # a box drawn in text: its sides open and close each line inside it
# A row of a data box (market quotes, exchange rates, the weather in towns) under the box's label:
# a name and figures only (`上证指数　3288.41　+0.38%`, `美元　7.1798`, `北京　晴　-3～8℃`)
DATA_ROW = re.compile(rf"[{HAN}A-Za-z（）()·]{{1,10}}(?:\s+(?:[+\-－]?\d[\d.,]*[%％℃]?|[{HAN}]{{1,3}})"
                      rf"(?:[～~\-－至/][+\-－]?\d[\d.,]*[%％℃]?)?)+")
CELL_MAX = 16             # a table's cell set in plain text is no longer
HEADLINE_MAX = 40         # a headline line on a page of one paragraph a line is no wider
CREDIT_MAX = 40           # a credit line is no longer (over the corpus and sets 3-22: 26 at most)
# a numbered item's opening: `一、`, `（二）`, `3.`, `第四，`
NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[，,、])")
