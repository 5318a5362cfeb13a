"""The project's Chinese font: Noto Sans CJK SC (SIL OFL 1.1), installed from PyPI.

The font comes as a collection (.ttc, package `noto-cjk-sans-otc`) of Japanese, Korean, and
Simplified/Traditional Chinese faces with CFF outlines. matplotlib can embed CFF outlines in a
PDF only as Type 3 fonts, which publishers' preflight refuses; so the SC face is converted once
to TrueType outlines (`truetype_file`: fontTools' cu2qu, cubic to quadratic curves within 1 font
unit of 1000; the layout tables and Hangul left out; about 45 s, then cached in `.cache/`, the
same bytes on every machine with the same fontTools), and matplotlib embeds that as a subset CID TrueType font (Type 42).
`use_project_font` registers it ahead of any system font of the same name and checks that the
font matplotlib resolves is that file, so every machine draws the same glyphs.

The licence (SIL OFL 1.1) allows modified versions; Noto Sans CJK's one Reserved Font Name is
"Source", which the converted font does not use.
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
    """Register the project font (its TrueType conversion), make it the first family, return
    the file matplotlib resolves.

    >>> str(use_project_font()) == truetype_file()
    True
    """
    path = truetype_file()
    fm.fontManager.ttflist = [f for f in fm.fontManager.ttflist if f.name != FAMILY]
    fm.fontManager.addfont(path)
    entries = [f for f in fm.fontManager.ttflist if f.name == FAMILY]
    fm.fontManager.ttflist = entries + [f for f in fm.fontManager.ttflist if f not in entries]
    fm.fontManager._findfont_cached.cache_clear()
    mpl.rcParams["font.family"] = [FAMILY, FALLBACK]
    resolved = fm.findfont(fm.FontProperties(family=FAMILY), fallback_to_default=False)
    if str(resolved) != path:
        raise RuntimeError(f"matplotlib resolves {FAMILY} to {resolved!r}, not {path}")
    return resolved


MAX_ERR = 1.0       # font units (of 1000): how far a quadratic curve may stray from the cubic


@lru_cache(maxsize=1)
def truetype_file() -> str:
    """The SC face with TrueType outlines, made once and cached (`.cache/`): what matplotlib
    embeds in PDFs as a Type 42 (CID TrueType) font. Deterministic: the face's own timestamps
    are kept, so the file has the same bytes on every run.

    >>> from fontTools.ttLib import TTFont
    >>> f = TTFont(truetype_file(), lazy=True); "glyf" in f and "CFF " not in f
    True
    """
    from .paths import CACHE
    import fontTools
    path = CACHE / f"{FAMILY.replace(' ', '')}-face{face_index()}-truetype-v2-{fontTools.version}.ttf"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        _to_truetype(str(FONT_PATH), face_index(), str(tmp))
        tmp.replace(path)
    return str(path)


def _to_truetype(source: str, index: int, target: str) -> None:
    """CFF outlines to TrueType (`glyf`), as fontTools' otf2ttf snippet does it: every glyph
    drawn through Cu2QuPen into TTGlyphPen, `glyf`/`loca` built, `CFF `/`VORG` dropped, `maxp`
    1.0, `post` format 3, `head.glyphDataFormat` 0."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable
    font = TTFont(source, fontNumber=index, recalcTimestamp=False, recalcBBoxes=True)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.numGlyphs = len(order)
    maxp.compile(font)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 3.0, [], {}, order
    gasp = font["gasp"] = newTable("gasp")
    gasp.version, gasp.gaspRange = 1, {0xFFFF: 0x000F}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    _trim(font)
    font.save(target)


# Tables a figure does not use: OpenType layout (horizontal Chinese is set with the default
# glyphs) and vertical metrics. Without them, and without the Korean syllables, matplotlib's
# subsetting of the font for each PDF takes 0.15 s instead of 0.5 s.
UNUSED_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG", "DSIG")


def _hangul(cp: int) -> bool:
    return (0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xA960 <= cp <= 0xA97F
            or 0xAC00 <= cp <= 0xD7FF)


def _trim(font) -> None:
    """Drop the tables and the glyphs no Chinese figure draws (every character the SC face
    maps stays, except Hangul)."""
    from fontTools import subset
    for tag in UNUSED_TABLES:
        if tag in font:
            del font[tag]
    options = subset.Options()
    options.layout_features = []
    options.glyph_names = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.name_IDs, options.name_languages, options.name_legacy = ["*"], ["*"], True
    keep = sorted(cp for cp in font.getBestCmap() if not _hangul(cp))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Code points the project font (SC face) and its Latin fallback can draw."""
    from fontTools.ttLib import TTFont
    sc = TTFont(truetype_file(), lazy=True).getBestCmap()
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
