"""From a name as a user types it to a node of the graph.

>>> from graph.kg import KnowledgeGraph
>>> kg = KnowledgeGraph()
>>> kg.add_actor("abu-mahdi-al-muhandis", "Person", "Abu Mahdi al-Muhandis", aliases=["Muhandis"])
>>> resolve_actor(kg, "muhandis")
'abu-mahdi-al-muhandis'
>>> resolve_actor(kg, "Muhandes")
Traceback (most recent call last):
...
graph.errors.UnknownActorError: no actor called 'Muhandes'; did you mean: Muhandis (Abu Mahdi al-Muhandis)?
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from graph.errors import UnknownActorError
from graph.gazetteer import load_gazetteer
from graph.kg import KnowledgeGraph
from graph.slug import name_key, slugify


def name_index(kg: KnowledgeGraph) -> dict[str, str]:
    """Every compared name form (names, aliases, ids) mapped to its node id; names win over aliases."""
    index: dict[str, str] = {}
    for node, data in kg.g.nodes(data=True):
        for form in data["aliases"]:
            index.setdefault(name_key(form), node)
    for node, data in kg.g.nodes(data=True):
        index[name_key(data["name"])] = node
        index[name_key(node.replace("-", " "))] = node
    return index


def resolve_actor(kg: KnowledgeGraph, name: str) -> str:
    """The node id for a name, id or alias; unknown names raise with the nearest names suggested."""
    if name in kg.g:
        return name
    index = name_index(kg)
    key = name_key(name)
    if key in index:
        return index[key]
    if slugify(name) in kg.g:
        return slugify(name)
    known = load_gazetteer().lookup(name)  # an alias the documents did not use ("KH")
    if known is not None and known.id in kg.g:
        return known.id
    near = process.extract(key, index.keys(), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    forms = {}
    for form, _, _ in near:
        node = index[form]
        label = next((a for a in sorted(kg.g.nodes[node]["aliases"]) if name_key(a) == form), kg.g.nodes[node]["name"])
        shown = label if label == kg.g.nodes[node]["name"] else f"{label} ({kg.g.nodes[node]['name']})"
        forms.setdefault(node, shown)
    hint = f"; did you mean: {', '.join(forms.values())}?" if forms else ""
    raise UnknownActorError(f"no actor called {name!r}{hint}")
