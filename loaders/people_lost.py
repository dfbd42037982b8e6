"""People a side or a family lost to an attack: "Amal lost members in Israeli strikes", "Hezbollah lost most of its
top command to Israeli strikes", "the army lost 20 soldiers in a JNIM ambush", "she lost her brother X to an ETA
gunman". Whoever the incident's own phrase (or the killer's noun) names as its author ATTACKED the named people lost,
and the side itself when they were its own people ("members", "soldiers", "its command"). Nothing is read when no
author is named ("lost two nieces in the strike") or what was lost is no one ("lost ground to JNIM", "lost the vote to
Y").

The cue words are the ``people_lost`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.syntax import actors_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class LostCues:
    """The cue words of the ``people_lost`` block."""

    verbs: frozenset[str]  # "lost", "loses"
    preps: frozenset[str]  # lost "in" a strike, "to" a gunman
    killer_nouns: frozenset[str]  # "an ETA gunman": the killer's noun names the side that killed
    own_people: frozenset[str]  # "members", "soldiers", "its command": the side's own people (with the victim nouns)


@cache
def lost_cues() -> LostCues:
    """The ``people_lost`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["people_lost"]  # a missing key is a SeedKeyError
    return LostCues(
        frozenset(block["verbs"]),
        frozenset(block["preps"]),
        frozenset(block["killer_nouns"]),
        frozenset(block["own_people"]) | load_cues().victim_nouns,
    )


def lost_heads(verb: Token) -> list[Token]:
    """The nouns of what a verb of losing says was lost, each conjunct, with the noun a count's "of" names ("most of
    its top command", "dozens of fighters").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hezbollah lost most of its top command to Israeli strikes.")
    >>> [t.text for t in lost_heads(doc[1])]
    ['most', 'command']
    """
    lost = [h for c in verb.children if c.dep_ == "dobj" for h in conjuncts(c)]
    return lost + [p for h in lost for p in prep_objects(h, {"of"})]


def people_lost(reader: DocReader, verb: Token) -> None:
    """ATTACKED from the author of the attack a side or a person lost people in or to, to the people lost."""
    cues = lost_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.verbs:
        return
    causes = prep_objects(verb, cues.preps)
    authors = [m for p in causes if reader.events.is_event_noun(p) for m in reader.attackers(p)]
    killers = [p for p in causes if p.lemma_.lower() in cues.killer_nouns or p.lower_ in cues.killer_nouns]
    authors += [m for p in killers for m in actors_of(p, reader.index, with_preps=False) if m.label != "Location"]
    if not authors:
        return
    lost = lost_heads(verb)
    named = [t for h in lost for t in (h, *(c for c in h.children if c.dep_ == "appos"))]
    victims = [m for t in named if (m := reader.index.at(t)) is not None and m.label == "Person"]
    if any(h.lemma_.lower() in cues.own_people or h.lower_ in cues.own_people for h in lost):
        victims += [m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)]
    authors_keys = {a.key for a in authors}
    victims = [m for m in victims if m.label != "Location" and m.key not in authors_keys]
    reader.emit_all(authors, "ATTACKED", victims, verb, "people-lost", 0.65)
