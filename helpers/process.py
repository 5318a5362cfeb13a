"""The whole pipeline on any pages: one function per step, `process` that runs them all in
memory (the notebooks), and `process_to` that streams them to disk (the command line).

Pages are independent, so `process_to` hands them to a pool of worker processes (`jobs`) or to
a Dask cluster (`engine="dask"`), takes the results back in page order, and appends each page's
rows to temporary files as it arrives: memory holds a few pages, not the archive, and the tables
come out in the same order and bytes whatever the number of workers. The temporary files
replace the tables only when every page is done, so a failure or an interruption leaves the
tables of the last complete run as they were.
"""
from __future__ import annotations

import csv
import glob
import io
import json
from functools import partial
import os
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from .articles import page_tables
from .corrections import Corrections, corrections_beside, doubtful_split, read_corrections
from .pages import Page, PageError, PageWarning, page_doubts, read_page
from .outputs import write_manifest
from .paths import ROOT
from .keywords import keywords_table
from .places import place_matches, places_table
from .quantities import quantities_table
from .themes import theme_matches, themes_table
from .words import tokens_table
from .tables import ENCODING, format_cells, shareable, tidy, write_table

TABLES = ["articles", "paragraphs", "sentences", "lines", "tokens", "keywords", "themes", "places",
          "quantities"]


def analyse_page(path: str | Path, corrections: Corrections | None = None,
                 page: Page | None = None) -> dict[str, pd.DataFrame]:
    """Every stage on one page file: its tables, by name (raises PageError for a bad page).

    `corrections` are the user's line labels (`helpers.corrections`); by default those of a
    `corrections.csv` beside the page. `page` is a page already read (one page of a PDF)."""
    if page is None:
        page = read_page(path)
        for doubt in page_doubts(page):          # why the text may not be a newspaper page
            warnings.warn(doubt, PageWarning, stacklevel=2)
    if corrections is None:
        corrections = corrections_beside(path)
    tables = page_tables(page, corrections.get(page.page))
    tables["quantities"] = quantities_table(tables)
    tables["tokens"] = tokens_table(tables)
    tables["keywords"] = keywords_table(tables["tokens"])
    tables["themes"] = themes_table(theme_matches(tables["tokens"]), tables["articles"])
    tables["places"] = places_table(place_matches(tables["tokens"]))
    return tables


def expand(specs: str | Path | list[str | Path]) -> list[Path]:
    """Files, folders (their `*.txt`) and glob patterns, to a sorted list of page files. One
    string is one file, folder or pattern (not a list of its characters).

    >>> from helpers.paths import RAW
    >>> [p.name for p in expand([RAW])][:1], [p.name for p in expand("data/raw/*.txt")][:1]
    (['000_0c66df68e3bcb91e.txt'], ['000_0c66df68e3bcb91e.txt'])
    """
    if isinstance(specs, str) and specs.strip().startswith("[") and specs.strip().endswith("]"):
        specs = json.loads(specs)        # a list written as text (papermill -p PAGES '["a", "b"]')
    if isinstance(specs, (str, Path)):
        specs = [specs]
    found: set[Path] = set()
    for spec in map(str, specs):
        if not Path(spec).is_absolute() and not Path(spec).exists():
            spec = str(ROOT / spec)      # relative to the repository, as in the notebooks
        path = Path(spec)
        if path.is_dir():
            found.update(path.glob("*.txt"))
            found.update(p for p in path.glob("*.*") if p.suffix.lower() == ".pdf")
        elif any(ch in spec for ch in "*?["):
            found.update(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
        else:
            found.add(path)
    return sorted(found, key=lambda p: (p.stem + "-", str(p)))     # the order of article_id


def analyse_file(path: str | Path, corrections: Corrections | None = None
                 ) -> tuple[str, dict[str, pd.DataFrame] | None, str]:
    """One page, never raising for a bad page: (file, tables or None, the problem or '').

    With tables, the problems are warnings, one a line: what the reader noticed (a GB18030
    file, no headline), why the text may not be a page, a split the labeller is unsure of."""
    if Path(path).suffix.lower() == ".pdf":
        return analyse_pdf(path, corrections)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PageWarning)
        try:
            tables = analyse_page(path, corrections)
        except PageError as err:
            return str(path), None, str(err)
    notes = [str(w.message) for w in caught if issubclass(w.category, PageWarning)]
    notes.append(doubtful_split(tables["lines"], _shown(str(path))))
    return str(path), tables, "\n".join(n for n in notes if n)


ERROR = "error: "        # a problem line of a file that came out in part: one page failed


def analyse_pdf(path: str | Path, corrections: Corrections | None = None
                ) -> tuple[str, dict[str, pd.DataFrame] | None, str]:
    """Every page of a PDF (`helpers.pdf`), each a page `{stem}-p{N}`; a page that cannot be
    read is named in the problems (as an error) and the other pages still come out."""
    from .pdf import PdfError, read_pdf
    try:
        pages = read_pdf(path)
    except PdfError as err:
        return str(path), None, str(err)
    parts: dict[str, list[pd.DataFrame]] = {}
    notes: list[str] = []
    for page in pages:
        if isinstance(page, PdfError):
            notes.append(ERROR + str(page))
            continue
        shown = f"{_shown(str(path))} page {page.number}"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", PageWarning)
            try:
                tables = analyse_page(path, corrections, page.as_page())
                if tables["paragraphs"].empty:
                    raise PageError(f"{shown}: no article (headlines but no body text: an "
                                    "advertisement or a picture page?)")
            except PageError as err:
                notes.append(ERROR + f"{shown}: {str(err).split(': ', 1)[-1]}")
                continue
        notes += [str(w.message) for w in caught if issubclass(w.category, PageWarning)]
        notes.append(doubtful_split(tables["lines"], shown))
        for name, df in tables.items():
            parts.setdefault(name, []).append(df)
    notes = [n for n in notes if n]
    if not parts:
        return str(path), None, "\n".join(n.removeprefix(ERROR) for n in notes)
    tables = {name: tidy(pd.concat(dfs, ignore_index=True), name) for name, dfs in parts.items()}
    return str(path), tables, "\n".join(notes)


def render_file(path: str | Path, corrections: Corrections | None = None
                ) -> tuple[str, dict[str, str] | None, str]:
    """`analyse_file`, with each table already rendered as the CSV rows it adds (no header), so
    that workers do the formatting and the process that writes only appends text."""
    path, tables, problem = analyse_file(path, corrections)
    if tables is None:
        return path, None, problem
    return path, {name: render_rows(tables[name], name) for name in TABLES}, problem


def render_rows(df: pd.DataFrame, name: str) -> str:
    """A table's rows as CSV text, formatted as `write_table` writes them, without header.

    The same bytes as pandas' `to_csv` (which formats each cell so, then hands it to the csv
    module), in a fifth of the time: a page renders nine tables.

    >>> df = pd.DataFrame({"file": ["a,b.txt"], "severity": ["error"], "problem": ["x"]})
    >>> render_rows(df, "problems") == format_cells(tidy(df, "problems")).to_csv(
    ...     index=False, header=False, lineterminator="\\n")
    True
    """
    table = format_cells(tidy(df, name))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(zip(*(_cells(table[c]) for c in table.columns)))
    return out.getvalue()


def _cells(column: pd.Series) -> list[str]:
    """A column's cells as pandas writes them: empty for a missing value, shortest repr for a
    float, `True`/`False`, digits."""
    values, kind = column.tolist(), column.dtype.kind
    if kind in "iub":
        return [str(v) for v in values]
    if kind == "f":
        return ["" if v != v else repr(v) for v in values]
    return ["" if v is None or v is pd.NA or (type(v) is float and v != v) else str(v) for v in values]


def _shown(path: str) -> str:
    p = Path(path)
    return str(p.relative_to(ROOT)) if p.is_absolute() and p.is_relative_to(ROOT) else str(p)


def _duplicates(files: list[Path]) -> tuple[list[Path], list[tuple[str, None, str]]]:
    """Pages whose file stem (the page id) was seen already are problems, not tables."""
    seen: set[str] = set()
    keep, dupes = [], []
    for f in files:
        if f.stem in seen:
            dupes.append((str(f), None, f"{_shown(str(f))}: page id {f.stem!r} is taken by "
                                        "another file of this run"))
        else:
            seen.add(f.stem)
            keep.append(f)
    return keep, dupes


def run_pages(files: list[Path], jobs: int = 1, engine: str = "processes",
              scheduler: str | None = None, corrections: Corrections | None = None
              ) -> Iterator[tuple[str, dict | None, str]]:
    """`render_file` over the files, results in file order: in this process (`jobs` 1), in a
    pool of `jobs` worker processes, or on Dask (`scheduler` address, else a local cluster)."""
    render = partial(render_file, corrections=corrections)
    if engine == "dask":
        yield from _run_dask(files, jobs, scheduler, render)
    elif jobs <= 1 or len(files) <= 1:
        yield from map(render, files)
    else:
        import multiprocessing
        context = multiprocessing.get_context()
        if context.get_start_method() == "fork":
            warm_up()              # loaded once here, shared by every worker forked after
        with context.Pool(jobs, initializer=_leave_interrupts_to_parent) as pool:
            yield from pool.imap(render, files, chunksize=1)


def _leave_interrupts_to_parent() -> None:
    """Workers ignore Ctrl-C: the parent stops the pool and says so in one line."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def warm_up() -> None:
    """Load every dictionary and word list the stages use (jieba, rjieba, stopwords, themes,
    gazetteer, IDF table), so that worker processes forked afterwards start with them."""
    from .keywords import _idf
    from .places import form_set
    from .runs import prefixes
    from .themes import load_themes
    from .layout import default_labeller
    from .words import fast_tagger, stopwords, tokenizer
    tokenizer(), fast_tagger(), stopwords(), _idf(), default_labeller().warm_up()
    prefixes(frozenset(load_themes().term)), prefixes(form_set())


def _run_dask(files: list[Path], jobs: int, scheduler: str | None, render=render_file):
    from dask.distributed import Client, LocalCluster
    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1,
                                                   processes=True, dashboard_address=None)
    with Client(scheduler or cluster) as client:
        futures = client.map(render, [str(f) for f in files], pure=False)
        for future in futures:              # in file order; each result released once taken
            yield future.result()
            future.release()
    if cluster is not None:
        cluster.close()


class TableWriter:
    """Tables written as pages finish: rows appended to temporary files beside the targets,
    which replace the tables only on `commit`; on any error they are removed."""

    def __init__(self, out_dir: str | Path, names: Iterable[str]):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.files = {}
        for name in names:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.out_dir)
            shareable(tmp)
            fh = os.fdopen(fd, "w", encoding=ENCODING, newline="")
            format_cells(tidy(pd.DataFrame(), name)).to_csv(fh, index=False, lineterminator="\n")
            self.files[name] = (Path(tmp), fh)

    def add(self, rows: dict[str, str]) -> None:
        """Append one page's rows, as `render_rows` renders them."""
        for name, (_, fh) in self.files.items():
            fh.write(rows[name])

    def commit(self) -> list[Path]:
        paths = []
        for name, (tmp, fh) in self.files.items():
            fh.close()
            os.replace(tmp, self.out_dir / f"{name}.csv")
            paths.append(self.out_dir / f"{name}.csv")
        self.files = {}
        return paths

    def discard(self) -> None:
        for tmp, fh in self.files.values():
            fh.close()
            tmp.unlink(missing_ok=True)
        self.files = {}


def process_to(pages: list[str | Path], out_dir: str | Path, jobs: int = 1,
               engine: str = "processes", scheduler: str | None = None,
               progress: bool | None = None, corrections: str | Path | None = None
               ) -> tuple[list[Path], pd.DataFrame]:
    """Every stage on every page, each table streamed to `out_dir`, plus `problems.csv` (file,
    severity, problem): the pages that failed (`error`) and the pages whose split is doubtful
    (`warning`), each also named on stderr. Returns the paths written and the problems.

    When no page could be read, nothing in `out_dir` is changed (and no path is returned)."""
    from tqdm import tqdm
    files, problems = _duplicates(expand(pages))
    fixes = read_corrections(corrections) if corrections else None
    writer = TableWriter(out_dir, TABLES)
    written = 0
    try:
        results = run_pages(files, jobs, engine, scheduler, fixes)
        bar = tqdm(results, total=len(files), unit="page", file=sys.stderr,
                   disable=(None if len(files) >= 2 else True) if progress is None else not progress)
        for path, rows, problem in bar:
            if rows is None:
                problems.append((path, None, problem))
                tqdm.write(f"problem: {problem}", file=sys.stderr)
                continue
            writer.add(rows)
            written += 1
            for note in filter(None, problem.split("\n")):
                if note.startswith(ERROR):       # one page of a PDF failed, the rest came out
                    problems.append((path, None, note.removeprefix(ERROR)))
                    tqdm.write(f"problem: {note.removeprefix(ERROR)}", file=sys.stderr)
                    continue
                problems.append((path, rows, note))
                tqdm.write(f"warning: {note}", file=sys.stderr)
        paths = writer.commit() if written else []
    finally:
        writer.discard()
    table = pd.DataFrame([(_shown(f), "error" if r is None else "warning", p) for f, r, p in problems],
                         columns=["file", "severity", "problem"])
    if written:
        paths.append(write_table(table, "problems", out_dir))
        paths.append(write_manifest(files, out_dir))
    return paths, table


def process(pages: list[str | Path]) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Run every stage on every page; return the tables and a table of pages that failed."""
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    files, dupes = _duplicates(expand(pages))
    problems = [{"file": _shown(f), "severity": "error", "problem": p} for f, _, p in dupes]
    for path, tables, problem in map(analyse_file, files):
        for note in filter(None, problem.split("\n")):
            failed = tables is None or note.startswith(ERROR)
            note = note.removeprefix(ERROR)
            problems.append({"file": _shown(path), "problem": note,
                             "severity": "error" if failed else "warning"})
            print(f"{'problem' if failed else 'warning'}: {note}", file=sys.stderr)
        if tables is None:
            continue
        for name in TABLES:
            parts[name].append(tables[name])
    tables = {name: tidy(pd.concat(dfs, ignore_index=True) if dfs else pd.DataFrame(), name)
              for name, dfs in parts.items()}
    return tables, pd.DataFrame(problems, columns=["file", "severity", "problem"])


def write_all(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write every table to `out_dir`."""
    return [write_table(df, name, out_dir) for name, df in tables.items()]


def select_page(tables: dict[str, pd.DataFrame], page: str | None) -> dict[str, pd.DataFrame]:
    """The tables of one page (by its id), or all of them when `page` is None.

    >>> t = {"articles": pd.DataFrame({"page": ["a", "b"], "article_id": ["a-01", "b-01"]})}
    >>> select_page(t, "b")["articles"].article_id.tolist(), len(select_page(t, None)["articles"])
    (['b-01'], 2)
    """
    if page is None:
        return tables
    out = {}
    for name, df in tables.items():
        if "page" in df:
            out[name] = df[df["page"] == page].reset_index(drop=True)
        elif "article_id" in df:
            out[name] = df[df["article_id"].str.rsplit("-", n=1).str[0] == page].reset_index(drop=True)
        else:
            out[name] = df
    if out["articles"].empty:
        raise KeyError(f"no page {page!r} among the pages analysed")
    return out
