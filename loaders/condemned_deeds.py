"""Condemning a deed is opposing its doer: "Museveni condemned the massacre", where the page lays the massacre on the
ADF, sets Museveni against the ADF (the ontology's hostility: condemning is OPPOSES).

A pass over the whole document, once every incident has its authors (BLAMED_FOR, asserted only).
The verbs are ``condemned_deeds`` of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from graph.seeds import load_seed_yaml
from loaders.hostility import SIDES
from loaders.scorer import end_key
from loaders.syntax import actors_of, agents_of, conjuncts, is_passive, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


@cache
def condemning_verbs() -> frozenset[str]:
    """The verbs (lemmas) of condemning a deed, loaded once per process."""
    return frozenset(load_seed_yaml("relations.yaml")["condemned_deeds"]["verbs"])  # else a SeedKeyError


def condemned_authors(reader: DocReader) -> None:
    """Whoever condemns an incident opposes those the document states carried it out (not one only suspected or
    accused: "Moscow blamed Kyiv" does not set a third state that condemns the attack against Kyiv)."""
    authors: dict[str, set[str]] = {}
    for r in reader.facts.relations:
        if r.type == "BLAMED_FOR" and r.certainty == "asserted":
            authors.setdefault(r.object, set()).add(r.subject)
    if not authors:
        return
    named = {m.key: m for m in reversed(reader.index.mentions)}  # each actor's first mention
    for verb in reader.words.with_lemma(condemning_verbs(), reader.doc[:]):
        if verb.pos_ != "VERB":
            continue
        passive = is_passive(verb)
        deeds = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        holders = agents_of(verb) if passive else subjects_of(verb)
        condemners = [m for t in holders for m in actors_of(t, reader.index, with_preps=False) if m.label in SIDES]
        condemners += [m for t in holders for m in actors_of(t, reader.index, False) if m.label == "Person"]
        for deed in (d for t in deeds for d in conjuncts(t)):
            if actors_of(deed, reader.index, with_preps=False):
                continue  # "condemned the US and British strikes": the phrase names whose, the verb rules read it
            event = reader.events.event_at(deed)
            doers = authors.get(end_key(event), set()) if event is not None else set()
            foes = [named[k] for k in sorted(doers) if k in named]
            foes = [f for f in foes if all(f.key != c.key for c in condemners)]
            reader.emit_all(condemners, "OPPOSES", foes, verb, f"condemned-deed:{verb.lemma_.lower()}", 0.6)
