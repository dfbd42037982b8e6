r"""The graph as a Cypher script for ``cypher-shell -f graph.cypher``: the store's own rows and statements.

The script first creates the constraint and index the store makes on Neo4j, then MERGEs every
node and every relationship with exactly the properties the store writes (the rows of
:func:`graph.store.digests.graph_rows`, through the store's own MERGE statements), ``UNWIND``-ing literal
lists of up to :data:`BATCH_ROWS` rows, so a large graph takes a few hundred statements, not one a
link. Values are Cypher literals (:func:`graph.store.values.cypher_literal`): quotes, backslashes
and line breaks escaped, any other text as UTF-8. Statements end with ``;`` and a line break;
running the script again changes nothing.

>>> from graph.kg import Evidence, KnowledgeGraph
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", 'Kataib "KH"', kind="armed_group")
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis")
>>> kg.add_relation("muhandis", "LEADS", "kh", Evidence("d", "KH is run by Muhandis.", 0, 22))
True
>>> lines = cypher_script(kg).splitlines()
>>> lines[1]
'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;'
>>> print(lines[3].split(", `kind`")[0])
UNWIND [{`id`: "kh", `props`: {`label`: "Organization", `name`: "Kataib \"KH\""
"""

from __future__ import annotations

from graph.kg import KnowledgeGraph
from graph.store.backends import FALKORDB_BATCH_CHARS, NEO4J_SCHEMA
from graph.store.core import NODE_MERGE, RELATIONSHIP_MERGE
from graph.store.digests import graph_rows
from graph.store.rows import chunks

BATCH_ROWS = 1000  # rows a statement: one transaction each in cypher-shell
RUN_COMMAND = "cypher-shell -a bolt://localhost:7687 -u neo4j -f graph.cypher"


def cypher_script(kg: KnowledgeGraph) -> str:
    """The script's text: a header comment, the schema statements, then the nodes and relationships.

    Each statement is at most :data:`~graph.store.backends.FALKORDB_BATCH_CHARS` characters of rows,
    so the script also runs, statement by statement, on FalkorDB.
    """
    node_rows, edge_rows = graph_rows(kg).grouped()
    nodes = sum(map(len, node_rows.values()))
    relationships = sum(map(len, edge_rows.values()))
    statements = [*NEO4J_SCHEMA]
    for label, group in sorted(node_rows.items()):
        for batch in chunks([row.statement_row() for row in group], BATCH_ROWS, FALKORDB_BATCH_CHARS):
            statements.append(NODE_MERGE.format(rows=batch, label=label))
    for rel, group in sorted(edge_rows.items()):
        for batch in chunks([row.statement_row() for row in group], BATCH_ROWS, FALKORDB_BATCH_CHARS):
            statements.append(RELATIONSHIP_MERGE.format(rows=batch, type=rel))
    header = f"// actorgraph: {nodes:,} actors, {relationships:,} relationships. Run with: {RUN_COMMAND}"
    return header + "\n" + "".join(f"{statement};\n" for statement in statements)
