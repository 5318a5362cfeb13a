"""A synthetic archive for the archive benchmark: N raw pages composed from the sample's text.

`make_corpus(n_pages, out_dir, seed=2026)` writes `n_pages` page files, laid out like the raw
pages in `data/raw/` (column lines, blank lines between articles, headline and byline lines),
with body text sampled from the real paragraphs there. The same `n_pages` and `seed` give a
byte-identical corpus on any machine (only `random.Random(seed)` and the sorted input are used).

The pool is read with the project's own split, `helpers.articles.page_tables(read_page(path))`:
the titles of its articles, and the paragraphs that end a sentence and hold at least
`MIN_PARAGRAPH` characters (the photo caption and cut-off fragments are left out).

Each composed page has 3–6 articles. Each article has:
- a title from a real article, sometimes with a suffix (`（二）`, `·观察`…);
- a byline line (`新民晚报记者 杨 洁`), or a dateline run into the first paragraph
  (`本报讯（记者 沈 悦 通讯员 朱海峰） …`, `新华社杭州6月25日电（记者 顾雨婷） …`);
- 3–10 paragraphs drawn with replacement from the pool.

Layout, as in the sample page:
- Each page's column is 14–17 characters wide. Width is measured as the splitter measures
  it: a Chinese character is 1, an ASCII character 0.55.
- A paragraph's first line is two characters shorter. The sample marks its indent that way.
  Its lines carry no indent characters, because the PDF extractor dropped the two fullwidth
  spaces. `indent="\u3000\u3000"` writes them.
- The extractor's spaces around numbers and Latin words of two characters or more
  (`长三角 G60 科创走廊`) are kept; the splitter removes them again. Single digits are left
  unspaced (see `_spaced`).
- A blank line follows each headline block and each article.

    python benchmarks/corpus.py 100 build/corpus        # write a corpus from the command line
"""
from __future__ import annotations

import random
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.articles import page_tables  # noqa: E402
from helpers.pages import read_page  # noqa: E402
from helpers.paths import raw_pages  # noqa: E402

MIN_PARAGRAPH = 20
ARTICLES = (3, 6)
PARAGRAPHS = (3, 10)
COLUMNS = (14, 17)
ASCII_WIDTH = 0.55          # as helpers.layout_rules.ASCII_WIDTH
SUFFIXES = ["", "", "", "", "（二）", "（三）", "·观察", "·速览"]
OUTLETS = ["解放日报", "新民晚报", "浙江日报", "新华日报", "安徽日报", "文汇报"]
PLACES = ["上海", "杭州", "南京", "合肥", "嘉兴", "苏州"]
SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)》]*$")
HANGING = set("，。、；：！？”’）》」』…,.;:!?)")
EXTRA_NAMES = ["沈悦", "朱海峰", "王芳", "孙超", "周雪", "陈静", "刘洋", "张弛", "吴越", "徐明"]


@lru_cache(maxsize=4)
def pool(pages: tuple[Path, ...] | None = None) -> tuple[list[str], list[str], list[str]]:
    """(titles, paragraphs, names) of the pages in data/raw/, in page and article order."""
    titles, paragraphs, names = [], [], []
    for path in pages or tuple(raw_pages()):
        tables = page_tables(read_page(path))
        for row in tables["articles"].itertuples():
            if row.title and row.title not in titles:
                titles.append(row.title)
            for field in (row.reporters, row.correspondents):
                names += [n for n in str(field).split("、") if 2 <= len(n) <= 3 and n not in names]
        paragraphs += [t for t in tables["paragraphs"].text
                       if len(t) >= MIN_PARAGRAPH and SENTENCE_END.search(t)]
    names += [n for n in EXTRA_NAMES if n not in names]
    if len(titles) < 1 or len(paragraphs) < 1:
        raise SystemExit("benchmarks/corpus.py: no titles or paragraphs found in data/raw/")
    return titles, paragraphs, names


def _w(ch: str) -> float:
    return ASCII_WIDTH if ord(ch) < 128 else 1.0


def _spaced(line: str) -> str:
    """The extractor's spaces around a number or Latin word of two characters or more
    (`长三角 G60 科创`). Single digits stay unspaced: `于 7 月 5 日` has four one-character
    tokens, and the splitter would read the line as a letter-spaced headline.

    >>> _spaced("将于7月5日，长三角G60科创")
    '将于7月5日，长三角 G60 科创'
    """
    return re.sub(r"[A-Za-z0-9.%]{2,}",
                  lambda m: (" " if m.start() and ord(line[m.start() - 1]) > 127 else "")
                  + m.group() + (" " if m.end() < len(line) and ord(line[m.end()]) > 127 else ""),
                  line)


def wrap(text: str, column: int, indent: str = "") -> list[str]:
    """A paragraph as column lines: the first one two characters short (the indent), the
    others up to `column` wide. As a typesetter would: closing punctuation hangs at the end of
    a line rather than open the next one; a number or Latin word that overruns the line by
    one character or less stays on it (set tighter), a longer one is split where it reaches
    the end of the line. A line never ends a character or more short of its column, which
    the splitter would read as a heading.

    >>> wrap("长三角G60科创走廊科技成果对接转化大会在杭州召开。", 10)
    ['长三角 G60 科创走', '廊科技成果对接转化大', '会在杭州召开。']
    >>> wrap("此次大会聚焦加快发展新质生产力，推动科技创新。", 8)
    ['此次大会聚焦', '加快发展新质生产', '力，推动科技创新。']
    """
    pieces = re.findall(r"[A-Za-z0-9.%]+|.", text)
    lines, line, width, room = [], "", 0.0, column - 2
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        w = sum(map(_w, piece))
        squeeze = len(piece) > 1 and width + w <= room + 1       # a number set tighter
        if line and width + w > room and piece not in HANGING and not squeeze:
            if len(piece) > 1 and room - width >= 1:           # split a long number or word
                cut = 1
                while sum(map(_w, piece[:cut + 1])) <= room - width:
                    cut += 1
                pieces[k:k + 1] = [piece[:cut], piece[cut:]]
                continue
            lines.append(line)
            line, width, room = "", 0.0, column
        line += piece
        width += w
        k += 1
    if line:
        lines.append(line)
    lines = [_spaced(ln) for ln in lines]
    lines[0] = indent + lines[0]
    return lines


def _name(rng: random.Random, names: list[str]) -> str:
    name = rng.choice(names)
    return " ".join(name) if len(name) == 2 and rng.random() < 0.5 else name   # 沈 悦


def article(rng: random.Random, titles: list[str], paragraphs: list[str], names: list[str],
            indent: str = "", column: int = 16) -> list[str]:
    """One article's lines: title, byline or dateline, paragraphs (no blank line at the end)."""
    title = rng.choice(titles) + rng.choice(SUFFIXES)
    body = [rng.choice(paragraphs) for _ in range(rng.randint(*PARAGRAPHS))]
    lines = [title]
    kind = rng.choice(["byline", "benbao", "outlet", "xinhua"])
    reporter = _name(rng, names)
    if kind == "byline":
        lines += [f"{rng.choice(OUTLETS)}记者 {reporter}", ""]
    else:
        lines.append("")
        if kind == "benbao":
            head = f"本报讯（记者 {reporter} 通讯员 {_name(rng, names)}） "
        elif kind == "outlet":
            head = f"{rng.choice(OUTLETS)}讯（记者 {reporter}） "
        else:
            head = f"新华社{rng.choice(PLACES)}6月{rng.randint(1, 28)}日电（记者 {reporter}） "
        body[0] = head + body[0]
    for text in body:
        lines += wrap(text, column, indent)
    return lines


def compose_page(rng: random.Random, indent: str = "") -> tuple[str, int]:
    """One page's text and its number of articles."""
    titles, paragraphs, names = pool()
    n = rng.randint(*ARTICLES)
    column = rng.randint(*COLUMNS)          # one column width per page
    lines: list[str] = []
    for k in range(n):
        if k:
            lines.append("")
        lines += article(rng, titles, paragraphs, names, indent, column)
    return "\n".join(lines) + "\n", n


def make_corpus(n_pages: int, out_dir: str | Path, seed: int = 2026,
                indent: str = "") -> dict[str, int]:
    """Write `n_pages` composed pages to `out_dir` (UTF-8, LF) as `bench_<seed>_<i>.txt`;
    return {page id: number of articles composed}."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    articles = {}
    for i in range(1, n_pages + 1):
        text, n = compose_page(rng, indent)
        page = f"bench_{seed}_{i:05d}"
        (out / f"{page}.txt").write_bytes(text.encode("utf-8"))
        articles[page] = n
    return articles


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n_pages", type=int)
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--indent", action="store_true",
                        help="write two fullwidth spaces at paragraph starts")
    args = parser.parse_args()
    made = make_corpus(args.n_pages, args.out_dir, args.seed, "\u3000\u3000" if args.indent else "")
    print(f"wrote {len(made)} pages, {sum(made.values())} articles, to {args.out_dir}")
