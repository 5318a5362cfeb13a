"""The publication set: every figure in both languages and both widths, checked as an editor
would: files in every format with the data beside them, stated sizes, no text under 7 pt,
the CJK font embedded with the Chinese text extractable, and the same bytes on a second run."""
from __future__ import annotations

import re
import struct
import subprocess
import sys
import warnings

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.text import Text
from pypdf import PdfReader

from helpers.figures import ACROSS, SPECS, catalogue, draw, figure_data, write_figures
from helpers.paths import ROOT
from helpers.plots import LANGUAGES, WIDTHS, text
from helpers.process import analyse_page, process, select_page
from helpers.tables import ENCODING

from .conftest import SAMPLE

NAMES = [s.name for s in SPECS]
SECOND_RUN = """
import sys
from pathlib import Path
from helpers.figures import write_figures
from helpers.process import analyse_page, process, select_page
write_figures(analyse_page(sys.argv[1]), Path(sys.argv[2]))
"""


@pytest.fixture(scope="module")
def tables():
    return analyse_page(SAMPLE)


LAYOUT_WARNINGS: list[str] = []


@pytest.fixture(scope="module")
def written(tables, tmp_path_factory):
    import warnings
    out = tmp_path_factory.mktemp("figures")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        write_figures(tables, out)
    LAYOUT_WARNINGS.extend(str(w.message) for w in caught if "constrained_layout" in str(w.message))
    return out


def test_no_figure_is_squeezed(written):
    """matplotlib warns when a figure's labels leave its plot no room (axes collapsed to zero):
    such a figure is unreadable; none may be."""
    assert LAYOUT_WARNINGS == []


def test_the_set_has_every_figure_the_issue_names():
    assert {"article_lengths", "top_words", "word_cloud", "keywords", "themes_heatmap",
            "places_map", "quantities_by_kind", "money_amounts", "cooccurrence"} <= set(NAMES)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_files_sizes_fonts_and_text(written, tables, name, lang):
    folder = written / lang
    data = pd.read_csv(folder / f"{name}.csv", encoding=ENCODING, keep_default_na=False)
    assert len(data) == len(figure_data(name, tables))            # the data it plots, beside it
    for width, suffix in (("full", ""), ("single", "_single")):
        png = (folder / f"{name}{suffix}.png").read_bytes()
        assert abs(struct.unpack(">I", png[16:20])[0] - WIDTHS[width] * 300) <= 2
        assert (folder / f"{name}{suffix}.svg").stat().st_size > 0
        page = PdfReader(folder / f"{name}{suffix}.pdf").pages[0]
        assert abs(float(page.mediabox.width) - WIDTHS[width] * 72) < 1
        fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
        assert any("NotoSansCJKsc" in str(f["/BaseFont"]) for f in fonts)
        assert_preflight_fonts(fonts)
        extracted = page.extract_text().replace("\n", "")
        title = text(f"title.{name}", lang, n=20).replace(" ", "")
        assert title[:6] in extracted.replace(" ", "")              # the title comes back as text
        assert "版面" in extracted or "page" in extracted             # and the source line


def assert_preflight_fonts(fonts) -> None:
    """What publishers' preflight asks of a PDF's fonts: no Type 3 font, every font embedded
    and subset (a six-letter tag before its name)."""
    for font in fonts:
        assert font["/Subtype"] != "/Type3", font["/BaseFont"]
        assert re.match(r"/[A-Z]{6}\+", str(font["/BaseFont"])), font["/BaseFont"]
        descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
        for d in descendants:
            descriptor = d["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile2", "/FontFile3", "/FontFile")), d


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_no_visible_text_under_7_points(tables, name, lang):
    for width in ("full", "single"):
        fig = draw(name, tables, width, lang)
        small = [(t.get_text(), t.get_fontsize()) for t in fig.findobj(Text)
                 if t.get_visible() and t.get_text().strip() and (t.get_alpha() is None or t.get_alpha() > 0)
                 and t.get_fontsize() < 7]
        plt.close(fig)
        assert not small, small


def test_a_second_run_writes_the_same_bytes(written, tmp_path):
    subprocess.run([sys.executable, "-c", SECOND_RUN, str(SAMPLE), str(tmp_path)], cwd=ROOT,
                   check=True, env={"PYTHONHASHSEED": "1", "PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg"})
    first = {p.relative_to(written): p.read_bytes() for p in sorted(written.rglob("*.*"))}
    second = {p.relative_to(tmp_path): p.read_bytes() for p in sorted(tmp_path.rglob("*.*"))}
    assert len(first) == len(NAMES) * len(LANGUAGES) * 7
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_catalogue_lists_every_figure_with_links_to_every_file():
    md = catalogue()
    for name in NAMES:
        for lang in LANGUAGES:
            for suffix in ("", "_single"):
                for fmt in ("png", "svg", "pdf"):
                    assert f"({lang}/{name}{suffix}.{fmt})" in md
            assert f"({lang}/{name}.csv)" in md
    assert md.count("## Figure ") == len(NAMES)


def test_committed_catalogue_is_the_generated_one(tables):
    assert (ROOT / "figures" / "README.md").read_text(encoding="utf-8") == catalogue(
        ROOT / "figures", tables, tables)


SEVEN = [SAMPLE] + sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))


def test_figures_across_pages_on_seven_pages(tmp_path):
    """With more than one page the set gains themes by outlet, quantities by kind per page and
    each outlet's top words, drawn from all pages, and the catalogue says which pages each
    figure covers; with one page it has none of them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        all_tables, _ = process(SEVEN)
    one = select_page(all_tables, SAMPLE.stem)
    names = [s.name for s in ACROSS]
    write_figures(one, tmp_path, names=names, all_tables=all_tables)
    for name in names:
        for lang in LANGUAGES:
            data = pd.read_csv(tmp_path / lang / f"{name}.csv", encoding=ENCODING)
            assert len(data) == len(figure_data(name, all_tables)) > 0
            chinese = [c for c in ("outlet", "token") if c in data]     # labels the figure shows
            assert all(f"{c}_gloss" in data or c == "token" and "gloss" in data for c in chinese)
            for suffix in ("", "_single"):
                page = PdfReader(tmp_path / lang / f"{name}{suffix}.pdf").pages[0]
                assert page.extract_text()
                assert_preflight_fonts([f.get_object() for f in page["/Resources"]["/Font"].values()])
    pages = figure_data("quantities_by_page", all_tables).page.tolist()
    assert len(pages) == 7 and SAMPLE.stem in pages
    md = catalogue(tmp_path, one, all_tables)
    assert md.count("- **Covers:** 7 pages:") == len(names)
    assert md.count(f"- **Covers:** page {SAMPLE.stem}") == len(SPECS)
    alone = catalogue(tmp_path, one, one)
    assert "Covers: 7 pages" not in alone and alone.count("## Figure ") == len(SPECS)



def test_an_editable_svg_keeps_its_text_as_text(tables, tmp_path):
    """The optional SVG variant an editor can change: words as text in the project's font
    family, where the default SVG draws them as paths."""
    write_figures(tables, tmp_path, names=["top_words"], editable_svg=True)
    editable = (tmp_path / "zh" / "top_words_text.svg").read_text(encoding="utf-8")
    default = (tmp_path / "zh" / "top_words.svg").read_text(encoding="utf-8")
    word = figure_data("top_words", tables).token.iloc[0]
    assert word in editable and "Noto Sans CJK SC" in editable and "<text" in editable
    assert "<text" not in default


@pytest.mark.parametrize("name", NAMES)
def test_english_figure_data_carries_glosses(written, name):
    """Issue 13: no English figure needs Chinese to read. Word labels carry a CC-CEDICT gloss
    (`创新 innovation`); articles are keyed `A1 …` with outlet and leading theme; outlets and
    sums of money are in English (`over 145 bn yuan`)."""
    data = pd.read_csv(written / "en" / f"{name}.csv", encoding=ENCODING, keep_default_na=False)
    glosses = [c for c in data.columns if c.endswith("gloss")]
    assert glosses and all((data[c] != "").all() for c in glosses)
    for c in glosses:                       # the glosses are English: no Chinese character left
        assert not data[c].str.contains(r"[\u4e00-\u9fff]").any(), (c, data[c].tolist())


def test_english_figures_key_articles_and_write_amounts_in_english(written):
    """Articles are `A1 … An` with outlet and leading theme; the page's 超1450亿元 is
    `over 145 bn yuan`; the key's titles are in the CSV."""
    lengths = pd.read_csv(written / "en" / "article_lengths.csv", encoding=ENCODING,
                          keep_default_na=False)
    assert lengths.key.tolist() == [f"A{i}" for i in range(1, len(lengths) + 1)]
    assert lengths.article_gloss.iloc[0].startswith("A1 Liberation Daily · ")
    assert (lengths.title != "").all()
    money = pd.read_csv(written / "en" / "money_amounts.csv", encoding=ENCODING,
                        keep_default_na=False)
    assert "over 145 bn yuan" in set(money.amount_gloss)


def test_figures_drawn_in_worker_processes_are_the_same_files(tables, tmp_path):
    """write_figures draws in two processes by default: the same bytes, in the same order, as
    one process gives."""
    names = ["top_words", "places_map"]
    one = write_figures(tables, tmp_path / "one", names=names, jobs=1)
    two = write_figures(tables, tmp_path / "two", names=names, jobs=2)
    assert [p.relative_to(tmp_path / "one") for p in one] == [p.relative_to(tmp_path / "two") for p in two]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(one, two))
