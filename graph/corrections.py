"""An analyst's corrections to the machine, kept in a YAML file and re-applied on every build.

The file (``corrections.yaml`` in a corpus folder, or ``actorgraph build --corrections FILE``)
holds lists under these keys, applied in this order, each list in file order:

- ``merge``: ``{names: [A, B, ...]}``, these are one actor (the first name's node keeps its id);
  naming a merge the build made on its own confirms it, so ``actorgraph review`` stops listing it;
- ``split``: ``{alias: X, from: A}``, the alias ``X`` of ``A`` is another actor (same label unless
  ``label``/``kind`` given); the evidence whose sentence names ``X`` but none of ``A``'s other
  names moves to it;
- ``rename``: ``{actor: A, name: N}``, ``A`` is called ``N`` (its id follows the name; the old name
  stays an alias);
- ``relabel``: ``{actor: A, label: L, kind: K}``;
- ``reject``: ``{subject: A, type: T, object: B, reason: R}``, this link is wrong;
- ``retype``: ``{subject: A, type: T, object: B, to: T2, reason: R}``;
- ``add``: ``{subject: A, type: T, object: B, note: N}``, a link the analyst vouches for.

Actors are named by id, name or alias (any case). A retyped or added link carries an
evidence item with method ``analyst``, document ``analyst`` and the reason or note as its
sentence. A correction that matches nothing is reported, never silently dropped.

>>> from graph.kg import KnowledgeGraph, Evidence
>>> kg = KnowledgeGraph()
>>> kg.add_actor("hassan-sheikh", "Person", "Hassan Sheikh", doc_id="d")
>>> kg.add_actor("hassan-sheikh-mohamud", "Person", "Hassan Sheikh Mohamud", doc_id="d")
>>> kg.add_actor("somalia", "Country", "Somalia", doc_id="d")
>>> kg.add_relation("hassan-sheikh", "LEADS", "somalia", Evidence("d", "Hassan Sheikh leads Somalia.", 0, 28))
True
>>> kg.add_relation("hassan-sheikh-mohamud", "OPPOSES", "somalia", Evidence("d", "He opposes Somalia.", 29, 48))
True
>>> report = apply_corrections(kg, parse_corrections({
...     "merge": [{"names": ["Hassan Sheikh Mohamud", "Hassan Sheikh"]}],
...     "reject": [{"subject": "Hassan Sheikh Mohamud", "type": "OPPOSES", "object": "Somalia", "reason": "misread"},
...                {"subject": "Somalia", "type": "FUNDS", "object": "Nobody", "reason": "gone"}]}))
>>> sorted(kg.g), [k for *_, k in kg.g.edges(keys=True)]
(['hassan-sheikh-mohamud', 'somalia'], ['LEADS'])
>>> report.unmatched
["reject #2: no actor 'Nobody'"]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from graph.errors import ActorGraphError, OntologyError
from graph.export import json_record
from graph.gazetteer import Gazetteer, is_acronym
from graph.kg import Evidence, KnowledgeGraph
from graph.resolve import FUZZY_THRESHOLD
from graph.slug import name_key, slugify

CORRECTIONS_FILE = "corrections.yaml"
ANALYST = "analyst"
FIELDS = {
    "merge": ({"names"}, set()),
    "split": ({"alias", "from"}, {"label", "kind"}),
    "rename": ({"actor", "name"}, set()),
    "relabel": ({"actor", "label"}, {"kind"}),
    "reject": ({"subject", "type", "object"}, {"reason"}),
    "retype": ({"subject", "type", "object", "to"}, {"reason"}),
    "add": ({"subject", "type", "object"}, {"note", "certainty"}),
}


class CorrectionsError(ActorGraphError):
    """The corrections file is malformed; the message names the entry."""


@dataclass
class CorrectionReport:
    """What the corrections did, and those that matched nothing (one line each)."""

    applied: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)


class _Unmatched(Exception):
    """A correction that finds nothing to correct."""


def parse_corrections(data: object, origin: str = CORRECTIONS_FILE) -> dict[str, list[dict]]:
    """Check a parsed corrections mapping: known keys, each entry with its required fields."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorrectionsError(f"{origin}: expected a mapping of {', '.join(FIELDS)}")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise CorrectionsError(f"{origin}: unknown correction {unknown[0]!r}; expected one of {', '.join(FIELDS)}")
    checked: dict[str, list[dict]] = {}
    for action, entries in data.items():
        required, optional = FIELDS[action]
        if not isinstance(entries, list):
            raise CorrectionsError(f"{origin}: {action} must be a list")
        for number, entry in enumerate(entries, start=1):
            where = f"{origin}: {action} #{number}"
            if not isinstance(entry, dict) or not required <= set(entry) or set(entry) - required - optional:
                fields_ = ", ".join([*sorted(required), *(f"[{f}]" for f in sorted(optional))])
                raise CorrectionsError(f"{where}: expected the fields {fields_}")
            if action == "merge" and (not isinstance(entry["names"], list) or len(entry["names"]) < 2):
                raise CorrectionsError(f"{where}: names must list at least two actors")
        checked[action] = entries
    return checked


def load_corrections(path: Path) -> dict[str, list[dict]]:
    """Read and check a corrections file; :class:`CorrectionsError` (one line naming it) when it cannot be."""
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CorrectionsError(
            f"cannot read corrections {path}: not valid UTF-8 (line {line}); save it as UTF-8"
        ) from None
    except (OSError, yaml.YAMLError) as exc:
        raise CorrectionsError(f"cannot read corrections {path}: {' '.join(str(exc).split())}") from None
    return parse_corrections(data, str(path))


def find_corrections(paths: list[Path]) -> Path | None:
    """The ``corrections.yaml`` of the first corpus folder that has one."""
    return next((p / CORRECTIONS_FILE for p in paths if (p / CORRECTIONS_FILE).is_file()), None)


def _find(kg: KnowledgeGraph, name: str) -> str:
    if name in kg.g:
        return name
    key = name_key(str(name))
    found = None
    for node, data in sorted(kg.g.nodes(data=True)):
        if key in (name_key(data["name"]), name_key(node.replace("-", " "))):
            return node
        if found is None and key in {name_key(a) for a in data["aliases"]}:
            found = node
    if found is None:
        raise _Unmatched(f"no actor {name!r}")
    return found


def _links_of(kg: KnowledgeGraph, node: str) -> list[tuple[str, str, str, dict]]:
    """A node's links with their data, in the order of their ends and type (not the order they were added in,
    which a patched rebuild does not keep), so evidence moves the same way after a full or a patched build."""
    return sorted(
        [*kg.g.out_edges(node, keys=True, data=True), *kg.g.in_edges(node, keys=True, data=True)], key=lambda e: e[:3]
    )


def _move(kg: KnowledgeGraph, old: str, new: str) -> None:
    """Everything of ``old`` onto ``new`` (names become aliases, links and evidence follow), then drop ``old``."""
    data = kg.g.nodes[old]
    for s, o, rel_type in [*kg.g.out_edges(old, keys=True), *kg.g.in_edges(old, keys=True)]:
        ends = [kg.label(new) if n == old else kg.label(n) for n in (s, o)]
        if not kg.ontology.allows(rel_type, *ends):
            raise _Unmatched(f"{data['name']} as {ends} cannot keep its {rel_type} link; relabel it first")
    kg.add_actor(new, kg.label(new), kg.g.nodes[new]["name"], aliases=[data["name"], *data["aliases"]])
    kg.g.nodes[new]["doc_ids"] |= data["doc_ids"]
    for s, o, rel_type, edge in _links_of(kg, old):
        for evidence in edge["evidence"]:
            kg.add_relation(new if s == old else s, rel_type, new if o == old else o, evidence)
    kg.g.remove_node(old)


def _edge(kg: KnowledgeGraph, entry: dict) -> tuple[str, str, str]:
    s, o, rel_type = _find(kg, entry["subject"]), _find(kg, entry["object"]), entry["type"]
    known = kg.ontology.relations.get(rel_type)
    for a, b in ((s, o), (o, s)) if known and known.symmetric else ((s, o),):
        if kg.g.has_edge(a, b, key=rel_type):
            return a, rel_type, b
    raise _Unmatched(f"no link {entry['subject']} -{rel_type}-> {entry['object']}")


def _analyst(text: str, number: int) -> Evidence:
    return Evidence(ANALYST, text, number, number, certainty="asserted", source=ANALYST, method=ANALYST)


def _merge(kg: KnowledgeGraph, entry: dict, number: int) -> str:
    keep, *others = (_find(kg, n) for n in entry["names"])
    for other in others:
        if other != keep:
            _move(kg, other, keep)
    kg.g.nodes[keep].setdefault("confirmed", set()).update(map(str, entry["names"]))
    return f"merged {', '.join(map(str, entry['names'][1:]))} into {kg.g.nodes[keep]['name']}"


def _split(kg: KnowledgeGraph, entry: dict, number: int) -> str:
    source = _find(kg, entry["from"])
    alias, data = entry["alias"], kg.g.nodes[source]
    if name_key(alias) not in {name_key(a) for a in data["aliases"]}:
        raise _Unmatched(f"{data['name']} has no alias {alias!r}")
    data["aliases"] = {a for a in data["aliases"] if name_key(a) != name_key(alias)}
    new = slugify(alias)
    kg.add_actor(new, entry.get("label", data["label"]), alias, kind=entry.get("kind", data["kind"]))
    says = re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)", re.I)
    others = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.I) for n in (data["name"], *data["aliases"])]
    for s, o, rel_type, edge in _links_of(kg, source):
        moving = [
            e for e in edge["evidence"] if says.search(e.sentence) and not any(p.search(e.sentence) for p in others)
        ]
        for evidence in moving:
            kg.add_relation(new if s == source else s, rel_type, new if o == source else o, evidence)
            kg.g.nodes[new]["doc_ids"].add(evidence.doc_id)
        edge["evidence"] = [e for e in edge["evidence"] if e not in moving]
        edge["mentions"] = {(e.doc_id, e.start) for e in edge["evidence"]}
        if not edge["evidence"]:
            kg.g.remove_edge(s, o, key=rel_type)
    return f"split {alias} from {data['name']}"


def _rename(kg: KnowledgeGraph, entry: dict, number: int) -> str:
    old = _find(kg, entry["actor"])
    data, new = kg.g.nodes[old], slugify(entry["name"])
    if new != old:
        kg.add_actor(new, data["label"], entry["name"], kind=data["kind"])
        _move(kg, old, new)
    else:
        data["aliases"].add(data["name"])
    kg.g.nodes[new]["name"] = entry["name"]
    kg.g.nodes[new]["aliases"].discard(entry["name"])
    return f"renamed {entry['actor']} to {entry['name']}"


def _relabel(kg: KnowledgeGraph, entry: dict, number: int) -> str:
    node = _find(kg, entry["actor"])
    label, kind = entry["label"], entry.get("kind")
    if label not in kg.ontology.labels or (kind is not None and kind not in kg.ontology.kinds):
        raise _Unmatched(f"unknown label {label!r} or kind {kind!r}")
    for s, o, rel_type in [*kg.g.out_edges(node, keys=True), *kg.g.in_edges(node, keys=True)]:
        ends = [label if n == node else kg.label(n) for n in (s, o)]
        if not kg.ontology.allows(rel_type, *ends):
            raise _Unmatched(f"{entry['actor']} as {label} cannot keep its {rel_type} link")
    kg.g.nodes[node].update(label=label, kind=kind)
    return f"relabelled {entry['actor']} {label}" + (f" ({kind})" if kind else "")


def _reject(kg: KnowledgeGraph, entry: dict, number: int) -> str:
    s, rel_type, o = _edge(kg, entry)
    kg.g.remove_edge(s, o, key=rel_type)
    return f"rejected {entry['subject']} -{rel_type}-> {entry['object']}: {entry.get('reason', '')}".rstrip(": ")


def _retype(kg: KnowledgeGraph, entry: dict, number: int) -> str:
    s, rel_type, o = _edge(kg, entry)
    evidence = kg.g.edges[s, o, rel_type]["evidence"]
    if not kg.ontology.allows(entry["to"], kg.label(s), kg.label(o)):
        raise _Unmatched(f"{entry['to']} is not allowed from {kg.label(s)} to {kg.label(o)}")
    kg.g.remove_edge(s, o, key=rel_type)
    for item in [*evidence, _analyst(entry.get("reason") or f"retyped from {rel_type}", number)]:
        kg.add_relation(s, entry["to"], o, item)
    return f"retyped {entry['subject']} -{rel_type}-> {entry['object']} as {entry['to']}"


def _add(kg: KnowledgeGraph, entry: dict, number: int) -> str:
    s, o = _find(kg, entry["subject"]), _find(kg, entry["object"])
    if not kg.ontology.allows(entry["type"], kg.label(s), kg.label(o)):
        raise _Unmatched(f"{entry['type']} is not allowed from {kg.label(s)} to {kg.label(o)}")
    item = _analyst(entry.get("note") or "added by an analyst", number)
    kg.add_relation(
        s, entry["type"], o, Evidence(**{**item.to_dict(), "certainty": entry.get("certainty", "asserted")})
    )
    return f"added {entry['subject']} -{entry['type']}-> {entry['object']}"


ACTIONS = {
    "merge": _merge,
    "split": _split,
    "rename": _rename,
    "relabel": _relabel,
    "reject": _reject,
    "retype": _retype,
    "add": _add,
}


def apply_corrections(kg: KnowledgeGraph, corrections: dict[str, list[dict]]) -> CorrectionReport:
    """Apply checked corrections to ``kg`` in place, in a fixed order; report what matched nothing."""
    report = CorrectionReport()
    for action, apply in ACTIONS.items():
        for number, entry in enumerate(corrections.get(action, []), start=1):
            try:
                report.applied.append(apply(kg, entry, number))
            except (_Unmatched, OntologyError) as exc:
                report.unmatched.append(f"{action} #{number}: {exc}")
    return report


@dataclass(frozen=True)
class Judgement:
    """A decision the build made on its own, how sure it was, and the correction that reverses it.

    ``score`` is, as ``measure`` says, a bound name's ``similarity`` to the actor's name (0-100, not a
    probability) or a link's calibrated ``confidence`` (0-1, as the graph stores it).

    >>> str(Judgement("low-confidence link", 0.014, "Iran -THREATENED-> Israel", "reject: ...", measure="confidence"))
    'low-confidence link (confidence 0.014): Iran -THREATENED-> Israel'
    """

    kind: str
    score: float
    what: str
    reverse: str
    confirm: str = ""
    measure: str = "similarity"

    @property
    def strength(self) -> float:
        """The score on one scale (0-1) for both measures, so that names and links sort together."""
        return self.score / 100 if self.measure == "similarity" else self.score

    def __str__(self) -> str:
        similarity = self.measure == "similarity"
        shown = f"name similarity {self.score:g} of 100" if similarity else f"confidence {self.score:g}"
        return f"{self.kind} ({shown}): {self.what}"


REVIEW_HEADER = (
    "weakest first: a name the build bound to an actor shows its similarity to the actor's name (0-100, "
    "not a probability), a link its calibrated confidence (0-1, as the graph stores it: 0.8 is right about 8 times "
    "in 10)"
)


def _flow(action: str, **fields_: str) -> str:
    """One YAML line, e.g. ``split: [{alias: "Muhandis", from: "Abu Mahdi al-Muhandis"}]``."""
    inner = ", ".join(f"{key}: {json_record(value)}" for key, value in fields_.items())
    return f"{action}: [{{{inner}}}]"


def alias_judgements(kg: KnowledgeGraph, gazetteer: Gazetteer, node: str) -> list[Judgement]:
    """The names the build bound to ``node`` that the list of known actors does not give it (surnames,
    acronyms, spelling variants; events' phrases are not judged), each with the ``split`` that reverses it
    and the ``merge`` that confirms it."""
    data = kg.g.nodes[node]
    if data["label"] == "Event":
        return []
    known = gazetteer.actors.get(node)
    given = {name_key(s) for s in (*(known.surfaces if known else (data["name"],)), *data.get("confirmed", ()))}
    found = []
    for alias in sorted(data["aliases"]):
        key = name_key(alias)
        if not key or key in given:
            continue
        score = fuzz.ratio(key, name_key(data["name"]))
        if data["label"] == "Person" and " " not in key and key == name_key(data["name"].split()[-1]):
            kind = "surname"
        elif is_acronym(alias):
            kind = "acronym"
        else:
            kind = "fuzzy" if score >= FUZZY_THRESHOLD else "alias"
        what = f"{alias!r} taken for {data['name']} ({data['label']})"
        reverse = _flow("split", alias=alias, **{"from": data["name"]})
        confirm = f"merge: [{{names: {json.dumps([data['name'], alias], ensure_ascii=False)}}}]"
        found.append(Judgement(kind, round(score, 1), what, reverse, confirm))
    return found


def reject_line(kg: KnowledgeGraph, subject: str, rel_type: str, obj: str) -> str:
    """The correction that removes the link ``subject -rel_type-> obj``, its reason left to the analyst.

    >>> kg = KnowledgeGraph()
    >>> kg.add_actor("iran", "Country", "Iran", doc_id="d")
    >>> kg.add_actor("kataib-hezbollah", "Organization", "Kataib Hezbollah", doc_id="d")
    >>> reject_line(kg, "iran", "FUNDS", "kataib-hezbollah")
    'reject: [{subject: "Iran", type: "FUNDS", object: "Kataib Hezbollah", reason: ""}]'
    """
    names = kg.g.nodes
    return _flow("reject", subject=names[subject]["name"], type=rel_type, object=names[obj]["name"], reason="")


def review(kg: KnowledgeGraph, gazetteer: Gazetteer, min_confidence: float = 0.5) -> list[Judgement]:
    """The build's own judgements, weakest first: names it bound to an actor on its own
    (:func:`alias_judgements`), and links of confidence below ``min_confidence``."""
    found = [judgement for node in kg.g for judgement in alias_judgements(kg, gazetteer, node)]
    names = kg.g.nodes
    for s, o, rel_type, edge in kg.g.edges(keys=True, data=True):
        confidence = max(e.confidence for e in edge["evidence"])
        if confidence < min_confidence:
            what = f"{names[s]['name']} -{rel_type}-> {names[o]['name']}"
            reverse = reject_line(kg, s, rel_type, o)
            found.append(Judgement("low-confidence link", confidence, what, reverse, measure="confidence"))
    return sorted(found, key=lambda j: (j.strength, j.kind, j.what))
