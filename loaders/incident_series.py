"""The incidents a word of number or series stands for in a phrase of blame: "blamed for a string of attacks on X",
"held responsible for a wave of bombings", "claimed responsibility for dozens of raids on Y", "attributed a number
of attacks on X to Y". The parse makes the counting word ("string", "wave", "dozens") the object of the blame, and
the incidents hang on its "of"; whatever the phrase says of the count it says of them.

The words are ``incident_series_words`` of ``seeds/relations.yaml`` with the series nouns of the ``incidents`` block.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.incidents import incident_cues
from loaders.syntax import conjuncts, prep_objects

SERIES_ATTACK = (
    "series-attack"  # the method of an attack read from a series: no one incident's blame (incident_clauses)
)


@cache
def series_words() -> frozenset[str]:
    """Lemmas of the words that count or group incidents ("series", "wave", "string", "dozens", "number")."""
    counts = load_seed_yaml("relations.yaml")["incident_series_words"]  # a missing key is a SeedKeyError
    return frozenset(counts) | incident_cues().series_nouns


def series_members(tokens: list[Token], is_event_noun: Callable[[Token], bool]) -> list[Token]:
    """The incident nouns after the "of" of each counting word among the tokens, each conjunct ("a wave of bombings
    and shootings"): none for a count of anything else ("a string of towns").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Al-Shabaab is blamed for a string of attacks and raids on Kenyan police.")
    >>> string = next(t for t in doc if t.text == "string")
    >>> [t.text for t in series_members([string], lambda t: t.lemma_ in {"attack", "raid"})]
    ['attacks', 'raids']
    """
    words = series_words()
    counted = [p for t in tokens if t.lemma_.lower() in words or t.lower_ in words for p in prep_objects(t, {"of"})]
    return [c for p in counted for c in conjuncts(p) if is_event_noun(c) and c not in tokens]
