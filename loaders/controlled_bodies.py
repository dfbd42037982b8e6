"""A body a state's body controls is part of it: "the Africa Corps, a formation controlled by Russia's Defence
Ministry", "All three groups are controlled by the Reconnaissance General Bureau" (MEMBER_OF the body above), where
what a company, an army or a party owns or controls stays its own (AFFILIATED_WITH): "two conglomerates controlled
by the military", "Kilo Trading LLC is controlled by the army", "the assembly, controlled by the ruling party".

The body above is a state's body (a ministry, an agency, an army: the kinds of ``controlled_bodies.above_kinds``), the
one below an organisation no business noun describes and no company's word or legal form ends. The cue words are the
``controlled_bodies`` block of ``seeds/relations.yaml``; the verbs are its ``AFFILIATED_BY_CONTROL`` entry's (its
``part_type``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention


@dataclass(frozen=True)
class ControlCues:
    """The kinds of a state's bodies, the nouns that describe a business ("a conglomerate controlled by") and the
    last words of a company's name ("X Trading", "X Holdings Ltd")."""

    above_kinds: frozenset[str]
    business_nouns: frozenset[str]
    company_words: frozenset[str]


@cache
def control_cues() -> ControlCues:
    """The ``controlled_bodies`` block of ``seeds/relations.yaml``, with the company words of ``whole_names``.

    >>> cues = control_cues()
    >>> "government" in cues.above_kinds, "conglomerate" in cues.business_nouns, "ltd" in cues.company_words
    (True, True, True)
    """
    data = load_seed_yaml("relations.yaml")
    block, names = data["controlled_bodies"], data["whole_names"]
    words = [*names["company_nouns"], *names["legal_suffixes"]]
    return ControlCues(
        frozenset(block["above_kinds"]),
        frozenset(block["business_nouns"]),
        frozenset(w.lower().rstrip(".") for w in words),
    )


def is_part_of(above: Mention, below: Mention, verb: Token) -> bool:
    """Whether a body controlled by another is a part of it: the one above a state's body, the one below an
    organisation that is no company (see the module's docstring).

    >>> ministry = Mention(0, 2, 0, 16, "Defence Ministry", "Organization", "Defence Ministry", kind="government")
    >>> legion = Mention(0, 2, 0, 14, "Northern Legion", "Organization", "Northern Legion", kind="military")
    >>> firm = Mention(0, 3, 0, 17, "Kilo Trading LLC", "Organization", "Kilo Trading LLC", kind="other")
    >>> party = Mention(0, 3, 0, 14, "New Dawn Party", "Organization", "New Dawn Party", kind="political_party")
    >>> from loaders.nlp import load_nlp
    >>> verb = load_nlp()("It is controlled by them.")[2]
    >>> is_part_of(ministry, legion, verb), is_part_of(ministry, firm, verb), is_part_of(party, legion, verb)
    (True, False, False)
    """
    cues = control_cues()
    if above.label != "Organization" or below.label != "Organization" or above.kind not in cues.above_kinds:
        return False
    described = verb.head if verb.dep_ in {"acl", "relcl"} else None  # "two conglomerates controlled by X"
    if described is not None and described.lemma_.lower() in cues.business_nouns:
        return False
    last = below.name.split()[-1].lower().rstrip(".") if below.name.split() else ""
    return last not in cues.company_words
