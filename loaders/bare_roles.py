"""A role given with no body of its own ("X, a senior commander, was killed", "the acting emir X", "top military
commander X"): it is a role in the one armed group the passage is about, named in the role's sentence before it or
in the few sentences before, when no other armed group and no state force is named there (``bare_roles`` in
``seeds/relations.yaml``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SENTENCES_BACK = 2  # how many sentences before its own the group may be named


@cache
def bare_role_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The roles (lemmas) a bare holder has in the armed group in focus, the words that may stand before such a role
    without giving it a body of its own ("senior", "military"), and the kinds of body and the nouns (lemmas) of a
    state's force that compete for it."""
    data = load_seed_yaml("relations.yaml")["bare_roles"]
    return (
        frozenset(data["roles"]),
        frozenset(data["modifiers"]),
        frozenset(data["rival_kinds"]),
        frozenset(data["rival_nouns"]),
    )


def is_bare_role(words: list[Token]) -> bool:
    """Whether a role's words (its noun last) name no body: a singular armed role ("commander", "emir") with only an
    article and words such as "senior", "top", "military", "acting" before it; not "army commander", "Hamas
    commander", "its commander" nor "commanders".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("a senior military commander, the army commander and its commander")
    >>> is_bare_role(list(doc[0:4])), is_bare_role(list(doc[5:8])), is_bare_role(list(doc[9:11]))
    (True, False, False)
    """
    roles, modifiers, _, _ = bare_role_words()
    *before, noun = words
    if noun.tag_ in {"NNS", "NNPS"} or not {noun.lower_, noun.lemma_.lower()} & roles:
        return False  # "commanders": a list's role, read by the list rules
    definite = load_cues().definite | load_cues().indefinite
    return all(t.lower_ in modifiers or (t.i == words[0].i and t.lower_ in definite) for t in before)


def group_in_focus(token: Token, index: MentionIndex) -> Mention | None:
    """The one armed group named (or a clause's subject refers to) in a bare role's (``token``) sentence before it or
    in the sentences before (``SENTENCES_BACK``), or None when none was or another armed group or a state force was
    named there too, or in the rest of the role's own sentence, where no state's force may be spoken of unnamed either
    ("the army said X, a senior commander, ...")."""
    _, _, rivals, forces = bare_role_words()
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in forces and t.head != token for t in token.sent):
        return None
    start = index.scope.sentences_back_start(token, SENTENCES_BACK)
    end = token.sent.end
    near = [
        m
        for m in [*index.mentions, *index.chain.subjects_before(end)]  # "The group claimed it": the group in focus
        if start <= m.start
        and m.end <= end
        and m.label == "Organization"
        and m.kind in rivals
        and not index.scope.aside(m.start_char)
    ]
    groups = {m.key for m in near}
    before = sorted((m for m in near if m.end <= token.i), key=lambda m: m.start)
    if len(groups) != 1 or not before or before[-1].kind != "armed_group":
        return None
    return before[-1]
