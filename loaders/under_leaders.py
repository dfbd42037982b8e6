"""A body told to act or stand "under" a person is led by him: "Asaib Ahl al-Haq under Qais Khazali", "Under Musa
Baluku, the rebels pledged allegiance to Islamic State", "The TTP was formed in 2007 under Baitullah Mehsud", "Under
Momade's leadership the group disarmed", "the movement, under the command of X". The body is the name the phrase
hangs on, else the subject of its verb.

A head of state's name ("under President X", or a person the page has lead a state already) leads only a state so:
"the VDP were created under President Kabore" and "Under Traore, the VDP grew" are not led by them. Bodies that
merge or unite under someone ("A, B and C merged under X") form a new one; the parts are not his. A reference ("the
group") is read so only for one who leads no organisation yet: "Under his leadership the group grew" of a head the
page has lead his group already may read the reference to another.

The cue words are the ``under_leaders`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.known_offices import heads_a_state
from loaders.mentions import Mention
from loaders.page_leads import leads_of
from loaders.syntax import actors_of, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader

LED = frozenset({"Organization", "Country"})
TITLE_WORDS = 3  # "under the late President X"


@dataclass(frozen=True)
class UnderCues:
    """The ``under_leaders`` block: the prepositions, the nouns of a person's lead ("under X's leadership"), and the
    verbs of bodies merging under someone."""

    preps: frozenset[str]
    lead_nouns: frozenset[str]
    merging_verbs: frozenset[str]


@cache
def under_cues() -> UnderCues:
    """The ``under_leaders`` block of ``seeds/relations.yaml``, loaded once per process.

    >>> cues = under_cues()
    >>> "under" in cues.preps, "leadership" in cues.lead_nouns, "merge" in cues.merging_verbs
    (True, True, True)
    """
    data = load_seed_yaml("relations.yaml")["under_leaders"]
    return UnderCues(frozenset(data["preps"]), frozenset(data["lead_nouns"]), frozenset(data["merging_verbs"]))


def leaders_under(reader: DocReader, prep: Token) -> list[Mention]:
    """The people a preposition puts something under: the person named right after it ("under X"), or the owner of
    a noun of lead after it ("under X's leadership", "under the command of X")."""
    people = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.lemma_.lower() in under_cues().lead_nouns:
            owners = [c for c in obj.children if c.dep_ == "poss"] + prep_objects(obj, {"of"})
            people += [m for t in owners for m in actors_of(t, reader.index, with_preps=False)]
        elif (named := reader.index.at(obj)) is not None:
            people.append(named)
    return [m for m in people if m.label == "Person" and not m.refers_back]


def bodies_led(reader: DocReader, prep: Token) -> list[tuple[Mention, bool]]:
    """The bodies the phrase puts under someone, each with whether a reference names it ("the group"): the name it
    hangs on ("Asaib Ahl al-Haq under X"), or the subject of the verb it hangs on ("Under X, the group carried out
    ...", "The TTP was formed under X"); none for bodies merging ("A and B merged under X")."""
    head = prep.head.head if prep.head.pos_ == "PUNCT" else prep.head
    if head.pos_ in {"VERB", "AUX"}:
        if head.lemma_.lower() in under_cues().merging_verbs:
            return []
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if head.dep_ == "relcl" and all(s.lower_ in reader.cues.thing_relative_pronouns for s in subjects):
            subjects = [head.head]  # "the group, which was formed under X"
    elif (named := reader.index.at(head)) is not None and not named.refers_back:
        subjects = [head]  # a name, not "the faction": a body the parse hung the phrase on may be any
    else:
        subjects = []
    found = [(m, _refers(reader, t)) for t in subjects for m in actors_of(t, reader.index, with_preps=False)]
    return [(m, refers) for m, refers in found if m.label in LED]


def _refers(reader: DocReader, token: Token) -> bool:
    """Whether a phrase's head is no name of its own ("the group", "it", "which")."""
    named = reader.index.at(token)
    return named is None or named.refers_back


def under_leaders(reader: DocReader, prep: Token) -> None:
    """ "Asaib Ahl al-Haq under Qais Khazali", "Under X, the group ...": the person leads the body (see the module's
    docstring)."""
    if prep.dep_ != "prep" or prep.lower_ not in under_cues().preps:
        return
    people = leaders_under(reader, prep)
    if not people:
        return
    bodies = bodies_led(reader, prep)
    for person in people:
        state_head = _heads_a_state(reader, person)
        heads_group = _heads_a_group(reader, person)
        led = [
            m
            for m, refers in bodies
            if m.key != person.key and (m.label == "Country" or not state_head) and not (refers and heads_group)
        ]
        reader.emit_all([person], "LEADS", led, prep, "under-leader", 0.7)


def _heads_a_group(reader: DocReader, person: Mention) -> bool:
    """Whether the page has had the person (or one of his surname) lead an organisation already."""
    return bool(leads_of(reader, person, {"Organization"}))


def _heads_a_state(reader: DocReader, person: Mention) -> bool:
    """Whether a state head's title stands before the person's name ("President X") or the page has had him lead a
    state already."""
    words = [t.lower_ for t in reader.doc[max(person.start - TITLE_WORDS, 0) : person.start]]
    if heads_a_state(reader.cues.state_head_titles, words):
        return True
    return bool(leads_of(reader, person, {"Country"}))
