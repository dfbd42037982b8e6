"""A second apposition that describes the organisation the first one gives a person a role in, on a sentence written
for its test."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


def test_a_group_in_apposition_after_a_persons_role_is_the_group_of_the_role() -> None:
    found = links_of(
        "The Treasury sanctioned Omar Saleh, the deputy commander of the Tiger Brigade, the paramilitary group that "
        "has been fighting the Sudanese Armed Forces since April."
    )
    assert ("tiger-brigade", "OPPOSES", "sudanese-armed-forces") in found, found
    assert ("omar-saleh", "OPPOSES", "sudanese-armed-forces") not in found, found


def test_a_description_between_two_names_of_a_list_is_no_ones() -> None:
    found = links_of(
        "The alliance was formed by the merger of the Desert Front, the southern branch of the Northern Front, the "
        "Lion Brigade and the Sahel Battalion."
    )
    assert ("desert-front", "MEMBER_OF", "northern-front") not in found, found


def test_a_description_closed_by_and_is_still_the_name_s_before_it() -> None:
    found = links_of("The Treasury sanctioned Omar Haddad, the deputy commander of the Tiger Brigade, and Ali Nasser.")
    assert ("omar-haddad", "DEPUTY_OF", "tiger-brigade") in found, found


def test_a_body_s_noun_after_a_persons_role_is_the_role_s_body_s() -> None:
    found = links_of(
        "Zoran Pelek, the commander of the Volta Brigade, the main armed wing of the Karsi Front, said the strikes "
        "were illegal."
    )
    assert ("volta-brigade", "MEMBER_OF", "karsi-front") in found, found
    assert ("zoran-pelek", "MEMBER_OF", "karsi-front") not in found, found
    assert ("zoran-pelek", "LEADS", "volta-brigade") in found, found
