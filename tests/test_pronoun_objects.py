"""A pronoun object that repeats the unnamed object of a coordinated verb names no actor; each sentence written for its
test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


def test_it_after_an_unnamed_cell_is_not_the_body_named_before() -> None:
    found = links_of(
        "The US Treasury sanctioned Omar Haddad on Monday. Haddad helped plan and open the Mombasa-based ISIS cell "
        "in 2017 and has led it since, using shops registered in his name."
    )
    assert ("omar-haddad", "LEADS", "us-treasury") not in found, found
    assert ("omar-haddad", "SANCTIONED_BY", "us-treasury") in found, found


def test_it_with_no_unnamed_object_before_still_refers_back() -> None:
    found = links_of("Hamas was founded in 1987. Walid Haddad has led it since 2017.")
    assert ("walid-haddad", "LEADS", "hamas") in found, found


def test_it_as_object_of_a_clause_with_its_own_subject_still_refers_back() -> None:
    found = links_of(
        "Boko Haram has refused to stop attacking army patrols near Maiduguri, and the government blamed it for the "
        "ambush at Konduga in May."
    )
    assert any(s == "boko-haram" and k == "BLAMED_FOR" and "konduga" in o for s, k, o in found), found
