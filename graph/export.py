"""Writing and reading the graph on disk: node-link JSON (the interchange) and GraphML (flat attributes, which
the GEXF export shares).

Every write is atomic: the file is written beside its target and renamed over it, so a
command killed mid-way leaves the previous file intact (a build commits all its outputs at once,
see :mod:`graph.commit`). Every writer drops the characters XML, JSON consumers or a browser
cannot take (:func:`loaders.normalise.clean`), whatever slipped into the graph.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import orjson

from graph.errors import ActorGraphError, write_error
from graph.kg import KnowledgeGraph
from loaders.normalise import clean, clean_data


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (temporary file in the same folder, fsync, rename).

    Raises :class:`ActorGraphError` naming ``path`` when it cannot be written (a parent is a file, no
    permission, the disk full); whatever was at ``path`` stays as it was.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(clean(text))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it private; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(path, exc) from None
        raise


# What orjson writes for a character clean() drops: control characters escaped (\\b, \\f, \\u0000-\\u001f:
# also tab, line feed and carriage return, which orjson writes as \\t, \\n, \\r), DEL and C1 controls
# and U+FFFE/U+FFFF as UTF-8. Lone surrogates it refuses to encode.
_UNSAFE_ENCODED = re.compile(rb"\\u00[01][0-9a-fA-F]|\\[bf]|\x7f|\xc2[\x80-\x9f]|\xef\xbf[\xbe\xbf]")


def is_clean(data: object) -> bool:
    r"""Whether no string in JSON-like ``data`` holds a character :func:`~loaders.normalise.clean` drops: one
    pass of orjson's encoder and a regular expression over its bytes, where cleaning calls a function a
    string (a backslash written before a ``b`` or ``f`` may say no for a clean graph: it is then cleaned).

    >>> is_clean({"name": ["Kataib Hezbollah", 1.5, None]}), is_clean({"name": "KH\x01"}), is_clean("\ud800")
    (True, False, False)
    """
    try:
        encoded = orjson.dumps(data)
    except TypeError:  # orjson's JSONEncodeError: a lone surrogate, or a value JSON has no form for
        return False
    return _UNSAFE_ENCODED.search(encoded) is None


def graph_data(kg: KnowledgeGraph) -> dict:
    """The graph as node-link data for a writer: every string cleaned of what XML, JSON consumers or a
    browser cannot take (a guard: documents are cleaned when read, so this is checked in one pass first)."""
    data = kg.to_json()
    return data if is_clean(data) else clean_data(data)


def json_record(item: object) -> str:
    r"""One JSON value in one line, compact, keys sorted, non-ASCII text as is: orjson, several times faster than
    the standard library's encoder, which writes the same for what orjson refuses (a lone surrogate, which
    the writers then drop).

    >>> json_record({"b": [1.5, None], "a": "Iran"}), json_record("\ud800")
    ('{"a":"Iran","b":[1.5,null]}', '"\ud800"')
    """
    try:
        return orjson.dumps(item, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:
        return json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def graph_json_text(kg: KnowledgeGraph, data: dict | None = None) -> str:
    """The graph as node-link JSON text, byte-identical for the same graph: one node or edge a line,
    so diffs of two builds read line by line. ``data``: the graph's :func:`graph_data`, when the caller
    has it already."""
    data = data or graph_data(kg)

    def records(items: list[dict]) -> str:
        return ",\n".join(map(json_record, items))

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


GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
GRAPHML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
_XML_TEXT = {"\r": "&#13;"}
_XML_ATTRIBUTE = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def escape(text: str, entities: dict[str, str]) -> str:
    r"""``text`` with ``&``, ``<``, ``>`` and the keys of ``entities`` written as XML entities, as
    ``xml.sax.saxutils.escape`` writes them (which imports ``urllib.request``, and with it ``http.client``, ``email``
    and ``ssl``: a tenth of a second of every command's start).

    >>> escape('Al-Shabaab & "AS" <Somalia>\n', _XML_ATTRIBUTE)
    'Al-Shabaab &amp; &quot;AS&quot; &lt;Somalia&gt;&#10;'
    """
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for character, entity in entities.items():
        text = text.replace(character, entity)
    return text


def _graphml_value(value: object) -> str:
    """A value as GraphML data text: booleans as ``true``/``false``, numbers as Python writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape(value if isinstance(value, str) else str(value), _XML_TEXT)


def to_graphml_text(kg: KnowledgeGraph, data: dict | None = None) -> str:
    """GraphML with the flat attributes of :func:`flat_nodes` and :func:`flat_edges`, and every mention
    as ``evidence``, a JSON string (``data``: the graph's :func:`graph_data`, when the caller has it already).

    Written as networkx's GraphML writer writes it (the same keys, order and layout; a key for an
    attribute only when some node or edge has it), in one pass of string formatting rather than an XML
    element a value.
    """
    data = data or graph_data(kg)
    nodes = list(flat_nodes(data))
    grouped: dict[str, dict[str, list[dict]]] = {}  # source -> target -> attributes: networkx's adjacency order
    for (source, target, attributes), e in zip(flat_edges(data), data["edges"], strict=True):
        attributes["evidence"] = json_record(e["evidence"])
        grouped.setdefault(source, {}).setdefault(target, []).append(attributes)
    edges = [(s, t, a) for s, targets in grouped.items() for t, links in targets.items() for a in links]
    keys: dict[tuple[str, str], tuple[str, str]] = {}  # (for, name) -> (id, type), numbered as first seen
    for kind, items in (("node", (a for _, a in nodes)), ("edge", (a for *_, a in edges))):
        for attributes in items:
            for name, value in attributes.items():
                if (kind, name) not in keys:
                    keys[kind, name] = (f"d{len(keys)}", GRAPHML_TYPES[type(value)])
    out = [GRAPHML_HEAD]
    for (kind, name), (key, kind_of) in reversed(keys.items()):
        out.append(f'<key id="{key}" for="{kind}" attr.name="{escape(name, _XML_ATTRIBUTE)}" attr.type="{kind_of}"/>\n')
    out.append('<graph edgedefault="directed">')

    def element(opening: str, closing: str, kind: str, attributes: dict) -> None:
        out.append(opening)
        for name, value in attributes.items():
            out.append(f'\n  <data key="{keys[kind, name][0]}">{_graphml_value(value)}</data>')
        out.append(f"\n{closing}\n" if attributes else f"{closing}\n")

    for node_id, attributes in nodes:
        element(f'<node id="{escape(node_id, _XML_ATTRIBUTE)}">', "</node>", "node", attributes)
    for source, target, attributes in edges:
        ends = f'source="{escape(source, _XML_ATTRIBUTE)}" target="{escape(target, _XML_ATTRIBUTE)}"'
        element(f'<edge {ends} id="{escape(attributes["type"], _XML_ATTRIBUTE)}">', "</edge>", "edge", attributes)
    out.append("</graph></graphml>")
    return "".join(out)


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
