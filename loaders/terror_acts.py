"""Acts named by their aim: "a terrorist act committed by the ADF", "an act of terrorism", "charged with committing
a terrorist act" name one attack, though "act" alone ("the act", "an act of goodwill") names none.

The cue words are the ``terror_acts`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.errors import ActorGraphError
from graph.seeds import load_seed_yaml


@dataclass(frozen=True)
class TerrorActCues:
    """The cue words of the ``terror_acts`` block."""

    nouns: frozenset[str]  # "act": a noun of no kind of its own
    qualifiers: frozenset[str]  # "a terrorist act", "a terror act"
    of_nouns: frozenset[str]  # "an act of terrorism"
    kind: str  # the kind of incident such an act is (an attack)


@cache
def terror_act_cues() -> TerrorActCues:
    """The ``terror_acts`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml").get("terror_acts")
    try:
        return TerrorActCues(
            frozenset(block["nouns"]), frozenset(block["qualifiers"]), frozenset(block["of_nouns"]), block["kind"]
        )
    except (KeyError, TypeError) as exc:
        raise ActorGraphError(f"relations.yaml: the terror_acts block lacks {exc}") from None


def is_terror_act(token: Token) -> bool:
    """Whether a noun names an act of terror: "a terrorist act", "an act of terrorism" (not "an act of goodwill").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("He called it a terrorist act and an act of terrorism, not an act of goodwill.")
    >>> [is_terror_act(doc[i]) for i in (5, 8, 14)]
    [True, True, False]
    """
    cues = terror_act_cues()
    if token.pos_ != "NOUN" or token.lower_ not in cues.nouns:
        return False
    qualified = any(c.dep_ in {"amod", "compound"} and c.lower_ in cues.qualifiers for c in token.children)
    of_terror = any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ in cues.of_nouns for o in p.children)
        for p in token.children
    )
    return qualified or of_terror
