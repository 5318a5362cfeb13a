"""Relaying a page: its blocks (headline parts, credits, subheads, paragraphs, in the order the
page prints them) typeset again at another column width, with or without paragraph indent and
blank lines, as another paper or extractor would leave them."""
from __future__ import annotations

from helpers.clean import clean, join_lines
from helpers.layout import Line
from helpers.layout.assemble import HEADLINE
from helpers.layout.rules import BULLETS, RUN_IN_HEAD



def blocks(lines: list[Line]) -> list[tuple[str, str]]:
    """(kind, text) in page order, from labelled lines: one block per headline part, subhead,
    credit line and paragraph (a paragraph keeps its dateline, as printed)."""
    out: list[tuple[str, list[str]]] = []
    for ln in lines:
        if ln.label in ("blank", "furniture"):
            continue
        kind = "para" if ln.label in ("body", "caption") else ln.label
        same = out and out[-1][0] == kind and kind != "credit" and not (kind == "para" and ln.starts)
        if same and not (kind in HEADLINE and out[-1][0] != kind):
            out[-1][1].append(ln.text)
        else:
            out.append((kind, [ln.text]))
    return [(k, " ".join(t) if k == "credit" else _para(t) if k == "para" else clean(join_lines(t)))
            for k, t in out]


def _para(lines: list[str]) -> str:
    """A paragraph's text, cleaned, but a bullet's run-in head keeps the space that sets it off."""
    text = join_lines(lines)
    m = RUN_IN_HEAD.match(text.lstrip(BULLETS + " ")) if text[:1] in BULLETS else None
    if m:
        return text[0] + clean(m.group("head")) + " " + clean(text.lstrip(BULLETS + " ")[m.end():])
    return clean(text)


def wrap(text: str, width: int, first_indent: int = 0) -> list[str]:
    """Break text into lines of `width` characters (the first shortened by its indent)."""
    lines, line, room = [], "", width - first_indent
    for ch in text:
        line += ch
        if len(line) >= room:
            lines.append(line)
            line, room = "", width
    return lines + ([line] if line else [])


def relay(page_blocks: list[tuple[str, str]], width: int, indent: bool, blanks: str,
          hanging: bool = False) -> str:
    """The blocks in columns of `width`; a headline spans up to two columns, a subhead one.
    `blanks`: 'paragraphs' (a blank line after each paragraph and before each headline),
    'none', or 'columns' (a blank line every 23 lines, wherever it falls). `hanging`: a
    paragraph's first line flush and the lines that carry it on set in by two spaces."""
    out: list[str] = []
    pad = "\u3000\u3000" if indent else ""
    prev = ""
    for kind, text in page_blocks:
        if kind in HEADLINE:
            if blanks == "paragraphs" and prev not in HEADLINE and out:
                out.append("")
            out += wrap(text, 2 * width)
        elif kind == "subhead":
            out += wrap(text, width)
        elif kind == "credit":
            out.append(text)
        else:
            if hanging:
                out += [line if i == 0 else "  " + line for i, line in enumerate(wrap(text, width - 1))]
            else:
                out += [pad + line if i == 0 else line for i, line in enumerate(wrap(text, width, len(pad)))]
            if blanks == "paragraphs":
                out.append("")
        prev = kind
    if blanks == "columns":
        out = [x for k, line in enumerate(out) for x in ([line, ""] if k % 23 == 22 else [line])]
    return "\n".join(out) + "\n"
