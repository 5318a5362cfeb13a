"""Figures: the project's SC font, no missing glyph, the stated sizes, embedded and extractable
Chinese text in the PDF, and byte-identical files across runs."""
import struct
import subprocess
import sys

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from pypdf import PdfReader

from helpers.fonts import FAMILY, face_index, truetype_file, use_project_font
from helpers.paths import ROOT
from helpers.plots import WIDTHS, article_lengths, save_figure
from noto_cjk_sans_otc import FONT_PATH

ARTICLES = pd.DataFrame({"article_id": ["p1-01", "p1-02"],
                         "title": ["九城协同，让彼此优势共振放大", "萤火虫点亮长三角示范区"],
                         "source": ["解放日报", "浙江日报"], "n_chars": [1558, 824]})

DRAW = """
import sys, pandas as pd
from helpers.plots import article_lengths, save_figure
df = pd.DataFrame({"article_id": ["p1-01", "p1-02"], "title": ["九城协同，让彼此优势共振放大", "萤火虫点亮长三角示范区"],
                   "source": ["解放日报", "浙江日报"], "n_chars": [1558, 824]})
for w in ("full", "single"):
    save_figure(article_lengths(df, w), "f_" + w, sys.argv[1])
"""


def test_resolved_face_is_the_projects_simplified_chinese_face():
    """matplotlib draws with the TrueType conversion of the collection's SC face: the same
    glyph for every character, the same advance widths."""
    from fontTools.ttLib import TTFont
    resolved = use_project_font()
    assert str(resolved) == truetype_file()
    assert plt.rcParams["font.family"][0] == FAMILY
    converted = TTFont(truetype_file(), lazy=True)
    source = TTFont(str(FONT_PATH), fontNumber=face_index(), lazy=True)
    from helpers.fonts import _hangul
    a, b = converted.getBestCmap(), source.getBestCmap()
    assert set(a) == {cp for cp in b if not _hangul(cp)}         # every character but Hangul
    for ch in "九城协同，G60":                                     # the same advances
        assert converted["hmtx"][a[ord(ch)]][0] == source["hmtx"][b[ord(ch)]][0]


def test_a_missing_glyph_is_an_error(tmp_path):
    fig = article_lengths(ARTICLES.assign(title=["\ue000私用区字符", "正常标题"]))
    with pytest.raises(ValueError, match="no glyph"):
        save_figure(fig, "bad", tmp_path)


def test_two_runs_write_the_same_bytes(tmp_path):
    runs = []
    for seed in ("0", "1"):
        out = tmp_path / seed
        subprocess.run([sys.executable, "-c", DRAW, str(out)], cwd=ROOT, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg"})
        runs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert sorted(runs[0]) == sorted(f"f_{w}.{x}" for w in ("full", "single") for x in ("pdf", "png", "svg"))
    assert runs[0] == runs[1]


def test_sizes_and_embedded_selectable_chinese_text(tmp_path):
    for width in ("full", "single"):
        png, svg, pdf = save_figure(article_lengths(ARTICLES, width), width, tmp_path)
        px_width = struct.unpack(">I", png.read_bytes()[16:20])[0]
        assert abs(px_width - WIDTHS[width] * 300) <= 2          # 300 dpi at the stated width
        page = PdfReader(pdf).pages[0]
        assert abs(float(page.mediabox.width) - WIDTHS[width] * 72) < 1
        fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
        assert any("NotoSansCJKsc" in str(f["/BaseFont"]) for f in fonts)
        assert not any(f["/Subtype"] == "/Type3" for f in fonts)   # TrueType (Type 42), embedded
        text = page.extract_text()
        assert "九城协同" in text and "各篇文章的篇幅" in text
        assert "<text" not in svg.read_text(encoding="utf-8")    # SVG text drawn as paths
