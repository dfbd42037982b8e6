"""Which of a list's names a participle or a relative clause set after one of them describes.

"The Popular Front, led by X, and the Mountain Brigades, led by Y": each participle describes the name it follows,
not the names listed after it nor one that has a participle of its own, so X leads only the Popular Front. "A and
B, both led by X": a participle after the whole list describes every name in it. So does a relative clause: "A, who
heads the X gang, and B" says nothing of B. And a participle set off after a person's role describes the body the
role is of: "a spokesman for the Ministry of Defence, headed by General X" (no one heads a spokesman). A participle
set off right after a body's name, which the parser hung elsewhere, describes that body: "the bloc ECOWAS, then
chaired by X", "the RSF, the paramilitary force led by X"; not a place that ends a verb's phrase of place ("a group
based in Gao, Mali, led by X").
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.cues import load_cues
from loaders.doc_tree import has_child, span_root
from loaders.mentions import Mention
from loaders.syntax import MentionIndex, conjuncts, prep_objects

CLAUSE_DEPS = {"acl", "relcl"}  # a participle ("A, led by X") and a relative clause ("A, who heads X") on a noun
ROLE_PREPS = {"for", "of", "at"}  # "a spokesman for X", "an official of X", "a researcher at X"
SET_OFF_LABELS = {"Organization", "Country"}  # what a participle set off after its name can say is led
ARTICLES = {"the", "a", "an"}  # the start of a describing noun phrase set beside a name ("the paramilitary force")


def described_by_participle(verb: Token, mentions: list[Mention], index: MentionIndex) -> list[Mention]:
    """``mentions`` (the actors named by the noun ``verb`` modifies, with its conjuncts) without the listed names
    ``verb`` (a participle or the verb of a relative clause) does not describe: those after it, and those before it
    with a participle or a relative clause of their own."""
    if verb.dep_ not in CLAUSE_DEPS:
        return mentions
    head = verb.head
    left_out = {
        m
        for t in conjuncts(head)
        if t != head and (t.i > verb.i or has_child(t, CLAUSE_DEPS))
        if (m := index.at(t)) is not None
    }
    return [m for m in mentions if m not in left_out]


def body_before_participle(verb: Token, index: MentionIndex) -> list[Mention]:
    """The organisation named right before a participle set off after a person's role, which the parser hangs on the
    role: the ministry of "a spokesman for the Ministry of Defence, headed by General X"; none when the participle
    is not set off, the role is not one only people hold, or a name stands between the body and the participle.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A spokesman for the Interior Ministry, headed by General Peter Kamau, spoke.")
    >>> ministry = Mention(3, 6, 16, 37, "the Interior Ministry", "Organization", "Interior Ministry")
    >>> [m.name for m in body_before_participle(doc[7], MentionIndex(doc, [ministry]))]
    ['Interior Ministry']
    """
    role = verb.head
    set_off = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not set_off or role.tag_ != "NN" or index.at(role) is not None:
        return []
    if not load_cues().is_person_role(role.lower_):
        return []
    bodies = [index.at(t) for t in prep_objects(role, ROLE_PREPS) if t.right_edge.i == verb.i - 2]
    return [m for m in bodies if m is not None and m.label == "Organization"]


def body_set_off_before(verb: Token, index: MentionIndex) -> list[Mention]:
    """The organisation or state named right before a passive participle (one with a "by" phrase) set off by a comma,
    for a participle the parser hung elsewhere: ECOWAS of "the bloc ECOWAS, then chaired by X", the RSF of "the RSF,
    the paramilitary force led by X". Only a time adverb ("then", "now") and a describing noun phrase with no name of
    its own may stand between; none when anything else does.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("He fled the Union, the armed group then led by Adam Musa.")
    >>> union = Mention(3, 4, 12, 17, "Union", "Organization", "Union")
    >>> [m.name for m in body_set_off_before(doc[9], MentionIndex(doc, [union]))]
    ['Union']
    >>> body_set_off_before(doc[9], MentionIndex(doc, []))
    []
    """
    if not has_child(verb, {"agent"}):
        return []
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].lower_ in load_cues().set_off_adverbs:
        i -= 1
    if doc[i].tag_ in {"NN", "NNS"}:  # "the paramilitary force": back to its article, past no name
        start = doc[i].left_edge.i
        if doc[start].lower_ not in ARTICLES or any(index.at(t) is not None for t in doc[start : i + 1]):
            return []
        i = start - 1
    if i < 1 or doc[i].text != ",":
        return []
    body = index.at(doc[i - 1])
    if body is None or body.end != i or body.label not in SET_OFF_LABELS:
        return []
    return [] if in_place_phrase(span_root(doc, body.start, body.end)) else [body]


def in_place_phrase(token: Token) -> bool:
    """Whether a name only says where a verb puts something: the object of a verb's preposition of place, or a name
    set beside one ("a group based in Gao, Mali, led by X": Mali ends the place, it is not what is led; not "the
    junta in Niger, led by X", the junta of Niger).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("It is a group based in Gao, Mali, led by Amadou Kone.")
    >>> in_place_phrase(doc[8]), in_place_phrase(doc[13])
    (True, False)
    """
    while token.dep_ in {"appos", "conj"} and token.head.i != token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in load_cues().place_preps and prep.head.pos_ == "VERB"
