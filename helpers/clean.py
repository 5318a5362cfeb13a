"""Cleaning text as `articles.md` defines it: halfwidth digits and Latin, no layout spaces.

Only two things change: fullwidth digits, Latin letters, `％` and the fullwidth space become
their halfwidth forms (NFKC on exactly those), and whitespace goes, except one space between
two Latin words or numbers (`New York`). Chinese punctuation is left as printed.
"""
from __future__ import annotations

import re
import unicodedata

_FULLWIDTH = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\u3000]")
_FW_POINT = re.compile(r"(?<=[0-9\uff10-\uff19])\uff0e(?=[0-9\uff10-\uff19])")
_SPACES = re.compile(r"\s+")
_LATIN_END = re.compile(r"[A-Za-z0-9%]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")
HAN_CHARS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KEPT = re.compile(rf"[{HAN_CHARS}A-Za-z0-9]")


def halfwidth(text: str) -> str:
    """Fullwidth digits, Latin letters, ％, the point between digits and U+3000 made halfwidth.

    >>> halfwidth("较２０１９年上升２１.２％，ＧＤＰ")
    '较2019年上升21.2%，GDP'
    """
    text = _FW_POINT.sub(".", text)
    return _FULLWIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _keep_space(left: str, right: str) -> bool:
    return bool(_LATIN_END.search(left)) and bool(_LATIN_START.match(right))


def squeeze(text: str) -> str:
    """Remove whitespace except one space between two Latin words or numbers.

    >>> squeeze("长三角 G60 科创走廊， 此次 120 亿元 “两手抓 ” New  York 2.0 版")
    '长三角G60科创走廊，此次120亿元“两手抓”New York 2.0版'
    """
    parts = _SPACES.split(text.strip())
    out = parts[0]
    for part in parts[1:]:
        out += (" " if _keep_space(out, part) else "") + part
    return out


def clean(text: str) -> str:
    """Clean one line or one joined paragraph: halfwidth forms, then layout spaces removed.

    >>> clean("大会现场集中发布九城市科技创新重大成果 60 余项，")
    '大会现场集中发布九城市科技创新重大成果60余项，'
    """
    return squeeze(halfwidth(text))


def join_lines(lines: list[str]) -> str:
    """Join the column lines of one paragraph: nothing between them, a space between Latin words.

    >>> join_lines(["是区域创新", "实力最直观的体现。"])
    '是区域创新实力最直观的体现。'
    >>> join_lines(["Tesla Model", "Y 交付"])
    'Tesla Model Y 交付'
    """
    out = ""
    for line in (ln.strip() for ln in lines):
        if out and line and re.search(r"[A-Za-z]$", out) and re.match(r"^[A-Za-z]", line):
            out += " "
        out += line
    return out


def kept_characters(text: str) -> str:
    """The characters the 'nothing lost' audit counts: Chinese, digits, Latin letters.

    >>> kept_characters("沪苏浙皖 ５ 项，G60！")
    '沪苏浙皖5项G60'
    """
    return "".join(KEPT.findall(halfwidth(text)))


_ARTEFACTS = {
    "blank line after a line that ends no sentence": re.compile(rf"[{HAN_CHARS}，、]\n\n+(?=[{HAN_CHARS}])"),
    "space after punctuation": re.compile(r"[，。、；：！？”）][ \t\u3000]+(?=\S)"),
    "space before punctuation": re.compile(r"\S[ \t\u3000]+(?=[，。、；：！？”）])"),
    "space around digits or Latin": re.compile(rf"[{HAN_CHARS}] +[A-Za-z0-9]|[A-Za-z0-9%] +[{HAN_CHARS}]"),
    "letter-spaced characters": re.compile(rf"(?:[{HAN_CHARS}] ){{3,}}[{HAN_CHARS}]"),
    "fullwidth digit, letter or ％": re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]"),
    "line break between two Chinese characters": re.compile(rf"[{HAN_CHARS}]\n(?=[{HAN_CHARS}])"),
}


def artefacts(text: str) -> "pd.DataFrame":
    """Count the extraction artefacts of a raw page, each with its first example.

    >>> artefacts("是区域创新\\n\\n实力， 120 亿元２％").set_index("artefact")["count"].to_dict()["space after punctuation"]
    1
    """
    import pandas as pd

    rows = []
    for name, pattern in _ARTEFACTS.items():
        found = list(pattern.finditer(text))
        example = text[max(0, found[0].start() - 6): found[0].end() + 6] if found else ""
        rows.append({"artefact": name, "count": len(found), "example": example.replace("\n", "⏎")})
    return pd.DataFrame(rows, columns=["artefact", "count", "example"])
