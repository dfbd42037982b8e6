"""Export benchmark: each `actorgraph export` format on a generated graph, and the Cypher script run on FalkorDB.

    .venv/bin/python benchmarks/bench_export.py --nodes 20000 --relationships 100000

The graph is bench_store.py's (every relationship type in turn, ends drawn uniformly, one evidence
sentence each), written as a build's graph.json. Each format is exported as the command does it
(reading graph.json, timed alone first, then writing atomically) and reported with its time and
size; the Cypher script with its number of statements, then run statement by statement on the
embedded FalkorDB (its two Neo4j-only schema statements replaced by the store's FalkorDB indexes),
with the counts it leaves.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench_store import generate

from actorgraph.cli_export import FORMATS, export_files
from graph.export import load_graph, write_json
from graph.store import embedded_store
from graph.store.backends import NEO4J_SCHEMA


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--relationships", type=int, default=100_000)
    args = parser.parse_args()

    print(f"load average before {os.getloadavg()[0]:.2f}")
    kg = generate(args.nodes, args.relationships)
    with tempfile.TemporaryDirectory() as tmp:
        build = Path(tmp) / "build"
        write_json(kg, build / "graph.json")
        print(f"{kg.g.number_of_nodes():,} nodes, {kg.g.number_of_edges():,} relationships")
        started = time.perf_counter()
        load_graph(build)
        print(f"reading graph.json, which each export does first: {time.perf_counter() - started:.1f} s")
        for fmt in FORMATS:
            started = time.perf_counter()
            written = export_files(build, fmt, Path(tmp) / fmt)
            seconds = time.perf_counter() - started
            size = sum(path.stat().st_size for path in written) / 2**20
            print(f"{fmt:<10} {seconds:6.1f} s  {size:7.1f} MiB  {', '.join(path.name for path in written)}")
        script = (Path(tmp) / "cypher" / "graph.cypher").read_text(encoding="utf-8")
        statements = [line.removesuffix(";") for line in script.split(";\n") if line.strip()]
        print(f"graph.cypher: {len(statements):,} statements")
        with embedded_store(Path(tmp) / "db") as store:
            started = time.perf_counter()
            store.adapter.ensure_schema()
            for statement in statements[len(NEO4J_SCHEMA) :]:
                store.query(statement, write=True)
            seconds = time.perf_counter() - started
            print(f"ran on FalkorDB in {seconds:.1f} s: {store.counts()}")
    print(f"load average after {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
