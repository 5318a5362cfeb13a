"""Nothing lost: every Chinese character, digit and letter of a page lands in exactly one field
of one article, on the sample page, on the fixture pages, and on random pages (hypothesis)."""
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.articles import page_tables
from helpers.audit import audit_summary, character_audit
from helpers.clean import kept_characters
from helpers.pages import Page

from .conftest import SAMPLE, fixture_pages


def tables_for(text: str, name: str = "p") -> dict[str, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return page_tables(Page(page=name, text=text, encoding="utf-8"))


@pytest.mark.parametrize("path", [SAMPLE, *fixture_pages()], ids=lambda p: p.stem)
def test_every_character_is_placed_exactly_once(path):
    text = path.read_text(encoding="utf-8")
    tables = tables_for(text)
    assert character_audit(text, tables["articles"], tables["lines"]).empty
    summary = audit_summary(text, tables["articles"], tables["lines"]).iloc[0]
    assert summary.lost == 0 and summary.invented == 0 and summary.raw_characters > 100


def test_the_audit_sees_a_lost_character(sample_text):
    articles = tables_for(sample_text)["articles"].copy()
    articles.loc[0, "text"] = articles.loc[0, "text"].replace("杭州", "杭", 1)
    diff = character_audit(sample_text, articles)
    assert diff.to_dict("records") == [{"character": "州", "raw": diff.raw[0],
                                        "placed": diff.raw[0] - 1, "difference": -1}]


# --- random pages ------------------------------------------------------------------------

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
WORD = st.one_of(
    st.text(HAN, min_size=1, max_size=6),
    st.integers(0, 99999).map(str),
    st.floats(0, 1000, allow_nan=False).map(lambda x: f"{x:.1f}"),
    st.sampled_from(["G60", "5G", "LPR", "New York", "３０％", "２０２５年", "ＡＩ"]),
)
SENTENCE = st.builds(lambda words, seps, end: "".join(w + s for w, s in zip(words, seps)) + end,
                     st.lists(WORD, min_size=2, max_size=8),
                     st.lists(st.sampled_from(["", "，", "、", "“", "”", "；"]), min_size=8, max_size=8),
                     st.sampled_from(["。", "！", "？", "。”"]))
ARTICLE = st.fixed_dictionaries({
    "title": st.text(HAN, min_size=4, max_size=14),
    "kicker": st.one_of(st.just(""), st.text(HAN, min_size=4, max_size=16).map(lambda t: t + "——")),
    "paragraphs": st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map("".join), min_size=1, max_size=5),
    "credit": st.sampled_from(["", "（记者 杨 洁）", "（据新华社）", "新华网 发 王文生 摄"]),
    "dateline": st.sampled_from(["", "本报讯 ", "新华社北京 6 月 1 日电 "]),
})


def wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for ch in text:
        line += ch
        if len(line) >= width:
            lines.append(line)
            line = ""
    return lines + ([line] if line else [])


@st.composite
def pages(draw):
    width = draw(st.integers(10, 20))
    out: list[str] = []
    for art in draw(st.lists(ARTICLE, min_size=1, max_size=4)):
        out += [art["kicker"], "", art["title"]] if art["kicker"] else ["", art["title"]]
        for i, para in enumerate(art["paragraphs"]):
            para = (art["dateline"] if i == 0 else "") + para
            for line in wrap(para, width):
                spaced = draw(st.booleans())
                out.append(line.replace("，", "， ") if spaced else line)
                if draw(st.integers(0, 9)) == 0:
                    out.append("")                     # a column break, maybe mid-sentence
            out.append("")
        if art["credit"]:
            out.append(art["credit"])
    return "\n".join(out) + "\n"


@settings(max_examples=150, deadline=None)
@given(pages())
def test_random_pages_lose_nothing(text):
    tables = tables_for(text)
    assert kept_characters(text)
    assert character_audit(text, tables["articles"], tables["lines"]).empty   # furniture in lines
