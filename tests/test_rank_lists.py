"""A list of names each opened by a shortened rank ("Sgt. A, Spc. B and Spc. C") parses as one list, so every item
gets the relation the list's head gives (:func:`loaders.rank_stops.add_rank_abbreviations`); a body's name the NER
ran on into a rank ("Marine Corps Lance Cpl. X") is the body's alone (``loaders.mentions``). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import named_links

from loaders.nlp import load_nlp

pytestmark = pytest.mark.model

SOLDIERS = {"Ann Lowry", "Bo Hartley", "Cy Dunmore"}


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck the base and killed three US Army Reserve soldiers — Sgt. Ann Lowry, Spc. Bo Hartley and "
        "Spc. Cy Dunmore — and wounded 40 others.",
        "Three US Army Reserve soldiers, Sgt. Ann Lowry, Spc. Bo Hartley and Pfc. Cy Dunmore, died in the attack.",
        "Killed in the strike were US Army Reserve soldiers Sgt. Ann Lowry, Cpl. Bo Hartley and Pvt. Cy Dunmore.",
        "The dead were identified as Sgt. Ann Lowry, Spc. Bo Hartley and Pvt. Cy Dunmore, all US Army Reserve "
        "soldiers.",
    ],
    ids=["dash", "apposition", "inverted-subject", "list-then-unit"],
)
def test_every_ranked_name_of_a_list_is_a_member_of_the_unit(text: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert {s for (s, o), c in found.items() if o == "US Army" and c == "asserted"} == SOLDIERS, found


def test_a_denied_membership_stays_denied_for_every_ranked_name() -> None:
    found = named_links(
        "Sgt. Ann Lowry, Spc. Bo Hartley and Spc. Cy Dunmore were not members of the US Army Reserve.", "MEMBER_OF"
    )
    assert not [pair for pair, c in found.items() if c == "asserted"], found


def test_ranked_names_with_other_bodies_between_are_not_the_units() -> None:
    found = named_links(
        "US Army Reserve soldiers met Sgt. Ann Lowry of the Navy, Spc. Bo Hartley of the Navy and Mayor Cy Dunmore.",
        "MEMBER_OF",
    )
    assert not [s for s, o in found if o == "US Army"], found


def test_a_shortened_rank_is_one_word_and_a_name_at_a_sentences_end_keeps_its_stop() -> None:
    words = [
        t.text for t in load_nlp()("Lt. Col. Ann Lowry and Capt. Bo Hartley joined the Army. Maj. Cy Dunmore left.")
    ]
    assert {"Lt.", "Col.", "Capt.", "Maj."} <= set(words) and "Army" in words, words


def test_a_body_named_before_a_rank_is_the_body_without_the_rank() -> None:
    found = named_links("Marine Corps Lance Cpl. Ann Lowry, 20, of Dayton, Ohio, died in the blast.", "MEMBER_OF")
    assert ("Ann Lowry", "Marine Corps") in found, found
