""" "Its" in a sentence that names no fitting subject before it belongs to the nearest fitting name before it
there: in "... meant to absorb the fighters of the Wagner Group after the death of its founder, X" the founder is
the Wagner Group's, not that of an actor a sentence before had as its subject; in "its fighters overran Boko Haram's
camp, and its leader, X, died" the leader is Boko Haram's (a possessive of a thing, not of an actor's noun). A sentence
whose subject is a fitting name leaves the choice to the paragraph's subjects ("The EU placed Wagner on its list": the
EU's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.coreference import SUBJECT_DEPS, owner_nouns
from loaders.mentions import Mention
from loaders.reference_scope import name_head

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

THING_SUBJECTS = {"it", "they"}  # a pronoun subject that may stand for an organisation or a state
QUALIFIER_DEPS = {"poss", "amod", "compound", "npadvmod", "nmod"}  # "Russia's ministry", "Russian troops": a qualifier


def nearest_name(pronoun: Token, earlier: list[Mention], index: MentionIndex) -> Mention | None:
    """The fitting name nearest before "its" in its sentence, when none of the sentence's fitting names before it is a
    clause's subject (or in apposition to one) and the nearest is no qualifier of another noun ("Russian" of "Russian
    troops", "Russia" of "Russia's ministry") nor inside a description set beside another name; None otherwise."""
    if pronoun.dep_ != "poss" or pronoun.pos_ != "PRON" or pronoun.tag_ != "PRP$" or pronoun.lower_ != "its":
        return None  # "its" alone: "their" may stand for an unnamed plural ("the three groups ... their ties")
    start = pronoun.sent.start
    named = [m for m in earlier if m.start >= start and m.end <= pronoun.i]
    heads = [name_head(index.doc, m) for m in named]
    if not named or any(_subject(h) for h in heads) or _pronoun_subject(pronoun):
        return None
    last = heads[-1]
    aside = any(
        t.dep_ == "appos" and pronoun not in t.subtree and not _renames(t, last) for t in (last, *last.ancestors)
    )
    if (last.dep_ in QUALIFIER_DEPS and not _owns_a_thing(last)) or aside:
        return None  # "Russian troops"; "X, the commander of Y, and its ...": an aside about X
    return named[-1]


def _renames(apposition: Token, name: Token) -> bool:
    """Whether an apposition is the name itself, set beside a noun to name what the noun tells of ("officers of
    Russia's military intelligence service, the GRU, among them its head": the GRU's), not a description set beside
    a name ("X, the commander of Y, and its ...": an aside about X).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Officials met officers of the rebel alliance, the AFC, among them its leader.")
    >>> _renames(doc[9], doc[9]), _renames(doc[6], doc[9])
    (True, False)
    """
    return apposition == name and name.head.pos_ == "NOUN"


def _owns_a_thing(head: Token) -> bool:
    """Whether a name is the possessive of an object that is no actor's noun (``owner_nouns``): Y of "X attacked Y's
    stronghold, and its leader ..." owns a place, so "its" may be Y's (not "Russia's ministry", "Mali's army")."""
    owned = head.head
    nouns = owner_nouns()[0]
    return head.dep_ == "poss" and owned.dep_ in {"dobj", "pobj"} and not {owned.lower_, owned.lemma_.lower()} & nouns


def _subject(head: Token) -> bool:
    """Whether a name's head is a clause's subject, or in apposition to one."""
    return head.dep_ in SUBJECT_DEPS or (head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS)


def _pronoun_subject(pronoun: Token) -> bool:
    """Whether a thing pronoun before "its" in its sentence is a clause's subject ("Last year it set up a corps to
    absorb X and its ..."): the sentence goes on about what that pronoun stands for."""
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    return any(t.dep_ in SUBJECT_DEPS and t.pos_ == "PRON" and t.lower_ in THING_SUBJECTS for t in before)


def owner_of_listing_head(pronoun: Token, earlier: list[Mention], index: MentionIndex) -> Mention | None:
    """The one organisation that qualifies the noun a list of its people hangs on, for "its" in that list: "The TPLF
    leadership, including its chairman X, withdrew" (the TPLF's chairman, not that of a group the paragraph had as its
    subject); the list opens with an example word of one word (``examples_cues``: "including", "like"). None
    otherwise, or when the noun's qualifiers name no organisation or several, or one that does not fit."""
    if pronoun.dep_ != "poss" or pronoun.pos_ != "PRON" or pronoun.lower_ != "its":
        return None
    owned = pronoun.head
    prep = owned.head
    if owned.dep_ != "pobj" or prep.dep_ != "prep" or (prep.lower_,) not in index.examples:
        return None
    qualifiers = [index.at(c) for c in prep.head.children if c.dep_ in QUALIFIER_DEPS]
    found = {m.key: m for m in qualifiers if m is not None and m.label == "Organization"}
    named = next(iter(found.values()), None) if len(found) == 1 else None
    return named if named in earlier else None
