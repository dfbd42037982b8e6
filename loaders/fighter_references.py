"""A state's fighters named by whom they serve, not by a name: "government forces" stand for the state the page is
about (:func:`loaders.page_state.state_mentions`), else the country named last. :func:`loaders.syntax.actors_of`
reads them where a rule asks who a phrase names, so "government forces fought Y" reaches a side. (A group's
fighters, "the militants", are :mod:`loaders.plural_references`.) The words are the ``fighter_references`` of the
``hostility_third_pass`` block of ``seeds/relations.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.named_heads import alias_named, state_army, state_army_words
from loaders.page_state import state_mentions

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

OWNER_DEPS = {"compound", "amod", "nmod"}  # "junta troops", parsed either way


@dataclass(frozen=True)
class FighterWords:
    """The ``fighter_references`` of ``seeds/relations.yaml``."""

    state_owners: frozenset[str]
    state_forces: frozenset[str]
    followers: frozenset[str]
    loyalty_words: frozenset[str]
    led_kinds: frozenset[str]
    suspected_tie_words: frozenset[str]
    ruler_owners: frozenset[str]
    ruler_owned: frozenset[str]
    army_owned: frozenset[str]


@cache
def fighter_words() -> FighterWords:
    """The project's words of a state's unnamed fighters, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["hostility_third_pass"]["fighter_references"]  # else a SeedKeyError
    keys = (
        "state_owners",
        "state_forces",
        "followers",
        "loyalty_words",
        "led_kinds",
        "suspected_tie_words",
        "ruler_owners",
        "ruler_owned",
        "army_owned",
    )
    return FighterWords(*(frozenset(block[k]) for k in keys))


def fighters_referred(token: Token, index: MentionIndex) -> Mention | None:
    """The page's state as named before a "government forces" phrase headed by ``token`` (not a backer or a
    neighbour named since), else the country named last before it; the person whose followers it names ("forces loyal
    to Haftar"), or the ruling body of "junta troops"; None when it is none."""
    if (ruler := ruler_owned(token, index)) is not None:
        return ruler
    if token.i in index.by_token or token.tag_ != "NNS":
        return None
    words = fighter_words()
    if token.lower_ in words.followers and (leader := _followed(token, index, words)) is not None:
        return leader
    owners = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]  # "government", not "Malian"
    owned = len(owners) == 1 and owners[0].lower_ in words.state_owners and owners[0].i not in index.by_token
    if token.lower_ not in words.state_forces or not owned:
        return None
    if page := state_mentions(index.mentions, index.scope, before=token.i):
        return page[-1]  # the state the page is about, not a backer or a neighbour named last
    countries = [m for m in index.mentions if m.end <= token.i and m.label == "Country"]
    return countries[-1] if countries else None


def ruler_owned(token: Token, index: MentionIndex) -> Mention | None:
    """The ruling body a bare "junta" before one of its forces, posts or strikes stands for ("attacked junta
    positions", "junta troops", "junta air strikes"): the organisation the page named before with the word as the
    head of a name of it (:func:`loaders.named_heads.alias_named`); None for any other phrase."""
    words = fighter_words()
    if token.i in index.by_token or token.pos_ != "NOUN" or token.lemma_.lower() not in words.ruler_owned:
        return None
    modifiers = [t for t in token.lefts if t.dep_ in OWNER_DEPS]
    modifiers += [t for m in modifiers if m.dep_ == "compound" for t in m.lefts if t.dep_ in OWNER_DEPS]  # "air"
    owners = [t for t in modifiers if t.lower_ in words.ruler_owners and t.i not in index.by_token]
    if len(owners) != 1 or owners[0].n_lefts or owners[0].n_rights:  # bare: not "Myanmar's junta", "the junta's"
        return None
    return alias_named(token, owners[0].lower_, index)


def army_owned(token: Token, index: MentionIndex) -> Mention | None:
    """The state army a bare "army" or "military" before one of its posts stands for ("attacked army positions",
    "raids on military outposts"): the one state's army the page named before (:func:`loaders.named_heads.state_army`);
    None for any other phrase, or when the page named no state army or two."""
    if token.i in index.by_token or token.pos_ != "NOUN" or token.lemma_.lower() not in fighter_words().army_owned:
        return None
    nouns, _ = state_army_words()
    owners = [t for t in token.lefts if t.dep_ in OWNER_DEPS and t.lower_ in nouns and t.i not in index.by_token]
    if len(owners) != 1 or owners[0].n_lefts or owners[0].n_rights:  # bare: not "the army's", "Myanmar's military"
        return None
    return state_army(owners[0], index)


def _followed(token: Token, index: MentionIndex, words: FighterWords) -> Mention | None:
    """The person or armed group a plural noun's loyalty names right after it: "forces loyal to Haftar", "fighters
    allied to Gatwech", "militants loyal to the PKK", or a tie only suspected: "fighters attributed to CODECO",
    "militants linked to ISWAP" (read in the words: the parser often hangs "loyal" on another word). Followers of a
    state, or of any other body, are its proxies, not the body itself."""
    doc, i = token.doc, token.i
    ties = words.loyalty_words | words.suspected_tie_words
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in ties or doc[i + 2].lower_ not in {"to", "with"}:
        return None
    named = index.by_token.get(i + 3)
    if named is None and doc[i + 3].lower_ == "the" and i + 4 < len(doc):
        named = index.by_token.get(i + 4)  # "loyal to the PKK"
    if named is None:
        return None
    led = named.label == "Organization" and named.kind in words.led_kinds
    return named if named.label == "Person" or led else None
