"""A pronoun object of a verb coordinated with an earlier one repeats that verb's object.

"X joined al-Shabaab in 2012 and has commanded it since": "it" is al-Shabaab, not the body the sentence before named;
"X helped set up the Mombasa-based cell in 2017 and has led it since": "it" is the cell, and with no name of its own
the second verb's object is left unread rather than guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

OBJECT_DEPS = frozenset({"dobj", "attr"})
SMALL_CLAUSE_HEADS = frozenset({"ADJ", "NOUN"})  # "hold it responsible", "consider it a threat"
SMALL_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd"})


def coordinated_object(pronoun: Token, index: MentionIndex) -> tuple[bool, Mention | None]:
    """Whether a pronoun object ("it", "them", or the subject of its verb's small clause: "regard X as Y's wing and
    hold it responsible") repeats the object of a verb its own verb is coordinated with, and the one actor that object
    names: None when it is unnamed ("set up the cell and has led it", "helped organise and launch the cell and has led
    it": any verb's object before the verb); no repeat when its verb has a subject of its own or the earlier object
    names several ("sanctioned A, B and C, and designated him again").

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Haddad set up the cell in 2017 and has led it since.")
    >>> coordinated_object(doc[10], MentionIndex(doc, []))
    (True, None)
    >>> doc = load_nlp()("Ali joined the Islamic State in 2017 and has led it since.")
    >>> isis = Mention(2, 5, 11, 28, "the Islamic State", "Organization", "Islamic State", "armed_group")
    >>> coordinated_object(doc[10], MentionIndex(doc, [isis]))[1].name
    'Islamic State'
    >>> doc = load_nlp()("Officials regard Ansaru as a wing of Boko Haram and hold it responsible for the raid.")
    >>> ansaru = Mention(2, 3, 17, 23, "Ansaru", "Organization", "Ansaru", "armed_group")
    >>> boko = Mention(7, 9, 37, 47, "Boko Haram", "Organization", "Boko Haram", "armed_group")
    >>> coordinated_object(doc[11], MentionIndex(doc, [ansaru, boko]))[1].name
    'Ansaru'
    """
    verb = pronoun.head
    if pronoun.dep_ == "nsubj" and verb.pos_ in SMALL_CLAUSE_HEADS and verb.dep_ in SMALL_CLAUSE_DEPS:
        verb = verb.head  # "regard X as Y and hold it responsible": the subject of the verb's small clause, its object
    elif pronoun.dep_ not in OBJECT_DEPS:
        return False, None
    if pronoun.lower_ not in load_cues().pronouns or verb.dep_ != "conj":
        return False, None
    if has_child(verb, {"nsubj", "nsubjpass"}):
        return False, None  # "X attacked the forces, and the government blamed it": a clause of its own
    earlier = [
        t for t in verb.head.subtree if t.i < verb.i and t.dep_ in OBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"}
    ]
    earlier += [c for t in earlier for c in t.children if c.dep_ == "conj"]  # "joined A and B"
    if any(t.pos_ == "NOUN" and index.at(t) is None for t in earlier):
        return True, None
    named = list({m.start: m for t in earlier if (m := index.at(t)) is not None}.values())
    return (True, named[0]) if len(named) == 1 else (False, None)
