"""Reading newspaper PDFs directly (helpers/pdf.py): pages in reading order, text as clean as the
text path's, nothing lost against the PDF's own text layer, bad PDFs with one clear line each,
and splits at least as good as the measured ones, and better than pdftotext's text on every page
(benchmarks/pdf.py, tests/fixtures/pdfs/)."""
import importlib.util
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from helpers.audit import character_audit
from helpers.articles import page_tables
from helpers.pdf import PdfError, normalize_char, read_pdf
from helpers.paths import ROOT
from helpers.process import process, process_to

_spec = importlib.util.spec_from_file_location("bench_pdf", ROOT / "benchmarks" / "pdf.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

PDFS = ROOT / "tests" / "fixtures" / "pdfs"
BAD = PDFS / "bad"
GOOD = sorted(PDFS.glob("*.pdf"))
ALL_GOOD = GOOD + [p for d in ("heldout", "final", "fourth", "fifth") for p in sorted((PDFS / d).glob("*.pdf"))]


@pytest.fixture(scope="module")
def scores():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return bench.score(bench.test_pages())


def test_every_good_pdf_reads_page_by_page():
    pages = {p.stem: read_pdf(p) for p in GOOD}
    assert [len(v) for v in pages.values()] == [1, 1, 1, 2, 1]
    assert [pg.page for pg in pages["twopage_2col"]] == ["twopage_2col-p1", "twopage_2col-p2"]
    assert all(pg.lines and pg.body_size > 0 for v in pages.values() for pg in v)


@pytest.mark.parametrize("pdf", ALL_GOOD, ids=lambda p: p.stem)
def test_nothing_lost_against_the_pdfs_own_text_layer(pdf):
    """Every character pdfium's own text extraction gives (whitespace aside, radicals mapped)
    is in the page's text, as many times, and nothing else is."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    for number, page in enumerate(read_pdf(pdf), start=1):
        tp = doc[number - 1].get_textpage()
        layer = "".join(normalize_char(c) for c in tp.get_text_range() if not c.isspace())
        mine = "".join(c for c in page.text() if not c.isspace())
        assert Counter(mine) == Counter(layer)


@pytest.mark.parametrize("pdf", ALL_GOOD, ids=lambda p: p.stem)
def test_nothing_lost_from_a_pdf_page_to_its_tables(pdf):
    for page in read_pdf(pdf):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            p = page.as_page()
            tables = page_tables(p)
        assert character_audit(p.text, tables["articles"], tables["lines"]).empty


def test_lines_csv_of_a_pdf_page_says_how_each_line_is_printed():
    page = read_pdf(PDFS / "rows_3col.pdf")[0].as_page()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lines = page_tables(page)["lines"]
    text = lines[lines.label != "blank"]
    assert text[["font_size", "x", "y"]].notna().all().all()
    titles, body = text[text.label == "title"], text[text.label == "body"]
    assert titles.font_size.min() > body.font_size.median()       # headlines found by size


def test_radicals_and_compatibility_forms_are_mapped():
    assert [normalize_char(c) for c in "\u2ed3\u2ecb\u2f2f\ufb01\uff21"] == ["长", "车", "工", "fi", "A"]
    assert normalize_char("，") == "，" and normalize_char("（") == "（"


@pytest.mark.parametrize("name,message", [
    ("scanned.pdf", "page 1: no text layer (a scanned page?); run OCR"),
    ("encrypted.pdf", ": the PDF is encrypted"),
    ("damaged.pdf", ": damaged or not a PDF"),
    ("no_article.pdf", "page 1: no article"),
])
def test_a_bad_pdf_gets_one_clear_line_naming_file_and_page(name, message):
    tables, problems = process([BAD / name])
    assert len(problems) == 1 and (problems.severity == "error").all()
    line = problems.problem.iloc[0]
    assert "\n" not in line and name in line and message in line
    assert tables["articles"].empty


def test_a_pdf_with_one_bad_page_still_gives_the_others(tmp_path):
    """One run over good and bad PDFs: every good page comes out, every bad one is an error."""
    paths, problems = process_to([PDFS, BAD], tmp_path, jobs=1)
    arts = pd.read_csv(tmp_path / "articles.csv", encoding="utf-8-sig")
    assert set(arts.page) == {f"{p.stem}-p{n}" for p in GOOD
                              for n in range(1, 3 if p.stem == "twopage_2col" else 2)}
    assert set(problems[problems.severity == "error"].file.map(lambda f: Path(f).name)) == {
        "scanned.pdf", "encrypted.pdf", "damaged.pdf", "no_article.pdf"}


def test_extract_writes_each_page_as_text(tmp_path):
    from helpers.__main__ import main
    assert main(["extract", str(PDFS / "twopage_2col.pdf"), "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["twopage_2col-p1.txt", "twopage_2col-p2.txt"]
    assert (tmp_path / written[0]).read_text(encoding="utf-8") == read_pdf(
        PDFS / "twopage_2col.pdf")[0].text()
    assert main(["extract", str(BAD / "encrypted.pdf"), "--out", str(tmp_path)]) == 2


def test_an_unreadable_file_raises_a_pdf_error():
    with pytest.raises(PdfError, match="damaged.pdf: damaged or not a PDF"):
        read_pdf(BAD / "damaged.pdf")


# Measured on the held-out test PDFs (benchmarks/results/pdf.md): PDF path boundary F1 1.000,
# titles 1.000, body similarity 0.998; pdftotext's text 0.303.
FLOOR = {"boundary_f1": 0.99, "titles": 0.98, "body_similarity": 0.99}


def test_the_pdf_path_splits_the_test_pdfs_at_least_as_well_as_measured(scores):
    m = bench.summarise(scores[scores.path == "PDF"])
    assert all(m[k] >= v for k, v in FLOOR.items()), m


@pytest.fixture(scope="module")
def heldout_scores():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return bench.score(bench.test_pages(PDFS / "heldout"))


# The second held-out set, first scored before the reader was changed for it: boundary F1
# 0.644, titles 0.654, body 0.886; after the changes 0.923, 1.000, 0.979; 0.906, 1.000, 0.979
# with the PDF model retrained on corrected credit features (2026-12-02; the fourth set rose from
# 0.811 / 0.824 to 0.889 / 0.882 with it).
HELDOUT_FLOOR = {"boundary_f1": 0.90, "titles": 0.99, "body_similarity": 0.97}


def test_the_pdf_path_splits_the_second_set_at_least_as_well_as_measured(heldout_scores):
    m = bench.summarise(heldout_scores[heldout_scores.path == "PDF"])
    assert all(m[k] >= v for k, v in HELDOUT_FLOOR.items()), m


def test_the_pdf_path_beats_pdftotexts_text_on_every_page_of_the_second_set(heldout_scores):
    for page, g in heldout_scores.groupby("page"):
        a, b = (bench.summarise(g[g.path == p]) for p in ("PDF", "pdftotext text"))
        assert (a["boundary_f1"], a["body_similarity"]) > (b["boundary_f1"], b["body_similarity"]), page


def test_the_pdf_path_beats_pdftotexts_text_on_every_page(scores):
    for page, g in scores.groupby("page"):
        a, b = (bench.summarise(g[g.path == p]) for p in ("PDF", "pdftotext text"))
        assert (a["boundary_f1"], a["body_similarity"]) > (b["boundary_f1"], b["body_similarity"]), page


def test_the_pdf_path_meets_the_issues_goals(scores):
    """Issue 14: on the test PDFs, boundary F1 >= 0.99, titles >= 0.98, body >= 0.99."""
    m = bench.summarise(scores[scores.path == "PDF"])
    assert m["boundary_f1"] >= 0.99 and m["titles"] >= 0.98 and m["body_similarity"] >= 0.99
