"""An organisation's kind from how the page uses its name, where nothing describes it (``seeds/relations.yaml``,
``used_kinds``).

A well-known group is often never described ("Hamas", "al-Qaeda"), but the page uses its name as only one kind's
name is used: it qualifies or owns a noun of that kind's men or parts ("an ISIS cell", "Hamas gunmen", "al-Qaeda's
affiliate", "the emir of X") or is the subject of an act only that kind does ("X claimed responsibility", "X
ambushed a patrol", "the attack was claimed by X"). :func:`loaders.described_kinds.described_kinds` falls back on it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.coordination import first_of_list
from loaders.qualified_nouns import MODIFIER_DEPS


@cache
def _cues() -> dict:
    return load_seed_yaml("relations.yaml")["used_kinds"]


@cache
def _kind_of_noun() -> dict[str, str]:
    """Each noun of one kind's men or parts, with its kind ("cell": ``armed_group``)."""
    return {noun: kind for kind, nouns in _cues()["nouns"].items() for noun in nouns}


@cache
def _qualified_kinds() -> dict[str, str]:
    """Each noun of any body that gives a kind right after the name it is qualified by ("group": ``armed_group``)."""
    return {noun: kind for kind, nouns in _cues()["qualified_nouns"].items() for noun in nouns}


@cache
def _acts() -> dict[str, tuple[str, frozenset[str]]]:
    """Each verb of an act only one kind does, with that kind and the objects it must take (empty: any)."""
    acts = _cues()["acts"]
    return {verb: (kind, frozenset(objects)) for kind, verbs in acts.items() for verb, objects in verbs.items()}


def used_kind(span: Span) -> str | None:
    """The kind of the noun a name qualifies, owns or is "of", or of the act its name is the subject or agent of;
    None when the page uses it as any body's name.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police arrested an Orvane cell in Bor after Orvane claimed the bombing.")
    >>> used_kind(doc[3:4]), used_kind(doc[8:9])
    ('armed_group', 'armed_group')
    >>> used_kind(load_nlp()("Orvane claimed that the vote was rigged.")[0:1]) is None
    True
    """
    root = span.root
    return _noun_kind(root, span.end) or _act_kind(root)


def used_as_armed_group(span: Span) -> bool:
    """Whether a name is used as an armed group's whatever the NER read it as: it qualifies a noun of the group's
    men ("Orvane fighters"), not as a possessive (a leader's men), nor as the subject of a group's act (a
    spokesman claims an attack too).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Orvane fighters attacked Bor after Orvane's fighters left.")
    >>> used_as_armed_group(doc[0:1]), used_as_armed_group(doc[5:6])
    (True, False)
    """
    root = span.root
    return root.dep_ in MODIFIER_DEPS and root.head.i >= span.end and root.head.lower_ in _cues()["men_nouns"]


def used_as_body(span: Span, read_as_person: bool) -> bool:
    """Whether a name is used as a body's by a noun of its members (``member_nouns``), leaders (``leader_nouns``) or
    parts (``part_nouns``, not of a person's name) it is the ``of``-object of ("a leader of Orvane", "a faction of
    Orvane"), qualifies a
    noun of members with nothing but lowercase words between ("Orvane members", "the Orvane party leadership"), is
    named as a body by a verb ("designated Orvane as a terrorist organization": ``as_nouns``), has a relative clause on
    its leaders or members ("Orvane, whose leader was killed"; a name read as a person's only when it is one word)
    or, when not read as a person's, owns a noun of members ("Orvane's cadres"), is written right before a noun of its
    spokesman ("an Orvane spokesman": ``spokes_nouns``) or is the subject of a clause that speaks of its members,
    leaders or men ("Orvane said its fighters withdrew").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A leader of Orvane met Orvane members and Orvane's cadres.")
    >>> [used_as_body(doc[i : i + 1], False) for i in (3, 5, 8)], used_as_body(doc[8:9], True)
    ([True, True, True], False)
    >>> used_as_body(load_nlp()("Orvane's prayer leader spoke.")[0:1], False)
    False
    >>> used_as_body(load_nlp()("Orvane confirmed that its leader had been killed.")[0:1], False)
    True
    >>> used_as_body(load_nlp()("An Orvane spokesman denied it.")[1:2], False)
    True
    >>> used_as_body(load_nlp()("They joined Orvane, whose leader was killed in May.")[2:3], True)
    True
    >>> used_as_body(load_nlp()("A faction of Orvane claimed it.")[3:4], False)
    True
    >>> used_as_body(load_nlp()("A faction of Ali Orvane claimed it.")[3:5], True)
    False
    >>> doc = load_nlp()("The State Department designated Orvane and Tessit as Foreign Terrorist Organizations.")
    >>> used_as_body(doc[4:5], True), used_as_body(doc[6:7], True)
    (True, True)
    """
    root, members = span.root, _cues()["member_nouns"]
    if (_whose_leaders(root) and (not read_as_person or len(span) == 1)) or _named_as_body(root):
        return True  # a person's full name before "whose founder" is the parser hanging a body's clause on it
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i >= span.end:
        spoken_for = not read_as_person and head.i == span.end and head.lower_ in _cues()["spokes_nouns"]
        return spoken_for or (head.lower_ in members and _words_apart(span.doc[span.end : head.i + 1]))
    if root.dep_ == "poss":
        return not read_as_person and head.is_lower and head.lower_ in members
    if root.dep_ == "nsubj" and not read_as_person and _tells_of_its_men(root):
        return True
    noun = head.head
    return (
        root.dep_ == "pobj"
        and head.lower_ in _cues()["of_preps"]
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and (
            noun.lower_ in members
            or noun.lower_ in _cues()["leader_nouns"]
            or (not read_as_person and noun.lower_ in _cues()["part_nouns"])  # "the faction of Riek Machar"
        )
    )


def _tells_of_its_men(root: Token) -> bool:
    """Whether the clause a name is the subject of speaks, after it, of "its" members, leaders or men ("X confirmed
    that its leader had been killed", "X said its fighters withdrew")."""
    nouns = {*_cues()["member_nouns"], *_cues()["leader_nouns"], *_cues()["men_nouns"]}
    return any(
        t.lower_ == "its" and t.dep_ == "poss" and t.head.lower_ in nouns for t in root.head.subtree if t.i > root.i
    )


def _named_as_body(root: Token) -> bool:
    """Whether a verb names the name, or a list it is in, as a body ("designated X and Y as terrorist organizations",
    "X was listed as an entity": ``as_nouns``)."""
    first = first_of_list(root)
    if first.dep_ not in {"dobj", "oprd", "nsubjpass"}:
        return False
    nouns = _cues()["as_nouns"]
    return any(
        prep.lower_ == "as" and any(c.dep_ == "pobj" and c.lower_ in nouns for c in prep.children)
        for prep in first.head.children
        if prep.dep_ == "prep"
    )


def _whose_leaders(root: Token) -> bool:
    """Whether a relative clause on the name speaks of its leaders or members ("X, whose leader was captured")."""
    nouns = _cues()["member_nouns"] + _cues()["leader_nouns"]
    return any(
        t.lower_ == "whose" and t.head.lower_.rsplit("-", 1)[-1] in nouns
        for c in root.children
        if c.dep_ == "relcl"
        for t in c.subtree
    )


def _noun_kind(root: Token, end: int) -> str | None:
    """The kind of the noun a name's root qualifies ("Hamas gunmen", "the Orvane group"), owns ("X's emir") or is
    the ``of``-object of ("an affiliate of X"), else None."""
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i >= end:
        return part_kind(head) or (
            _qualified_kinds().get(head.lower_) if _words_apart(root.doc[end : head.i + 1]) else None
        )
    if root.dep_ == "poss":
        return part_kind(head)
    if root.dep_ == "pobj" and head.lower_ in _cues()["of_preps"] and head.head.pos_ == "NOUN":
        return part_kind(head.head)
    return None


def _words_apart(words: Span) -> bool:
    """Whether a name's head noun and what stands between them are lowercase words alone ("the Orvane jihadist
    group", not "the UN-proscribed Pakistani group")."""
    return all(w.is_lower and w.is_alpha for w in words)


def part_kind(noun: Token) -> str | None:
    """The kind a lowercase noun of one kind's men or parts names, alone or with the word that qualifies it ("news
    agency"), else None; also what such a noun describing a name says of it ("X, an al-Qaeda affiliate").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Its affiliate, a news agency and a village")
    >>> part_kind(doc[1]), part_kind(doc[5]), part_kind(doc[8])
    ('armed_group', 'media', None)
    """
    if not noun.is_lower:
        return None
    kinds = _kind_of_noun()
    pairs = (f"{c.lower_} {noun.lower_}" for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i)
    return (
        next((kinds[p] for p in pairs if p in kinds), None) or kinds.get(noun.lower_) or kinds.get(noun.lemma_.lower())
    )


def _act_kind(root: Token) -> str | None:
    """The kind of the act a name's root is the subject ("X claimed the attack") or the passive's agent ("the
    attack was claimed by X") of, else None."""
    if root.dep_ == "nsubj":
        verb, objects_of = root.head, "dobj"
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb, objects_of = root.head.head, "nsubjpass"
    else:
        return None
    if verb.pos_ != "VERB" or (act := _acts().get(verb.lemma_.lower())) is None:
        return None
    kind, objects = act
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if not objects or any(c.dep_ == objects_of and c.lemma_.lower() in objects for c in verb.children):
        return kind
    return None
