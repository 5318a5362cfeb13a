"""Figures: one function per figure (tables in, `Figure` out) and one `save_figure`.

Every figure uses the project style (`helpers/newspaper.mplstyle`) and font (Noto Sans CJK SC).
`save_figure` refuses a figure with a character no project font can draw, then writes PNG
(300 dpi), SVG (text as paths) and PDF (font embedded), without timestamps or tool versions,
so the same data give byte-identical files on every run.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from .fonts import missing_glyphs, use_project_font  # noqa: E402
from .paths import FIGURES  # noqa: E402

STYLE = Path(__file__).with_name("newspaper.mplstyle")
CM = 1 / 2.54
WIDTHS = {"single": 8.5 * CM, "full": 17.5 * CM}    # inches
METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None},
}


def use_style() -> None:
    """Apply the project style and font (called by every plotting function)."""
    plt.style.use(STYLE)
    use_project_font()


def figure_texts(fig: Figure) -> str:
    """All the text a figure draws (titles, labels, tick labels, annotations)."""
    return "".join(t.get_text() for t in fig.findobj(Text) if t.get_visible())


def save_figure(fig: Figure, name: str, directory: str | Path = FIGURES) -> list[Path]:
    """Write `name`.png/.svg/.pdf into `directory`; error on a missing glyph.

    >>> import tempfile
    >>> fig = article_lengths(pd.DataFrame({"title": ["标题"], "n_chars": [10],
    ...     "source": ["新华网"], "page": ["p"]}))
    >>> [p.suffix for p in save_figure(fig, "demo", tempfile.mkdtemp())]
    ['.png', '.svg', '.pdf']
    """
    missing = missing_glyphs(figure_texts(fig))
    if missing:
        raise ValueError(f"figure {name!r}: no glyph for {' '.join(missing)} in the project fonts")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt, metadata in METADATA.items():
        path = directory / f"{name}.{fmt}"
        fig.savefig(path, format=fmt, metadata=metadata)
        paths.append(path)
    return paths


def show(fig: Figure, dpi: int = 150):
    """The figure as an image for a notebook (rendered in memory with the project settings)."""
    import io

    from IPython.display import Image

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata=METADATA["png"])
    return Image(data=buf.getvalue())


def source_line(fig: Figure, text: str) -> None:
    """A small source note under the figure, wrapped to its width (the layout makes room)."""
    per_line = int(fig.get_figwidth() * 72 / 7.2)      # characters of 7 pt per line, roughly
    lines = [text[i: i + per_line] for i in range(0, len(text), per_line)]
    fig.supxlabel("\n".join(lines), x=0.0, ha="left", fontsize=7, color="0.35")


def short_title(title: str, limit: int = 16) -> str:
    """A title cut to `limit` characters for an axis label.

    >>> short_title("上海市唯一！闵行连续三年获评示范", 8)
    '上海市唯一！闵…'
    """
    return title if len(title) <= limit else title[: limit - 1] + "…"


def article_lengths(articles: pd.DataFrame, width: str = "full") -> Figure:
    """How long is each article? Horizontal bars of Chinese characters per article."""
    use_style()
    df = articles.reset_index(drop=True)
    labels = [short_title(t or "（无标题）") for t in df["title"]]
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 0.9 + 0.28 * len(df)))
    y = range(len(df))[::-1]
    ax.barh(list(y), df["n_chars"], color="#0072B2", height=0.6)
    for yi, n in zip(y, df["n_chars"]):
        ax.text(n, yi, f" {n:,}", va="center", ha="left", fontsize=7)
    ax.set_yticks(list(y), labels)
    ax.set_xlabel("正文汉字数（字）")
    ax.xaxis.set_major_formatter("{x:,.0f}")
    ax.set_title("各篇文章的篇幅")
    ax.margins(x=0.12)
    pages = ", ".join(sorted(set(df["page"])))
    outlets = "、".join(s for s in dict.fromkeys(df["source"]) if s)
    source_line(fig, f"数据：版面 {pages}（{outlets}）")
    return fig
