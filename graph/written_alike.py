"""One actor a document writes two ways is one node: the same name with and without a leading article ("al-Kaniyat",
"Kaniyat") or as a plural ("Naxal", "Naxals"), and a name read once as a group's and once as a place's ("the
Houthi" and "Houthi" read as a place) is the group's.

>>> from loaders.facts import ActorFact
>>> facts = {"Organization:al-Kaniyat": ActorFact("Organization:al-Kaniyat", "Organization", "al-Kaniyat"),
...          "Organization:Kaniyat": ActorFact("Organization:Kaniyat", "Organization", "Kaniyat"),
...          "Location:Houthi": ActorFact("Location:Houthi", "Location", "Houthi"),
...          "Organization:Houthi": ActorFact("Organization:Houthi", "Organization", "Houthi"),
...          "Location:Hama": ActorFact("Location:Hama", "Location", "Hama"),
...          "Organization:Hamas": ActorFact("Organization:Hamas", "Organization", "Hamas")}
>>> written_alike(facts)
{'Organization:Kaniyat': 'Organization:al-Kaniyat', 'Location:Houthi': 'Organization:Houthi'}
"""

from __future__ import annotations

from functools import cache

from graph.seeds import load_seed_yaml
from graph.slug import name_key
from loaders.facts import ActorFact

BOUND_LABELS = ("Organization", "Location")  # a person's name and a plural or an article are no one name
MIN_PLURAL_WORD = 4  # "Naxals" is the plural of "Naxal"; "Abbas" and "Abba" are two names


@cache
def name_articles() -> frozenset[str]:
    """Articles a name may open with or go without (``same_actor``'s ``name_articles``: "al", "el")."""
    return frozenset(load_seed_yaml("relations.yaml")["same_actor"]["name_articles"])


@cache
def town_named_kinds() -> frozenset[str]:
    """Kinds of organisation named after their town, whose name read as a place's is the place's
    (``same_actor``'s ``town_named_kinds``: "media")."""
    return frozenset(load_seed_yaml("relations.yaml")["same_actor"]["town_named_kinds"])


def written_form(name: str, plural: bool = True) -> str:
    """What the ways of writing one name agree on: its :func:`~graph.slug.name_key` run together without a leading
    article, its last word without the "s" of a plural unless ``plural`` is false.

    >>> written_form("al-Shabaab") == written_form("Al Shabaab") == written_form("Shabaab")
    True
    >>> written_form("Houthis") == written_form("Houthi"), written_form("Congolese") == written_form("Congo")
    (True, False)
    """
    words = name_key(name).split()
    if len(words) > 1 and words[0] in name_articles():
        words = words[1:]
    last = words[-1] if words else ""
    if plural and len(last) > MIN_PLURAL_WORD and last.endswith("s") and not last.endswith("ss"):
        words[-1] = last[:-1]
    return "".join(words)


def written_alike(actors: dict[str, ActorFact]) -> dict[str, str]:
    """Each group's or place's key that the document writes as another of its actors, mapped to that actor's: within
    one label, the first written; across the two, the group's (not an outlet's). Known actors (an id from the
    gazetteer) are bound to nothing, though others may be bound to them."""
    first: dict[tuple[str, str], str] = {}
    groups: dict[str, str] = {}  # a group's name as written, its plural kept -> its key
    for key, fact in actors.items():
        if fact.label in BOUND_LABELS:
            first.setdefault((fact.label, written_form(fact.name)), key)
        if fact.label == "Organization" and fact.kind not in town_named_kinds():
            groups.setdefault(written_form(fact.name, plural=False), key)
    bound: dict[str, str] = {}
    for key, fact in actors.items():
        if fact.label not in BOUND_LABELS or fact.actor_id:
            continue
        target = first[fact.label, written_form(fact.name)]
        if fact.label == "Location":
            target = groups.get(written_form(fact.name, plural=False), target)
        if target != key:
            bound[key] = target
    return bound
