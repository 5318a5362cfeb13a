"""Splitting a cleaned paragraph into sentences at Chinese sentence-final punctuation.

A sentence ends at 。！？ (or ! ?) or an ellipsis ……; closing quotes and brackets right after
stay with it (`……共振放大。”` is one sentence). Nothing between sentences is dropped:
joining the sentences gives the paragraph back.
"""
import re

from .layout import rules as R

_SENTENCE = re.compile(
    rf".*?(?:[{R.SENTENCE_END}]+|{R.ELLIPSIS}{{2,}})[{R.CLOSERS}]*|.+$", re.S)


def split_sentences(paragraph: str) -> list[str]:
    """Split a cleaned paragraph into sentences.

    >>> split_sentences("“联盟旨在打通通道。”良渚实验室常务副主任表示，“不再是单点闪光！”")
    ['“联盟旨在打通通道。”', '良渚实验室常务副主任表示，“不再是单点闪光！”']
    >>> split_sentences("没有句号的一段")
    ['没有句号的一段']
    """
    return [s for s in _SENTENCE.findall(paragraph) if s]
