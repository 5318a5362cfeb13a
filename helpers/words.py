"""Word segmentation with jieba, configured once: quiet, cached in the project, HMM off.

Configured here and only here: the log level (jieba's "Loading model cost …" line differs on
every run), the cache folder (jieba's default is a shared file in the system temp folder),
and the project's user dictionary in `data/lexicons/userdict.txt` when there is one.
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
    if not tail or not head:
        return False
    pos = 0
    for token in cut(tail + head):
        if pos < len(tail) < pos + len(token):
            return True
        pos += len(token)
    return False
