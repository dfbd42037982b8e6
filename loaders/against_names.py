"""Names that stand for the side a phrase is against: "an anti-Hamas tribal leader", "an anti-Hezbollah alliance".

The phrase is about someone or something opposed to the name, so the name is none of the phrase's actors: the
leader is of no part of Hamas, the alliance Hariri leads is not Hezbollah, the vehicle of an anti-Taliban elder is
no Taliban target. The prefixes are ``against_prefixes`` of the ``role_types`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention


@cache
def against_prefixes() -> frozenset[str]:
    """The prefixes that make a name the opposed side ("anti", "counter"), loaded once per process."""
    return frozenset(load_seed_yaml("relations.yaml")["role_types"]["against_prefixes"])


def named_against(mention: Mention, doc: Doc) -> bool:
    """Whether a name comes right after "anti-" or "counter-": the side the phrase is against."""
    i = mention.start
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in against_prefixes()
