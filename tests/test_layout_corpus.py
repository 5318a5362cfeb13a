"""The layout corpus (tests/fixtures/layouts/): its truth is sound, nothing is lost on any of its
pages, the shipped model is the one its training gives, and both labellers share one interface."""
import warnings
from collections import Counter
from unicodedata import normalize

import pytest

from helpers.articles import page_tables
from helpers.audit import character_audit
from helpers.clean import kept_characters
from helpers.corrections import LABELS
from helpers.layout import CRFLabeller, RuleLabeller, label_page, split_page
from helpers.layout.crf import MODEL, PDF_MODEL
from helpers.layout.train import corpus_pages, train, truth_of
from helpers.pages import Page
from helpers.paths import ROOT

PAGES = corpus_pages(pdf=True)
# ... and the held-out pages (tests/test_layout_heldout.py), whose truth and audit are the same
HELD_OUT = sorted((ROOT / "tests" / "fixtures" / "layouts").glob("heldout_text*/pages/*/*.txt"))
CHECKED = [p for _, p in PAGES] + HELD_OUT


def test_the_corpus_has_its_families():
    families = Counter(f for f, _ in PAGES)
    assert len(families) >= 8 and sum(families.values()) >= 60
    assert {"pdf_pdftotext", "pdf_pdfminer"} <= set(families)


@pytest.mark.parametrize("page", CHECKED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_truth_covers_every_line_and_every_character(page):
    text = page.read_text(encoding="utf-8")
    truth = truth_of(page)
    n_lines = len(text.split("\n")) - text.endswith("\n")      # a final line end opens no line
    assert [r["line"] for r in truth["lines"]] == list(range(1, n_lines + 1))
    assert {r["label"] for r in truth["lines"]} <= set(LABELS)
    placed = "".join(truth["furniture"]) + "".join(
        a["kicker"] + a["title"] + a["subtitle"] + "".join(a["credits"]) + "".join(a["subheads"])
        + "".join(a["paragraphs"]) for a in truth["articles"])
    numbering = truth.get("layout", {}).get("numbering")   # a digest's item numbers, `【1】`: in no
    if numbering:                                          # field (heldout_text10's README)
        placed += "".join(numbering % k for k in range(1, len(truth["articles"]) + 1))
    # (as printed, or as NFKC folds them: a page printed NFKC-normalised, `°C` for the source's
    # `℃`, heldout_text25's `nfkc_halfwidth`, keeps its truth in the source's characters)
    assert Counter(kept_characters(placed)) == Counter(kept_characters(text)) \
        or Counter(kept_characters(normalize("NFKC", placed))) == Counter(kept_characters(normalize("NFKC", text)))


@pytest.mark.parametrize("page", CHECKED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_nothing_is_lost_on_a_corpus_page(page):
    text = page.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = page_tables(Page(page=page.stem, text=text, encoding="utf-8"))
    assert character_audit(text, tables["articles"], tables["lines"]).empty


def test_the_shipped_model_is_what_training_on_the_corpus_gives(tmp_path):
    """`make train-layout` reproduces data/models/layout.crfsuite byte for byte: a change to the
    features or the corpus without retraining fails here."""
    model = train([p for _, p in corpus_pages()], tmp_path / "layout.crfsuite")
    assert model.read_bytes() == MODEL.read_bytes()
    pdf_model = train([p for _, p in corpus_pages(pdf=True, second_hand=False)],
                      tmp_path / "layout-pdf.crfsuite", echoes=False)
    assert pdf_model.read_bytes() == PDF_MODEL.read_bytes()


@pytest.mark.parametrize("labeller", [RuleLabeller(), CRFLabeller()], ids=lambda lab: lab.name)
def test_labellers_share_one_interface(labeller, sample_text):
    lines = label_page(sample_text, labeller)
    assert {ln.label for ln in lines} <= set(LABELS) - {"blank"}
    assert all(0 <= ln.confidence <= 1 for ln in lines)
    assert [a.title for a in split_page(sample_text, labeller=labeller)][:1] == ["九城协同，让彼此优势共振放大"]


def test_every_dateline_head_ends_in_what_the_features_quick_test_looks_for():
    """`features.sequence_features` tries a dateline wrapped over two lines only where the
    second line has 讯, 息 or 电: every head `rules.DATELINE` reads must end in one of them,
    on every line and every pair of lines of every page the project checks."""
    from helpers.layout import rules as R
    from helpers.layout.features import _DATELINE_END
    heads = 0
    for page in CHECKED:
        texts = [t.strip() for t in page.read_text(encoding="utf-8").splitlines() if t.strip()]
        for text in texts + [a + b for a, b in zip(texts, texts[1:])]:
            if m := R.DATELINE.match(text):
                heads += 1
                assert _DATELINE_END.fullmatch(m.group("head")[-1]), (page.name, m.group("head"))
    assert heads > 1000
