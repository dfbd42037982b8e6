"""The graph as rows to load: one per node and per relationship, each with a content hash and a bucket.

Nodes keep their properties plus ``keys``: the lowercased and the normalised forms of the
name, aliases and id, so a query can find an actor with ``toLower($name) IN a.keys``.
Relationships carry their evidence as parallel lists (FalkorDB properties hold no maps).

Every row's values are packed once in FalkorDB's bulk-insert format (:func:`pack`); the
packed bytes go to ``GRAPH.BULK`` as they are and, with the key, make the row's hash ``h``,
which the store keeps on the node or relationship.
A node falls in one of :data:`BUCKETS` buckets by its id, a relationship in its source's
(:mod:`graph.store.digests` keeps a digest of each bucket's hashes).

>>> from graph.kg import Evidence, KnowledgeGraph
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kata'ib Hezbollah", aliases=["KH"], doc_id="d1")
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis", doc_id="d1")
>>> _ = kg.add_relation("muhandis", "LEADS", "kh", Evidence("d1", "KH is run by Muhandis.", 0, 22, "2020-01-01"))
>>> node_row("kh", kg.g.nodes["kh"]).props()["keys"]
["kata'ib hezbollah", 'kataib hezbollah', 'kh']
>>> lead = edge_row(("muhandis", "LEADS", "kh"), kg.g.edges["muhandis", "kh", "LEADS"], symmetric=False)
>>> lead.props()["evidence_sentences"], lead.props()["count"], lead.bucket == bucket_of("muhandis")
(['KH is run by Muhandis.'], 1, True)
>>> pack([True, 2, "a"])
b'\\x05\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01\\x01\\x04\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x03a\\x00'
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from hashlib import blake2b
from operator import attrgetter

from graph.errors import StoreError
from graph.kg import CERTAINTY_ORDER
from graph.slug import name_key
from graph.store.values import Encoded, cypher_literal

BUCKETS = 8192
NODE_PROPS = ("label", "name", "kind", "aliases", "doc_ids", "date", "keys")
EDGE_PROPS = (
    *("symmetric", "confidence", "count", "certainty"),
    *("evidence_sentences", "evidence_doc_ids", "evidence_dates", "evidence_certainty", "evidence_sources"),
)
_NULL, _BOOL, _DOUBLE, _LONG = b"\x00", b"\x01", b"\x02", b"\x04"
_LONG_FORMAT, _DOUBLE_FORMAT = struct.Struct("<q"), struct.Struct("<d")


_ARRAY_HEAD = struct.Struct("<Bq")
_EDGE_HEAD = struct.Struct("<B?BdBq")  # symmetric, confidence, count: the numbers first, in one piece
_EVIDENCE_ORDER = attrgetter("doc_id", "start", "end", "method")
_EVIDENCE_COLUMNS = attrgetter("sentence", "doc_id", "date", "certainty", "source")
_NUL_HINT = "a text holds a NUL character, which FalkorDB cannot store"


def pack(value: object) -> bytes:
    """``value`` in FalkorDB's bulk-insert format: a type byte, then the value (strings NUL-terminated)."""
    kind = type(value)
    if kind is str:
        if "\0" in value:  # type: ignore[operator]
            raise StoreError(_NUL_HINT)
        return b"\x03" + value.encode() + b"\0"  # type: ignore[union-attr]
    if kind is list or kind is tuple:
        if not value:
            return _ARRAY_HEAD.pack(5, 0)
        try:  # lists of texts, the common case, in one piece
            text = "\0\x03".join(value)  # type: ignore[arg-type]
        except TypeError:
            return _ARRAY_HEAD.pack(5, len(value)) + b"".join(pack(v) for v in value)  # type: ignore[arg-type]
        if text.count("\0") != len(value) - 1:  # type: ignore[arg-type]
            raise StoreError(_NUL_HINT)
        return _ARRAY_HEAD.pack(5, len(value)) + ("\x03" + text + "\0").encode()  # type: ignore[arg-type]
    if value is None:
        return _NULL
    if isinstance(value, bool):
        return _BOOL + bytes([value])
    if isinstance(value, int):
        return _LONG + _LONG_FORMAT.pack(value)
    if isinstance(value, float):
        return _DOUBLE + _DOUBLE_FORMAT.pack(value)
    raise StoreError(f"cannot store a {type(value).__name__} as a property")


def _pack_texts(first: str, columns: list[list[str]]) -> bytes:
    """``pack(first) + pack(column) ...`` for columns of texts, as one text encoded once.

    A count below 128 packs to ASCII bytes, so the array heads can sit in the text.

    >>> _pack_texts("a", [["x", "y"], ["z", "w"]]) == pack("a") + pack(["x", "y"]) + pack(["z", "w"])
    True
    """
    n = len(columns[0])
    if 0 < n < 128 and all(len(column) == n for column in columns):
        head = "\x05" + chr(n) + "\0" * 7
        try:
            text = "\x03" + first + "\0" + "".join(head + "\x03" + "\0\x03".join(c) + "\0" for c in columns)
        except TypeError:  # not all texts
            text = ""
        if text:
            if text.count("\0") != 1 + len(columns) * (7 + n):
                raise StoreError(_NUL_HINT)
            return text.encode()
    return pack(first) + b"".join(map(pack, columns))


@dataclass(frozen=True, slots=True)
class Row:
    """One node (key ``(id,)``) or relationship (key ``(source, type, target)``) to load."""

    key: tuple[str, ...]
    names: tuple[str, ...]
    values: tuple
    packed: bytes
    h: str
    bucket: int

    def props(self) -> dict[str, object]:
        """The properties to set, with the hash (and, for nodes, the bucket)."""
        props = dict(zip(self.names, self.values, strict=True))
        props["h"] = self.h
        if len(self.key) == 1:
            props["bucket"] = self.bucket
        return props

    def statement_row(self) -> dict[str, object]:
        """The row as an ``UNWIND`` statement reads it: ``{"id", "props"}`` or ``{"source", "target", "props"}``."""
        if len(self.key) == 1:
            return {"id": self.key[0], "props": self.props()}
        return {"source": self.key[0], "target": self.key[2], "props": self.props()}


def bucket_of(node_id: str) -> int:
    """The bucket of a node, and of the relationships that start at it (stable across runs).

    >>> bucket_of("iran")
    3346
    """
    return zlib.crc32(node_id.encode()) % BUCKETS


def name_keys(node_id: str, name: str, aliases: list[str]) -> list[str]:
    """Every form a query may look the node up by: lowercased and normalised names, aliases, id."""
    forms = [name, *aliases]
    keys = {f.strip().lower() for f in forms} | {name_key(f) for f in forms}
    keys |= {node_id, name_key(node_id.replace("-", " "))}
    return sorted(k for k in keys if k)


def _row(key: tuple[str, ...], names: tuple[str, ...], values: tuple, bucket: int, packed: bytes = b"") -> Row:
    """A row with its values packed (unless given) and hashed with its key."""
    packed = packed or b"".join(map(pack, values))
    h = blake2b("\0".join(key).encode() + packed, digest_size=8).hexdigest()
    return Row(key, names, values, packed, h, bucket)


def node_row(node_id: str, d: dict) -> Row:
    """The row of node ``node_id`` with data ``d`` (values as :meth:`KnowledgeGraph.to_json` gives them)."""
    aliases = sorted(d["aliases"])
    values = (
        *(d["label"], d["name"], d["kind"], aliases, sorted(d["doc_ids"])),
        *(d.get("date") or None, name_keys(node_id, d["name"], aliases)),
    )
    return _row((node_id,), NODE_PROPS, values, bucket_of(node_id))


def edge_row(key: tuple[str, str, str], d: dict, symmetric: bool) -> Row:
    """The row of relationship ``key`` (source, type, target) with data ``d``, its evidence in the JSON's order."""
    evidence = d["evidence"]
    if len(evidence) > 1:
        evidence = sorted(evidence, key=_EVIDENCE_ORDER)
        certainty = min((e.certainty for e in evidence), key=CERTAINTY_ORDER.index)
        confidence = max(e.confidence for e in evidence)
    else:
        certainty, confidence = evidence[0].certainty, evidence[0].confidence
    columns = [list(column) for column in zip(*map(_EVIDENCE_COLUMNS, evidence), strict=True)]
    values = (symmetric, round(confidence, 3), len(evidence), certainty, *columns)
    packed = _EDGE_HEAD.pack(1, values[0], 2, values[1], 4, values[2]) + _pack_texts(certainty, columns)
    return _row(key, EDGE_PROPS, values, bucket_of(key[0]), packed)


def chunks(rows: list[dict], max_rows: int, max_chars: int | None = None) -> Iterator[list[dict] | Encoded]:
    """Batches of at most ``max_rows`` rows; with ``max_chars``, pre-encoded Cypher lists of at most that size.

    >>> [len(c) for c in chunks(list(range(5)), max_rows=2)]
    [2, 2, 1]
    """
    if max_chars is None:
        for start in range(0, len(rows), max_rows):
            yield rows[start : start + max_rows]
        return
    batch: list[str] = []
    size = 0
    for row in rows:
        text = cypher_literal(row)
        if batch and (len(batch) == max_rows or size + len(text) > max_chars):
            yield Encoded("[" + ", ".join(batch) + "]")
            batch, size = [], 0
        batch.append(text)
        size += len(text) + 2
    if batch:
        yield Encoded("[" + ", ".join(batch) + "]")
