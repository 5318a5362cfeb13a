"""Archive benchmark: the whole pipeline on a synthetic archive, against plain jieba.

    .venv/bin/python benchmarks/archive.py                  # 100 and 1000 pages, then the profile
    .venv/bin/python benchmarks/archive.py --pages 100      # one size
    .venv/bin/python benchmarks/archive.py --quick          # 20 pages, no profile, no file

For each number of pages N, in one run:

1. `benchmarks/corpus.py` composes N raw pages (seed 2026) in a temporary folder.
2. **Pipeline, 1 job and 2 jobs.** Each runs in a fresh subprocess,
   `python -m helpers process DIR --out OUT --jobs J`, timed by wall clock (start-up, imports
   and dictionary loading included). Its memory is measured two ways:
   - *peak tree RSS*: psutil samples the RSS of the process and all its descendants every
     0.1 s and sums them. Pages shared between the parent and its forked workers
     count once per process (too high); a peak shorter than 0.1 s can be missed (too low).
   - *largest process*: `ru_maxrss` from `os.wait4` on the subprocess. It is exact, but it is
     the peak of the largest single process (the parent or one worker), not a sum.
   The two runs must write byte-identical tables.
3. **Baseline.** `helpers.words.tokenizer().lcut(s, HMM=False)` (the project's jieba, user
   dictionary loaded) is run in this process over exactly the text the pipeline segments: the
   `text` of every row of the `sentences.csv` that the 1-job run wrote, one call per sentence,
   as `tokens_table` tags them. The dictionary is loaded and one warm-up pass is made before
   timing. The time is the median of `--rounds` passes.
4. **Pipeline in process.** After a warm-up on 2 pages, `process_to(pages, out, jobs=1)` is
   called in this process, so that it compares like for like with the baseline: both warm, no
   interpreter start-up. This run is also the check. Every page must give exactly the articles
   composed (at least 3), with a title and paragraphs each, no problem, no PageWarning, and
   tables byte-identical to the subprocess run.

Headline ratio: *in-process* pipeline (1 job) time / baseline time. The subprocess ratio is
shown as well. The speed-up is the subprocess wall time of 1 job / 2 jobs. The memory goal
is judged on the peak tree RSS of the 1,000-page runs.

Then (unless `--no-profile`) cProfile runs over `process_to` on 20 pages, in process, 1 job,
after a warm-up. The top 25 functions by cumulative and by own time, and the time per stage,
go to `benchmarks/results/archive_profile.txt`.

Output: the table on stdout and in `benchmarks/results/archive.md`.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [p for p in (str(ROOT), str(HERE)) if p not in sys.path]

import jieba  # noqa: E402
import pandas as pd  # noqa: E402
import psutil  # noqa: E402

from corpus import make_corpus  # noqa: E402
from helpers.pages import PageWarning  # noqa: E402
from helpers.process import expand, process_to  # noqa: E402
from helpers.tables import read_table  # noqa: E402
from helpers.words import tokenizer  # noqa: E402

RESULTS = HERE / "results"
GOAL_RATIO = 1.0         # pipeline on one core <= 1.0 x plain jieba.lcut of the same text
GOAL_SPEEDUP = 1.7       # >= 1.7 x on two jobs
GOAL_MEMORY_MB = 1024    # < 1 GB for 1,000 pages
MEMORY_PAGES = 1000
PROFILE_PAGES = 20
MB = 1024 * 1024


# --- measuring ---------------------------------------------------------------------------

def run_process(pages: Path, out: Path, jobs: int) -> dict:
    """`python -m helpers process` in a fresh subprocess: wall time, CPU time, memory."""
    cmd = [sys.executable, "-m", "helpers", "process", str(pages), "--out", str(out),
           "--jobs", str(jobs)]
    err = tempfile.TemporaryFile()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
    peak, stop = [0], threading.Event()

    def sample() -> None:
        try:
            parent = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            total = 0
            for p in [parent] + parent.children(recursive=True):
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            peak[0] = max(peak[0], total)
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    except BaseException:
        proc.kill()
        raise
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err.seek(0)
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{err.read().decode(errors='replace')}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "tree_mb": peak[0] / MB, "max_process_mb": usage.ru_maxrss / 1024}


def baseline(texts: list[str], rounds: int) -> float:
    """Median seconds of one pass of the project's jieba `lcut(HMM=False)` over the texts."""
    lcut = tokenizer().lcut
    for text in texts[:500]:                      # warm-up
        lcut(text, HMM=False)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            lcut(text, HMM=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def tables_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


def warm_up(files: list[Path], folder: Path) -> None:
    """Load every dictionary and lexicon of the pipeline in this process."""
    process_to(files[:2], folder, jobs=1, progress=False)


def in_process(files: list[Path], out: Path, composed: dict[str, int], expected: dict) -> tuple[float, list[str]]:
    """Time `process_to(jobs=1)` here; return (seconds, the check's failures)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PageWarning)
        start = time.perf_counter()
        _, problems = process_to(files, out, jobs=1, progress=False)
        seconds = time.perf_counter() - start
    failures = [f"problem: {p}" for p in problems.problem]
    failures += [f"warning: {w.message}" for w in caught if issubclass(w.category, PageWarning)]
    articles = read_table("articles", out)
    found = articles.groupby("page").size().to_dict()
    for page, n in composed.items():
        if found.get(page, 0) != n or n < 3:
            failures.append(f"{page}: {found.get(page, 0)} articles read, {n} composed")
    if (articles.title == "").any() or (articles.n_paragraphs == 0).any():
        failures.append(f"{int(((articles.title == '') | (articles.n_paragraphs == 0)).sum())} "
                        "articles without a title or without paragraphs")
    if tables_bytes(out) != expected:
        failures.append("the in-process tables differ from the subprocess run's")
    return seconds, failures


def measure(n_pages: int, rounds: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        tmp = Path(tmp)
        pages = tmp / "pages"
        composed = make_corpus(n_pages, pages, seed)
        files = expand([pages])
        print(f"[{n_pages} pages] corpus: {sum(composed.values())} articles, "
              f"{sum(f.stat().st_size for f in files) / MB:.1f} MB", file=sys.stderr, flush=True)
        r: dict = {"pages": n_pages, "articles": sum(composed.values()),
                   "load": os.getloadavg()[0]}
        for jobs in (1, 2):
            r[f"j{jobs}"] = run_process(pages, tmp / f"out{jobs}", jobs)
            print(f"[{n_pages} pages] subprocess, {jobs} job(s): {r[f'j{jobs}']['wall']:.1f} s",
                  file=sys.stderr, flush=True)
        expected = tables_bytes(tmp / "out1")
        r["same_bytes"] = expected == tables_bytes(tmp / "out2")
        sentences = read_table("sentences", tmp / "out1").text.astype(str).tolist()
        r["sentences"] = len(sentences)
        r["chars"] = sum(map(len, sentences))
        r["base"] = baseline(sentences, rounds)
        print(f"[{n_pages} pages] baseline lcut: {r['base']:.2f} s", file=sys.stderr, flush=True)
        warm_up(files, tmp / "warm")
        r["inproc"], r["failures"] = in_process(files, tmp / "inproc", composed, expected)
        print(f"[{n_pages} pages] in process, 1 job: {r['inproc']:.1f} s; check: "
              f"{'ok' if not r['failures'] else r['failures'][:5]}", file=sys.stderr, flush=True)
    return r


# --- profile -----------------------------------------------------------------------------

STAGES = [   # (stage, module file, function): cumulative times. An indented row is part of the
    # row above it; a row with no label is added to the row before it. Rows whose function
    # was never called are left out, so the list covers both the old and the new keywords/tag.
    ("read the page (decode)", "helpers/pages.py", "read_page"),
    ("page_tables: layout split + sentences + 3 tables", "helpers/articles.py", "page_tables"),
    ("  of which layout (split_page)", "helpers/layout.py", "split_page"),
    ("    of which jieba cut in word_runs_on", "helpers/words.py", "word_runs_on"),
    ("quantities", "helpers/quantities.py", "quantities_table"),
    ("tokens: segmentation + POS tagging", "helpers/words.py", "tokens_table"),
    ("  of which tag()", "helpers/words.py", "tag"),
    ("    of which jieba.posseg cut", "jieba/posseg/__init__.py", "cut"),
    ("    of which rjieba tag", "helpers/words.py", "_tagged"),
    ("keywords", "helpers/keywords.py", "keywords_table"),
    ("  of which jieba.analyse TF-IDF (re-segments)", "jieba/analyse/tfidf.py", "extract_tags"),
    ("  of which jieba.analyse TextRank (re-segments)", "jieba/analyse/textrank.py", "textrank"),
    ("  of which TF-IDF on the tokens", "helpers/keywords.py", "tfidf"),
    ("  of which TextRank on the tokens", "helpers/keywords.py", "textrank"),
    ("  of which keyness (G2)", "helpers/keywords.py", "keyness"),
    ("themes (match + table)", "helpers/themes.py", "theme_matches"),
    ("", "helpers/themes.py", "themes_table"),
    ("places (match + table)", "helpers/places.py", "place_matches"),
    ("", "helpers/places.py", "places_table"),
    ("CSV writing (TableWriter.add: tidy, format, to_csv)", "helpers/process.py", "add"),
]


def _cumulative(stats: pstats.Stats, path: str, name: str) -> float | None:
    """Cumulative seconds of a function (None when it was never called)."""
    found = [v[3] for (file, _, func), v in stats.stats.items()
             if func == name and file.replace(os.sep, "/").endswith(path)]
    return sum(found) if found else None


def profile(seed: int, path: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        tmp = Path(tmp)
        make_corpus(PROFILE_PAGES, tmp / "pages", seed)
        files = expand([tmp / "pages"])
        warm_up(files, tmp / "warm")
        prof = cProfile.Profile()
        prof.enable()
        process_to(files, tmp / "out", jobs=1, progress=False)
        prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    lines = [f"# cProfile of process_to on {PROFILE_PAGES} composed pages (seed {seed}), in "
             f"process, 1 job, after a warm-up (dictionaries loaded)",
             f"# Python {platform.python_version()}, jieba {jieba.__version__}; total "
             f"{total:.2f} s under the profiler (profiling slows Python-heavy code more than "
             "C code)", "", "## Time by stage (cumulative time of the stage's function)", ""]
    merged: list[tuple[str, float]] = []
    for stage, file, func in STAGES:
        t = _cumulative(stats, file, func)
        if t is None:
            continue
        if stage:
            merged.append((stage, t))
        else:
            merged[-1] = (merged[-1][0], merged[-1][1] + t)
    top = sum(t for stage, t in merged if not stage.startswith(" "))
    merged.append(("other (process_to, expand, progress, ...)", total - top))
    summary = [f"{stage:<54} {t:8.2f} s  {100 * t / total:5.1f} %" for stage, t in merged]
    lines += summary
    for key, title in (("cumulative", "cumulative time"), ("tottime", "own time")):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key).print_stats(25)
        body = out.getvalue()
        body = body[body.index("ncalls"):] if "ncalls" in body else body
        lines += ["", f"## Top 25 functions by {title}", "", body.rstrip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "\n".join(summary)


# --- report ------------------------------------------------------------------------------

def code_hash() -> str:
    """A hash of the code measured, to tell whether it changed during the run."""
    import hashlib
    h = hashlib.sha256()
    for path in sorted((ROOT / "helpers").glob("*.py")) + [ROOT / "requirements.lock"]:
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def git_state() -> str:
    """HEAD and the uncommitted changes to the code measured (helpers/, requirements.lock)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                              capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "helpers",
                                "requirements.lock"], cwd=ROOT, text=True,
                               capture_output=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    changed = [line[3:] for line in dirty if line.strip()]
    return f"commit {head}" + (f" with uncommitted changes to {', '.join(changed)}" if changed else "")


def _met(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


def report(results: list[dict], rounds: int, seed: int) -> str:
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    head = "| | " + " | ".join(f"{r['pages']:,} pages" for r in results) + " |"
    rule = "|---|" + "---:|" * len(results)

    def row(label: str, fmt) -> str:
        return f"| {label} | " + " | ".join(fmt(r) for r in results) + " |"

    cps = lambda s, r: f"{r['chars'] / s:,.0f}"     # noqa: E731
    rows = [
        row("articles / sentences", lambda r: f"{r['articles']:,} / {r['sentences']:,}"),
        row("characters of body text (sentences.csv)", lambda r: f"{r['chars']:,}"),
        row("**baseline** `tokenizer().lcut(HMM=False)`, s", lambda r: f"{r['base']:.2f}"),
        row("  chars/s", lambda r: cps(r["base"], r)),
        row("**pipeline in process, 1 job**, s", lambda r: f"{r['inproc']:.1f}"),
        row("  ms/page", lambda r: f"{1000 * r['inproc'] / r['pages']:.0f}"),
        row("  chars/s", lambda r: cps(r["inproc"], r)),
        row("**pipeline subprocess, 1 job**, wall s", lambda r: f"{r['j1']['wall']:.1f}"),
        row("  chars/s", lambda r: cps(r["j1"]["wall"], r)),
        row("  CPU s (user+sys, all processes)", lambda r: f"{r['j1']['cpu']:.1f}"),
        row("**pipeline subprocess, 2 jobs**, wall s", lambda r: f"{r['j2']['wall']:.1f}"),
        row("  chars/s", lambda r: cps(r["j2"]["wall"], r)),
        row("  CPU s (user+sys, all processes)", lambda r: f"{r['j2']['cpu']:.1f}"),
        row("**ratio pipeline(1 job, in process) / baseline** (headline)",
            lambda r: f"{r['inproc'] / r['base']:.1f}×"),
        row("ratio pipeline(1 job, subprocess) / baseline",
            lambda r: f"{r['j1']['wall'] / r['base']:.1f}×"),
        row("**speed-up** pipeline(1 job) / pipeline(2 jobs), subprocesses",
            lambda r: f"{r['j1']['wall'] / r['j2']['wall']:.2f}×"),
        row("peak memory, 1 job: tree RSS / largest process, MB",
            lambda r: f"{r['j1']['tree_mb']:.0f} / {r['j1']['max_process_mb']:.0f}"),
        row("peak memory, 2 jobs: tree RSS / largest process, MB",
            lambda r: f"{r['j2']['tree_mb']:.0f} / {r['j2']['max_process_mb']:.0f}"),
        row("1 job and 2 jobs write the same bytes", lambda r: "yes" if r["same_bytes"] else "**NO**"),
        row("check: every page read as composed (≥ 3 articles, no problem)",
            lambda r: "yes" if not r["failures"] else f"**NO** ({len(r['failures'])})"),
    ]
    goals = ["| goal | target | " + " | ".join(f"{r['pages']:,} pages" for r in results) + " |",
             "|---|---|" + "---|" * len(results)]
    goals.append("| pipeline on one core vs plain `jieba.lcut` of the same text (in process) | "
                 f"≤ {GOAL_RATIO:.1f}× | " + " | ".join(
                     f"{r['inproc'] / r['base']:.1f}× {_met(r['inproc'] / r['base'] <= GOAL_RATIO)}"
                     for r in results) + " |")
    goals.append(f"| speed-up on two jobs | ≥ {GOAL_SPEEDUP}× | " + " | ".join(
        f"{r['j1']['wall'] / r['j2']['wall']:.2f}× {_met(r['j1']['wall'] / r['j2']['wall'] >= GOAL_SPEEDUP)}"
        for r in results) + " |")
    goals.append(f"| peak memory (tree RSS, larger of the two runs) | < 1 GB at {MEMORY_PAGES:,} pages | "
                 + " | ".join(
                     (lambda mb: f"{mb:.0f} MB " + (_met(mb < GOAL_MEMORY_MB) if r["pages"] == MEMORY_PAGES
                                                   else "(goal is for 1,000 pages)"))(
                         max(r["j1"]["tree_mb"], r["j2"]["tree_mb"])) for r in results) + " |")
    failures = [f"- {r['pages']} pages: {f}" for r in results for f in r["failures"][:20]]
    lines = [
        "# Archive benchmark", "",
        f"Python {platform.python_version()} ({sys.executable.replace(str(ROOT) + '/', '')}), "
        f"jieba {jieba.__version__}, pandas {pd.__version__}; {platform.system()} "
        f"{platform.machine()}, {cpu}; **{cores} cores** ({usable} usable). "
        f"Code: {git_state()}. Load average before the run: {results[0]['load']:.2f}. "
        f"Corpus: `benchmarks/corpus.py`, seed {seed}. Baseline: median of {rounds} rounds.",
        "", "## Goals", "", *goals, "", "## Measurements", "", head, rule, *rows, "",
        "- Baseline: one `lcut(text, HMM=False)` per row of the run's `sentences.csv`, the "
        "body sentences `tokens_table` tags. Run in this process, dictionary loaded, warm.",
        "- Pipeline in process: `process_to(pages, out, jobs=1)` after a warm-up, CSV writing "
        "included. This is the headline ratio's numerator: like the baseline, it is warm and "
        "has no start-up.",
        "- Subprocess: `python -m helpers process DIR --out OUT --jobs J`, wall clock, with "
        "interpreter start-up, imports and dictionary loading in each process.",
        "- Tree RSS: psutil, the RSS of the process and its workers summed, sampled every "
        "0.1 s: pages shared after fork count once per process (too high), a peak shorter "
        "than 0.1 s can be missed (too low; in the 1-job rows the tree is one process and "
        "ru_maxrss is exact). Largest process: `ru_maxrss` from `os.wait4`.",
    ]
    if failures:
        lines += ["", "## Check failures", "", *failures]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Archive benchmark (see benchmarks/README.md).")
    parser.add_argument("--pages", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--quick", action="store_true", help="20 pages only, no profile")
    parser.add_argument("--rounds", type=int, default=3, help="baseline rounds (median)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--out", default=None,
                        help="markdown file (default: benchmarks/results/archive.md; with "
                             "--quick, none)")
    args = parser.parse_args(argv)
    sizes = [20] if args.quick else args.pages
    before = code_hash()
    results = [measure(n, args.rounds, args.seed) for n in sizes]
    text = report(results, args.rounds, args.seed)
    if not (args.quick or args.no_profile):
        path = RESULTS / "archive_profile.txt"
        summary = profile(args.seed, path)
        text += (f"\n## Profile ({PROFILE_PAGES} pages, in process, 1 job; details in "
                 f"`{path.relative_to(ROOT)}`)\n\n```\n{summary}\n```\n")
    changed = code_hash() != before
    if changed:
        text += ("\n**helpers/ or requirements.lock changed during the run: the measurements mix "
                 "two versions of the code; run again.**\n")
    print(text)
    out = args.out or (None if args.quick else RESULTS / "archive.md")
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text, encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    return 1 if changed or any(r["failures"] or not r["same_bytes"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
