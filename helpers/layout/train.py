"""Train the CRF line labeller from the layout corpus: `python -m helpers.layout.train`.

The corpus is `tests/fixtures/layouts/pages/FAMILY/NAME.txt` with `NAME.truth.json` (its README
says where the pages come from); every line's truth comes from the articles' sources.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..paths import ROOT
from .crf import MODEL, blank_count, page_items, tag_of
from .conventions import read_conventions
from .lines import read_lines

CORPUS = ROOT / "tests" / "fixtures" / "layouts" / "pages"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 300, "feature.possible_transitions": True}


def corpus_pages(families: list[str] | None = None) -> list[tuple[str, Path]]:
    """(family, page file) of the corpus, sorted; only `families` when given."""
    pages = sorted(CORPUS.glob("*/*.txt"))
    return [(p.parent.name, p) for p in pages if families is None or p.parent.name in families]


def truth_of(page: Path) -> dict:
    return json.loads(page.with_suffix("").with_suffix(".truth.json").read_text(encoding="utf-8"))


def training_sequence(page: Path) -> tuple[list[dict], list[str]]:
    """The CRF's input and the true tags for one corpus page (its non-blank lines)."""
    text = page.read_text(encoding="utf-8")
    truth = {row["line"]: row for row in truth_of(page)["lines"]}
    lines = read_lines(text)
    tags = [tag_of(truth[ln.n]["label"], truth[ln.n]["starts_paragraph"]) for ln in lines]
    return page_items(lines, read_conventions(lines, blank_count(lines))), tags


def train(pages: list[Path], model: str | Path = MODEL) -> Path:
    """Train on `pages` and write the model (deterministic: same pages, same bytes)."""
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    for page in pages:
        trainer.append(*training_sequence(page))
    Path(model).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))
    return Path(model)


if __name__ == "__main__":
    pages = [p for _, p in corpus_pages()]
    path = train(pages)
    print(f"trained on {len(pages)} pages: {path.relative_to(ROOT)}", file=sys.stderr)
