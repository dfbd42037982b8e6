"""A role whose phrase runs on through an incident ("one of the planners of the bombing of Y's headquarters") names
the incident's target there, not a body the person serves (extract.DocReader._in_incident); each on a sentence
written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors named Ahmed Karimi as one of the planners of the bombing of the Oruvan Front's headquarters.",
        "Police have named Ahmed Karimi as one of the organisers of the attack on the Oruvan Front's offices.",
        "Ahmed Karimi was named as one of the suspects in the assault on the Oruvan Front's convoy.",
        "Ahmed Karimi, one of the gunmen in the attack on the Oruvan Front's checkpoint, was arrested.",
        "Investigators identified Ahmed Karimi as one of the men behind the raid on the Oruvan Front's base.",
    ],
)
def test_a_role_in_an_incident_on_a_body_is_no_place_in_that_body(text: str) -> None:
    links = links_by_name(text)
    assert ("Ahmed Karimi", "MEMBER_OF", "Oruvan Front") not in links, links


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Karimi, one of the commanders of the Oruvan Front, was arrested.",
        "The Oruvan Front named Ahmed Karimi as one of its commanders.",
        "Ahmed Karimi, a commander of the Oruvan Front in the offensive on Kelvan, was arrested.",
    ],
)
def test_a_role_in_a_body_named_before_an_incident_stays(text: str) -> None:
    links = links_by_name(text)
    assert ("Ahmed Karimi", "MEMBER_OF", "Oruvan Front") in links, links


def test_a_name_of_the_operations_themselves_stays_the_roles_body() -> None:
    links = links_by_name("Ahmed Karimi, spokesman for the Kelvan army's Sokola 1 operations, said the rebels fled.")
    assert ("Ahmed Karimi", "WORKS_FOR", "Sokola 1") in links, links
