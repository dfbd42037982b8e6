"""A body placed under another: "the Assam Rifles, under the Home Ministry's administrative control", "the brigade is
nominally under the Ministry of Defence", "factions grouped under the banner of the Islamic Resistance in Iraq".

Under a body's control or command, a body is AFFILIATED_WITH it; under a coalition's banner or umbrella, a MEMBER_OF it.
Both ends must be named: the one placed under is an organisation, the one above an organisation or a state. The cue
words are the ``subordination`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader

ABOVE = frozenset({"Organization", "Country"})


@dataclass(frozen=True)
class SubordinationCues:
    """The ``subordination`` block: the prepositions, the type a body named right after one gives, and the type each
    noun of control gives ("under the control of X", "under X's command", "under the banner of X")."""

    preps: frozenset[str]
    named_type: str
    nouns: dict[str, str]
    owner_preps: frozenset[str]
    name_nouns: frozenset[str]  # "under the name FARC-EP": a name, not a body above
    verbs: frozenset[str]  # "X operates under Y": the verbs whose subject the phrase places


@cache
def subordination_cues() -> SubordinationCues:
    """The ``subordination`` block of ``seeds/relations.yaml``, loaded once per process.

    >>> cues = subordination_cues()
    >>> cues.nouns["command"], cues.nouns["banner"]
    ('AFFILIATED_WITH', 'MEMBER_OF')
    """
    data = load_seed_yaml("relations.yaml")["subordination"]
    return SubordinationCues(
        frozenset(data["preps"]),
        data["named_type"],
        dict(data["nouns"]),
        frozenset(data["owner_preps"]),
        frozenset(data["name_nouns"]),
        frozenset(data["verbs"]),
    )


def _above(reader: DocReader, prep: Token) -> list[tuple[Mention, str, str]]:
    """The bodies the preposition puts something under, each with the type and the word that says so: the body
    named right after it, or the owner of a noun of control after it."""
    cues = subordination_cues()
    found = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        lemma = obj.lemma_.lower()
        if any(w.lemma_.lower() in cues.name_nouns for w in obj.subtree if w.i <= obj.i):
            continue  # "under the name FARC-EP"
        if (named := reader.index.at(obj)) is not None:
            found += [(named, cues.named_type, "named")]
        elif lemma in cues.nouns:
            owners = [c for c in obj.children if c.dep_ == "poss"] + prep_objects(obj, cues.owner_preps)
            found += [(m, cues.nouns[lemma], lemma) for t in owners for m in actors_of(t, reader.index, False)]
    return [(m, rel_type, word) for m, rel_type, word in found if m.label in ABOVE]


def _placed(reader: DocReader, prep: Token) -> list[Mention]:
    """The bodies the phrase puts under another: the name it hangs on ("the Assam Rifles, under ..."), or the
    subject of the verb it hangs on ("X is nominally under ...", "X, which operates under ...")."""
    set_off = prep.head.pos_ == "PUNCT"  # "A, under B's control, guard ...": said of the subject, whatever the verb
    head = prep.head.head if set_off else prep.head
    if head.pos_ in {"VERB", "AUX"}:
        if not set_off and head.lemma_.lower() not in subordination_cues().verbs:
            return []  # "the Treasury designated X under ...": no place of the subject's
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if head.dep_ == "relcl" and all(s.lower_ in reader.cues.thing_relative_pronouns for s in subjects):
            subjects = [head.head]  # "the Popular Mobilization Forces, which are under the command of X"
    else:
        subjects = [head]
    return [m for t in subjects for m in actors_of(t, reader.index, False) if m.label == "Organization"]


def read_subordination(reader: DocReader, prep: Token) -> None:
    """ "A, under the control of B": A AFFILIATED_WITH B (or MEMBER_OF B, under B's banner)."""
    if prep.dep_ != "prep" or prep.lower_ not in subordination_cues().preps:
        return
    placed = _placed(reader, prep)
    for above, rel_type, word in _above(reader, prep):
        below = [m for m in placed if m.key != above.key]
        reader.emit_all(below, rel_type, [above], prep, f"subordination:{word}", 0.7)
