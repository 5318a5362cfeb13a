"""Word segmentation with jieba, configured once: quiet, cached in the project, HMM off.

Configured here and only here: the log level (jieba's "Loading model cost …" line differs on
every run), the cache folder (jieba's default is a shared file in the system temp folder),
and the project's user dictionary in `data/lexicons/userdict.txt` when there is one.

Tagging (`tag`) runs on rjieba (jieba-rs, the Rust port): the same tokens as jieba with HMM
off and ~10 times faster than `jieba.posseg`; jieba stays the reference (`cut`, and
`tag(..., engine="jieba")`, which the tests compare it with). rjieba has no cache file and
no log: the settings above concern jieba only.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba

from .paths import CACHE, LEXICONS

USER_DICT = LEXICONS / "userdict.txt"


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """The project's jieba tokenizer, dictionary loaded once per process.

    >>> tokenizer().lcut("闵行区积极推动普惠金融顾问制度", HMM=False)[-1]
    '制度'
    """
    jieba.setLogLevel(logging.WARNING)
    CACHE.mkdir(parents=True, exist_ok=True)
    tk = jieba.Tokenizer()
    tk.tmp_dir = str(CACHE)
    tk.initialize()
    for word, freq, tag in user_dictionary():
        tk.add_word(word, freq, tag)
    return tk


def user_dictionary(path=USER_DICT) -> list[tuple[str, int | None, str | None]]:
    """The project's user dictionary: `词 [频] [词性]` per line; `#` lines are comments
    (jieba's own loader would read them as words).

    >>> user_dictionary()[:0]
    []
    """
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        entries.append((parts[0], freq, tag))
    return entries


def cut(text: str) -> list[str]:
    """Segment text into words (HMM off: it invents words).

    >>> cut("闵行区积极推动")
    ['闵行区', '积极', '推动']
    """
    return tokenizer().lcut(text, HMM=False)


def word_runs_on(left: str, right: str, span: int = 6) -> bool:
    """True when a word of `left + right` straddles the join, i.e. `left` stops mid-word.

    >>> word_runs_on("普惠金融顾问制", "度、小微企业")
    True
    >>> word_runs_on("财政杠杆发力，企业迎春绽放", "三年来，闵行区")
    False
    """
    tail, head = left[-span:], right[:span]
    return bool(tail and head) and _straddles(tail, head)


@lru_cache(maxsize=4096)
def _straddles(tail: str, head: str) -> bool:
    """Does a word of `tail + head` run across the join? Cached: the layout rules ask it of
    the same pair of lines several times a page (8 asks for every 3 pairs on the corpus)."""
    pos = 0
    for token in cut(tail + head):
        if pos < len(tail) < pos + len(token):
            return True
        pos += len(token)
    return False


STOPWORD_FILES = ("stopwords_zh.txt", "stopwords_news.txt")
QUANTITY_TAG = "mq"          # jieba's tag for 数量词: a quantity kept whole is one token with it
CONTENT_TAGS = ("n", "v", "a", "i", "l", "j", "eng")   # tag prefixes of content words


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The project's stopwords: stopwords-iso (MIT) plus our newspaper boilerplate.

    >>> {"的", "记者", "表示"} <= stopwords(), "萤火虫" in stopwords()
    (True, False)
    """
    words: set[str] = set()
    for name in STOPWORD_FILES:
        for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.strip())
    return frozenset(words)


@lru_cache(maxsize=1)
def pos_tokenizer():
    """jieba's part-of-speech tagger on the project's tokenizer (user dictionary included)."""
    import jieba.posseg
    return jieba.posseg.POSTokenizer(tokenizer())


@lru_cache(maxsize=1)
def fast_tagger():
    """rjieba's tagger with the project's user dictionary, each word with the frequency and
    tag jieba gave it (rjieba's own default for a missing frequency differs from jieba's).
    The dictionary belongs to this instance, not to the module-level `rjieba.cut`."""
    import rjieba
    freq = tokenizer().FREQ
    tk = rjieba.Jieba()
    for word, _, word_tag in user_dictionary():
        tk.add_word(word, freq[word], word_tag or pos_tokenizer().word_tag_tab.get(word, "x"))
    return tk


def _tagged(text: str, engine: str) -> list[tuple[str, str]]:
    if engine == "jieba":
        return [(w.word, w.flag) for w in pos_tokenizer().cut(text, HMM=False)]
    tk = fast_tagger()
    # jieba.posseg tags a run of ASCII digits that is not a dictionary word `eng`, rjieba `m`:
    # keep jieba's tag so that tokens.csv does not change (is_content drops numbers either way)
    return [(w, "eng" if f == "m" and w.isascii() and w.isdigit() and not tk.has_word(w) else f)
            for w, f in tk.tag(text, hmm=False)]


def tag(text: str, keep: list[tuple[int, int]] = (), engine: str = "rjieba"
        ) -> list[tuple[str, str]]:
    """(token, part of speech) for a text; the spans in `keep` (quantities) stay whole as one
    token tagged `mq`, so `120亿元` is never cut into `120`, `亿元`. `engine="jieba"` tags
    with jieba.posseg, the reference; the default, rjieba, gives the same result faster.

    >>> tag("成交额突破120亿元", keep=[(3, 10)])
    [('成交额', 'n'), ('突破120亿元', 'mq')]
    >>> tag("G60走廊2025年", engine="jieba") == tag("G60走廊2025年")
    True
    """
    out, pos = [], 0
    for start, end in sorted(keep):
        out += _tagged(text[pos:start], engine)
        out.append((text[start:end], QUANTITY_TAG))
        pos = end
    out += _tagged(text[pos:], engine)
    return [(w, f) for w, f in out if w.strip()]


def is_content(token: str, pos: str) -> bool:
    """A word that carries meaning: a noun, verb, adjective, idiom or abbreviation of two
    characters or more, not a stopword, not a quantity.

    >>> is_content("萤火虫", "n"), is_content("表示", "v"), is_content("120亿元", "mq")
    (True, False, False)
    >>> is_content("G60", "eng"), is_content("2025", "eng")
    (True, False)
    """
    return (len(token) >= 2 and pos.startswith(CONTENT_TAGS) and token not in stopwords()
            and not token.replace(".", "").replace(",", "").isdigit())


def tokens_table(tables: dict) -> "pd.DataFrame":
    """`tokens.csv`: every token of every body sentence, with its part of speech, whether it
    is a content word, and quantities (from `tables["quantities"]`) kept whole."""
    import pandas as pd
    q = tables["quantities"]
    body = q[q.field == "body"]
    spans: dict[tuple, list[tuple[int, int]]] = {}       # plain lists: pandas loops are slow
    for aid, par, sen, start, end in zip(*(body[c].tolist() for c in
                                           ("article_id", "paragraph", "sentence", "start", "end"))):
        spans.setdefault((aid, par, sen), []).append((start, end))
    rows = []
    s = tables["sentences"]
    for aid, par, sen, text in zip(*(s[c].tolist() for c in ("article_id", "paragraph", "sentence", "text"))):
        tagged = tag(text, spans.get((aid, par, sen), []))
        rows += [(aid, par, sen, i, w, f, is_content(w, f)) for i, (w, f) in enumerate(tagged, start=1)]
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "sentence", "position",
                                       "token", "pos", "content"])
