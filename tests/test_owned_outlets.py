"""An outlet named beside a noun of its kind that a group's possessive owns is the group's (``referred_bodies`` of
``seeds/relations.yaml``, loaders/referred_bodies.py); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

GROUP = "The Kivu Liberation Front said on Monday that its fighters had taken the town."


@pytest.mark.parametrize(
    "text",
    [
        f"{GROUP} The group claimed the raid through its Sauti Huru news agency.",  # the name before the noun
        f"{GROUP} It claimed the raid through its news agency Sauti Huru.",  # the name after the noun
        "The raid was claimed by the Kivu Liberation Front's news agency Sauti Huru on Monday.",  # the owner named
    ],
)
def test_an_owned_outlet_is_a_part_of_its_owner(text: str) -> None:
    links = links_by_name(text)
    assert ("Sauti Huru", "MEMBER_OF", "Kivu Liberation Front") in links, links


def test_a_name_that_qualifies_another_noun_is_no_part() -> None:
    links = links_by_name(f"{GROUP} It posted a video on its Telegram channel on Tuesday.")
    assert not any(t == "MEMBER_OF" and o == "Kivu Liberation Front" for _, t, o in links), links


def test_the_subject_of_the_outlets_clause_owns_it_before_an_earlier_body() -> None:
    text = (
        'The Congolese army said the bomb killed ten people. "This is a terrorist act," said a spokesman for the '
        "army's operations in North Kivu. On Monday the Kivu Liberation Front group claimed the attack through its "
        "Sauti Huru news agency."
    )
    links = links_by_name(text)
    assert ("Sauti Huru", "MEMBER_OF", "Kivu Liberation Front") in links, links
    assert not any(s == "Sauti Huru" and o != "Kivu Liberation Front" for s, t, o in links if t == "MEMBER_OF"), links


def test_an_outlet_named_before_its_noun_holds_the_role_set_beside_it() -> None:
    text = "Hours later, the Sauti Huru news agency, the propaganda outlet of the Kivu Liberation Front, spoke."
    links = links_by_name(text)
    assert ("Sauti Huru", "MEMBER_OF", "Kivu Liberation Front") in links, links
