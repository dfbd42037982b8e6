"""A digest of everything the graph's output files (graph.json, graph.graphml, graph.html) depend on: the pipeline
version, each document's cache key, the corrections file, the code and packages that make the files. A rebuild
whose digest is the last build's keeps those files (:meth:`graph.commit.OutputFolder.commit`) instead of making
them again; any changed input changes the digest, so they are made anew."""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import cache
from pathlib import Path

from graph.cache import pipeline_sources
from graph.html import TEMPLATE_DIR, VIS_DIR

OUTPUT_MODULES = ("graph.build", "graph.html", "graph.export")  # the outputs' makers; their imports count too
OUTPUT_PACKAGES = ("jinja2", "networkx", "orjson", "pyvis", "rapidfuzz", "igraph")  # third-party code they run
GRAPH_OUTPUTS = ("graph.json", "graph.graphml", "graph.html")  # the files made from the graph alone


@cache
def _code_digest() -> bytes:
    """A digest of the code that makes the outputs: its first-party sources, templates and packages' versions."""
    digest = hashlib.sha256()
    for package in OUTPUT_PACKAGES:
        digest.update(f"{package} {importlib.metadata.version(package)}\0".encode())
    sources = pipeline_sources(OUTPUT_MODULES, ("graph", "loaders", "queries"))
    for path in [*sources, *sorted(TEMPLATE_DIR.iterdir()), *sorted(VIS_DIR.iterdir())]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


def outputs_key(version: str, documents: dict[str, str], corrections: Path | None) -> str:
    """The digest of a build's graph outputs' inputs: the pipeline ``version``, each document id with its cache key
    (``documents``), the corrections file's bytes (if any) and the code that makes the outputs.

    >>> first = outputs_key("v1", {"a": "k1"}, None)
    >>> first == outputs_key("v1", {"a": "k1"}, None), first == outputs_key("v1", {"a": "k2"}, None)
    (True, False)
    >>> first == outputs_key("v2", {"a": "k1"}, None), first == outputs_key("v1", {"a": "k1", "b": "k3"}, None)
    (False, False)
    """
    digest = hashlib.sha256(_code_digest() + version.encode() + b"\0")
    for doc_id, key in sorted(documents.items()):
        digest.update(f"{doc_id}\0{key}\0".encode())
    digest.update(b"corrections\0" + (b"-" if corrections is None else b"+" + Path(corrections).read_bytes()))
    return digest.hexdigest()
