"""Lists as the parser hangs them, on parses built by hand (no trained model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from loaders.syntax import conjuncts


def test_a_long_list_read_as_two_appositions_keeps_every_name() -> None:
    # "designated Hadi, Farouk, Rahim, Sabri and Hamdi": "Farouk" and "Rahim" in apposition to "Hadi", the rest
    # conjuncts of "Rahim" (a parse the trained model gives to long lists of names).
    words = ["designated", "Hadi", ",", "Farouk", ",", "Rahim", ",", "Sabri", "and", "Hamdi"]
    heads = [0, 0, 1, 1, 1, 1, 5, 5, 7, 7]
    deps = ["ROOT", "dobj", "punct", "appos", "punct", "appos", "punct", "conj", "cc", "conj"]
    doc = Doc(spacy.blank("en").vocab, words, heads=heads, deps=deps)
    assert [t.text for t in conjuncts(doc[1])] == ["Hadi", "Farouk", "Rahim", "Sabri", "Hamdi"]


def test_a_single_apposition_is_a_description_not_a_list() -> None:
    words = ["met", "Hadi", ",", "Farouk", ",", "and", "Sabri"]
    heads = [0, 0, 1, 1, 1, 1, 1]
    deps = ["ROOT", "dobj", "punct", "appos", "punct", "cc", "conj"]
    doc = Doc(spacy.blank("en").vocab, words, heads=heads, deps=deps)
    assert [t.text for t in conjuncts(doc[1])] == ["Hadi", "Sabri"]
