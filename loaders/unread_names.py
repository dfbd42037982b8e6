"""A name the rules could not read still holds its place. "Islamic State has attacked Iran before. It claimed the
June 2017 assaults": when the parse makes no mention of "Islamic State", "It" is not Iran; when the subject of the
sentence that names the actor a reference was resolved to is a proper name no mention covers, the reference more
likely stands for that unread name, and none is better than the actor named beside it. So too "Yemen's
Houthi movement claimed the attack", the movement unread: Yemen owns it, and did not claim the attack."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.coreference import unknown_name
from loaders.cues import load_cues
from loaders.mentions import Mention
from loaders.reference_scope import name_head, sanctioned_object

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "LAW"})
NAME_PARTS = frozenset({"compound", "flat"})


def unread_subject_before(found: Mention, reference: Token, index: MentionIndex) -> bool:
    """Whether the sentence naming ``found``, before the reference's own, has as a main clause's subject an unread name
    (:func:`unread_name`) that is no person's, while ``found`` is not what it tells of ("X has attacked Iran before.
    It claimed": X, unread, is; not "The Department of State designated Iran", which tells of Iran)."""
    doc = index.doc
    own = doc[found.start].sent
    if own.end > reference.sent.start or sanctioned_object(name_head(doc, found)):
        return False
    read = {m.text.lower() for m in index.by_key.get(found.key, ())}
    deps = index.deps  # the labels read once: only the subjects become tokens
    subjects = (doc[i] for i in range(own.start, own.end) if deps[i] in SUBJECTS)
    return any(
        token.head.dep_ == "ROOT" and token.ent_type_ != "PERSON" and unread_name(token, index, read)
        for token in subjects
    )


def unread_speaker(found: Mention, reference: Token, index: MentionIndex) -> bool:
    """Whether a reference is the subject of what an unread name says, in a sentence that does not name ``found``: "The
    Rapid Support Forces (RSF) said that they had taken Zamzam", the forces unread, are they, not an actor named
    before."""
    verb = reference.head
    if reference.dep_ not in SUBJECTS or verb.dep_ != "ccomp" or found.start >= reference.sent.start:
        return False
    said = verb.head
    if said.lemma_.lower() not in load_cues().reporting:
        return False
    speakers = [c for c in said.children if c.dep_ in SUBJECTS and c.i < reference.i and c.ent_type_ != "PERSON"]
    return any(unread_name(s, index, set(), speaker=True) for s in speakers)


@cache
def body_nouns() -> frozenset[str]:
    """The nouns of a body or a role that a page may capitalise with no name ("The Ministry", "the Minister")."""
    cues = load_cues()
    return cues.role_words | cues.group_nouns | cues.part_nouns | cues.named_part_nouns | cues.ministry_nouns


def unread_name(token: Token, index: MentionIndex, read: set[str], speaker: bool = False) -> bool:
    """Whether a subject is a proper name (of words compounded, one the NER tagged, or an acronym) that no mention
    covers, in part ("The Freedom of Russia Legion" read as "Russia Legion"), not spelled as one of the ``read`` names
    (missed where it stands: "Hezbollah denies involvement" in a heading), naming no bare body ("The Ministry said")
    and, unless asked of a ``speaker``, not reporting what others do ("Medecins Sans Frontieres said": a source, not a
    topic)."""
    if token.pos_ != "PROPN" or token.ent_type_ in NOT_ACTORS:
        return False
    if not speaker and token.head.lemma_.lower() in load_cues().reporting:
        return False
    parts = [c for c in token.children if c.dep_ in NAME_PARTS]
    owners = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    if any(t.i in index.by_token for t in [token, *parts, *owners]):
        return False
    if not parts and not owners and token.lower_ in body_nouns():
        return False
    if not (parts or token.ent_type_ or unknown_name(token)):
        return False  # "Clashes between X and Y erupted": a capitalised first word, no name
    return " ".join(t.text for t in sorted([token, *parts])).lower() not in read


def heads_unread_name(token: Token, index: MentionIndex) -> bool:
    """Whether a noun closes a name no mention covers, by a proper noun compounded with it: "Yemen's Houthi
    movement", "Chad's Tuareg militia", "the Islamic Resistance in Iraq" (the state before or after it owns, describes
    or places the unread group, and is not the group); not "the Iraqi army", a place ("Chad's Lac province") nor a
    name read in part ("the Sinaloa cartel" with "Sinaloa" read)."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.i in index.by_token or token.lower_ in load_cues().place_nouns:
        return False  # not "Chad's Lac province", a place the state holds
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in NOT_ACTORS]
    return bool(names) and not any(c.i in index.by_token for c in names)
