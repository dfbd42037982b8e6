"""A pair sanctioned: "A met B in Baghdad. Both were sanctioned by the US in 2020." ("both" stands for the two
actors of one kind the sentence before names: two people, or two organisations).

The words are ``pair_words`` in ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import has_child
from loaders.mentions import Mention
from loaders.sanctions import SANCTIONED_BY, SANCTIONERS, TARGETS, actors_named
from loaders.syntax import agents_of, is_passive, passive_subjects

if TYPE_CHECKING:
    from loaders.extract import DocReader


@cache
def pair_words() -> frozenset[str]:
    """The words that stand for a pair named before ("both")."""
    return frozenset(load_seed_yaml("relations.yaml")["pair_words"])


def sanctioned_pair(reader: DocReader, verb: Token) -> None:
    """ "Both were sanctioned by the US Treasury": each of the pair SANCTIONED_BY the agent."""
    if verb.pos_ != "VERB" or not is_passive(verb):
        return
    pairs = [t for t in passive_subjects(verb) if t.lower_ in pair_words() and reader.index.at(t) is None]
    if len(pairs) != 1 or has_child(pairs[0], {"prep"}):  # not "both of the groups"
        return
    sanctioners = actors_named(agents_of(verb), reader, SANCTIONERS)
    reader.emit_all(_pair_before(reader, verb), SANCTIONED_BY, sanctioners, verb, "sanction-pair", 0.7)


def _pair_before(reader: DocReader, verb: Token) -> list[Mention]:
    """The two actors of one label the sentence before the verb's names (none unless exactly two)."""
    sent = verb.sent
    if sent.start == 0:
        return []
    before = reader.doc[sent.start - 1].sent
    named = {m.key: m for m in reader.index.mentions if before.start <= m.start < before.end and m.label in TARGETS}
    labels = {m.label for m in named.values()}
    return list(named.values()) if len(named) == 2 and len(labels) == 1 else []
