"""Reading PDFs directly against reading what an extractor left (`make bench-pdf`).

    .venv/bin/python benchmarks/pdf.py [--details] [--rounds 5]

Quality: on the test PDFs of `tests/fixtures/pdfs/` (typeset by a helper who never read
`helpers/`, truth from the articles' sources), each page is split two ways and scored by content
(`helpers.layout.evaluate.score_articles`: a true article is found when one predicted article
holds 80 % of its text and is 80 % made of it):
- the PDF path: `helpers.pdf` reads the page (characters, positions, sizes), the PDF model of
  the line labeller labels its lines;
- the text path: poppler's `pdftotext` text of the same page (committed beside the PDFs), split
  as any text page.
The development PDFs (`tests/fixtures/layouts/pdf/`, whose pages also train the PDF model) are
scored the same way, for information; the test PDFs are held out.

Speed: in one process, after a warm-up, the median time to read and split one PDF page against
the median time to split the same page's pdftotext text (the text path), as a ratio.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers.layout import articles_of, label_page, split_page  # noqa: E402
from helpers.layout.evaluate import score_articles, summarise  # noqa: E402
from helpers.pages import PageError  # noqa: E402
from helpers.pdf import read_pdf  # noqa: E402

TEST = ROOT / "tests" / "fixtures" / "pdfs"
DEV = ROOT / "tests" / "fixtures" / "layouts"
RESULTS = ROOT / "benchmarks" / "results" / "pdf.md"
MEASURES = ["boundary_p", "boundary_r", "boundary_f1", "titles", "headlines", "body_similarity"]


def test_pages(folder: Path = TEST):
    """(name, pdf, page number, true articles, pdftotext text) of a set of held-out test PDFs."""
    for tf in sorted(folder.glob("*.truth.json")):
        truth = json.loads(tf.read_text(encoding="utf-8"))
        for tp in truth["pages"]:
            name = f"{Path(truth['pdf']).stem}-p{tp['page']}"
            text = (folder / "text" / f"{name}.pdftotext.txt").read_text(encoding="utf-8")
            yield name, folder / truth["pdf"], tp["page"], tp["articles"], text


def dev_pages():
    for pdf in sorted((DEV / "pdf").glob("*.pdf")):
        for tf in sorted((DEV / "pages" / "pdf_pdftotext").glob(pdf.stem + "*.truth.json")):
            n = int(tf.name.split("-p")[1].split(".")[0]) if "-p" in tf.name else 1
            truth = json.loads(tf.read_text(encoding="utf-8"))
            text = tf.with_name(tf.name.replace(".truth.json", ".txt")).read_text(encoding="utf-8")
            yield f"{pdf.stem}-p{n}", pdf, n, truth["articles"], text


def pdf_articles(page):
    try:
        return articles_of(label_page(page.text(), geometry=page.geometry()))
    except PageError:
        return []


def text_articles(text: str):
    try:
        return split_page(text)
    except PageError:
        return []


def score(pages, details: bool = False) -> pd.DataFrame:
    rows = []
    for name, pdf, n, truth, text in pages:
        page = read_pdf(pdf)[n - 1]
        for path, arts in (("PDF", pdf_articles(page)), ("pdftotext text", text_articles(text))):
            r = score_articles(arts, truth)
            rows.append(r | {"page": name, "path": path})
            if details:
                print(f"== {name} {path}: {r['boundary_tp']}/{r['articles']} found, "
                      f"{r['predicted']} predicted, {r['title']} titles right")
                for a in arts:
                    print(f"   {a.kicker} | {a.title} | {a.subtitle} | "
                          f"{''.join(p.text for p in a.paragraphs)[:30]}")
    return pd.DataFrame(rows)


def table(df: pd.DataFrame) -> list[str]:
    out = ["| path | pages | articles | boundary P / R / F1 | titles | headlines | body sim. |",
           "|---|---:|---:|---|---:|---:|---:|"]
    for path, g in df.groupby("path", sort=False):
        m = summarise(g)
        out.append(f"| {path} | {m['pages']} | {m['articles']} | {m['boundary_p']:.3f} / "
                   f"{m['boundary_r']:.3f} / {m['boundary_f1']:.3f} | {m['titles']:.3f} | "
                   f"{m['headlines']:.3f} | {m['body_similarity']:.3f} |")
    return out


def per_page(df: pd.DataFrame) -> list[str]:
    out = ["| page | PDF F1 | text F1 | PDF body | text body | PDF better |", "|---|---:|---:|---:|---:|---|"]
    for name, g in df.groupby("page", sort=False):
        a, b = (summarise(g[g.path == p]) for p in ("PDF", "pdftotext text"))
        better = (a["boundary_f1"], a["body_similarity"]) > (b["boundary_f1"], b["body_similarity"])
        out.append(f"| {name} | {a['boundary_f1']:.3f} | {b['boundary_f1']:.3f} | "
                   f"{a['body_similarity']:.3f} | {b['body_similarity']:.3f} | "
                   f"{'yes' if better else 'NO'} |")
    return out


def speed(rounds: int) -> dict:
    pages = list(test_pages())
    for name, pdf, n, truth, text in pages:          # warm-up: model, jieba-free, caches
        pdf_articles(read_pdf(pdf)[n - 1]), text_articles(text)
    t_pdf, t_text = [], []
    for _ in range(rounds):
        for name, pdf, n, truth, text in pages:
            t0 = time.perf_counter()
            pdf_articles(read_pdf(pdf)[n - 1])
            t_pdf.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            text_articles(text)
            t_text.append(time.perf_counter() - t0)
    a, b = statistics.median(t_pdf), statistics.median(t_text)
    # the whole pipeline (every table): a one-page PDF against the same page as a text file
    import tempfile
    from helpers.process import analyse_file
    full_pdf, full_text = [], []
    with tempfile.TemporaryDirectory() as tmp:
        one_page = [(pdf, text) for name, pdf, n, truth, text in pages if len(read_pdf(pdf)) == 1]
        files = []
        for pdf, text in one_page:
            path = Path(tmp) / f"{pdf.stem}.txt"
            path.write_text(text, encoding="utf-8")
            files.append((pdf, path))
        for pdf, path in files:
            analyse_file(pdf), analyse_file(path)
        for _ in range(rounds):
            for pdf, path in files:
                t0 = time.perf_counter()
                analyse_file(pdf)
                full_pdf.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                analyse_file(path)
                full_text.append(time.perf_counter() - t0)
    c, d = statistics.median(full_pdf), statistics.median(full_text)
    return {"pdf": a, "text": b, "ratio": a / b, "pages": len(pages), "rounds": rounds,
            "full_pdf": c, "full_text": d, "full_ratio": c / d, "full_pages": len(files)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    test = score(test_pages(), args.details)
    heldout = score(test_pages(TEST / "heldout"), args.details)
    final = score(test_pages(TEST / "final"), args.details)
    fourth = score(test_pages(TEST / "fourth"), args.details)
    fifth = score(test_pages(TEST / "fifth"), args.details)
    dev = score(dev_pages(), args.details)
    sp = speed(args.rounds)
    md = ["# Reading PDFs directly (`make bench-pdf`)", "",
          f"Held-out test PDFs (`tests/fixtures/pdfs/`, {test.page.nunique()} pages, typeset by "
          "a helper who never read `helpers/`); each page split from the PDF itself and from "
          "poppler's `pdftotext` text of it:", ""] + table(test) + ["", "Per page:", ""] \
        + per_page(test) + ["", "Second held-out set (`tests/fixtures/pdfs/heldout/`, "
                             f"{heldout.page.nunique()} pages in layouts unlike the first: 6 "
                             "columns, left-aligned small headlines, a briefs column with run-in "
                             "titles, a jump to page 2, a tabloid lead; typeset by another "
                             "helper, scored before the reader was changed for it):", ""] \
        + table(heldout) + ["", "Per page:", ""] + per_page(heldout) \
        + ["", "Third held-out set (`tests/fixtures/pdfs/final/`, "
               f"{final.page.nunique()} pages: 7 narrow columns, a magazine page of unequal "
               "columns, headlines no larger than the body, an A3 jump; typeset by a third "
               "helper, unread until the reader's first changes, then used to find errors):", ""] \
        + table(final) + ["", "Per page:", ""] + per_page(final) \
        + ["", "Fourth held-out set (`tests/fixtures/pdfs/fourth/`, "
               f"{fourth.page.nunique()} pages: rows of 4, 2 and 3 columns, side-by-side articles "
               "with headlines at different heights and an 编者按 box, photo stories and text "
               "around a photo, a front page with a 导读 box and a page of briefs in a grid; "
               "typeset by a fourth helper after most of the reader's changes, scored on arrival, then "
               "used to find errors):", ""] \
        + table(fourth) + ["", "Per page:", ""] + per_page(fourth) \
        + ["", "Fifth held-out set (`tests/fixtures/pdfs/fifth/`, "
               f"{fifth.page.nunique()} pages: a lead beside a column of short items split by rules, "
               "large body type with bylines under the headline, eight boxed briefs in a grid, a "
               "two-page interview in Q&A form; typeset by a fifth helper after every change to "
               "the reader this session, scored once):", ""] \
        + table(fifth) + ["", "Per page:", ""] + per_page(fifth) + ["", "Development PDFs (`tests/fixtures/layouts/pdf/`; their pages "
                                "train the PDF model, so this is not held out):", ""] \
        + table(dev) + ["", "## Speed", "",
                        f"One PDF page read and split: median {sp['pdf'] * 1000:.0f} ms; the same "
                        f"page's text split: median {sp['text'] * 1000:.0f} ms; **ratio "
                        f"{sp['ratio']:.2f}** ({sp['pages']} pages x {sp['rounds']} rounds after a "
                        "warm-up, one process).",
                        "",
                        f"The whole pipeline (every table, as `process` makes them) on a one-page "
                        f"PDF: median {sp['full_pdf'] * 1000:.0f} ms; on the same page's pdftotext "
                        f"text as a page file: median {sp['full_text'] * 1000:.0f} ms; **ratio "
                        f"{sp['full_ratio']:.2f}** ({sp['full_pages']} pages).", ""]
    text = "\n".join(md)
    print(text)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
