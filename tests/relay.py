"""Relaying a page: its articles (as split) typeset again at another column width, with or
without paragraph indent and blank lines, as another paper or extractor would leave them."""
from __future__ import annotations

from helpers.layout import Article
from helpers.layout import rules as R


def wrap(text: str, width: int, first_indent: int = 0) -> list[str]:
    """Break text into lines of `width` characters (the first shortened by its indent)."""
    lines, line, room = [], "", width - first_indent
    for ch in text:
        line += ch
        if len(line) >= room:
            lines.append(line)
            line, room = "", width
    return lines + ([line] if line else [])


def credit_text(credit) -> str:
    """A credit printed again with spaces between its parts, so that it reads as printed."""
    people = []
    for role, word in (("reporters", "记者"), ("correspondents", "通讯员")):
        names = getattr(credit, role)
        if names:
            people.append(word + " " + " ".join(names))
    if credit.photographers:
        return f"{credit.source} 发 {' '.join(credit.photographers)} 摄".strip()
    if people:
        return (credit.source + ("记者" if credit.source and not people[0].startswith("记者") else "")
                + " ".join(people)) if False else " ".join(people)
    return credit.printed


def relay(articles: list[Article], width: int, indent: bool, blanks: str) -> str:
    """A page of `articles` in columns of `width`; `blanks` is 'paragraphs' (a blank line after
    each paragraph), 'none', or 'columns' (a blank line every 23 lines, wherever it falls)."""
    out: list[str] = []
    pad = "\u3000\u3000" if indent else ""
    for art in articles:
        if out and blanks != "none":
            out.append("")
        if art.kicker:
            out.append(art.kicker)
        out.append(art.title)
        if art.subtitle:
            out.append(art.subtitle)
        credits = list(art.credits)
        dateline = next((c for c in credits if R.DATELINE.fullmatch(c.printed)), None)
        byline = [c for c in credits if c.reporters and c.source and c.source != "本报"
                  and dateline is None and not c.printed.startswith("据")]
        for c in byline:
            out.append(f"{c.source}记者 {' '.join(c.reporters)}")
        rest = [c for c in credits if c is not dateline and c not in byline]
        lead = next((c for c in rest if dateline and (c.reporters or c.correspondents)), None)
        subhead = ""
        for k, para in enumerate(art.paragraphs):
            if para.subhead != subhead:
                subhead = para.subhead
                out.append(subhead)
            text = para.text
            if k == 0 and dateline is not None:
                text = dateline.printed + (f"（{credit_text(lead)}）" if lead else "") + text
            out += [pad + line if i == 0 else line
                    for i, line in enumerate(wrap(text, width, len(pad)))]
            if blanks == "paragraphs":
                out.append("")
        for c in rest:
            if c is lead:
                continue
            if c.photographers:
                out.append(credit_text(c))
            else:
                out.append(f"（{credit_text(c) if (c.reporters or c.correspondents) else c.printed}）")
    if blanks == "columns":
        out = [line for k, line in enumerate(out) for line in ([line, ""] if k % 23 == 22 else [line])]
    return "\n".join(out) + "\n"
