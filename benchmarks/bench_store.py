"""Store benchmark: load a generated graph into the embedded FalkorDB (or Neo4j), time 4-hop link queries.

    .venv/bin/python benchmarks/bench_store.py --nodes 100000 --relationships 500000 --queries 25

The graph follows the ontology: every relationship type is drawn in turn, its ends drawn
uniformly from the nodes whose labels the type allows (about ten relationships a node, no
planted hubs), each with one evidence sentence. Reports the load throughput (a first load
into an empty store), reloads of the unchanged graph (in memory, and from its graph.json as
``actorgraph load`` does), a reload after one document changed, and the median time of the
``linked`` named query (``max_hops=4``) between pairs four hops apart and between random
pairs. ``--neo4j URI`` (with NEO4J_USER / NEO4J_PASSWORD) measures Neo4j.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from graph.export import write_json
from graph.kg import Evidence, KnowledgeGraph
from graph.ontology import load_ontology
from graph.store import embedded_store, neo4j_store
from graph.store.core import file_digest

SHARES = {"Person": 0.4, "Organization": 0.4, "Country": 0.01, "Location": 0.14, "Event": 0.05}


def generate(nodes: int, relationships: int, seed: int = 7) -> KnowledgeGraph:
    """A random graph of ``nodes`` actors and exactly ``relationships`` distinct relationships."""
    rng = random.Random(seed)
    onto = load_ontology()
    kg = KnowledgeGraph(onto)
    pools: dict[str, list[str]] = {}
    for label, share in SHARES.items():
        pools[label] = [f"{label.lower()}-{i}" for i in range(max(1, int(nodes * share)))]
        for node in pools[label]:
            kg.add_actor(node, label, node.replace("-", " ").title(), aliases=[node.upper()], doc_id="doc-0")
    types = sorted(onto.relations)
    made = 0
    while made < relationships:
        rel = onto.relations[types[made % len(types)]]
        subject = rng.choice(rng.choices(*zip(*((pools[x], len(pools[x])) for x in rel.subject), strict=True))[0])
        obj = rng.choice(rng.choices(*zip(*((pools[x], len(pools[x])) for x in rel.object), strict=True))[0])
        ends = sorted((subject, obj)) if rel.symmetric else (subject, obj)
        if subject == obj or kg.g.has_edge(*ends, key=rel.name):
            continue
        sentence = f"{kg.g.nodes[subject]['name']} {rel.name.lower().replace('_', ' ')} {kg.g.nodes[obj]['name']}."
        made += kg.add_relation(subject, rel.name, obj, Evidence(f"doc-{made % 997}", sentence, made, made + 1))
    return kg


def four_hops_apart(kg: KnowledgeGraph, rng: random.Random) -> tuple[str, str]:
    """Two actors joined by a walk of four relationships (either direction, no events inside)."""
    nodes = list(kg.g)
    while True:
        path = [rng.choice(nodes)]
        for _ in range(4):
            nexts = [n for n in (*kg.g.successors(path[-1]), *kg.g.predecessors(path[-1])) if n not in path]
            nexts = [n for n in nexts if kg.label(n) != "Event"]
            if not nexts:
                break
            path.append(rng.choice(nexts))
        if len(path) == 5:
            return path[0], path[-1]


def timed(store, pairs: list[tuple[str, str]]) -> tuple[float, int]:
    """Median seconds of the 4-hop ``linked`` query over ``pairs``, and how many found a path."""
    times, found = [], 0
    for a, b in pairs:
        started = time.perf_counter()
        rows = store.run_named("linked", source=a, target=b, max_hops=4)
        times.append(time.perf_counter() - started)
        found += bool(rows)
    return statistics.median(times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--relationships", type=int, default=500_000)
    parser.add_argument("--queries", type=int, default=25, help="pairs of each kind to time")
    parser.add_argument("--db", type=Path, help="database folder (default: a temporary one)")
    parser.add_argument("--neo4j", help="a Neo4j URI instead of the embedded FalkorDB")
    args = parser.parse_args()

    started = time.perf_counter()
    kg = generate(args.nodes, args.relationships)
    print(
        f"generated {kg.g.number_of_nodes():,} nodes, {kg.g.number_of_edges():,} relationships "
        f"in {time.perf_counter() - started:.1f} s"
    )
    rng = random.Random(11)
    linked_pairs = [four_hops_apart(kg, rng) for _ in range(args.queries)]
    nodes = list(kg.g)
    random_pairs = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(args.queries)]

    with tempfile.TemporaryDirectory() as tmp:
        store = neo4j_store(args.neo4j) if args.neo4j else embedded_store(args.db or Path(tmp) / "db")
        with store:
            write_json(kg, Path(tmp) / "graph.json")
            started = time.perf_counter()
            counts = store.load(kg, file_digest=file_digest(Path(tmp) / "graph.json"))  # as `actorgraph load` does
            seconds = time.perf_counter() - started
            print(
                f"loaded {counts['nodes']:,} nodes, {counts['relationships']:,} relationships into {store.where} "
                f"in {seconds:.1f} s: {counts['relationships'] / seconds:,.0f} relationships/s "
                f"({(counts['nodes'] + counts['relationships']) / seconds:,.0f} nodes+relationships/s)"
            )
            started = time.perf_counter()
            store.load_file(Path(tmp))
            print(f"reloaded unchanged (graph.json) in {time.perf_counter() - started:.2f} s; wrote {store.written}")
            started = time.perf_counter()
            store.load(kg)
            print(f"reloaded unchanged (in memory) in {time.perf_counter() - started:.1f} s; wrote {store.written}")
            kg.remove_documents(["doc-5"])
            started = time.perf_counter()
            store.load(kg)
            print(
                f"reloaded after one changed document in {time.perf_counter() - started:.1f} s; wrote {store.written}"
            )
            for kind, pairs in (("4 hops apart", linked_pairs), ("random", random_pairs)):
                median, found = timed(store, pairs)
                print(
                    f"linked max_hops=4, {kind} pairs: median {median * 1000:.0f} ms over {len(pairs)} ({found} linked)"
                )


if __name__ == "__main__":
    main()
