"""Train the CRF line labeller from the layout corpus: `python -m helpers.layout.train`.

The corpus is `tests/fixtures/layouts/pages/FAMILY/NAME.txt` with `NAME.truth.json` (its README
says where the pages come from); every line's truth comes from the articles' sources.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..paths import ROOT
from .crf import MODEL, PDF_MODEL, blank_count, page_items, tag_of
from .conventions import read_conventions
from .lines import read_lines

CORPUS = ROOT / "tests" / "fixtures" / "layouts" / "pages"
# Pages typeset by a second hand (a helper who saw neither the splitter nor the corpus's pages),
# first scored as a fresh held-out set, then taken into training: families prefixed `b_`.
SECOND_HAND = ROOT / "tests" / "fixtures" / "layouts" / "second_hand" / "pages"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 300, "feature.possible_transitions": True}


PDF_FAMILY = "pdf_geometry"       # PDF pages as helpers.pdf reads them (with .geometry.json)


def corpus_pages(families: list[str] | None = None, pdf: bool = False,
                 second_hand: bool = True) -> list[tuple[str, Path]]:
    """(family, page file) of the corpus, sorted; only `families` when given. The PDF reader's
    own pages (`pdf_geometry`) are left out unless `pdf`: they train the PDF model; the second
    hand's pages (`b_…`) unless `second_hand`: they train the text model only (with them, the
    PDF model lost one to two articles on four of the five PDF sets, 2026-12-02)."""
    pages = [(p.parent.name, p) for p in sorted(CORPUS.glob("*/*.txt"))] + \
        [("b_" + p.parent.name, p) for p in sorted(SECOND_HAND.glob("*/*.txt")) if second_hand]
    return [(f, p) for f, p in pages
            if (families is None or f in families) and (pdf or f != PDF_FAMILY)]


def truth_of(page: Path) -> dict:
    return json.loads(page.with_suffix("").with_suffix(".truth.json").read_text(encoding="utf-8"))


def geometry_of(page: Path) -> dict[int, dict] | None:
    """What a PDF page's lines look like in print (`NAME.geometry.json`, pages read by
    `helpers.pdf`), by line number; None for a text page."""
    path = page.with_suffix("").with_suffix(".geometry.json")
    if not path.exists():
        return None
    return {row["line"]: row for row in json.loads(path.read_text(encoding="utf-8"))}


def attach_geometry(lines, geometry: dict[int, dict]) -> None:
    """Give each line the print size, boldness and band its PDF page measured."""
    for ln in lines:
        g = geometry.get(ln.n)
        if g:
            ln.font_size, ln.size_ratio = g["font_size"], g["size_ratio"]
            ln.base_ratio = g.get("base_ratio", g["size_ratio"])
            ln.bold, ln.band, ln.x, ln.y = g["bold"], g["band"], g["x"], g["y"]


def training_sequence(page: Path, echoes: bool = True) -> tuple[list[dict], list[str]]:
    """The CRF's input and the true tags for one corpus page (its non-blank lines), with a
    PDF page's print sizes attached."""
    text = page.read_text(encoding="utf-8")
    truth = {row["line"]: row for row in truth_of(page)["lines"]}
    lines = read_lines(text, drop_lone_blanks=False)      # the page as its extractor wrote it
    sizes = geometry_of(page)
    if sizes:
        attach_geometry(lines, sizes)
    tags = [tag_of(truth[ln.n]["label"], truth[ln.n]["starts_paragraph"]) for ln in lines]
    return page_items(lines, read_conventions(lines, blank_count(lines)), echoes), tags


def train(pages: list[Path], model: str | Path = MODEL, echoes: bool = True) -> Path:
    """Train on `pages` and write the model (deterministic: same pages, same bytes); `echoes`:
    with the word-echo features (the text model; see `crf.PDF_MODEL`)."""
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    for page in pages:
        trainer.append(*training_sequence(page, echoes))
    Path(model).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))
    return Path(model)


def train_both() -> list[tuple[Path, int]]:
    """The text model on the text corpus, the PDF model on it and the PDF reader's pages."""
    text = [p for _, p in corpus_pages()]
    both = [p for _, p in corpus_pages(pdf=True, second_hand=False)]
    return [(train(text, MODEL), len(text)), (train(both, PDF_MODEL, echoes=False), len(both))]


if __name__ == "__main__":
    for path, n in train_both():
        print(f"trained on {n} pages: {path.relative_to(ROOT)}", file=sys.stderr)
