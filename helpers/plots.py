"""Figures: one function per figure (tables in, `Figure` out) and one `save_figure`.

Every figure uses the project style (`helpers/newspaper.mplstyle`) and font (Noto Sans CJK SC).
`save_figure` refuses a figure with a character no project font can draw, then writes PNG
(300 dpi), SVG (text as paths) and PDF (font embedded), without timestamps or tool versions,
so the same data give byte-identical files on every run.
"""
from __future__ import annotations

import math
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


def figure_title(fig: Figure, text: str) -> None:
    """The figure's title, left-aligned over the whole figure and wrapped to its width."""
    per_line = int(fig.get_figwidth() * 72 / 9.5)      # characters of 9 pt per line, roughly
    lines = [text[i: i + per_line] for i in range(0, len(text), per_line)]
    fig.suptitle("\n".join(lines), x=0.0, ha="left", fontsize=9)


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


KIND_LABELS = {"money": "金额", "percent": "百分比", "points": "百分点/基点", "count": "数量",
               "multiple": "倍数", "fraction": "分数", "area": "面积", "length": "长度",
               "weight": "重量", "volume": "体积", "duration": "时长"}
QUALIFIER_MARKERS = {"exact": ("o", "确数"), "more_than": (">", "超过（超、余、突破…）"),
                     "nearly": ("<", "接近（近、不到…）"), "about": ("D", "约数（约、左右…）"),
                     "at_least": ("^", "至少"), "at_most": ("v", "至多"), "range": ("o", "区间（线连两端）")}


def quantities_by_kind(counts: pd.DataFrame, width: str = "full", source: str = "") -> Figure:
    """How many figures of each kind does each article state? Stacked bars, statistics only
    (`counts` is `helpers.quantities.kind_counts`); each segment carries its number."""
    use_style()
    kinds = [k for k in KIND_LABELS if k in counts.columns]
    df = counts.reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.3 + 0.3 * len(df)))
    y = list(range(len(df)))[::-1]
    left = pd.Series(0, index=df.index)
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    hatches = ["", "///", "...", "xx", "\\\\", "++", "oo", "--"]
    for i, kind in enumerate(kinds):
        ax.barh(y, df[kind], left=left, height=0.6, color=colors[i % len(colors)],
                hatch=hatches[i % len(hatches)], edgecolor="white", linewidth=0.4,
                label=KIND_LABELS[kind])
        for yi, l, n in zip(y, left, df[kind]):
            if n >= 3:
                ax.text(l + n / 2, yi, str(n), ha="center", va="center", fontsize=7,
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})
        left += df[kind]
    limit = 16 if width == "full" else 9
    ax.set_yticks(y, [short_title(t or a, limit) for t, a in zip(df["title"], df["article_id"])])
    ax.set_xlabel("数字的个数（个）")
    figure_title(fig, "各篇文章陈述了多少统计数字，各是什么类型")
    ax.legend(ncols=min(len(kinds), 4 if width == "full" else 3), loc="lower left",
              bbox_to_anchor=(0, 1.02), borderaxespad=0, handlelength=1.5, handleheight=1.0,
              columnspacing=1.0)
    source_line(fig, f"数据：{source}；不含日期和序数" if source else "不含日期和序数")
    return fig


def yuan_label(x: float, _pos=None) -> str:
    """A tick label in the units Chinese readers use: 万, 亿, 万亿.

    >>> [yuan_label(x) for x in (5000, 1e4, 1e9, 1e10, 1.5e12)]
    ['5,000', '1万', '10亿', '100亿', '1.5万亿']
    """
    for scale, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if x >= scale:
            return f"{x / scale:,.4g}{word}"
    return f"{x:,.0f}"


def money_amounts(money: pd.DataFrame, width: str = "full", source: str = "") -> Figure:
    """How large are the sums the page states? One row per amount in yuan, on a log scale,
    its marker telling the qualifier (超 ▶, 近 ◀, 约 ◆), a range drawn from end to end."""
    use_style()
    df = money[money["unit"] == "元"].sort_values("value_normalized", kind="stable")
    df = df.reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.2 + 0.24 * len(df)))
    for i, row in df.iterrows():
        marker, _ = QUALIFIER_MARKERS[row["qualifier"]]
        if row["qualifier"] == "range":
            ax.plot([row["value_normalized"], row["value_high_normalized"]], [i, i], color="#0072B2")
        ax.plot(row["value_normalized"], i, marker=marker,
                color="#0072B2", markersize=5, linestyle="none")
    limit = 12 if width == "full" else 6
    labels = [f"{short_title(s or '', limit)}  {t}" for s, t in zip(df["subject"], df["text"])]
    ax.set_yticks(range(len(df)), labels)
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(yuan_label)
    ax.xaxis.set_minor_formatter("")
    ax.set_xlabel("金额（元，对数刻度）")
    figure_title(fig, "版面上的金额有多大")
    used = [q for q in QUALIFIER_MARKERS if q in set(df["qualifier"])]
    handles = [plt.Line2D([], [], marker=QUALIFIER_MARKERS[q][0],
                          color="#0072B2", linestyle="-" if q == "range" else "none",
                          markersize=5, label=QUALIFIER_MARKERS[q][1]) for q in used]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.02), borderaxespad=0,
              ncols=1 if width == "single" else len(handles))
    ax.grid(axis="x", color="0.9", linewidth=0.5)
    source_line(fig, f"数据：{source}" if source else "")
    return fig


def top_words(freq: pd.DataFrame, width: str = "full", source: str = "", n: int = 20) -> Figure:
    """Which words carry the page? The `n` most frequent content words, with their counts."""
    use_style()
    df = freq.head(n).iloc[::-1]
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.0 + 0.17 * len(df)))
    ax.barh(df["token"], df["count"], color="#0072B2", height=0.65)
    for y, (n_, a) in enumerate(zip(df["count"], df["articles"])):
        ax.text(n_, y, f" {n_}", va="center", ha="left", fontsize=7)
    ax.set_xlabel("出现次数（次）")
    ax.margins(x=0.1)
    figure_title(fig, f"版面上最常见的{len(df)}个实词")
    source_line(fig, f"数据：{source}；不含停用词和数字" if source else "不含停用词和数字")
    return fig


def word_cloud(freq: pd.DataFrame, width: str = "full", source: str = "", n: int = 120) -> Figure:
    """The same frequencies as a word cloud (fixed layout: `random_state` 0, project font)."""
    from wordcloud import WordCloud

    from .fonts import face_file
    use_style()
    w_in = WIDTHS[width]
    dpi = plt.rcParams["savefig.dpi"]
    cloud = WordCloud(font_path=face_file(), width=int(w_in * dpi), height=int(w_in * 0.55 * dpi),
                      background_color="white", random_state=0, prefer_horizontal=1.0,
                      color_func=lambda *a, **k: "#0072B2", max_words=n, margin=4)
    cloud.generate_from_frequencies(dict(zip(freq["token"].head(n), freq["count"].head(n))))
    fig, ax = plt.subplots(figsize=(w_in, w_in * 0.55 + 0.5))
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    figure_title(fig, "词云：字号与出现次数成正比")
    source_line(fig, f"数据：{source}" if source else "")
    fig.text(0, 0, "".join(freq["token"].head(n)), alpha=0, fontsize=1)   # words, for the glyph check
    return fig


def cooccurrence_network(edges: pd.DataFrame, freq: pd.DataFrame, width: str = "full",
                         source: str = "") -> Figure:
    """Which words go together? Words as nodes (size by count), sentences shared as edges."""
    import networkx as nx
    use_style()
    g = nx.Graph()
    counts = dict(zip(freq["token"], freq["count"]))
    for row in edges.itertuples():
        g.add_edge(row.source, row.target, weight=row.sentences)
    fig, ax = plt.subplots(figsize=(WIDTHS[width], WIDTHS[width] * 0.75))
    if len(g):
        pos = nx.spring_layout(g, seed=7, weight="weight", k=2.5 / max(len(g), 1) ** 0.5)
        widths = [0.3 + 0.35 * d["weight"] for _, _, d in g.edges(data=True)]
        nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="0.7")
        scale = 0.5 if width == "single" else 1.0
        sizes = [scale * (20 + 8 * counts.get(n, 1)) for n in g.nodes]
        nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color="#56B4E9",
                               edgecolors="#0072B2", linewidths=0.6)
        nx.draw_networkx_labels(g, pos, ax=ax, font_size=7 if width == "single" else 8,
                                font_family=plt.rcParams["font.family"],
                                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none",
                                      "alpha": 0.8})
    ax.set_axis_off()
    ax.margins(0.08)
    figure_title(fig, "哪些词常在同一句中出现")
    note = "节点大小：出现次数；连线粗细：共同出现的句数"
    source_line(fig, f"数据：{source}；{note}" if source else note)
    return fig


def theme_heatmap(themes: pd.DataFrame, articles: pd.DataFrame, width: str = "full",
                  source: str = "") -> Figure:
    """Which themes does each article speak to? Share of each article's theme score, one
    row per theme, one column per article; each cell carries its percentage."""
    use_style()
    order = themes.groupby("theme").score.sum().sort_values(ascending=False, kind="stable")
    labels = themes.drop_duplicates("theme").set_index("theme").label_zh
    grid = (themes.pivot_table(index="theme", columns="article_id", values="share", fill_value=0)
            .reindex(index=order.index, columns=articles.article_id, fill_value=0))
    fig, ax = plt.subplots(figsize=(WIDTHS[width], 1.2 + 0.24 * len(grid)))
    im = ax.imshow(grid.values, cmap="Blues", vmin=0, vmax=max(0.6, grid.values.max()),
                   aspect="auto")
    for (i, j), v in pd.DataFrame(grid.values).stack().items():
        if v >= 0.05:
            ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=7,
                    color="white" if v > 0.35 else "black")
    limit = 10 if width == "full" else 5
    titles = articles.set_index("article_id").title.reindex(grid.columns).fillna("")
    ax.set_xticks(range(len(grid.columns)), [short_title(t or a[-2:], limit)
                                             for a, t in zip(grid.columns, titles)],
                  rotation=30 if width == "full" else 60, ha="right")
    ax.set_yticks(range(len(grid)), [labels[t] for t in grid.index])
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    fig.colorbar(im, ax=ax, shrink=0.6, format=lambda x, _: f"{x:.0%}", label="占该文主题得分")
    figure_title(fig, "各篇文章谈的是什么主题")
    source_line(fig, f"数据：{source}；主题词表 data/lexicons/themes.csv" if source else "")
    return fig


def label_points(ax, xs, ys, texts, fontsize: float = 7) -> None:
    """Label points without overlaps where possible: each label tries eight places around its
    point, in order, and takes the first that touches no label placed before it."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    offsets = [(4, 3, "left", "bottom"), (4, -3, "left", "top"), (-4, 3, "right", "bottom"),
               (-4, -3, "right", "top"), (0, 7, "center", "bottom"), (0, -7, "center", "top"),
               (10, 0, "left", "center"), (-10, 0, "right", "center")]
    placed = []
    for x, y, text in zip(xs, ys, texts):
        for k, (dx, dy, ha, va) in enumerate(offsets):
            ann = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points",
                              ha=ha, va=va, fontsize=fontsize)
            box = ann.get_window_extent(renderer).expanded(1.05, 1.15)
            if not any(box.overlaps(b) for b in placed) or k == len(offsets) - 1:
                placed.append(box)
                break
            ann.remove()


def places_map(places: pd.DataFrame, width: str = "full", source: str = "") -> Figure:
    """Where are the places the page speaks of? Each place at its coordinates, the circle's
    area by the number of mentions, provinces and regions drawn apart from cities and counties."""
    use_style()
    df = places.groupby(["place", "level", "lon", "lat"], as_index=False)["count"].sum()
    df = df.sort_values(["count", "place"], ascending=[False, True], kind="stable")
    fig, ax = plt.subplots(figsize=(WIDTHS[width], WIDTHS[width] * 0.8))
    styles = {"region": ("s", "#E69F00", "区域"), "province": ("D", "#009E73", "省级"),
              "city": ("o", "#0072B2", "地级市"), "district": ("o", "#56B4E9", "区县"),
              "county": ("o", "#56B4E9", "区县")}
    for level, (marker, color, label) in styles.items():
        d = df[df.level == level]
        if len(d):
            ax.scatter(d.lon, d.lat, s=20 + 25 * d["count"], marker=marker, color=color,
                       edgecolors="black", linewidths=0.4, alpha=0.85)
    ax.set_xlabel("经度（°E）")
    ax.set_ylabel("纬度（°N）")
    if len(df):      # a degree of longitude is shorter than one of latitude by cos(latitude)
        ax.set_aspect(1 / math.cos(math.radians(float(df.lat.mean()))), adjustable="datalim")
    ax.margins(0.15)
    handles = [plt.Line2D([], [], marker=m, color=c, markeredgecolor="black", markeredgewidth=0.4,
                          linestyle="none", markersize=6, label=lab)
               for lev, (m, c, lab) in styles.items() if lev != "county" and
               (df.level == lev).any() or (lev == "district" and (df.level == "county").any())]
    ax.legend(handles=handles, loc="best")
    fig.canvas.draw()                  # final limits, so labels are placed where they will be
    label_points(ax, df.lon, df.lat, [f"{p}（{n}）" for p, n in zip(df.place, df["count"])])
    figure_title(fig, "版面提到了哪些地方（括号内为提及次数）")
    source_line(fig, f"数据：{source}；坐标见 data/lexicons/gazetteer.csv" if source else "")
    return fig
