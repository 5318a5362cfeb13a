"""Columns read across: put back in column order an article whose lines an extractor read row by
row across its columns.

Some extractors read a page's text line by line straight across the columns of an article set in
several columns (pdfminer.six's and pdftotext's default modes on a page whose columns share their
baselines): the article's first line is followed by the first line of its second column, then of
its third, and only after its last column by its own second line. The lines of one column then
stand `k` apart, `k` being the article's number of columns, and every sentence breaks off at
each line's end.

Text alone shows it. Where a line stops in the middle of a word (`word_runs_on`: a word of
jieba's dictionary straddles the join), the line that goes on from it is its neighbour in the
file on a page read in order, and one `k` or so further on on a page read across. For each
article (the text lines under one headline), the column orders for `k` = 2 to `MAX_COLUMNS`
(columns balanced, or full but the last) are tried against the file's own: the article is put in
the order whose joins run on mid-word most often, when that order has at least twice as many
such joins as the file's and `MIN_GAIN` more, and at least `MIN_SHARE` of all its joins do. A
page read in order has no other order near it: on the layout corpus's and held-out sets 2 to
39's 780 pages, only the articles of pages an extractor read across change (the corpus's two
`a4_rows_5col` pages, set 12's two `pdftotext` pages, set 39's pdfminer.six pages).
Paragraphs are then started where a line follows one that ends a sentence.
"""
from __future__ import annotations

from dataclasses import replace

from .assemble import HEADLINE
from .lines import Line, ends_sentence
from ..words import tokenizer, word_runs_on

MAX_COLUMNS = 6     # the most columns an article is tried with
MIN_GAIN = 4        # joins running on mid-word the column order must have over twice the file's
MIN_SHARE = 0.3     # ... and the share of its joins that must
MIN_LINES = 8       # an article shorter than this is left as it is (too few joins to tell)
QUICK_IN_ORDER = 0.25   # a file order in which more of the neighbours than this join in a word of
                        # two characters is taken as read in order (no more counting) ...
QUICK_LINES = 24        # ... counted among an article's first lines


def across(heights: list[int]) -> list[int]:
    """Where each line of columns of these heights stands when read row by row: for the lines in
    column order (the first column top to bottom, then the second...), their places in the file.

    >>> across([3, 3, 2])              # three columns, the last one line short
    [0, 3, 6, 1, 4, 7, 2, 5]
    """
    place: dict[tuple[int, int], int] = {}
    for r in range(max(heights)):
        for c, h in enumerate(heights):
            if r < h:
                place[c, r] = len(place)
    return [place[c, r] for c, h in enumerate(heights) for r in range(h)]


def column_orders(n: int, k: int) -> list[list[int]]:
    """The orders `n` lines read across `k` columns may have to be put back in: columns balanced
    (the first ones a line longer), or all full but the last.

    >>> column_orders(7, 3)
    [[0, 3, 6, 1, 4, 2, 5], [0, 3, 5, 1, 4, 6, 2]]
    """
    tall = -(-n // k)
    shapes = [[tall] * (n - k * (tall - 1)) + [tall - 1] * (k - (n - k * (tall - 1)))]
    shapes += [[h] * (k - 1) + [n - (k - 1) * h] for h in range(tall, (n - 1) // (k - 1) + 1)]
    orders: list[list[int]] = []
    for heights in shapes:
        if min(heights) >= 1 and (order := across(heights)) not in orders:
            orders.append(order)
    return orders


def runs_on(texts: list[str], order: list[int]) -> int:
    """How many neighbours in `order` join mid-word."""
    return sum(word_runs_on(texts[a], texts[b]) for a, b in zip(order, order[1:]))


def columns_read_across(texts: list[str]) -> list[int] | None:
    """The order to read an article's lines in when an extractor read them across its columns
    row by row; None when they were read in order.

    A quick count first, a look-up a join: how many neighbours join in a word of two characters
    (the last of one line and the first of the next); more than `QUICK_IN_ORDER` of them, and the
    file is read in order. Else the lines `k` apart are counted so, and for a `k` that beats the
    file's neighbours by half `MIN_GAIN`, the two column orders that count most are counted
    again with whole words (`runs_on`).

    >>> rows = ["国家统计局今天发布", "记者来到曾都经济开", "的数据显示，上半年", "发区方正能源公司，",
    ...         "国内生产总值同比增", "看到大型变压器通电", "长百分之七，主要指", "运行，锂电池生产线",
    ...         "标逐步回暖，呈现缓", "设备安装调试正紧张", "中趋稳、稳中有好的", "进行，预计下个月即",
    ...         "发展态势。", "可全面投产。"]                  # two columns read row by row
    >>> order = columns_read_across(rows); [rows[i] for i in order][:3]
    ['国家统计局今天发布', '的数据显示，上半年', '国内生产总值同比增']
    >>> columns_read_across([rows[i] for i in order]) is None
    True
    """
    n = len(texts)
    if n < MIN_LINES:
        return None
    head = texts[:QUICK_LINES]      # (the quick count looks at an article's first lines only)
    lasts, firsts = [t.rstrip()[-1:] for t in head], [t.lstrip()[:1] for t in head]
    look = tokenizer().FREQ.get      # (a word's count, 0 for a prefix of words, None for neither)

    def lag(k: int) -> int:         # neighbours `k` apart that join in a word of two characters
        return sum(map(bool, map(look, map(str.__add__, lasts, firsts[k:]))))

    def quick(order: list[int]) -> int:
        return sum(map(bool, map(look, [ends[a] + starts[b] for a, b in zip(order, order[1:])])))

    in_order = lag(1)
    if in_order > QUICK_IN_ORDER * (len(head) - 1):
        return None                 # (neighbours that often join in a word: read in order)
    ks = [k for k in range(2, min(MAX_COLUMNS, n // 2) + 1)
          if lag(k) >= in_order + MIN_GAIN // 2]    # (lines k apart: a column's, most of them)
    if not ks:
        return None
    ends, starts = [t.rstrip()[-1:] for t in texts], [t.lstrip()[:1] for t in texts]
    candidates = [order for k in ks for order in sorted(column_orders(n, k), key=quick, reverse=True)[:2]]
    squeezed = ["".join(t.split()) for t in texts]
    base = runs_on(squeezed, list(range(n)))
    best, best_order = base, None
    for order in candidates:
        if (score := runs_on(squeezed, order)) > best:
            best, best_order = score, order
    if best_order is not None and best >= 2 * base + MIN_GAIN and best >= MIN_SHARE * (n - 1):
        return best_order
    return None


def read_columns(lines: list[Line]) -> list[Line]:
    """The page's lines, each article's text lines in column order where they were read across.

    Blank lines and furniture keep their places; an article's text lines take the places of its
    text lines in the new order."""
    out = list(lines)
    segments: list[list[int]] = []
    current: list[int] = []
    for i, ln in enumerate(lines):
        if ln.label in HEADLINE:
            if current:
                segments.append(current)
            current = []
        elif ln.label not in ("blank", "furniture"):
            current.append(i)
    if current:
        segments.append(current)
    for seg in segments:
        found = columns_read_across([lines[i].text for i in seg])
        if found is None:
            continue
        order = [seg[j] for j in found]
        prev = None
        for slot, j in zip(seg, order):
            ln = lines[j]
            starts = (prev is None or ends_sentence(prev.text)) if ln.label != "credit" else ln.starts
            out[slot] = replace(ln, starts=starts)
            prev = ln
    return out
