"""The audit that nothing was lost: every Chinese character, digit and letter of the raw page
is found in exactly one field of one article (kicker, title, subtitle, subheads, text, credits)
or, for page furniture (headers, footers, jump lines), in a line of `lines.csv` labelled so.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd

from .clean import kept_characters

FIELDS = ["kicker", "title", "subtitle", "credits", "subheads", "text"]


def placed_text(articles: pd.DataFrame, lines: pd.DataFrame | None = None) -> str:
    """Everything the split placed: the articles' fields, and the furniture lines."""
    cols = [c for c in FIELDS if c in articles]
    text = "".join(articles[cols].astype(str).to_numpy().ravel())
    if lines is not None and len(lines):
        text += "".join(lines.loc[lines.label == "furniture", "text"])
    return text


def character_audit(raw_text: str, articles: pd.DataFrame,
                    lines: pd.DataFrame | None = None) -> pd.DataFrame:
    """Count each kept character in the raw page and in the articles' fields (and furniture).

    Returns one row per character whose counts differ (`raw`, `placed`, `difference`);
    an empty table means nothing was lost and nothing was invented.

    >>> arts = pd.DataFrame([{"kicker": "", "title": "标题", "subtitle": "", "credits": "记者张三",
    ...                       "subheads": "", "text": "正文1。"}])
    >>> character_audit("标 题\\n记者 张 三\\n正文１。", arts).empty
    True
    >>> character_audit("标题\\n正文2。", arts[["title"]].assign(text="正文。")).character.tolist()
    ['2']
    """
    raw = Counter(kept_characters(raw_text))
    placed = Counter(kept_characters(placed_text(articles, lines)))
    chars = sorted(set(raw) | set(placed))
    rows = [{"character": ch, "raw": raw[ch], "placed": placed[ch],
             "difference": placed[ch] - raw[ch]} for ch in chars if raw[ch] != placed[ch]]
    return pd.DataFrame(rows, columns=["character", "raw", "placed", "difference"])


def audit_summary(raw_text: str, articles: pd.DataFrame,
                  lines: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row: characters counted on the raw page, placed in articles, lost, invented."""
    diff = character_audit(raw_text, articles, lines)
    n_raw = len(kept_characters(raw_text))
    return pd.DataFrame([{
        "raw_characters": n_raw,
        "placed_characters": n_raw + int(diff["difference"].sum()) if len(diff) else n_raw,
        "lost": int(-diff.loc[diff.difference < 0, "difference"].sum()),
        "invented": int(diff.loc[diff.difference > 0, "difference"].sum()),
    }])


def audit_pages(pages: list, articles: pd.DataFrame, lines: pd.DataFrame | None = None) -> pd.DataFrame:
    """`audit_summary` for each page (objects with `.page` and `.text`), one row per page."""
    rows = [audit_summary(p.text, articles[articles.page == p.page],
                          None if lines is None else lines[lines.page == p.page]).assign(page=p.page)
            for p in pages]
    return pd.concat(rows, ignore_index=True).set_index("page")
