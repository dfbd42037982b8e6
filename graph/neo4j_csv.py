"""The graph as CSV files for ``neo4j-admin database import full`` (its header format).

``nodes.csv`` has ``id:ID`` and ``:LABEL`` (``Actor`` plus the ontology label) and the node
properties of the store; ``relationships.csv`` has ``:START_ID``, ``:END_ID``, ``:TYPE`` and
the relationship properties, evidence as parallel arrays. Array items are separated by
U+00A6 (``¦``, a broken bar: writers drop control characters, so no unused one is left), so
sentences with ``;`` or ``,`` stay whole; a ``¦`` in a value is written as ``|``. Import with::

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\
        --array-delimiter=U+00A6 neo4j

>>> from graph.kg import KnowledgeGraph, Evidence
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kataib Hezbollah", kind="armed_group", aliases=["KH"])
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis")
>>> kg.add_relation("muhandis", "LEADS", "kh", Evidence("d", "KH is run by Muhandis; he says so.", 0, 34))
True
>>> files = neo4j_csv_texts(kg)
>>> files["nodes.csv"].splitlines()[0]
'id:ID,name,label,kind,aliases:string[],doc_ids:string[],date,:LABEL'
>>> files["relationships.csv"].splitlines()[1]
'muhandis,kh,LEADS,false,asserted,1.0,1,KH is run by Muhandis; he says so.,d,,asserted,'
"""

from __future__ import annotations

import csv
import io

from graph.kg import KnowledgeGraph

ARRAY_DELIMITER = "\u00a6"
IMPORT_COMMAND = (
    "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv "
    "--array-delimiter=U+00A6 neo4j"
)
NODE_HEADER = ["id:ID", "name", "label", "kind", "aliases:string[]", "doc_ids:string[]", "date", ":LABEL"]
RELATIONSHIP_HEADER = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "symmetric:boolean",
    "certainty",
    "confidence:float",
    "count:int",
    "evidence_sentences:string[]",
    "evidence_doc_ids:string[]",
    "evidence_dates:string[]",
    "evidence_certainty:string[]",
    "evidence_sources:string[]",
]


def _array(values: list[str]) -> str:
    return ARRAY_DELIMITER.join(v.replace(ARRAY_DELIMITER, "|") for v in values)


def _csv(header: list[str], rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def neo4j_csv_texts(kg: KnowledgeGraph) -> dict[str, str]:
    """``nodes.csv`` and ``relationships.csv`` for neo4j-admin, from the graph's node-link JSON."""
    data = kg.to_json()
    nodes = [
        [
            n["id"],
            n["name"],
            n["label"],
            n["kind"] or "",
            _array(n["aliases"]),
            _array(n["doc_ids"]),
            n.get("date", ""),
            _array(["Actor", n["label"]]),
        ]
        for n in data["nodes"]
    ]
    relationships = []
    for e in data["edges"]:
        ev = e["evidence"]
        relationships.append(
            [
                e["source"],
                e["target"],
                e["type"],
                str(e["symmetric"]).lower(),
                e["certainty"],
                e["confidence"],
                e["count"],
                *(_array([item[key] for item in ev]) for key in ("sentence", "doc_id", "date", "certainty", "source")),
            ]
        )
    return {"nodes.csv": _csv(NODE_HEADER, nodes), "relationships.csv": _csv(RELATIONSHIP_HEADER, relationships)}
