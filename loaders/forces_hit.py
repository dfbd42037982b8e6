"""An incident that hit a state's forces named by no owner: "gunmen attacked an army position near X", "an assault on
an army post in X", "23 soldiers were killed in an ambush near X". In an article about one state (the country it
names first and again, :func:`loaders.home_state.article_state`) the army is that state's, and the incident TARGETED
the state; forces named with their owner ("Kenyan troops", "a US base") are read as that owner by the event's own
phrase.

The cue words are the ``unowned_forces`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.home_state import article_state
from loaders.incident_clauses import clause_cues
from loaders.named_heads import is_state_army
from loaders.syntax import conjuncts, subjects_of
from loaders.toll_clauses import toll_clauses

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader


@cache
def force_words() -> frozenset[str]:
    """The words (lemmas or forms) of a state's armed forces named without their owner.

    >>> "soldier" in force_words(), "police" in force_words()
    (True, False)
    """
    return frozenset(load_seed_yaml("relations.yaml")["unowned_forces"]["nouns"])


def _target_preps() -> frozenset[str]:
    """The prepositions of what an incident hit: its ``event_preps`` of a target ("on", "against"), and "of" ("the
    killing of five soldiers")."""
    return frozenset(p for p, role in load_cues().event_preps.items() if role == "target") | {"of"}


def _act(cue: Token) -> Token | None:
    """The verb an incident noun is the subject of ("the attack killed 20 soldiers") or told in ("soldiers were
    killed in an ambush"), or the incident's own verb."""
    if cue.pos_ == "VERB":
        return cue
    verb = cue.head if cue.dep_ == "nsubj" else None
    if cue.dep_ == "pobj" and cue.head.dep_ == "prep" and cue.head.lower_ in clause_cues().during_preps:
        verb = cue.head.head  # not the strikes of "X carried out strikes after an attack on an army post"
    return verb if verb is not None and verb.pos_ == "VERB" else None


def _hit_words(cue: Token) -> list[Token]:
    """The words of what an incident's words say it hit, without where it stood: the objects of its target
    prepositions ("an assault on an army post in X"), of its verb ("attacked an army position"), the people killed in
    it ("soldiers were killed in an ambush") or by it ("the attack killed 20 soldiers")."""
    preps = _target_preps()
    heads = [p for c in cue.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children]
    verb = _act(cue)
    if verb is not None:
        heads += [c for c in verb.children if c.dep_ in ({"dobj"} if cue.dep_ == "nsubj" else {"dobj", "nsubjpass"})]
    return [t for h in heads for t in without_preps(h)]


def _toll_words(cue: Token) -> list[Token]:
    """The words of the dead a clause of an incident's verb counts: "eight soldiers" of "attacked X in July, when
    eight soldiers were killed"."""
    tolls = toll_clauses(cue, clause_cues().when_words) if cue.pos_ == "VERB" else []
    return [t for v in tolls for c in v.children if c.dep_ == "nsubjpass" for t in without_preps(c)]


def _unowned_forces(reader: DocReader, words: list[Token]) -> bool:
    """Whether these words name forces and no one named owns them ("an army post", not "a Kenyan army post")."""
    forces = force_words()
    named = any(reader.index.at(t) for t in words)
    return not named and any({t.lemma_.lower(), t.lower_} & forces for t in words)


def without_preps(head: Token) -> list[Token]:
    """A phrase's words up to its prepositions ("an army post" of "an army post in X")."""
    words = [head]
    for child in head.children:
        if child.dep_ not in {"prep", "relcl", "acl", "appos", "punct", "cc", "conj"}:
            words += without_preps(child)
    return words


def forces_hit(reader: DocReader, event: Event) -> None:
    """TARGETED the article's state from an incident whose hit phrase names forces no word of it owns ("an army
    post", not "a Pakistani army post" nor "Arakan Army positions"), when the incident hit no state or group named
    (a state army it hit is the one "army" alone stands for: "an attack on army posts" hit the army and its state)."""
    if any(m.label == "Country" or (m.label == "Organization" and not is_state_army(m)) for m in event.targets):
        return
    if not any(_unowned_forces(reader, words) for words in [_hit_words(event.cue), _toll_words(event.cue)]):
        return  # no forces, or forces someone named owns
    state = article_state(reader)
    verb = _act(event.cue)
    doers = [reader.index.at(h) for t in subjects_of(verb) for h in conjuncts(t)] if verb is not None else []
    if state is None or state.key in {m.key for m in [*event.authors, *doers] if m is not None}:
        return  # "Kenya sent troops across the border in an operation": its own troops
    reader.emit(event, "TARGETED", state, event.cue, "event-state-forces", 0.6, "asserted")
