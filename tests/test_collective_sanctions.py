"""Sanctions told again of a notice's targets together ("The designations were adopted by the Council of the EU"):
each phrasing on sentences written for its test, and the near misses that sanction no one."""

from __future__ import annotations

import pytest
from conftest import certainties_of
from test_real_text import triples

pytestmark = pytest.mark.model

NOTICE = (
    "The United Kingdom today sanctioned Rami Khoury, Nadim Saleh and the Tarso Trading Company over their support "
    "for Hezbollah. "
)
TARGETS = ("rami-khoury", "nadim-saleh", "tarso-trading-company")
PEOPLE = ("rami-khoury", "nadim-saleh")


def sanctioners(text: str, target: str) -> set[str]:
    """Who the text says sanctions ``target``."""
    return {o for s, t, o in triples(text) if s == target and t == "SANCTIONED_BY"}


@pytest.mark.parametrize(
    ("after", "body"),
    [
        (
            "The designations were adopted on 15 October by the Council of the European Union.",
            "council-of-the-european-union",
        ),
        ("The Council of the European Union adopted the listings the same day.", "council-of-the-european-union"),
        ("Simultaneously, OFAC is adding the three targets to its SDN List.", "ofac"),
        ("OFAC will add the names to the Specially Designated Nationals and Blocked Persons List.", "ofac"),
        ("Canada sanctioned the same network in March.", "canada"),
        ("Canada later imposed the same measures.", "canada"),
    ],
)
def test_a_body_acting_on_the_notices_targets_together_sanctions_each(after: str, body: str) -> None:
    text = NOTICE + after
    for target in TARGETS:
        assert body in sanctioners(text, target), triples(text)


def test_the_individuals_are_the_notices_people_alone() -> None:
    text = NOTICE + "These individuals were also designated by Canada."
    assert all("canada" in sanctioners(text, p) for p in PEOPLE), triples(text)
    assert "canada" not in sanctioners(text, "tarso-trading-company"), triples(text)


@pytest.mark.parametrize(
    "after",
    [
        "Several of these entities were also designated by Canada.",  # some of them, not each
        "The designations were criticised by Canada.",  # no sanction verb
        "Canada sanctioned the companies that supplied the drones.",  # a clause says which
        "Canada later sanctioned the two companies.",  # fewer than the notice named of them
    ],
)
def test_a_phrase_that_is_not_all_the_notices_targets_sanctions_none(after: str) -> None:
    text = NOTICE + after
    for target in TARGETS:
        assert "canada" not in sanctioners(text, target), triples(text)


def test_a_denied_sanction_of_the_targets_is_negated() -> None:
    text = NOTICE + "Canada has not designated these individuals."
    found = certainties_of(text)
    assert all(found.get((p, "SANCTIONED_BY", "canada")) in {None, "negated"} for p in PEOPLE), found


def test_a_departments_office_adding_the_names_is_the_one_acting() -> None:
    text = NOTICE + "The Treasury's Office of Foreign Assets Control will add the names to its SDN List."
    for target in TARGETS:
        assert sanctioners(text, target) == {"united-kingdom", "ofac"}, triples(text)
