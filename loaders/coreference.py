"""References across sentences beyond the bare "the group" and the pronouns: a definite description with
modifiers ("the Iran-backed militia", "the Sunni extremist movement") and "the country", "the kingdom"; and
which earlier mentions any reference may stand for ("the militia" not a ministry, "it" not a news outlet,
"he" not a byline or a quotation's speaker)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

MODIFIER_DEPS = {"amod", "compound", "npadvmod", "advmod", "nmod", "punct"}  # "the Iran-backed", "the jihadist"


@cache
def reference_words() -> tuple[frozenset[str], frozenset[str]]:
    """Modifiers that make a description name another actor ("the other group"), and the nouns of a country."""
    data = load_seed_yaml("relations.yaml")["references"]
    return frozenset(data["other_words"]), frozenset(data["country_nouns"])


def described(token: Token, index: MentionIndex, tag: str = "NN", demonyms: bool = False) -> bool:
    """A definite noun (singular unless ``tag`` says otherwise), not inside a name, whose left modifiers name no
    one (a backer aside: "the Iran-backed"; with ``demonyms``, a state's adjective: "the Malian militant group")
    and say nothing that sets it apart from the one last named ("the other", "the largest")."""
    if token.tag_ != tag or token.i in index.by_token or token.dep_ in {"attr", "appos"}:
        return False
    lefts = list(token.lefts)
    definite = load_cues().definite
    if not lefts or lefts[0].lower_ not in definite or any(t.lower_ in definite for t in lefts[1:]):
        return False
    other_words, _ = reference_words()
    hyphen = load_cues().hyphen
    for modifier in lefts[1:]:
        if modifier.dep_ not in MODIFIER_DEPS:
            return False
        for t in modifier.subtree:
            named = index.at(t)
            if t.lower_ in other_words or t.tag_ in {"JJS", "RBS", "CD"}:
                return False
            if named is not None and not _backer(named.end, index, hyphen) and not (demonyms and _demonym(t, named)):
                return False
    return not any(c.dep_ in {"appos", "compound"} or (c.dep_ == "prep" and c.lower_ == "of") for c in token.rights)


def latest_before(token: Token, index: MentionIndex, back: int, fits: Callable[[Mention], bool]) -> Mention | None:
    """The last mention that ``fits`` of those that end before the token and begin no more than ``back`` sentences
    before its own: the one a reference ("the brigade", "the president") stands for."""
    scope = index.scope
    start = scope.sentences_back_start(token, back)
    return next(
        (
            m
            for m in reversed(index.mentions)
            if start <= m.start and m.end <= token.i and fits(m) and not scope.aside(m.start_char)
        ),
        None,
    )


def _backer(end: int, index: MentionIndex, hyphen_words: Iterable[str]) -> bool:
    """Whether a name ending at ``end`` only qualifies the noun: "Iran" in "the Iran-backed militia"."""
    doc = index.doc
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in hyphen_words


def _demonym(token: Token, named: Mention) -> bool:
    """Whether a modifier is a state's adjective: "Malian" in "the Malian militant group", not "Mali" itself."""
    return named.label == "Country" and token.pos_ == "ADJ" and token.dep_ == "amod" and token.text != named.name


def is_described_group(token: Token, index: MentionIndex) -> bool:
    """ "The Iran-backed militia", "the jihadist group": a group noun with modifiers that points back to an
    organisation named before."""
    if token.pos_ != "NOUN" or token.lower_ not in index.group_nouns or len(list(token.lefts)) < 2:
        return False
    return described(token, index, demonyms=True)


def is_country_reference(token: Token, index: MentionIndex) -> bool:
    """ "The country", "the kingdom": the country named before."""
    return token.pos_ == "NOUN" and token.lower_ in reference_words()[1] and described(token, index)


SUBJECT_DEPS = {"nsubj", "nsubjpass"}  # a clause's subject
QUOTES = {'"', "“", "”", "«", "»"}


@cache
def group_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """Kinds a group noun never stands for, and the nouns that may stand for a state's force all the same."""
    data = load_seed_yaml("relations.yaml")["references"]
    return frozenset(data["not_group_kinds"]), frozenset(data["force_nouns"])


@cache
def armed_nouns() -> frozenset[str]:
    """The nouns that stand only for an armed group ("the militia", "the rebels")."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["armed_nouns"])


def group_fits(word: str, mention: Mention) -> bool:
    """Whether a group noun may stand for an organisation: "the militia" for an armed group only, "the group" for
    no army, ministry, international body or news outlet, "the forces" for an army too.

    >>> m = Mention(0, 1, 0, 3, "Ansar", "Organization", "Ansar", "political_party")
    >>> group_fits("group", m), group_fits("militia", m)
    (True, False)
    """
    never, forces = group_kinds()
    if word in armed_nouns():
        return mention.kind == "armed_group"
    return mention.kind not in never or (word in forces and mention.kind == "military")


def fitting(reference: Token, earlier: list[Mention], index: MentionIndex) -> list[Mention]:
    """The earlier mentions a reference may stand for: "the militia" only an armed group, "the group" not an army
    or a ministry, "it" not a news outlet, "he" in a later sentence not a byline nor the speaker of a quotation, nor
    anyone named before them."""
    word = reference.lower_
    if reference.pos_ == "NOUN" and word in index.group_nouns:
        return [m for m in earlier if group_fits(word, m)]
    if reference.pos_ == "NOUN":
        return earlier
    if word in load_cues().person_pronouns:
        before = [m for m in earlier if m.end <= reference.sent.start]
        last_silent = next((m.start for m in reversed(before) if _byline_or_speaker(m, index)), -1)
        return [m for m in earlier if m.start > last_silent]
    return [m for m in earlier if m.kind != "media"]


def relative_clause_owner(pronoun: Token, index: MentionIndex, labels: set[str]) -> Mention | None:
    """The name a relative clause holding a pronoun tells of, when its relative pronoun is the clause's subject: "X,
    a former commander who led the group until he was killed" (X), "X, which says its fighters" (X); None outside
    such a clause or when the name's label does not fit."""
    relatives = load_cues().relative_pronouns
    for clause in pronoun.ancestors:
        if clause.dep_ != "relcl":
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in relatives and c.i < pronoun.i for c in clause.children):
            return None
        described = clause.head.head if clause.head.dep_ == "appos" else clause.head  # "X, a commander who ..."
        named = index.at(clause.head) or index.at(described)
        return named if named is not None and named.label in labels else None
    return None


def coordinated_owner(pronoun: Token, index: MentionIndex) -> tuple[bool, Mention | None]:
    """Whether a possessive pronoun's noun is coordinated with a name ("Fly Sahara, a cargo airline, and its
    chief", "Khazali and his deputy": the name, or the one a description in apposition stands for), and the
    mention it names, or None when the name is read only in part ("Fly Baghdad" with "Baghdad" alone named)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.i <= noun.head.i:
        return False, None
    partner = noun.head
    if index.at(partner) is None and partner.dep_ == "appos":
        partner = partner.head
    named = index.at(partner)
    if named is None:
        return False, None
    whole = all(index.at(c) is named for c in partner.lefts if c.dep_ == "compound")
    return True, named if whole else None


def _byline_or_speaker(mention: Mention, index: MentionIndex) -> bool:
    """Whether a person is named in a byline ("By Jane Doe") or as the speaker of a quotation (asked once a
    mention: the answers are kept with the document)."""
    known = index.doc.user_data.setdefault("silent_persons", {})
    if mention.start not in known:
        known[mention.start] = _silent(index.doc[mention.end - 1])
    return known[mention.start]


def _silent(head: Token) -> bool:
    sent = head.sent
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.i <= sent.start + 1:
        return True
    if not any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return True
    reporting = load_cues().reporting
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in reporting and any(t.text in QUOTES for t in sent)
