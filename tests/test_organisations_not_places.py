"""Organisations the rules of places must not read as places: each construction on a sentence written for its test,
naming bodies no gazetteer lists."""

from __future__ import annotations

import pytest
from conftest import label_as_read

from graph.gazetteer import load_gazetteer
from loaders.mentions import Mention, find_mentions
from loaders.nlp import load_nlp
from loaders.one_label import described_bodies
from loaders.person_names import people_in_context


@pytest.mark.parametrize(
    "text",
    [
        "The accountant worked for years in the Velkaran-run finance ministry before he fled.",
        "Aid convoys reached Velkaran-controlled districts of the north on Friday.",
    ],
)
def test_the_name_before_a_word_of_control_is_the_actor_not_a_place(text: str) -> None:
    assert label_as_read(text, "Velkaran", "Organization") == "Organization"


def test_the_name_before_based_is_still_a_place() -> None:
    assert label_as_read("The Velkaran-based faction claimed the raid.", "Velkaran", "Organization") == "Location"


def _label_after_descriptions(text: str, name: str, label: str) -> str:
    """The label every mention of a one-word name ends with when the NER had read each of them with ``label``."""
    doc = load_nlp()(text)
    at = [t.i for t in doc if t.text == name]
    found = [m for m in find_mentions(doc, load_gazetteer()) if not any(m.start <= i < m.end for i in at)]
    ms = sorted([*found, *(Mention(i, i + 1, 0, 0, name, label, name) for i in at)], key=lambda m: m.start)
    labels = {m.label for m in described_bodies(doc, ms) if m.name == name}
    assert len(labels) == 1
    return labels.pop()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Police in Velkaran said a leader of Tessaro was arrested there.", "Location"),  # "a leader of X"
        ("Dozens of Tessaro members were detained near the border.", "Location"),  # a noun of members after it
        ("The Tessaro leadership met in the hills. Who is left in Tessaro?", "Location"),
        ("Army officers met members of Tessaro on Monday.", "Person"),
        ("Tessaro's cadres fled across the river.", "Location"),  # a place's name owning a noun of members
    ],
)
def test_a_name_with_members_or_leaders_is_a_body_wherever_it_is_written(text: str, label: str) -> None:
    assert _label_after_descriptions(text, "Tessaro", label) == "Organization"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tessaro's prayer leader criticised the raids.", "Location"),  # a town has a leader
        ("Tessaro's spokesman denied the report.", "Person"),  # so has a person a spokesman
        ("Officials in Tessaro said the road was open.", "Location"),  # not a noun of members
    ],
)
def test_a_leader_or_officials_of_a_place_or_person_keep_its_reading(text: str, label: str) -> None:
    assert _label_after_descriptions(text, "Tessaro", label) == label


@pytest.mark.parametrize(
    "text",
    [
        "Tehran arms militant groups across the region, including Tessaro and Varga.",
        "The cartel forged ties with local gangs such as Tessaro.",
    ],
)
def test_a_name_given_as_an_example_of_bodies_is_a_body(text: str) -> None:
    assert _label_after_descriptions(text, "Tessaro", "Location") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit several towns such as Tessaro and Varga.",
        "The cell had fighters including Tessaro, a former policeman.",
    ],
)
def test_examples_of_places_or_of_fighters_are_no_bodies(text: str) -> None:
    assert _label_after_descriptions(text, "Tessaro", "Location") == "Location"


def test_a_name_whose_leaders_a_relative_clause_names_is_a_body() -> None:
    text = "Many of its men came from Tessaro, whose leader was captured in 2010."
    assert _label_after_descriptions(text, "Tessaro", "Person") == "Organization"


def _label_in_context_of_people(text: str, name: str, label: str) -> str:
    """The label a one-word name ends with after the rules of people when the NER had read it with ``label``."""
    doc = load_nlp()(text)
    first = next(t.i for t in doc if t.text == name)
    found = [m for m in find_mentions(doc, load_gazetteer()) if not m.start <= first < m.end]
    ms = sorted([*found, Mention(first, first + 1, 0, 0, name, label, name)], key=lambda m: m.start)
    return {m.name: m.label for m in people_in_context(doc, ms)}[name]


def test_fighters_known_by_a_name_are_known_by_their_group_s() -> None:
    text = "Fighters known as Tessaro first appeared in the border areas in 2018."
    assert _label_in_context_of_people(text, "Tessaro", "Organization") == "Organization"


def test_a_commander_known_by_a_name_is_a_person() -> None:
    text = "A commander known as Tessaro led the raid on the village."
    assert _label_in_context_of_people(text, "Tessaro", "Organization") == "Person"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The State Department designated Tessaro and Varga as Foreign Terrorist Organizations.", "Person"),
        ("In 2021 Tessaro was listed as an entity by the sanctions committee.", "Location"),
    ],
)
def test_a_name_a_verb_names_as_a_body_is_a_body(text: str, label: str) -> None:
    assert _label_after_descriptions(text, "Tessaro", label) == "Organization"


def test_a_name_designated_as_a_terrorist_stays_a_person() -> None:
    text = "The Treasury designated Tessaro as a Specially Designated Global Terrorist."
    assert _label_after_descriptions(text, "Tessaro", "Person") == "Person"


def test_the_plural_of_a_word_the_page_writes_before_a_noun_is_a_group() -> None:
    text = "The Tessaris said the Tessari movement would fight on. The Tessaris fired two missiles."
    assert _label_after_descriptions(text, "Tessaris", "Person") == "Organization"


def test_a_plural_whose_singular_is_part_of_a_longer_name_keeps_its_reading() -> None:
    text = "Clashes spread across the Tessaris as North Tessari province emptied."
    assert _label_after_descriptions(text, "Tessaris", "Person") == "Person"
