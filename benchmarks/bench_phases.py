"""CPU time of each phase of a build, in one process (run on demand, not in CI).

On a loaded machine the wall-clock ratio of ``bench_build.py`` moves with other work; CPU time
(``time.process_time``, the minimum of ``--reps`` runs) moves much less. Phases: the fixed start-up
(each part in a fresh process), reading the files, each component of the spaCy pipeline, the rules'
set-up (mentions, index, events), the rules, the scorer, near-duplicates, resolution and assembly of
the graph, and each output. Every document is parsed once per run; long texts are not split.

    .venv/bin/python benchmarks/bench_phases.py FOLDER --reps 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.duplicates import signature

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from loaders import Document

STARTUP = """
import json, time
t = [time.process_time()]
import spacy
t.append(time.process_time())
from loaders.model import model_name
nlp = spacy.load(model_name())
t.append(time.process_time())
from graph.gazetteer import load_gazetteer
gazetteer = load_gazetteer()
t.append(time.process_time())
from loaders.attribute_index import index_attribute_ruler
from loaders.nlp import add_actor_ruler
add_actor_ruler(index_attribute_ruler(nlp), gazetteer)
t.append(time.process_time())
from loaders.cues import load_cues
from loaders.extract import load_model
load_cues(), load_model()
t.append(time.process_time())
names = ["import spaCy", "load the model", "load the gazetteer", "add the phrase patterns", "load cues and scorer"]
print(json.dumps({n: b - a for n, a, b in zip(names, t, t[1:])}))
"""


class Timer:
    """CPU seconds of named phases over repeated runs."""

    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = {}

    def add(self, name: str, seconds: float, run: int) -> None:
        """Count ``seconds`` towards ``name`` in run number ``run``."""
        runs = self.seconds.setdefault(name, [])
        runs.extend([0.0] * (run + 1 - len(runs)))
        runs[run] += seconds

    def time(self, name: str, run: int, fn: Callable, *args: object) -> object:
        """Call ``fn(*args)``, counting its CPU time towards ``name``."""
        start = time.process_time()
        out = fn(*args)
        self.add(name, time.process_time() - start, run)
        return out


def make_docs(nlp: Language, documents: list[Document]) -> list[Doc]:
    """The documents' texts, tokenised."""
    return [nlp.make_doc(d.text) for d in documents]


def signatures_of(texts: dict[str, str]) -> dict[str, bytes]:
    """Every text's MinHash signature, by document id."""
    return {key: signature(text) for key, text in texts.items()}


def apply_component(component: Callable, docs: list, batch_size: int) -> list:
    """One pipeline component applied to every document, in batches where it has ``pipe``."""
    if hasattr(component, "pipe"):
        return list(component.pipe(docs, batch_size=batch_size))
    return [component(doc) for doc in docs]


def measure(folder: Path, reps: int) -> tuple[Timer, int, int]:
    """Every phase's CPU seconds on the documents of ``folder``; also the number of documents and words."""
    from graph import snapshot
    from graph.build import BATCH_SIZE, BuildResult, outputs
    from graph.commit import OutputFolder
    from graph.gazetteer import load_gazetteer
    from graph.resolve import Resolver
    from loaders import iter_documents
    from loaders.duplicates import near_duplicates
    from loaders.extract import DocReader
    from loaders.nlp import load_nlp

    timer = Timer()
    root = Path(__file__).resolve().parents[1]
    for run in range(reps):
        out = subprocess.run([sys.executable, "-c", STARTUP], cwd=root, capture_output=True, text=True, check=True)
        for name, seconds in json.loads(out.stdout).items():
            timer.add(f"start-up: {name}", seconds, run)
    nlp = load_nlp()
    DocReader(nlp("Iran funds Kataib Hezbollah."), "warm-up").read()  # cues, ontology and scorer loaded
    for run in range(reps):
        documents = timer.time("read the files", run, lambda: list(iter_documents([folder])))
        docs = timer.time("nlp: tokenizer", run, make_docs, nlp, documents)
        for name, component in nlp.pipeline:
            docs = timer.time(f"nlp: {name}", run, apply_component, component, docs, BATCH_SIZE)
        facts = {}
        for document, doc in zip(documents, docs, strict=True):
            reader = timer.time(
                "rules: set-up (mentions, index, events)", run, DocReader, doc, document.id, document.date
            )
            timer.time("rules", run, reader.read, "rules")
            reader = DocReader(doc, document.id, document.date)
            facts[document.id] = timer.time("rules and scorer", run, reader.read, "both")
        texts = {key: f.text for key, f in facts.items()}
        signatures = timer.time("graph: text signatures", run, signatures_of, texts)
        duplicates = timer.time("graph: near-duplicates", run, near_duplicates, texts, signatures)
        present = {key: key for key in facts}
        kept = timer.time(
            "graph: resolution and assembly",
            run,
            snapshot.assemble,
            "bench",
            facts,
            present,
            signatures,
            duplicates,
            Resolver(load_gazetteer()),
        )
        result = BuildResult(kept.graph)
        for name, text in outputs(result).items():
            timer.time(f"outputs: {name}", run, text)
        with tempfile.TemporaryDirectory() as tmp, OutputFolder(Path(tmp) / "out") as out:
            out.lock()
            timer.time("outputs: all, written and committed", run, out.commit, outputs(result))
    both = timer.seconds.pop("rules and scorer")
    timer.seconds["scorer"] = [b - r for b, r in zip(both, timer.seconds["rules"], strict=True)]
    return timer, len(documents), sum(d.words for d in documents)


def main() -> None:
    """``python benchmarks/bench_phases.py FOLDER --reps 3``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="documents to build")
    parser.add_argument("--reps", type=int, default=3, help="runs; each phase's minimum is shown")
    args = parser.parse_args()
    timer, docs, words = measure(args.folder, args.reps)
    load = os.getloadavg()[0]
    print(f"{docs:,} documents, {words:,} words; CPU time, the minimum of {args.reps} runs; load average {load:.2f}")
    width = max(map(len, timer.seconds))
    for name, runs in timer.seconds.items():
        best = min(runs)
        per_document = "" if name.startswith("start-up") else f"  {1000 * best / docs:8.2f} ms a document"
        print(f"{name:<{width}}  {best:8.3f} s{per_document}")


if __name__ == "__main__":
    main()
