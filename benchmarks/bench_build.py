"""Build speed on synthetic news corpora (run on demand, not in CI).

For each corpus size it generates the corpus (``benchmarks/corpus.py``), then measures,
each in a fresh process: bare spaCy ``nlp.pipe`` over the texts (the model alone, no
rulers, no extraction, file reading not timed); ``actorgraph build`` end to end with
``--jobs 1`` and ``--jobs N`` into empty build folders; and a rebuild with ``--jobs N``
after one document changed. Peak memory is the largest sum of resident memory over the
build process and its workers. Results are printed as a table and written as JSON.

    .venv/bin/python benchmarks/bench_build.py --docs 1000 10000 --work /tmp/actorgraph-bench

The ratio of the full build to bare spaCy moves by a tenth from run to run on a shared machine, so bare
spaCy and the full build with one job are run in turn ``--pairs`` times (bare, build, bare, build, ...):
each pair's ratio is taken from two runs made under much the same load, and the figures are those of the
pair with the median ratio; every pair is printed with the load average after it, and with the ratio of
CPU time (bare ``nlp.pipe`` against the whole build process, start-up included), which other work moves less.
Each pair is followed by a build with the rules alone (``--extractor rules``), so the time the scorer adds is
also taken from runs made one after the other: the median of the pairs' shares.

The project's modules are compiled first (``compileall``, where the build will import them from), as an install
leaves them: under ``PYTHONDONTWRITEBYTECODE`` (this machine's environment) a checkout's bytecode goes stale at each
edit, and every process of a build then compiles the changed modules again (0.3 s of CPU at each start with none
compiled), which bare spaCy, compiled when installed, does not.

With ``--engines`` it compares instead, side by side on each corpus: the local engine with
one job and with ``--jobs`` jobs, and the Dask engine on a local cluster of ``--jobs`` worker
processes (started by the build, so its start-up is counted), words per second, CPU seconds (what a run costs
however busy the machine is: the wall-clock ratio moves with the load of other work) and peak memory.

    .venv/bin/python benchmarks/bench_build.py --docs 2000 --engines
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
from corpus import write_corpus

ACTORGRAPH = str(Path(sys.executable).parent / "actorgraph")
TARGETS = "full build >= 0.8x bare spaCy; scorer adds <= 10%; 2 jobs >= 1.7x 1 job; 10k in < 4 GiB, per document \
within 20% of 1k; incremental < 5% of full"


@dataclass
class Run:
    """One measured command: wall-clock and CPU seconds and peak memory of its process tree, what it printed."""

    seconds: float
    cpu_seconds: float
    peak_bytes: int
    stdout: str

    @property
    def cores(self) -> float:
        """Cores busy on average: below the --jobs asked for when other work shares the machine."""
        return self.cpu_seconds / self.seconds


def compile_project() -> None:
    """Compile the project's packages where the build imports them from (see the module's docstring)."""
    import actorgraph
    import graph
    import loaders

    for package in (actorgraph, graph, loaders):
        compileall.compile_dir(Path(package.__file__).parent, quiet=1)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: list[str]) -> Run:
    """Run ``command`` to the end, sampling the memory of it and its children every 0.1 s."""
    start, cpu = time.perf_counter(), _children_cpu()
    proc = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.1)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{err}")
    return Run(seconds, _children_cpu() - cpu, peak, out)


def bare_spacy(corpus: Path) -> None:
    """Child mode: time the bare model's ``nlp.pipe`` over the corpus texts; print words and seconds as JSON."""
    import spacy

    from graph.build import BATCH_SIZE
    from loaders import iter_documents
    from loaders.nlp import model_name

    texts = [doc.text for doc in iter_documents([corpus])]
    nlp = spacy.load(model_name())
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"words": sum(len(t.split()) for t in texts), "seconds": seconds, "cpu_seconds": cpu_seconds}))


def build(corpus: Path, out: Path, jobs: int, extractor: str = "both", engine: str = "local") -> Run:
    """``actorgraph build`` of the corpus into ``out`` (its summary says how many documents were parsed)."""
    command = [ACTORGRAPH, "build", str(corpus), "--out", str(out), "--jobs", str(jobs), "--extractor", extractor]
    return measure([*command, "--engine", engine])


def make_corpus(docs: int, work: Path) -> Path:
    """The generated corpus of ``docs`` articles under ``work``, written unless already there."""
    corpus = work / f"corpus-{docs}"
    if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != docs:
        shutil.rmtree(corpus, ignore_errors=True)
        write_corpus(corpus, docs)
    return corpus


def engines(docs: int, work: Path, jobs: int) -> str:
    """Full builds into empty folders, one after the other: local 1 job, local ``jobs`` jobs, Dask ``jobs``
    workers; a table of words/s, seconds, cores busy and peak memory, with the load average after each."""
    corpus = make_corpus(docs, work)
    lines = [f"{docs:,} documents; load average before {os.getloadavg()[0]:.2f}"]
    graphs, runs = set(), {}
    for name, engine, n in (("local", "local", 1), ("local", "local", jobs), ("dask", "dask", jobs)):
        label = f"{name} {n} {'job' if engine == 'local' else 'worker'}{'s' * (n > 1)}"
        out = work / f"out-{docs}-{engine}-{n}"
        shutil.rmtree(out, ignore_errors=True)
        run = runs[label] = build(corpus, out, n, engine=engine)
        words = int(re.search(r"([\d,]+) words in", run.stdout).group(1).replace(",", ""))  # as the build counts
        graphs.add((out / "graph.json").read_bytes())
        lines.append(
            f"{label:<16} {words / run.seconds:>8,.0f} words/s  {run.seconds:>7.1f} s  {run.cores:.2f} cores busy  "
            f"{run.cpu_seconds:>6.1f} CPU s  peak {run.peak_bytes / 2**30:.2f} GiB  "
            f"(load average after {os.getloadavg()[0]:.2f})"
        )
    dask, local = runs[f"dask {jobs} workers"], runs[f"local {jobs} jobs"]
    lines.append(
        f"Dask {jobs} workers take {dask.seconds / local.seconds:.2f}x the time of local --jobs {jobs} (target <= 1.10)"
        f" and {dask.cpu_seconds / local.cpu_seconds:.2f}x its CPU time"
    )
    lines.append("graph.json byte-identical across the three: " + ("yes" if len(graphs) == 1 else "NO"))
    return "\n".join(lines)


@dataclass
class Pair:
    """Bare spaCy and the full build with one job, run one after the other."""

    bare: Run
    bare_seconds: float  # nlp.pipe alone, as the bare run timed it
    bare_cpu_seconds: float
    build: Run
    rules: Run  # the build with the rules alone, right after
    load: float  # the load average after the build

    @property
    def ratio(self) -> float:
        """The full build's speed over bare spaCy's (the same words): bare time over build time."""
        return self.bare_seconds / self.build.seconds

    @property
    def cpu_ratio(self) -> float:
        """The same in CPU time."""
        return self.bare_cpu_seconds / self.build.cpu_seconds

    @property
    def scorer_share(self) -> float:
        """The time the scorer adds: the full build's time over the rules-only build's, less one."""
        return self.build.seconds / self.rules.seconds - 1


def interleaved(corpus: Path, out: Path, pairs: int) -> list[Pair]:
    """Bare spaCy, the full build with one job and the rules alone with one job in turn, ``pairs`` times; printed
    as they run."""
    found = []
    rules_out = out.with_name(out.name + "-rules")
    for n in range(pairs):
        bare_run = measure([sys.executable, __file__, "--bare-spacy", str(corpus)])
        bare = json.loads(bare_run.stdout)
        shutil.rmtree(out, ignore_errors=True)
        full, load = build(corpus, out, 1), os.getloadavg()[0]
        shutil.rmtree(rules_out, ignore_errors=True)
        pair = Pair(bare_run, bare["seconds"], bare["cpu_seconds"], full, build(corpus, rules_out, 1, "rules"), load)
        found.append(pair)
        print(
            f"pair {n + 1}/{pairs}: bare spaCy {bare['seconds']:.1f} s, full build {pair.build.seconds:.1f} s: "
            f"{pair.ratio:.2f}x (CPU time {pair.cpu_ratio:.2f}x); load average after {pair.load:.2f}; "
            f"rules alone {pair.rules.seconds:.1f} s: the scorer adds {100 * pair.scorer_share:.1f}%",
            flush=True,
        )
    return found


def bench(docs: int, work: Path, jobs: int, pairs: int = 3) -> dict:
    """Every figure for one corpus size (bare spaCy and one job: the pair of median ratio of ``pairs``)."""
    corpus = make_corpus(docs, work)
    measured = sorted(interleaved(corpus, work / f"out-{docs}-j1", pairs), key=lambda p: p.ratio)
    median = measured[(len(measured) - 1) // 2]
    bare_run, bare = median.bare, json.loads(median.bare.stdout)
    words = bare["words"]
    runs = {1: median.build}
    for n in {jobs} - {1}:
        out = work / f"out-{docs}-j{n}"
        shutil.rmtree(out, ignore_errors=True)
        runs[n] = build(corpus, out, n)
    shares = sorted(p.scorer_share for p in measured)
    changed = corpus / "article-00000.txt"
    original = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(original + "Iran funds Kataib Hezbollah, officials said.\n", encoding="utf-8")
        incremental = build(corpus, work / f"out-{docs}-j{jobs}", jobs)
    finally:
        changed.write_text(original, encoding="utf-8")
    report = json.loads((work / f"out-{docs}-j{jobs}" / "build.json").read_text(encoding="utf-8"))
    reparsed = re.search(r"([\d,]+) parsed", incremental.stdout)
    return {
        "documents": docs,
        "words": words,
        "duplicates": len(report["duplicates"]),
        "bare_spacy_words_per_s": words / bare["seconds"],
        "bare_spacy_peak_bytes": bare_run.peak_bytes,
        "build_seconds": {n: run.seconds for n, run in runs.items()},
        "build_words_per_s": {n: words / run.seconds for n, run in runs.items()},
        "build_peak_bytes": {n: run.peak_bytes for n, run in runs.items()},
        "build_cores": {n: run.cores for n, run in runs.items()},
        "ms_per_document": {n: 1000 * run.seconds / docs for n, run in runs.items()},
        "full_over_bare": median.ratio,
        "full_over_bare_pairs": [p.ratio for p in measured],
        "full_over_bare_cpu": median.cpu_ratio,
        "load_averages": [p.load for p in measured],
        "rules_only_seconds": median.rules.seconds,
        "scorer_share": shares[(len(shares) - 1) // 2],
        "scorer_share_pairs": [p.scorer_share for p in measured],
        "speedup": runs[1].seconds / runs[jobs].seconds,
        "incremental_seconds": incremental.seconds,
        "incremental_parsed": int(reparsed.group(1).replace(",", "")) if reparsed else None,
        "incremental_share": incremental.seconds / runs[jobs].seconds,
    }


def table(results: list[dict], jobs: int) -> str:
    """The figures as a plain-text table, one column per corpus size."""
    gib = 2**30
    rows = [
        ("documents", lambda r: f"{r['documents']:,}"),
        ("words", lambda r: f"{r['words']:,}"),
        ("bare spaCy nlp.pipe, words/s", lambda r: f"{r['bare_spacy_words_per_s']:,.0f}"),
        ("full build --jobs 1, words/s", lambda r: f"{r['build_words_per_s'][1]:,.0f}"),
        ("full build / bare spaCy (median pair)", lambda r: f"{r['full_over_bare']:.2f}x"),
        ("the same in CPU time", lambda r: f"{r['full_over_bare_cpu']:.2f}x"),
        ("rules only (--extractor rules) --jobs 1, s", lambda r: f"{r['rules_only_seconds']:.1f}"),
        ("time the scorer adds (median of the pairs)", lambda r: f"{100 * r['scorer_share']:.1f}%"),
        (f"full build --jobs {jobs}, words/s", lambda r: f"{r['build_words_per_s'][jobs]:,.0f}"),
        (f"speed-up {jobs} jobs over 1", lambda r: f"{r['speedup']:.2f}x"),
        ("cores busy, --jobs 1", lambda r: f"{r['build_cores'][1]:.2f}"),
        (f"cores busy, --jobs {jobs}", lambda r: f"{r['build_cores'][jobs]:.2f}"),
        ("full build --jobs 1, s", lambda r: f"{r['build_seconds'][1]:.1f}"),
        (f"full build --jobs {jobs}, s", lambda r: f"{r['build_seconds'][jobs]:.1f}"),
        ("ms per document, --jobs 1", lambda r: f"{r['ms_per_document'][1]:.1f}"),
        (f"ms per document, --jobs {jobs}", lambda r: f"{r['ms_per_document'][jobs]:.1f}"),
        ("peak memory --jobs 1, GiB", lambda r: f"{r['build_peak_bytes'][1] / gib:.2f}"),
        (f"peak memory --jobs {jobs}, GiB", lambda r: f"{r['build_peak_bytes'][jobs] / gib:.2f}"),
        ("incremental rebuild (1 doc changed), s", lambda r: f"{r['incremental_seconds']:.1f}"),
        ("documents parsed by it", lambda r: f"{r['incremental_parsed']}"),
        ("incremental / full build", lambda r: f"{100 * r['incremental_share']:.1f}%"),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{name:<{width}}  " + "  ".join(f"{cell(r):>12}" for r in results) for name, cell in rows]
    return "\n".join(lines)


def main() -> None:
    """``python benchmarks/bench_build.py --docs 1000 10000``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, default=2, help="the parallel run's --jobs (compared with 1)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/actorgraph-bench"), help="corpora and build folders")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--pairs", type=int, default=3, help="bare spaCy and one job run in turn this many times")
    parser.add_argument("--engines", action="store_true", help="compare local 1 job, local --jobs, Dask --jobs workers")
    parser.add_argument("--bare-spacy", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_spacy:
        bare_spacy(args.bare_spacy)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    compile_project()
    if args.engines:
        print(f"{os.cpu_count()} CPUs", flush=True)
        for docs in args.docs:
            print(engines(docs, args.work, args.jobs), flush=True)
        return
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; targets: {TARGETS}", flush=True)
    results = []
    for docs in args.docs:
        results.append(bench(docs, args.work, args.jobs, args.pairs))
        print(table(results[-1:], args.jobs), f"\nload average {os.getloadavg()[0]:.2f}\n", flush=True)
    print(table(results, args.jobs))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
