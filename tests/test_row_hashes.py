"""The row hashes kept with a graph between loads: after any change, the same as a fresh graph's."""

from __future__ import annotations

from graph.kg import Evidence, KnowledgeGraph
from graph.store.digests import RowHashes, graph_rows


def _corpus(documents: int = 40) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for d in range(documents):
        doc, org = f"d{d}", f"org{d % 7}"
        kg.add_actor(org, "Organization", f"Org {d % 7}", doc_id=doc)
        for p in range(3):
            kg.add_actor(f"p{d}-{p}", "Person", f"Person {d} {p}", doc_id=doc)
            kg.add_relation(f"p{d}-{p}", "MEMBER_OF", org, Evidence(doc, f"Person {d} {p} joined.", p, p + 9))
            kg.add_relation(f"p{d}-{p}", "LEADS", org, Evidence(doc, f"Person {d} {p} leads.", p + 20, p + 30))
    return kg


def _hashes(hashes: RowHashes) -> tuple[dict, dict, list[str]]:
    nodes = {node_id: node.h for node_id, node in hashes.nodes.items()}
    return nodes, hashes.edges, hashes.digests


def _fresh(kg: KnowledgeGraph) -> tuple[dict, dict, list[str]]:
    return _hashes(graph_rows(KnowledgeGraph.from_json(kg.to_json())).hashes)


def test_kept_hashes_follow_every_change_as_a_fresh_graph_hashes_it():
    kg = _corpus()
    graph_rows(kg)
    kg.g.nodes["org1"]["aliases"].add("The First")
    kg.g.remove_edge("p2-0", "org2", "LEADS")
    kg.g.nodes["p2-0"].update(label="Organization", kind="armed_group")
    kg.g.nodes["org3"]["doc_ids"].discard("d3")
    kg.g.edges["p4-1", "org4", "MEMBER_OF"]["evidence"].append(Evidence("d99", "Person 4 1 is in.", 40, 50))
    kg.g.remove_node("p5-2")
    assert graph_rows(kg).hashes.digests != _fresh(_corpus())[2]
    assert _hashes(graph_rows(kg).hashes) == _fresh(kg)
    kg.remove_documents([f"d{d}" for d in range(30)])
    assert _hashes(graph_rows(kg).hashes) == _fresh(kg)


def test_an_unchanged_graph_makes_no_row_again():
    kg = _corpus()
    assert len(graph_rows(kg).made) == kg.g.number_of_nodes() + kg.g.number_of_edges()
    assert graph_rows(kg).made == {}
    kg.add_relation("p1-1", "LEADS", "org1", Evidence("d1", "Person 1 1 leads again.", 60, 70))
    assert list(graph_rows(kg).made) == [("p1-1", "LEADS", "org1")]


def test_a_graph_swapped_for_another_with_equal_link_data_hashes_as_the_other():
    kg = KnowledgeGraph.from_json(_corpus().to_json())
    graph_rows(kg)
    data = kg.to_json()
    for item in (*data["nodes"], *data["edges"]):
        for field in ("id", "source", "target"):
            if item.get(field) == "org1":
                item[field] = "org1x"  # the links keep equal data, in the same order, between other ends
    kg.g = KnowledgeGraph.from_json(data).g
    assert _hashes(graph_rows(kg).hashes) == _fresh(kg)
