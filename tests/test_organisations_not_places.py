"""Organisations the rules of places must not read as places: each construction on a sentence written for its test,
naming bodies no gazetteer lists."""

from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from loaders.mentions import Mention, find_mentions
from loaders.nlp import load_nlp
from loaders.place_context import places_in_context


def _label_as_read(text: str, name: str, label: str) -> str:
    """The label a name ends with when the NER had read it with ``label``."""
    doc = load_nlp()(text)
    first = next(t.i for t in doc if t.text == name)
    found = [m for m in find_mentions(doc, load_gazetteer()) if not m.start <= first < m.end]
    ms = sorted([*found, Mention(first, first + 1, 0, 0, name, label, name)], key=lambda m: m.start)
    return {m.name: m.label for m in places_in_context(doc, ms)}[name]


@pytest.mark.parametrize(
    "text",
    [
        "The accountant worked for years in the Velkaran-run finance ministry before he fled.",
        "Aid convoys reached Velkaran-controlled districts of the north on Friday.",
    ],
)
def test_the_name_before_a_word_of_control_is_the_actor_not_a_place(text: str) -> None:
    assert _label_as_read(text, "Velkaran", "Organization") == "Organization"


def test_the_name_before_based_is_still_a_place() -> None:
    assert _label_as_read("The Velkaran-based faction claimed the raid.", "Velkaran", "Organization") == "Location"
