"""Verbs that tell a death: "the army killed X", "X was shot dead" (the ``fatal_verbs`` and ``fatal_results`` of the
``verb_incidents`` block of ``seeds/relations.yaml``), not a wound ("X was shot") nor a killing denied."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import has_child


@cache
def _fatal_words() -> tuple[frozenset[str], frozenset[str]]:
    block = load_seed_yaml("relations.yaml")["verb_incidents"]
    return frozenset(block["fatal_verbs"]), frozenset(block["fatal_results"])


def kills_outright(verb: Token) -> bool:
    """Whether a verb says its patient was killed ("the army killed X", "X was shot dead"): a named person killed is
    one incident, since a person dies once, whether the text dates it or not; not a wound ("X was shot"), nor a
    killing denied ("did not kill X").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police shot one man dead and shot his brother, but did not kill him.")
    >>> [kills_outright(t) for t in doc if t.pos_ == "VERB"]
    [True, False, False]
    """
    verbs, results = _fatal_words()
    fatal = verb.lemma_.lower() in verbs or any(c.lower_ in results for c in verb.children)
    return fatal and not has_child(verb, {"neg"})
