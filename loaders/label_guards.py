"""What the learned label check (:mod:`loaders.name_labels`) may not override: what a name says of itself, what an
actor does, and who sent a letter.

The check weighs a name's words with its context, and a strong context can outvote what the name or its sentence
says outright:

- A name that says it is a body is a body whatever the check reads (never a place, a person or no actor): a company's
  legal form or noun ends it ("Noor Trading L.L.C", "Kenya Master Technology"), a body's head noun ends it ("the Latin
  America Programme", "the Eastern Bloc", "the State Department"), its words are only an organisation's ("Jund
  al-Aqsa", "Kivu Holdings"), or a noun of bodies stands right after it or over it ("the Warsame clan", "the clans of
  X", "Baza news outlet"): the words of ``whole_names`` and ``organisation_names`` in ``seeds/relations.yaml``.
- A name that does what only actors do, the subject of one of the seeds' verbs of a link ("X led the raid", "X planned
  and led attacks"), or that names an incident's place ("the Tolon break-out"), is never dropped as no actor, however
  rare its words.
- A name after "from" that hangs on a noun of a thing sent ("a letter from X": ``label_guards.sender_nouns``) is its
  sender, never made a place.
- A name whose words open a longer name of the page ("Sutton" beside "Sutton Ridge") is that name's short form: what
  it is follows the longer name, not the check (:func:`short_forms`).

>>> import spacy
>>> from loaders.mentions import Mention
>>> doc = spacy.blank("en")("Elders of the Tarsa clan met Kenya Master Technology and Omar Dualeh")
>>> forbids(doc, Mention(3, 4, 14, 19, "Tarsa", "Organization", "Tarsa"), "none")
True
>>> mention = Mention(6, 9, 29, 52, "Kenya Master Technology", "Organization", "Kenya Master Technology")
>>> forbids(doc, mention, "Location"), forbids(doc, mention, "Organization")
(True, False)
>>> forbids(doc, Mention(10, 12, 57, 68, "Omar Dualeh", "Person", "Omar Dualeh"), "Location")
False
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.doc_tree import span_root
from loaders.franchise_names import names_a_branch
from loaders.incident_place_names import names_incident
from loaders.mentions import Mention, guess_kind
from loaders.organisation_names import (
    described_as_organisation,
    describes_a_body,
    ends_as_unit,
    ends_in_body_head,
    headed_by_office,
    names_an_organisation,
    opens_as_body,
)
from loaders.whole_names import company_noun, ends_in_legal_form

NONE = "none"  # the check's reading "no actor at all" ("Colonel", "Sunday", a common noun kept as a name)


@cache
def _sender_nouns() -> frozenset[str]:
    return frozenset(load_seed_yaml("relations.yaml")["label_guards"]["sender_nouns"])


def forbids(doc: Doc, m: Mention, reading: str) -> bool:
    """Whether what a mention's name or its place in the sentence says forbids the check's ``reading`` of it: any
    reading but a body for a name that says it is one (:func:`says_body`), no actor for one that acts
    (:func:`acts`) or names an incident's place, a place for a sender (:func:`sent_from`)."""
    if reading != "Organization" and says_body(doc, m):
        return True
    if reading == NONE:
        return acts(doc, m) or (m.end - m.start == 1 and names_incident(doc[m.start], load_cues().event_nouns))
    return reading == "Location" and sent_from(doc, m)


def name_says_body(name: str) -> bool:
    """Whether a name's own words make it a body's: a legal form or a company's noun ends it, a body's head or a
    unit's or an office's heads it, it opens with another language's word for a body, or its words are an
    organisation's, or it is a franchise's branch named "in" its region ("al-Qaeda in the Arabian Peninsula").

    >>> [name_says_body(n) for n in ("Hengda Marine Trading Co., Ltd.", "Sahel Wire", "Jaysh al-Adl", "Kenya")]
    [True, True, True, False]
    """
    words = name.split()
    return bool(words) and (
        ends_in_legal_form(name)
        or (len(words) > 1 and company_noun(words[-1]))
        or ends_in_body_head(name)
        or ends_as_unit(name)
        or headed_by_office(name)
        or opens_as_body(name)
        or names_an_organisation(name, guess_kind(name))
        or names_a_branch(name)
    )


def says_body(doc: Doc, m: Mention) -> bool:
    """Whether a mention's name says it is a body (:func:`name_says_body`), or a noun of bodies stands right after it
    ("the Warsame clan") or the parse sets it before or beside one ("the clans of X", "X, a news outlet")."""
    if name_says_body(m.name):
        return True
    if m.end < len(doc) and describes_a_body(doc[m.end]):
        return True
    return described_as_organisation(span_root(doc, m.start, m.end))


def acts(doc: Doc, m: Mention) -> bool:
    """Whether a mention is the subject of a verb of a link (the seeds' ``verbs``), or of a verb joined by "and" to
    one ("X planned and led attacks").

    >>> from spacy.vocab import Vocab
    >>> words, deps = ["Kaabi", "planned", "and", "led", "attacks"], ["nsubj", "ROOT", "cc", "conj", "dobj"]
    >>> lemmas = ["Kaabi", "plan", "and", "lead", "attack"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3], deps=deps, lemmas=lemmas)
    >>> acts(doc, Mention(0, 1, 0, 5, "Kaabi", "Organization", "Kaabi"))
    True
    """
    root = span_root(doc, m.start, m.end)
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    links = load_cues().verbs
    return any(v.lemma_.lower() in links for v in (verb, *verb.conjuncts))


def sent_from(doc: Doc, m: Mention) -> bool:
    """Whether a mention hangs from "from" on a noun of a thing sent (``sender_nouns``): "a letter from X".

    >>> from spacy.vocab import Vocab
    >>> words, deps = ["a", "letter", "from", "Kalamba"], ["det", "ROOT", "prep", "pobj"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2], deps=deps, lemmas=["a", "letter", "from", "Kalamba"])
    >>> sent_from(doc, Mention(3, 4, 16, 23, "Kalamba", "Organization", "Kalamba"))
    True
    """
    root = span_root(doc, m.start, m.end)
    prep = root.head
    return root.dep_ == "pobj" and prep.text.lower() == "from" and prep.head.lemma_.lower() in _sender_nouns()


def short_forms(mentions: list[Mention]) -> set[str]:
    """The names of a page whose words open a longer name of it: short forms ("Sutton" of "Sutton Ridge"), whose
    reading follows the longer name's.

    >>> ridge = Mention(0, 2, 0, 12, "Sutton Ridge", "Location", "Sutton Ridge")
    >>> sorted(short_forms([ridge, Mention(5, 6, 30, 36, "Sutton", "Organization", "Sutton")]))
    ['Sutton']
    """
    names = {m.name for m in mentions}
    return {name for name in names if any(other.startswith(name + " ") for other in names)}
