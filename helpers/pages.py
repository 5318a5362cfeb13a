"""Reading pages: bytes on disk to text, with a clear error for anything that is not a page.

Accepted: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (a superset of GBK and
GB2312); CRLF, CR or LF line ends. Refused, with an error naming the file: an empty file,
a binary file, bytes that decode in none of these, and text with no Chinese in it.
"""
from __future__ import annotations

import codecs
from collections import Counter
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


class PageError(ValueError):
    """A file that cannot be read as a newspaper page; the message names the file."""


class PageWarning(UserWarning):
    """Something about a page the user should know, though it was read."""


@dataclass(frozen=True)
class Page:
    """One page: its id (the file's stem), its text (LF line ends) and how it was decoded."""

    page: str
    text: str
    encoding: str
    path: str = ""
    geometry: dict | None = None     # a PDF page's lines as printed, by line number (helpers.pdf)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a page's bytes; return (text, encoding) or raise PageError naming `name`.

    >>> decode_bytes("长三角".encode("gb18030"))
    ('长三角', 'gb18030')
    >>> decode_bytes(codecs.BOM_UTF8 + "沪苏浙皖\\r\\n".encode())
    ('沪苏浙皖\\n', 'utf-8-sig')
    """
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise PageError(f"{name}: empty file (no text in it)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode(data, enc, name), enc
    if b"\x00" in data:
        raise PageError(f"{name}: binary file (NUL bytes; UTF-16 without a byte-order mark is "
                        "not accepted either: save the page as UTF-8)")
    for enc in ("utf-8", "gb18030"):
        try:
            return _decode(data, enc, name), enc
        except PageError:
            continue
    raise PageError(f"{name}: cannot decode: the bytes are neither UTF-8 nor GB18030/GBK")


def _decode(data: bytes, enc: str, name: str) -> str:
    """Decode strictly with `enc`, normalise line ends, refuse control-character soup."""
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as err:
        raise PageError(f"{name}: not valid {enc} ({err.reason} at byte {err.start})") from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f")
    if controls > max(2, len(text) // 100):
        raise PageError(f"{name}: binary file ({controls} control characters in the text)")
    return text


def check_chinese(text: str, name: str) -> None:
    """Raise PageError when a decoded text holds no Chinese (mojibake, wrong file).

    >>> check_chinese("浙江日报讯", "p.txt")
    >>> check_chinese("ÖÐ¹ú", "p.txt")
    Traceback (most recent call last):
    ...
    helpers.pages.PageError: p.txt: no Chinese characters in the text (wrong encoding, mojibake, or not a Chinese page)
    """
    if not HAN.search(text):
        raise PageError(f"{name}: no Chinese characters in the text "
                        "(wrong encoding, mojibake, or not a Chinese page)")


def read_page(path: str | Path) -> Page:
    """Read one page file; the page id is the file's stem.

    >>> from helpers.paths import raw_pages
    >>> p = read_page(raw_pages()[0]); p.page, p.encoding
    ('000_0c66df68e3bcb91e', 'utf-8')
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise PageError(f"{path}: cannot read ({err.strerror})") from None
    text, enc = decode_bytes(data, str(path))
    check_chinese(text, str(path))
    if enc == "gb18030":
        warnings.warn(f"{path}: not UTF-8; read as GB18030/GBK", PageWarning, stacklevel=2)
    return Page(page=path.stem, text=text, encoding=enc, path=str(path))


# What a newspaper page's text looks like, for the checks below: a few thousand to some
# 30,000 characters, one line per printed column line.
MAX_PAGE_CHARS = 200_000        # more than this is no single page
LONGEST_MEAN_LINE = 1000        # a page breaks its lines every 10-40 characters, not every 1,000
REPEATED_LINE_SHARE = 0.2       # one line (10 characters or more) making up this share of lines,
REPEATED_LINE_MIN = 10          # ... at least this many times, is the same text pasted again


def page_doubts(page: Page) -> list[str]:
    """Why a text that was read may not be a newspaper page (one line each, naming the file).

    >>> page_doubts(Page("p", "标题\\n正文。\\n", "utf-8", "p.txt"))
    []
    >>> page_doubts(Page("p", "长文本" * 2000, "utf-8", "p.txt"))
    ['p.txt: no line breaks in 6,000 characters: not the text of a printed page']
    """
    name, text = page.path or page.page, page.text
    doubts = []
    if len(text) > MAX_PAGE_CHARS:
        doubts.append(f"{name}: far too long for one page ({len(text):,} characters)")
    if len(text) >= 2 * LONGEST_MEAN_LINE and len(text) / (text.count("\n") + 1) > LONGEST_MEAN_LINE:
        doubts.append(f"{name}: no line breaks in {len(text):,} characters: not the text of a "
                      "printed page")
    lines = [ln.strip() for ln in text.split("\n") if len(ln.strip()) >= 10]
    if lines:
        line, count = Counter(lines).most_common(1)[0]
        if count >= REPEATED_LINE_MIN and count >= REPEATED_LINE_SHARE * len(lines):
            doubts.append(f"{name}: the same line repeated {count:,} times ({line[:12]}…)")
    return doubts
