"""Writing and reading the graph on disk: node-link JSON (the interchange) and GraphML (flat attributes, which
the GEXF export shares).

Every write is atomic: the file is written beside its target and renamed over it, so a
command killed mid-way leaves the previous file intact (a build commits all its outputs at once,
see :mod:`graph.commit`). Every writer drops the characters XML, JSON consumers or a browser
cannot take (:func:`loaders.normalise.clean`), whatever slipped into the graph.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from graph.errors import ActorGraphError
from graph.kg import KnowledgeGraph
from loaders.normalise import clean, clean_data


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (temporary file in the same folder, fsync, rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(clean(text))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it private; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def graph_data(kg: KnowledgeGraph) -> dict:
    """The graph as node-link data for a writer: every string cleaned of what XML, JSON consumers or a
    browser cannot take (a guard: documents are cleaned when read)."""
    return clean_data(kg.to_json())


def graph_json_text(kg: KnowledgeGraph, data: dict | None = None) -> str:
    """The graph as node-link JSON text, byte-identical for the same graph: one node or edge a line,
    so diffs of two builds read line by line (and the C encoder does the work). ``data``: the graph's
    :func:`graph_data`, when the caller has it already."""
    data = data or graph_data(kg)

    def records(items: list[dict]) -> str:
        return ",\n".join(json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items)

    return (
        f'{{"directed": {json.dumps(data["directed"])}, "multigraph": {json.dumps(data["multigraph"])},\n'
        f'"nodes": [\n{records(data["nodes"])}\n],\n"edges": [\n{records(data["edges"])}\n]}}\n'
    )


def write_json(kg: KnowledgeGraph, path: Path) -> None:
    """Write ``graph.json`` atomically."""
    atomic_write_text(path, graph_json_text(kg))


def flat_nodes(data: dict) -> Iterator[tuple[str, dict[str, str]]]:
    """Each node of node-link ``data`` with scalar attributes, as GraphML and GEXF take them (lists joined by ``|``)."""
    for n in data["nodes"]:
        yield (
            n["id"],
            {
                "label": n["label"],
                "kind": n["kind"] or "",
                "name": n["name"],
                "aliases": "|".join(n["aliases"]),
                "doc_ids": "|".join(n["doc_ids"]),
                "date": n.get("date", ""),
            },
        )


def flat_edges(data: dict) -> Iterator[tuple[str, str, dict[str, object]]]:
    """Each edge of node-link ``data`` with scalar attributes: its type, certainty and confidence, and its
    evidence as the number of mentions, the first sentence and the documents (joined by ``|``)."""
    for e in data["edges"]:
        evidence = e["evidence"]
        yield (
            e["source"],
            e["target"],
            {
                "type": e["type"],
                "certainty": e["certainty"],
                "confidence": e["confidence"],
                "count": e["count"],
                "first_sentence": evidence[0]["sentence"],
                "doc_ids": "|".join(dict.fromkeys(item["doc_id"] for item in evidence)),
            },
        )


def to_graphml_text(kg: KnowledgeGraph, data: dict | None = None) -> str:
    """GraphML with the flat attributes of :func:`flat_nodes` and :func:`flat_edges`, and every mention
    as ``evidence``, a JSON string (``data``: the graph's :func:`graph_data`, when the caller has it already)."""
    data = data or graph_data(kg)
    g = nx.MultiDiGraph()
    g.add_nodes_from(flat_nodes(data))
    for (source, target, attributes), e in zip(flat_edges(data), data["edges"], strict=True):
        evidence = json.dumps(e["evidence"], ensure_ascii=False, sort_keys=True)
        g.add_edge(source, target, key=attributes["type"], **attributes, evidence=evidence)
    buffer = io.BytesIO()
    nx.write_graphml_lxml(g, buffer)  # streams with lxml: about 3x faster than the ElementTree writer
    return buffer.getvalue().decode("utf-8")


def write_graphml(kg: KnowledgeGraph, path: Path) -> None:
    """Write ``graph.graphml`` atomically."""
    atomic_write_text(path, to_graphml_text(kg))


def load_graph(path: Path) -> KnowledgeGraph:
    """Read a ``graph.json`` written by :func:`write_json` (or a build folder holding one)."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return KnowledgeGraph.from_json(data)
    except FileNotFoundError:
        raise ActorGraphError(f"{path}: no graph here; run `actorgraph build` first") from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ActorGraphError(f"{path}: not an actorgraph graph.json ({exc})") from None
