"""A deed its doer denies or admits in so many words: "X denied the attack", "X disowned the bombing", "X distanced
itself from the raid" (negated), "X admitted the attack", "X admitted to the bombing" (asserted, its own word); the
`disowned_deeds` block of `seeds/relations.yaml`. The incident is the verb's object (or the object of its
preposition), most often "the attack" told before; the subject is blamed, unless the incident hit it ("the army
denied the attack on its base": a victim's word on what happened, not on who did it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.syntax import actors_of, certainty_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader


@dataclass(frozen=True)
class DisownedCues:
    """The verbs (lemmas) and prepositions of a deed denied or admitted."""

    denying_verbs: frozenset[str]  # "denied the attack", "disowned the bombing"
    admitting_verbs: frozenset[str]  # "admitted the attack"
    preps: frozenset[str]  # "distanced itself from the raid", "admitted to the bombing"
    reflexive_verbs: frozenset[str]  # "distanced itself from": only with a reflexive object
    reflexive_objects: frozenset[str]  # "itself", "themselves"
    harm_verbs: frozenset[str]  # "denied targeting the centre": the incident that hit the centre


@cache
def disowned_cues() -> DisownedCues:
    """The `disowned_deeds` block of the cue data."""
    return word_sets(DisownedCues, "disowned_deeds")


def disowned_verbs() -> frozenset[str]:
    """Every verb (lemma) of denying or admitting a deed."""
    cues = disowned_cues()
    return cues.denying_verbs | cues.admitting_verbs


def disowned_deeds(reader: DocReader, verb: Token) -> None:
    """Blame the subject of a verb of denying (negated) or admitting (asserted) for the incident it takes."""
    cues = disowned_cues()
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in disowned_verbs():
        return
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if lemma in cues.reflexive_verbs and not any(o.lower_ in cues.reflexive_objects for o in objects):
        return  # "the spokesman distanced the group from the attack": the group's word, not the spokesman's
    words = [c for o in objects for c in conjuncts(o)]
    words += [c for o in prep_objects(verb, cues.preps) for c in conjuncts(o)]
    events = reader.events.events_at(words)
    if not events and lemma in cues.denying_verbs:
        events = _harm_denied(reader, verb)  # "X denied targeting the centre": the strike on the centre told before
    doers = [m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)]
    doers = [m for m in doers if m.label != "Location"]
    if not events or not doers:
        return
    said = certainty_of(verb, reader.cues, reader.words, "asserted")
    if lemma in cues.denying_verbs:
        certainty = "negated"  # the verb's own denial ("deny" reads as a negation cue already)
    elif said == "negated":
        return  # "X did not admit the attack": no word either way
    else:
        certainty = "asserted" if said == "asserted" else "alleged"
    for event in events:
        hit = {m.key for m in event.targets}
        reader.emit_all(
            [m for m in doers if m.key not in hit], "BLAMED_FOR", [event], verb, f"blame:{lemma}", 0.7, certainty
        )


def _own_doer(subject: Token, reader: DocReader) -> bool:
    """Whether the subject of a denied act is the denier's own: a pronoun ("it had hit") or a noun of its own ("its
    jets had hit"), not another side ("that rebels had hit")."""
    pronouns = reader.cues.pronouns
    return subject.lower_ in pronouns or any(c.dep_ == "poss" and c.lower_ in pronouns for c in subject.children)


def _harm_denied(reader: DocReader, verb: Token) -> list[Event]:
    """The incident a denied act of harm is (``harm_verbs``): the latest incident told in the denial's sentence or the
    one before whose phrase names, by a noun of the same lemma, the definite thing the act is said to have hit ("An
    airstrike on the clinic killed 12. X denied targeting the clinic", "X denied that its jets had hit the
    hospital"); none for a thing no incident's phrase names ("X denied targeting civilians"), nor for an act another
    side is said to have done ("X denied that rebels had hit the base")."""
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in disowned_cues().harm_verbs]
    acts = [a for a in acts if all(_own_doer(s, reader) for s in a.children if s.dep_ == "nsubj")]  # not "that
    # rebels had hit it"
    things = {
        o.lemma_.lower()
        for a in acts
        for o in a.children
        if o.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in reader.cues.definite for d in o.children)
    }
    if not things:
        return []
    doc, sent = verb.doc, verb.sent
    start = doc[sent.start - 1].sent.start if sent.start else sent.start
    told = [e for e in reader.events.events if start <= e.cue.i < verb.i]
    for event in reversed(told):
        if things & {t.lemma_.lower() for t in event.cue.subtree if t.pos_ in {"NOUN", "PROPN"}}:
            return [event]
    return []
