"""Command line.

    python -m helpers process PAGES… [--out DIR] [--jobs N] [--engine processes|dask] [--scheduler ADDRESS]
                                   [--corrections FILE] [--xlsx]
                                                   every stage on any pages, every table written
    python -m helpers extract FILE.pdf [--out DIR]  each page of a PDF as the text the pipeline reads
    python -m helpers notebooks [NOTEBOOK…]        execute the notebooks in place, in order
    python -m helpers html [NOTEBOOK…]             the executed notebooks as static HTML in notebooks/html/

PAGES are files (text pages or PDFs), folders (every *.txt and *.pdf in them) or glob patterns;
each page of a PDF is one page, `{stem}-p{N}`; DIR defaults to
data/processed. Pages run in N worker processes (default: the machine's cores), or on Dask
(`--engine dask`: a local cluster of N workers, or the cluster at `--scheduler tcp://host:8786`).
Pages that fail, and pages whose split is doubtful, are listed in DIR/problems.csv and on
stderr. `process` exits 0 when every page was read, 1 when some failed, 2 when none could be
(and then nothing in DIR is changed). `--corrections FILE` applies a corrections.csv (page, line,
label) to the split; a corrections.csv beside the pages applies to them too.
"""
from __future__ import annotations

import argparse
import os
import sys

from .paths import PROCESSED, ROOT


def extract_command(pdf: str, out: str | None) -> int:
    """`extract`: each page's text to `{stem}-p{N}.txt`; a page that cannot be read is named on
    stderr. Exits 0 when every page was written, 1 when some were, 2 when none."""
    from pathlib import Path
    from .pdf import PdfError, read_pdf
    path = Path(pdf)
    try:
        pages = read_pdf(path)
    except PdfError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    folder = Path(out) if out else path.with_name(path.stem + "-text")
    written = 0
    for page in pages:
        if isinstance(page, PdfError):
            print(f"problem: {page}", file=sys.stderr)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{page.page}.txt"
        target.write_text(page.text(), encoding="utf-8")
        print(f"wrote {target}")
        written += 1
    return 0 if written == len(pages) else 1 if written else 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers", description="Analyse newspaper pages.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("process", help="run every stage on pages and write every table")
    run.add_argument("pages", nargs="*", default=["data/raw"], help="files, folders or globs")
    run.add_argument("--out", default=str(PROCESSED), help="folder for the tables")
    run.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                     help="worker processes (default: the machine's cores)")
    run.add_argument("--engine", choices=["processes", "dask"], default="processes")
    run.add_argument("--scheduler", default=None,
                     help="address of a running Dask scheduler (with --engine dask)")
    run.add_argument("--xlsx", action="store_true",
                     help="also write the tables as one Excel workbook, DIR/tables.xlsx, codebook first")
    run.add_argument("--corrections", default=None, metavar="FILE",
                     help="a corrections.csv (page, line, label) whose labels override the splitter's")
    ext = sub.add_parser("extract", help="write each page of a PDF as text, the way the pipeline reads it")
    ext.add_argument("pdf", help="a PDF file")
    ext.add_argument("--out", default=None,
                     help="folder for FILE-pN.txt (default: a folder FILE-text beside the PDF)")
    nbs = sub.add_parser("notebooks", help="execute the notebooks in place, in order")
    nbs.add_argument("paths", nargs="*", help="notebooks (default: all, in order)")
    html = sub.add_parser("html", help="write the executed notebooks as static HTML")
    html.add_argument("paths", nargs="*", help="notebooks (default: all, in order)")
    args = parser.parse_args(argv)
    if args.command == "extract":
        return extract_command(args.pdf, args.out)
    if args.command == "html":
        from .notebooks import notebooks, to_html
        from .paths import NOTEBOOKS
        for path in args.paths or notebooks():
            print(f"wrote {to_html(path, NOTEBOOKS / 'html').relative_to(ROOT)}", flush=True)
        return 0
    if args.command == "notebooks":
        from .notebooks import execute, notebooks
        for path in args.paths or notebooks():
            print(f"executing {path}", flush=True)
            execute(path)
        return 0
    from .corrections import CorrectionsError
    from .process import expand, process_to
    files = expand(args.pages)
    if not files:
        print(f"no pages found in {' '.join(args.pages)}", file=sys.stderr)
        return 2
    try:
        paths, problems = process_to(files, args.out, args.jobs, args.engine, args.scheduler,
                                     corrections=args.corrections)
    except CorrectionsError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"interrupted: the tables in {args.out} are as they were", file=sys.stderr)
        return 130
    if paths and args.xlsx:
        from .excel import write_workbook
        paths.append(write_workbook(args.out))
    for path in paths:
        shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        print(f"wrote {shown}")
    failed = int((problems.severity == "error").sum())
    if not paths:
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
