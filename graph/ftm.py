"""The graph as FollowTheMoney entities (JSON Lines), for Aleph, OpenSanctions tools and ``ftm`` pipelines.

Actors map onto FtM's schemata: ``Person`` -> Person, ``Organization`` -> Organization,
``Country`` -> PublicBody (with its ``country`` code when FtM knows the name), ``Location`` ->
Address, ``Event`` -> Event. Relationships map where FtM has the same idea: LEADS and DEPUTY_OF
-> Directorship (role ``leader``/``deputy``), MEMBER_OF -> Membership, WORKS_FOR -> Employment,
SANCTIONED_BY -> Sanction (the sanctioner as ``authority``); every other type, and any link
whose ends FtM's schema does not take, -> UnknownLink with the type as ``role``. Entity ids are
the node ids; a link's id is ``subject--TYPE--object``. Each link keeps its certainty as
``status``, its first sentence as ``summary``, every sentence as ``description``, and dates.

>>> from graph.kg import KnowledgeGraph, Evidence
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kataib Hezbollah", kind="armed_group", aliases=["KH"])
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis")
>>> kg.add_relation("muhandis", "LEADS", "kh", Evidence("d", "KH is run by Muhandis.", 0, 22, "2019-12-28"))
True
>>> [(e.schema.name, e.id) for e in ftm_entities(kg)]
[('Organization', 'kh'), ('Person', 'muhandis'), ('Directorship', 'muhandis--LEADS--kh')]
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from followthemoney import EntityProxy, model
from followthemoney.types import registry

from graph.kg import KnowledgeGraph

SCHEMA = {
    "Person": "Person",
    "Organization": "Organization",
    "Country": "PublicBody",
    "Location": "Address",
    "Event": "Event",
}
LINKS = {  # our type -> (FtM schema, its source property, its target property, role)
    "LEADS": ("Directorship", "director", "organization", "leader"),
    "DEPUTY_OF": ("Directorship", "director", "organization", "deputy"),
    "MEMBER_OF": ("Membership", "member", "organization", None),
    "WORKS_FOR": ("Employment", "employee", "employer", None),
}


def _actor(node_id: str, data: dict) -> EntityProxy:
    entity = model.make_entity(SCHEMA[data["label"]])
    entity.id = node_id
    entity.add("full" if data["label"] == "Location" else "name", data["name"])
    if data["label"] != "Location":
        entity.add("alias", sorted(data["aliases"]))
    if data["label"] == "Country":
        entity.add("country", registry.country.clean(data["name"]), quiet=True)
    if data["label"] == "Event" and data.get("date"):
        entity.add("date", data["date"])
    return entity


def _fits(schema_name: str, prop: str, end: EntityProxy) -> bool:
    return end.schema.is_a(model.get(schema_name).get(prop).range)


def _link(s: EntityProxy, rel_type: str, o: EntityProxy, evidence: list) -> EntityProxy:
    schema, source, target, role = LINKS.get(rel_type, ("UnknownLink", "subject", "object", rel_type))
    if not (_fits(schema, source, s) and _fits(schema, target, o)):
        schema, source, target, role = "UnknownLink", "subject", "object", rel_type
    if rel_type == "SANCTIONED_BY" and s.schema.is_a(model.get("Sanction").get("entity").range):
        schema, source, target, role = "Sanction", "entity", None, None
    entity = model.make_entity(schema)
    entity.id = f"{s.id}--{rel_type}--{o.id}"
    entity.add(source, s.id)
    if target:
        entity.add(target, o.id)
    else:
        entity.add("authority", o.first("name"))
    if role:
        entity.add("role", role)
    entity.add("status", min((e.certainty for e in evidence), key=("asserted", "alleged", "negated").index))
    entity.add("summary", evidence[0].sentence)
    entity.add("description", "\n".join(sorted({e.sentence for e in evidence})))
    entity.add("date", sorted({e.date for e in evidence if e.date}), quiet=True)
    return entity


def ftm_entities(kg: KnowledgeGraph) -> Iterator[EntityProxy]:
    """Every actor, then every relationship, as FtM entities, in id order."""
    actors = {node: _actor(node, data) for node, data in sorted(kg.g.nodes(data=True))}
    yield from actors.values()
    for s, o, rel_type, data in sorted(kg.g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        evidence = sorted(data["evidence"], key=lambda e: (e.doc_id, e.start))
        yield _link(actors[s], rel_type, actors[o], evidence)


def ftm_text(kg: KnowledgeGraph) -> str:
    """The FtM entities as JSON Lines (one entity a line, as ``ftm`` tools read them)."""
    return "".join(json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for e in ftm_entities(kg))
