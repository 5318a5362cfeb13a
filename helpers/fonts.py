"""The project's Chinese font: Noto Sans CJK SC (SIL OFL 1.1), installed from PyPI.

The font comes as a collection (.ttc, package `noto-cjk-sans-otc`) of Japanese, Korean, and
Simplified/Traditional Chinese faces; matplotlib >= 3.11 picks the Simplified Chinese face by
its family name. `use_project_font` registers it ahead of any system font of the same name
and checks that the face matplotlib resolves is the project's SC face, so every machine draws
the same glyphs.
"""
from __future__ import annotations

from functools import lru_cache

import matplotlib as mpl
from fontTools.ttLib import TTCollection
from matplotlib import font_manager as fm
from noto_cjk_sans_otc import FONT_PATH

FAMILY = "Noto Sans CJK SC"
FALLBACK = "DejaVu Sans"      # Latin, digits and the minus sign U+2212


@lru_cache(maxsize=1)
def face_index() -> int:
    """Index of the Simplified Chinese face in the collection.

    >>> face_index()
    2
    """
    fonts = TTCollection(str(FONT_PATH), lazy=True).fonts
    return next(i for i, f in enumerate(fonts) if f["name"].getDebugName(1) == FAMILY)


def use_project_font() -> fm.FontPath:
    """Register the project font, make it the first family, return the face matplotlib resolves.

    >>> use_project_font().face_index == face_index()
    True
    """
    fm.fontManager.ttflist = [f for f in fm.fontManager.ttflist if f.name != FAMILY]
    fm.fontManager.addfont(str(FONT_PATH))
    entries = [f for f in fm.fontManager.ttflist if f.name == FAMILY]
    fm.fontManager.ttflist = entries + [f for f in fm.fontManager.ttflist if f not in entries]
    fm.fontManager._findfont_cached.cache_clear()
    mpl.rcParams["font.family"] = [FAMILY, FALLBACK]
    resolved = fm.findfont(fm.FontProperties(family=FAMILY), fallback_to_default=False)
    if str(resolved) != str(FONT_PATH) or getattr(resolved, "face_index", 0) != face_index():
        raise RuntimeError(f"matplotlib resolves {FAMILY} to {resolved!r}, not {FONT_PATH}")
    return resolved


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Code points the project font (SC face) and its Latin fallback can draw."""
    sc = TTCollection(str(FONT_PATH), lazy=True).fonts[face_index()].getBestCmap()
    dejavu = fm.get_font(fm.findfont(FALLBACK)).get_charmap()
    return frozenset(sc) | frozenset(dejavu)


def missing_glyphs(text: str) -> list[str]:
    """The characters of `text` that no font of the project can draw.

    >>> missing_glyphs("长三角 G60 −12%"), missing_glyphs("\\ue000")
    ([], ['\\ue000'])
    """
    have = covered()
    return sorted({ch for ch in text if ord(ch) not in have and not ch.isspace()})


def face_file() -> str:
    """The SC face alone as an .otf file in the project cache, for tools that open only the
    first face of a collection (wordcloud through Pillow would draw the Japanese face)."""
    from .paths import CACHE
    path = CACHE / f"{FAMILY.replace(' ', '')}-face{face_index()}.otf"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        TTCollection(str(FONT_PATH)).fonts[face_index()].save(str(tmp))
        tmp.replace(path)
    return str(path)
