"""The graph as GEXF 1.2 for Gephi, through networkx's own writer.

Nodes and edges carry the flat attributes of the GraphML export (:func:`graph.export.flat_nodes`,
:func:`graph.export.flat_edges`), renamed only where GEXF gives a name its own meaning: a node's
``label`` is the text Gephi shows, so it is the actor's name and the ontology label becomes
``ontology_label``; an edge's ``type`` is its direction, so the relationship type is the edge's
label and its ``relationship`` attribute; an edge's ``weight`` is its number of mentions. networkx keeps
the relationship type once more as ``networkx_key``, which its reader turns back into the edge's key.

>>> from graph.kg import Evidence, KnowledgeGraph
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kataib Hezbollah", kind="armed_group", aliases=["KH"])
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis")
>>> kg.add_relation("muhandis", "LEADS", "kh", Evidence("d", "KH is run by Muhandis.", 0, 22))
True
>>> text = gexf_text(kg)
>>> '<edge source="muhandis" target="kh" id="muhandis--LEADS--kh" label="LEADS" weight="1.0">' in text
True
"""

from __future__ import annotations

import io

import networkx as nx

from graph.export import flat_edges, flat_nodes, graph_data
from graph.kg import KnowledgeGraph

GEXF_VERSION = "1.2draft"  # networkx's newest; Gephi reads it (root element version="1.2")


def gexf_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The graph with GEXF's attribute names: node label = name, edge label = relationship type."""
    data = graph_data(kg)
    g = nx.MultiDiGraph()
    for node_id, attributes in flat_nodes(data):
        g.add_node(node_id, **{**attributes, "label": attributes["name"], "ontology_label": attributes["label"]})
    for source, target, attributes in flat_edges(data):
        rel = attributes.pop("type")
        g.add_edge(
            source,
            target,
            key=rel,
            id=f"{source}--{rel}--{target}",
            label=rel,
            weight=float(attributes["count"]),
            relationship=rel,
            **attributes,
        )
    return g


def gexf_text(kg: KnowledgeGraph) -> str:
    """GEXF text of :func:`gexf_graph` (its ``meta`` element dated today by networkx)."""
    buffer = io.BytesIO()
    nx.write_gexf(gexf_graph(kg), buffer, version=GEXF_VERSION)
    return buffer.getvalue().decode("utf-8")
