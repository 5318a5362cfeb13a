"""Reading pages: every accepted encoding, and a clear error naming the file for the rest."""
import codecs

import pytest

from helpers.pages import PageError, PageWarning, read_page

TEXT = "萤火虫点亮长三角示范区\n浙江日报讯 这个夏天，\n在沪苏浙交界。\n"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_unicode_encodings_read_the_same(tmp_path, encoding, prefix):
    path = tmp_path / "p.txt"
    path.write_bytes(prefix + TEXT.encode(encoding))
    assert read_page(path).text == TEXT


@pytest.mark.parametrize("codec", ["gb18030", "gbk"])
def test_gb_encodings_are_read_with_a_warning(tmp_path, codec):
    path = tmp_path / "gb.txt"
    path.write_bytes(TEXT.encode(codec))
    with pytest.warns(PageWarning, match="gb.txt"):
        page = read_page(path)
    assert page.text == TEXT and page.encoding == "gb18030"


def test_crlf_and_cr_line_ends_become_lf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode())
    assert read_page(path).text == TEXT
    path.write_bytes(TEXT.replace("\n", "\r").encode())
    assert read_page(path).text == TEXT


def test_page_id_is_the_file_stem(tmp_path):
    path = tmp_path / "2025-06-26_A05.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert read_page(path).page == "2025-06-26_A05"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"  \n\r\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (TEXT.encode("utf-16-le"), "binary"),
    (b"\xc3\x28\x81\x30\xff\xa1" * 20, "cannot decode"),
    ("ÖÐ¹ú ÈËÃñ".encode("utf-8"), "no Chinese"),
    (b"plain English text only\n", "no Chinese"),
])
def test_bad_files_raise_an_error_naming_the_file(tmp_path, data, reason):
    path = tmp_path / "bad_page.txt"
    path.write_bytes(data)
    with pytest.raises(PageError, match=f"bad_page.txt.*{reason}"):
        read_page(path)


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(PageError, match="nope.txt"):
        read_page(tmp_path / "nope.txt")
