"""A state's delegation named by no one but its government: "the government delegation was led by X", "a government
delegation led by X signed the accord", "the government team, headed by X". Whoever leads it works for the state
the page is about (:func:`loaders.page_state.state_mentions`), as a minister sent to talks does: the delegation is no
body of its own. Not "the ULFA delegation" (a group's, :func:`loaders.role_lists.leadership_listed`) nor "a Kenyan
delegation" (a demonym names the state). The words are ``state_delegations`` in ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.page_state import state_mentions
from loaders.syntax import conjuncts

if TYPE_CHECKING:
    from loaders.extract import DocReader
    from loaders.mentions import Mention


@dataclass(frozen=True)
class DelegationWords:
    """The ``state_delegations`` block of ``seeds/relations.yaml``."""

    nouns: frozenset[str]  # "delegation", "team" (lemmas)
    owners: frozenset[str]  # "government": the word that makes it the state's
    leading_verbs: frozenset[str]  # "led", "headed" (lemmas)


@cache
def delegation_words() -> DelegationWords:
    """The ``state_delegations`` block, loaded once per process."""
    return word_sets(DelegationWords, "state_delegations")


def state_delegation_members(reader: DocReader, noun: Token) -> None:
    """Each person leading a government's delegation (or team) works for the page's state, by its latest mention
    before the noun; nothing when the page has named no state twice by then."""
    words = delegation_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.nouns or noun.i in reader.index.by_token:
        return
    owners = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    if len(owners) != 1 or owners[0].lower_ not in words.owners or reader.index.at(owners[0]) is not None:
        return
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights):
        return  # "the government delegation of Chad": read as Chad's elsewhere
    state = state_mentions(reader.index.mentions, reader.index.scope, before=noun.i)
    if not state:
        return
    for person in _leaders(reader, noun):
        reader.emit(person, "WORKS_FOR", state[-1], noun, "state-delegation", 0.8)


def _leaders(reader: DocReader, noun: Token) -> list[Mention]:
    """The people named as leading a noun's body: "a delegation led by X" (a participle on the noun), "the delegation
    was led by X" (the noun the subject of a passive leading verb)."""
    words = delegation_words()
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    verbs = [v for v in verbs if v.lemma_.lower() in words.leading_verbs]
    agents = [o for v in verbs for p in v.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    named = [reader.index.at(x) for a in agents for x in conjuncts(a)]
    return [m for m in dict.fromkeys(named) if m is not None and m.label == "Person"]
