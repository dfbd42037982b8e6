"""A side's fighting positions hit: "Turkish jets struck PKK positions", "air strikes on Houthi targets", "attacked
positions of the Manbij Military Council". Hitting the lines a side holds or fights from is fighting it, so the
attacker OPPOSES that side as well as attacking it; an attack on a side's people, towns or bases, which raids on
civilians and single bombings hit too, sets no one against anyone by itself.

The nouns are the ``fighting_positions`` list of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import span_root
from loaders.mentions import Mention

HOLDER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})  # "PKK positions", "Houthi targets", "the SDF's lines"


@cache
def fighting_positions() -> frozenset[str]:
    """Lemmas of the places a side fights from ("positions", "lines", "targets")."""
    return frozenset(load_seed_yaml("relations.yaml")["fighting_positions"])  # a missing key is a SeedKeyError


def holds_positions_hit(doc: Doc, mention: Mention) -> bool:
    """Whether the name hit stands for the positions of the side it names: "PKK" of "struck PKK positions", the
    Manbij Military Council of "attacked positions of the Manbij Military Council" (not "attacked PKK fighters").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Jets", "struck", "PKK", "positions"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "compound", "dobj"], lemmas=["jet", "strike", "PKK", "position"],
    ...           pos=["NOUN", "VERB", "PROPN", "NOUN"])
    >>> holds_positions_hit(doc, Mention(2, 3, 12, 15, "PKK", "Organization", "PKK"))
    True
    """
    root = _named_root(span_root(doc, mention.start, mention.end))
    if root.dep_ in HOLDER_DEPS:
        return _is_position(root.head)
    held = root.head  # "positions of X"
    return root.dep_ == "pobj" and held.lower_ == "of" and held.dep_ == "prep" and _is_position(held.head)


def _named_root(root: Token) -> Token:
    """The name an acronym in brackets stands beside: "Party" of "Kurdistan Workers' Party (PKK)"."""
    return root.head if root.dep_ == "appos" and root.head.i < root.i else root


def _is_position(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in fighting_positions()
