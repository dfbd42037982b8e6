"""A page's numbered notes of its sources ("[2] UK Home Office, Proscribed groups, updated 2024.") cite where a fact
came from and state no link between the bodies they name; a sentence that ends with a note's number still states its
links. Each on a page written for its test."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

PAGE = (
    "The Freedonian army attacked rebel camps near Valdora in May.\n\n"
    "Sources\n\n"
    "[1] Freedonia Ministry of Interior, press statements, March 2014, July 2015.\n"
    '[2] US Department of State, "Terrorist Designation of the Valdora Brigades," 10 July 2018.\n'
    "[3] UK Home Office, Proscribed terrorist groups or organisations, updated 2024.\n"
)


def test_a_note_of_a_source_states_no_link() -> None:
    links = links_of(PAGE)
    assert not {(s, o) for s, _, o in links} & {
        ("uk-home-office", "united-kingdom"),
        ("united-states", "us-state-department"),
    }, links


def test_a_sentence_ending_in_a_notes_number_keeps_its_links() -> None:
    links = links_of("The US Treasury sanctioned the Valdora Brigades in 2018.[3] The group denied it.\n")
    assert ("valdora-brigades", "SANCTIONED_BY", "us-treasury") in links, links


SUPERSCRIPT_PAGE = (
    "Gunmen attacked a police post near Garissa on Tuesday, killing four officers.\u00b9\n\n"
    "Notes\n\n"
    "\u00b9 Kenyan Interior Ministry and police statements, 14 March 2022.\n"
    "\u00b2 Figures from the Ugandan army and local media, April 2022.\n"
)


def test_a_note_numbered_in_superscript_states_no_link() -> None:
    links = links_of(SUPERSCRIPT_PAGE)
    assert not {(s, t, o) for s, t, o in links if "kenya" in (s, o) or "uganda" in (s, o)}, links
