"""A person described before being named ("killed a Hezbollah commander. He was identified as X") holds the role the
description gives and takes the description's place as the one attacked; not when the describer is the one described
or another person is named between. Each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

STRIKE = "Israeli jets killed a Hezbollah commander near Tyre on Monday. "


def test_a_pronoun_identified_as_a_name_holds_the_role() -> None:
    found = links_by_name(STRIKE + "Lebanese security sources identified him as Ali Hassan.")
    assert ("Ali Hassan", "MEMBER_OF", "Hezbollah") in found, found
    assert ("Israel", "ATTACKED", "Ali Hassan") in found, found


def test_the_role_noun_named_in_a_passive() -> None:
    found = links_by_name(STRIKE + "The slain commander was named as Ali Hassan by the group.")
    assert ("Ali Hassan", "MEMBER_OF", "Hezbollah") in found, found


def test_the_role_noun_with_a_name_beside_it_in_the_next_paragraph() -> None:
    found = links_by_name(
        "A Hamas spokesman said the attack was a response.\n\nThe spokesman, Hazem Qassem, spoke in Doha."
    )
    assert ("Hazem Qassem", "WORKS_FOR", "Hamas") in found, found


def test_a_participle_in_the_description_names_it() -> None:
    found = links_by_name("Among the dead was a Hamas commander identified as Ahmed Khalil, the group said.")
    assert ("Ahmed Khalil", "MEMBER_OF", "Hamas") in found, found


def test_the_describer_is_not_the_one_described() -> None:
    found = links_by_name("A Hezbollah spokesman identified him as Ali Hassan, a local farmer.")
    assert ("Ali Hassan", "WORKS_FOR", "Hezbollah") not in found, found


def test_a_person_named_between_leaves_the_description_unnamed() -> None:
    found = links_by_name(STRIKE + "Prime Minister Benjamin Netanyahu said he was identified as Ali Hassan.")
    assert not {link for link in found if link[0] == "Ali Hassan" or link[2] == "Ali Hassan"}, found
