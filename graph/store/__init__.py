"""The graph in a database: the embedded FalkorDB (default, over its native client) or Neo4j (its driver).

Usage (needs a server, so not a doctest)::

    from graph.store import embedded_store, open_store

    with embedded_store(Path("out/db")) as store:   # starts FalkorDB, or reuses `actorgraph db start`'s
        store.load(kg)                              # {"nodes": n, "relationships": m}
        store.query("MATCH (n) RETURN count(n) AS n")
        store.run_named("leaders", name="Kataib Hezbollah")
"""

from graph.store.connect import embedded_store, neo4j_store, open_store, store_dir
from graph.store.core import GraphStore

__all__ = ["GraphStore", "embedded_store", "neo4j_store", "open_store", "store_dir"]
