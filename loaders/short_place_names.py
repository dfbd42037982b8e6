"""A place's name written short: "Borno" beside "Borno State", "Gaza" beside "the Gaza Strip", "Gezira" beside
"Gezira state".

The statistical NER reads a place's name with its noun ("Borno State", "the Tokar River") as a place's, and the same
name alone, elsewhere on the page, often as a person's or a body's ("Borno said", "forces entered Gezira"). A name the
page also writes as a place's with one of the nouns that end a place's name after it (``short_place_endings`` and the
towns and divisions of ``place_kinds`` in ``seeds/relations.yaml``; in a place's name also ``place_name_endings``:
"Garamba" beside "Garamba National Park", "Mach" beside "Mach railway station"), or, however the NER read it,
before such a noun in lower case that heads the phrase ("fled Gezira state"), is a place's wherever the NER read it
as a person's or a body's; not a lone word that is the last name of a person the page names in full ("Oyo" of
"Adewale Oyo" beside "Oyo State"). Only the label changes: the town and the division around it may be two places
("Kherson" and "Kherson region"), so the name stays apart from the longer one.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Troops reached Tessaro State on Monday. Tessaro has been quiet since.")
>>> ms = [Mention(2, 4, 15, 28, "Tessaro State", "Location", "Tessaro State"),
...       Mention(8, 9, 40, 47, "Tessaro", "Person", "Tessaro")]
>>> [(m.label, m.name) for m in places_written_short(doc, ms)]
[('Location', 'Tessaro State'), ('Location', 'Tessaro')]
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from graph.resolve import folded, last_name
from graph.seeds import load_seed_yaml
from loaders.doc_tree import span_root
from loaders.mentions import Mention

MISREAD = frozenset({"Person", "Organization"})


@cache
def short_place_endings() -> frozenset[str]:
    """The nouns that end a place's name the page may leave off (``short_place_endings`` and the towns and divisions
    of ``place_kinds``).

    >>> {"state", "strip", "city", "province"} <= short_place_endings()
    True
    """
    data = load_seed_yaml("relations.yaml")
    kinds = data["place_kinds"]
    lists = ("towns", "divisions", "local_divisions", "person_divisions")
    return frozenset(data["short_place_endings"]).union(*(kinds[key] for key in lists))


@cache
def place_name_endings() -> frozenset[str]:
    """The nouns, of one or two words, that end a place's name in any case (``short_place_endings``, the towns and
    divisions of ``place_kinds`` and ``place_name_endings``).

    >>> {"mountains", "national park", "station"} <= place_name_endings()
    True
    """
    return short_place_endings() | frozenset(load_seed_yaml("relations.yaml")["place_name_endings"])


def place_stem(name: str) -> str | None:
    """The words of a place's name before the noun that ends it and any lowercase words before that noun: the name
    the page may write alone; None when no such noun ends it.

    >>> place_stem("Garamba National Park"), place_stem("Mach railway station"), place_stem("Basilan island")
    ('Garamba', 'Mach', 'Basilan')
    >>> place_stem("Tessaro Police") is None
    True
    """
    words = name.split()
    lower = [w.lower() for w in words]
    for n in (2, 1):
        if len(words) > n and " ".join(lower[-n:]) in place_name_endings():
            stem = words[:-n]
            while len(stem) > 1 and stem[-1].islower():
                stem = stem[:-1]
            return None if stem[-1].islower() else " ".join(stem)
    return None


@cache
def joined_place_endings() -> frozenset[str]:
    """The nouns after which a place's name and the name alone are one place (``joined_place_endings``).

    >>> {"mountains", "camp", "shopping mall"} <= joined_place_endings(), "region" in joined_place_endings()
    (True, False)
    """
    return frozenset(load_seed_yaml("relations.yaml")["joined_place_endings"])


def joined_stem(name: str) -> str | None:
    """The capitalised words before a noun of :func:`joined_place_endings` that ends a place's name, with no lowercase
    word between; None otherwise.

    >>> joined_stem("Qandil mountains"), joined_stem("Westgate shopping mall"), joined_stem("Jenin refugee camp")
    ('Qandil', 'Westgate', None)
    """
    words = name.split()
    lower = [w.lower() for w in words]
    for n in (2, 1):
        if len(words) > n and " ".join(lower[-n:]) in joined_place_endings() and not words[-n - 1].islower():
            return " ".join(words[:-n])
    return None


def joined_places(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each place's name the page also writes with a noun of :func:`joined_place_endings` named as it
    is first so written: "Qandil" beside "Qandil mountains", "Westgate mall" beside "Westgate shopping mall".

    >>> ms = [Mention(0, 2, 0, 16, "Qandil mountains", "Location", "Qandil mountains"),
    ...       Mention(5, 6, 30, 36, "Qandil", "Location", "Qandil")]
    >>> [m.name for m in joined_places(ms)]
    ['Qandil mountains', 'Qandil mountains']
    """
    full: dict[str, str] = {}
    for m in mentions:
        if m.label == "Location" and not m.actor_id and (stem := joined_stem(m.name)) is not None:
            full.setdefault(_key(stem), m.name)
    return [
        replace(m, name=full[key])
        if m.label == "Location" and not m.actor_id and (key := _key(joined_stem(m.name) or m.name)) in full
        else m
        for m in mentions
    ]


def _key(name: str) -> str:
    return " ".join(folded(name))


def short_names(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The keys of the names the page writes as a place's with a noun that ends a place's name after them: in the
    name ("Borno State", "the Gaza Strip", "Garamba National Park", :func:`place_stem`) or right after it in lower
    case ("Gezira state")."""
    endings = short_place_endings()
    out = set()
    for m in mentions:
        if m.label == "Location" and (stem := place_stem(m.name) or joined_stem(m.name)) is not None:
            out.add(_key(stem))
        elif m.label != "Country" and _headed_by_place_noun(doc, m, endings):
            out.add(_key(m.name))
    return out


def _headed_by_place_noun(doc: Doc, m: Mention, endings: frozenset[str]) -> bool:
    """Whether a lowercase noun that ends a place's name follows the name and heads it, whatever the NER read the name
    as: "fled Gezira state", "the Tessaro region" (not "Tessaro state media": the noun qualifies another)."""
    noun = doc[m.end] if m.end < len(doc) else None
    return (
        noun is not None
        and noun.is_lower
        and noun.lower_ in endings
        and noun.dep_ != "compound"
        and span_root(doc, m.start, m.end).head.i == noun.i
    )


def places_written_short(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each unknown name read as a person's or a body's that the page also writes as a place's with its
    noun (see the module) made a place's."""
    short = short_names(doc, mentions) - {
        _key(last_name(m.name)) for m in mentions if m.label == "Person" and " " in m.name
    }
    return [
        replace(m, label="Location", kind=None)
        if m.label in MISREAD and not m.actor_id and not m.refers_back and _key(m.name) in short
        else m
        for m in mentions
    ]
