"""The publication figure set: what each figure plots, how it is drawn, and its catalogue.

Each figure is a `Spec`: a function from the pipeline's tables to exactly the data it plots
(written beside the figure as CSV, so a reader can check it or redraw it), a drawing function
in `helpers.plots`, and the table and notebook it comes from. `write_figures` draws every figure
in Chinese and English (`figures/zh/`, `figures/en/`), full width (`NAME`) and single column
(`NAME_single`), as PNG, SVG and PDF; `write_catalogue` writes `figures/README.md`.
"""
from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd

from . import plots
from .context import cooccurrence as cooccurrence_pairs
from .context import frequencies
from .paths import FIGURES, ROOT
from .quantities import kind_counts
from .tables import ENCODING, format_number


@dataclass(frozen=True)
class Spec:
    name: str
    data: Callable[[dict], pd.DataFrame]
    draw: Callable[..., object]
    table: str
    notebook: str
    scope: str = "page"        # "page": one page's articles; "pages": across all pages analysed


def _glossed(df: pd.DataFrame, column: str, name: str = "gloss") -> pd.DataFrame:
    """`df` with an English gloss of each word in `column` (CC-CEDICT, `helpers.glosses`), for
    the English figures: a reader without Chinese can read every word label."""
    from .glosses import gloss
    return df.assign(**{name: [gloss(w) for w in df[column]]})


def article_key(t: dict) -> pd.DataFrame:
    """How the English figures name articles: `A1 … An` in page order, each with its outlet in
    English and its leading theme (`A1 Liberation Daily · Innovation`), so a reader without
    Chinese can tell them apart; the key (`key`, `title`) is in each figure's CSV.

    >>> arts = pd.DataFrame({"article_id": ["p-01", "p-02"], "title": ["甲", "乙"],
    ...                      "source": ["解放日报", ""]})
    >>> themes = pd.DataFrame({"article_id": ["p-01", "p-01"], "label_en": ["Finance", "Talent"],
    ...                        "share": [0.2, 0.5]})
    >>> article_key({"articles": arts, "themes": themes}).article_gloss.tolist()
    ['A1 Liberation Daily · Talent', 'A2']
    """
    from .glosses import outlet_gloss
    a = t["articles"].reset_index(drop=True)
    th = t["themes"].sort_values(["article_id", "share", "label_en"], ascending=[True, False, True],
                                 kind="stable").drop_duplicates("article_id")
    lead = dict(zip(th.article_id, th.label_en))
    keys = [f"A{i}" for i in range(1, len(a) + 1)]
    names = [" · ".join(x for x in (outlet_gloss(o) if o else "", lead.get(aid, "")) if x)
             for o, aid in zip(a.source, a.article_id)]
    return pd.DataFrame({"article_id": a.article_id, "key": keys,
                         "article_gloss": [f"{k} {n}".strip() for k, n in zip(keys, names)],
                         "lead_theme": [lead.get(aid, "") for aid in a.article_id]})


def _keyed(df: pd.DataFrame, t: dict) -> pd.DataFrame:
    """`df` (one row per article, or more) with the article's key and English label."""
    return df.merge(article_key(t), on="article_id", how="left")


def _article_lengths(t: dict) -> pd.DataFrame:
    return _keyed(t["articles"][["article_id", "title", "source", "n_chars"]], t).assign(
        source_gloss=lambda d: [_outlet_en(s) for s in d.source])


def _outlet_en(name: str) -> str:
    from .glosses import outlet_gloss
    return outlet_gloss(name) if name else "—"


def _top_words(t: dict) -> pd.DataFrame:
    return _glossed(frequencies(t["tokens"], 20), "token")


def _word_cloud(t: dict) -> pd.DataFrame:
    return _glossed(frequencies(t["tokens"], 120), "token")


def _keywords(t: dict) -> pd.DataFrame:
    k = t["keywords"]
    k = k[(k.method == "keyness") & (k["rank"] <= 5)]
    return _keyed(_glossed(k.merge(t["articles"][["article_id", "title"]], on="article_id")[
        ["article_id", "title", "rank", "keyword", "score", "count_article", "count_rest"]],
        "keyword"), t)


def _themes_heatmap(t: dict) -> pd.DataFrame:
    themes, arts = t["themes"], t["articles"][["article_id", "title"]]
    labels = themes.drop_duplicates("theme")[["theme", "label_zh", "label_en"]]
    grid = arts.merge(labels, how="cross").merge(
        themes[["article_id", "theme", "share"]], on=["article_id", "theme"], how="left")
    return _keyed(grid.fillna({"share": 0.0}).sort_values(["article_id", "theme"],
                                                         ignore_index=True), t)


def _places_map(t: dict) -> pd.DataFrame:
    p = t["places"]
    return _glossed(p.groupby(["place", "level", "lon", "lat"], as_index=False)["count"].sum()
                    .sort_values(["count", "place"], ascending=[False, True], ignore_index=True)
                    [["place", "level", "count", "lon", "lat"]], "place")


def _quantities_by_kind(t: dict) -> pd.DataFrame:
    return _keyed(kind_counts(t["quantities"], t["articles"]), t)


def _money_amounts(t: dict) -> pd.DataFrame:
    q = t["quantities"]
    from .glosses import gloss_info
    df = q[(q.kind == "money") & (q.unit == "元")][
        ["article_id", "text", "subject", "value_normalized", "value_high_normalized",
         "qualifier"]].reset_index(drop=True)
    # A subject is a phrase; glossed only when the dictionary knows it whole (a gloss pieced
    # together word by word misleads more than it helps), else "—".
    info = [gloss_info(s) if s else ("", "") for s in df.subject]
    df["subject_gloss"] = [g if src in ("cedict", "override", "place", "place-pinyin") else "—"
                           for g, src in info]
    df["amount_gloss"] = [plots.english_amount(v, h, q) for v, h, q in
                          zip(df.value_normalized, df.value_high_normalized, df.qualifier)]
    return _keyed(df, t)


def _cooccurrence(t: dict) -> pd.DataFrame:
    edges = cooccurrence_pairs(t["tokens"])
    counts = frequencies(t["tokens"]).set_index("token")["count"]
    edges = edges.assign(source_count=edges.source.map(counts).astype(int),
                         target_count=edges.target.map(counts).astype(int))
    return _glossed(_glossed(edges, "source", "source_gloss"), "target", "target_gloss")


NB = "notebooks/{}.ipynb"
SPECS = [
    Spec("article_lengths", _article_lengths, plots.article_lengths, "articles",
         NB.format("10-clean-and-split")),
    Spec("top_words", _top_words, plots.top_words, "tokens", NB.format("20-words")),
    Spec("word_cloud", _word_cloud, plots.word_cloud, "tokens", NB.format("20-words")),
    Spec("keywords", _keywords, plots.keywords, "keywords", NB.format("20-words")),
    Spec("cooccurrence", _cooccurrence, plots.cooccurrence, "tokens", NB.format("20-words")),
    Spec("themes_heatmap", _themes_heatmap, plots.themes_heatmap, "themes",
         NB.format("30-themes-and-places")),
    Spec("places_map", _places_map, plots.places_map, "places", NB.format("30-themes-and-places")),
    Spec("quantities_by_kind", _quantities_by_kind, plots.quantities_by_kind, "quantities",
         NB.format("40-quantities")),
    Spec("money_amounts", _money_amounts, plots.money_amounts, "quantities",
         NB.format("40-quantities")),
]


def _outlet(t: dict) -> pd.Series:
    """Each article's outlet (its credited source, else its page), by article_id."""
    a = t["articles"]
    return pd.Series(a.source.where(a.source != "", a.page).values, index=a.article_id)


def _themes_by_outlet(t: dict) -> pd.DataFrame:
    themes = t["themes"].assign(outlet=lambda d: d.article_id.map(_outlet(t)))
    labels = themes.drop_duplicates("theme")[["theme", "label_zh", "label_en"]]
    n = t["articles"].assign(outlet=lambda d: d.article_id.map(_outlet(t))).groupby("outlet").size()
    share = themes.groupby(["outlet", "theme"], as_index=False).share.sum()
    grid = pd.DataFrame({"outlet": n.index}).merge(labels, how="cross").merge(
        share, on=["outlet", "theme"], how="left").fillna({"share": 0.0})
    grid["share"] = grid.share / grid.outlet.map(n)             # mean over the outlet's articles
    grid["articles"] = grid.outlet.map(n).astype(int)
    return grid.sort_values(["outlet", "theme"], ignore_index=True)[
        ["outlet", "articles", "theme", "label_zh", "label_en", "share"]].assign(
        outlet_gloss=lambda d: [_outlet_en(o) for o in d.outlet])


def _quantities_by_page(t: dict) -> pd.DataFrame:
    from .quantities import kinds_by_page
    table = kinds_by_page(t["quantities"]).reindex(sorted(t["articles"].page.unique()), fill_value=0)
    return table.rename_axis("page").reset_index()


def _top_words_by_outlet(t: dict, n: int = 8) -> pd.DataFrame:
    tokens = t["tokens"].assign(outlet=lambda d: d.article_id.map(_outlet(t)))
    size = tokens.groupby("outlet").size()
    order = sorted(size.index, key=lambda o: (-size[o], o))      # the outlets with most text first
    rows = []
    for outlet in order:
        g = tokens[tokens.outlet == outlet]
        top = frequencies(g, n)[["token", "count"]].assign(outlet=outlet)
        rows.append(top.assign(rank=range(1, len(top) + 1)))
    out = pd.concat(rows, ignore_index=True)[["outlet", "rank", "token", "count"]] if rows \
        else pd.DataFrame(columns=["outlet", "rank", "token", "count"])
    return _glossed(out, "token").assign(outlet_gloss=lambda d: [_outlet_en(o) for o in d.outlet])


ACROSS = [
    Spec("themes_by_outlet", _themes_by_outlet, plots.themes_by_outlet, "themes",
         NB.format("30-themes-and-places"), "pages"),
    Spec("quantities_by_page", _quantities_by_page, plots.quantities_by_page, "quantities",
         NB.format("40-quantities"), "pages"),
    Spec("top_words_by_outlet", _top_words_by_outlet, plots.top_words_by_outlet, "tokens",
         NB.format("20-words"), "pages"),
]
BY_NAME = {s.name: s for s in SPECS + ACROSS}


def pages_of(tables: dict) -> list[str]:
    return sorted(tables["articles"].page.unique())


def source(tables: dict, lang: str = "zh") -> str:
    """The source line: the pages and the outlets credited on them.

    >>> source({"articles": pd.DataFrame({"page": ["p1", "p1"], "source": ["新华网", ""]})}, "en")
    'Source: page p1 (Xinhua News Network)'
    """
    arts = tables["articles"]
    pages = sorted(arts.page.unique())
    shown = "、".join(pages[:3]) + (f" … ({len(pages)})" if len(pages) > 3 else "")
    names = [s for s in dict.fromkeys(arts.source) if s]
    outlets = (", ".join(_outlet_en(s) for s in names) if lang == "en" else "、".join(names)) or "—"
    return plots.text("source", lang, pages=shown, outlets=outlets)


def figure_data(name: str, tables: dict) -> pd.DataFrame:
    """Exactly the data a figure plots."""
    return BY_NAME[name].data(tables).reset_index(drop=True)


def credited(data: pd.DataFrame, text: str, lang: str) -> str:
    """The source line, with the glosses' licence where an English figure shows them."""
    if lang == "en" and any(c.endswith("gloss") for c in data.columns):
        return f"{text}; glosses: CC-CEDICT (MDBG, CC BY-SA 4.0)"
    return text


def draw(name: str, tables: dict, width: str = "full", lang: str = "zh"):
    """One figure of the set, drawn from the tables."""
    data = figure_data(name, tables)
    return BY_NAME[name].draw(data, width, lang, credited(data, source(tables, lang), lang))


def write_csv(df: pd.DataFrame, path: Path) -> Path:
    """A figure's data as CSV (the tables' encoding; floats in their shortest exact form)."""
    df = df.copy()
    for col in df.select_dtypes("float").columns:
        df[col] = df[col].map(format_number)
    df.to_csv(path, index=False, encoding=ENCODING, lineterminator="\n")
    return path


def write_figures(tables: dict, directory: Path = FIGURES, names: list[str] | None = None,
                  all_tables: dict | None = None, editable_svg: bool = False,
                  jobs: int | None = None) -> list[Path]:
    """Every figure in both languages and both widths, with its data beside it: the page
    figures from `tables` (one page), and, when `all_tables` covers more than one page, the
    figures across pages from it. `editable_svg` adds `NAME_text.svg` (text kept as text; see
    `plots.save_figure`). The figures are drawn in `jobs` worker processes (by default one per
    core, two at most: drawing and font subsetting are most of the time); each file is the same
    whichever process draws it, and the list comes back in the same order."""
    across = all_tables is not None and len(pages_of(all_tables)) > 1
    default = [s.name for s in SPECS] + ([s.name for s in ACROSS] if across else [])
    tasks = []
    for name in names or default:                  # the data in this process: the glossary and
        source_tables = all_tables if BY_NAME[name].scope == "pages" else tables   # the tables
        data = figure_data(name, source_tables)                                    # load once
        tasks.append((name, data, {lang: credited(data, source(source_tables, lang), lang)
                                   for lang in plots.LANGUAGES}, Path(directory), editable_svg))
    jobs = min(2, os.cpu_count() or 1) if jobs is None else jobs
    if jobs <= 1 or len(tasks) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [p for task in tasks for p in _write_one(*task)]
    plots.use_style()                              # fonts found and loaded before the fork
    with multiprocessing.get_context("fork").Pool(min(jobs, len(tasks))) as pool:
        return [p for paths in pool.starmap(_write_one, tasks, chunksize=1) for p in paths]


def _write_one(name: str, data: pd.DataFrame, sources: dict[str, str], directory: Path,
               editable_svg: bool = False) -> list[Path]:
    """One figure in both languages and widths, and its data."""
    written = []
    for lang in plots.LANGUAGES:
        out = Path(directory) / lang
        out.mkdir(parents=True, exist_ok=True)
        written.append(write_csv(data, out / f"{name}.csv"))
        for width, suffix in (("full", ""), ("single", "_single")):
            fig = BY_NAME[name].draw(data, width, lang, sources[lang])
            written += plots.save_figure(fig, f"{name}{suffix}", out, editable_svg)
            plots.plt.close(fig)
    return written


def catalogue(directory: Path = FIGURES, tables: dict | None = None,
              all_tables: dict | None = None) -> str:
    """`figures/README.md`: every figure with its number, thumbnail, caption, question, the
    table and notebook it comes from, the pages it covers, and links to its files in both
    languages; the figures across pages when they were drawn (more than one page)."""
    lines = ["# Figures", "",
             "Generated by `notebooks/50-figures.ipynb` (`helpers.figures.write_catalogue`); do not "
             "edit by hand.", "",
             "Every figure comes in Chinese (`zh/`) and English (`en/`), full width 17.5 cm "
             "(`NAME`) and single column 8.5 cm (`NAME_single`), as PNG (300 dpi), SVG (text as "
             "paths) and PDF (Noto Sans CJK SC embedded as a subset TrueType font, Type 42: no "
             "Type 3 font; text selectable), with `NAME.csv`: exactly the data it plots. Files "
             "are byte-identical from run to run. `write_figures(..., editable_svg=True)` adds "
             "`NAME_text.svg`, whose text an editor can change (it needs Noto Sans CJK SC and "
             "DejaVu Sans installed where it is opened).", ""]
    specs = SPECS + [s for s in ACROSS if (Path(directory) / "zh" / f"{s.name}.png").exists()
                     and all_tables is not None and len(pages_of(all_tables)) > 1]
    for number, spec in enumerate(specs, start=1):
        n = spec.name
        scope = all_tables if spec.scope == "pages" else tables
        covers = pages_of(scope) if scope is not None else []
        links = " · ".join(
            f"{lang}: " + "; ".join(f"{size} " + ", ".join(f"[{fmt}]({lang}/{n}{sfx}.{fmt})"
                                                          for fmt in ("png", "svg", "pdf"))
                                    for size, sfx in (("full width", ""), ("single column", "_single")))
            + f"; data [csv]({lang}/{n}.csv)" for lang in plots.LANGUAGES)
        lines += [f"## Figure {number}. {plots.text(f'title.{n}', 'en', n=20)}", "",
                  f"<img src=\"zh/{n}_single.png\" width=\"320\" alt=\"{n}\">", "",
                  f"- **图{number}** {plots.text(f'caption.{n}', 'zh')}",
                  f"- **Caption:** {plots.text(f'caption.{n}', 'en')}",
                  f"- **Question:** {plots.text(f'question.{n}', 'en')} "
                  f"（{plots.text(f'question.{n}', 'zh')}）",
                  f"- **From:** `data/processed/{spec.table}.csv`, "
                  f"[`{spec.notebook}`](../{spec.notebook})",
                  f"- **Covers:** {('page ' if len(covers) == 1 else f'{len(covers)} pages: ') + ', '.join(covers) if covers else 'the pages analysed'}"
                  + (" (across pages)" if spec.scope == "pages" else ""),
                  *([f"- **Key** (English figures): {_key_text(scope)}"]
                    if scope is not None and n in KEYED else []),
                  f"- **Files:** {links}", ""]
    return "\n".join(lines)


KEYED = ("article_lengths", "keywords", "themes_heatmap", "quantities_by_kind", "money_amounts")


def _key_text(tables: dict) -> str:
    """`A1` 《title》 … for the catalogue: the key to the English figures' article labels."""
    key = article_key(tables).merge(tables["articles"][["article_id", "title"]], on="article_id")
    return "; ".join(f"{k} 《{t or '—'}》" for k, t in zip(key.key, key.title))


def write_catalogue(directory: Path = FIGURES, tables: dict | None = None,
                    all_tables: dict | None = None) -> Path:
    path = Path(directory) / "README.md"
    path.write_text(catalogue(directory, tables, all_tables), encoding="utf-8", newline="\n")
    return path


def relative(paths: list[Path]) -> list[str]:
    """Paths relative to the repository (as they are, outside it), for notebook output that
    reads the same anywhere."""
    return [str(Path(p).resolve().relative_to(ROOT)) if Path(p).resolve().is_relative_to(ROOT)
            else str(p) for p in paths]


def catalogue_table(lang: str = "en") -> pd.DataFrame:
    """The figure set as a table: number, name, question, caption, table and notebook."""
    return pd.DataFrame([{"figure": i, "name": s.name,
                          "question": plots.text(f"question.{s.name}", lang),
                          "caption": plots.text(f"caption.{s.name}", lang),
                          "table": f"{s.table}.csv", "notebook": s.notebook}
                         for i, s in enumerate(SPECS, start=1)])
