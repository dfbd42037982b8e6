"""A province that is a group's branch, not a place (loaders/branch_provinces.py), on sentences written for it."""

from __future__ import annotations

import pytest

from loaders.branch_provinces import branch_provinces
from loaders.mentions import Mention
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def labels(text: str, names: list[tuple[str, str]]) -> dict[str, str]:
    """Each name's label after the rule, the names given with the label the NER read, at their first writing."""
    doc = load_nlp()(text)
    mentions = []
    for name, label in names:
        start_char = text.index(name)
        span = doc.char_span(start_char, start_char + len(name))
        mentions.append(Mention(span.start, span.end, start_char, span.end_char, name, label, name))
    return {m.name: m.label for m in branch_provinces(doc, mentions)}


def test_a_province_opening_with_a_group_name_is_its_branch() -> None:
    text = "The Tawhid Front claimed the raid, and a Tawhid Front Lake Chad Province video showed the camp."
    found = labels(text, [("Tawhid Front", "Organization"), ("Tawhid Front Lake Chad Province", "Location")])
    assert found["Tawhid Front Lake Chad Province"] == "Organization"


def test_a_province_after_a_group_possessive_is_its_branch() -> None:
    text = "Officials blamed the Tawhid Front's Lake Chad Province for the ambush."
    found = labels(text, [("Tawhid Front", "Organization"), ("Lake Chad Province", "Location")])
    assert found["Lake Chad Province"] == "Organization"


def test_a_province_whose_acronym_spells_the_group_first_is_its_branch() -> None:
    text = "The Tawhid Front said its Lake Chad Province (TFLCP) had seized two trucks."
    found = labels(text, [("Tawhid Front", "Organization"), ("Lake Chad Province", "Location")])
    assert found["Lake Chad Province"] == "Organization"


def test_a_short_form_of_the_branch_is_the_branch() -> None:
    text = "The Tawhid Front Lake Chad Province grew fast. Later, Lake Chad Province fighters left."
    doc = load_nlp()(text)
    full = text.index("Tawhid Front Lake Chad Province")
    short = text.rindex("Lake Chad Province")
    spans = [
        ("Tawhid Front", "Organization", full),
        ("Tawhid Front Lake Chad Province", "Location", full),
        ("Lake Chad Province", "Location", short),
    ]
    mentions = []
    for name, label, start_char in spans:
        span = doc.char_span(start_char, start_char + len(name))
        mentions.append(Mention(span.start, span.end, start_char, span.end_char, name, label, name))
    assert [m.label for m in branch_provinces(doc, mentions)] == ["Organization"] * 3


def test_a_states_province_stays_a_place() -> None:
    text = "Pakistan's Punjab Province (PP) and the Valdorian Army's base in Sindh Province were quiet."
    found = labels(
        text,
        [
            ("Pakistan", "Country"),
            ("Punjab Province", "Location"),
            ("Valdorian Army", "Organization"),
            ("Sindh Province", "Location"),
        ],
    )
    assert found["Punjab Province"] == "Location"
    assert found["Sindh Province"] == "Location"
