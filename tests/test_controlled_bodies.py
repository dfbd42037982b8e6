"""A body a state's body controls, attached to or taken into another, is part of it; "All three" after a list of three
names stands for them (loaders/controlled_bodies.py, the MEMBER_BY_ATTACHMENT and MEMBER_BY_INTEGRATION verbs of
seeds/relations.yaml, loaders/counted_references.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import certainties_of, links_by_name

pytestmark = pytest.mark.model

MINISTRY = "General Intelligence Directorate of Syria"


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "The Northern Legion, a new formation controlled by Russia's Defence Ministry, arrived in Mali.",
            ("Northern Legion", "MEMBER_OF", "Defence Ministry"),
        ),
        (
            f"The Treasury sanctioned the Red Falcon Unit, which is controlled by the {MINISTRY}.",
            ("Red Falcon Unit", "MEMBER_OF", MINISTRY),
        ),
        (
            "Moscow said the Northern Legion was controlled by the Russian Ministry of Defence.",
            ("Northern Legion", "MEMBER_OF", "Russian Ministry of Defence"),
        ),
        (
            "The Eastern Shield Brigade is formally attached to the Ministry of Defence.",
            ("Eastern Shield Brigade", "MEMBER_OF", "Ministry of Defence"),
        ),
        (
            "The Unit for Community Renewal, an office attached to the Salvadoran presidency, works with schools.",
            ("Unit for Community Renewal", "MEMBER_OF", "Salvadoran presidency"),
        ),
        (
            "The Rapid Deterrence Force, which is attached to the Presidential Council, carries out raids in Tripoli.",
            ("Rapid Deterrence Force", "MEMBER_OF", "Presidential Council"),
        ),
        (
            "Colonel Ahmed Karimi, an officer attached to the Interior Ministry of Iraq, was killed.",
            ("Ahmed Karimi", "WORKS_FOR", "Interior Ministry of Iraq"),
        ),
    ],
)
def test_a_body_controlled_by_or_attached_to_a_state_body_is_part_of_it(text: str, link: tuple[str, str, str]) -> None:
    found = links_by_name(text)
    assert link in found, found


@pytest.mark.parametrize(
    ("text", "owned", "owner"),
    [
        (
            "Two conglomerates controlled by the Burmese military, Myanmar Gem Holdings and Yadanar Trading Company,"
            " were listed.",
            "Yadanar Trading Company",
            "Tatmadaw",
        ),
        ("Kilo Trading LLC is controlled by the Syrian Arab Army.", "Kilo Trading LLC", "Syrian Arab Army"),
        (
            "The Legislative Assembly, controlled by the New Dawn Party, approved the law.",
            "Legislative Assembly",
            "New Dawn Party",
        ),
    ],
)
def test_a_company_or_a_body_a_party_controls_is_no_part_of_it(text: str, owned: str, owner: str) -> None:
    found = links_by_name(text)
    assert (owned, "MEMBER_OF", owner) not in found, found


def test_places_held_and_things_attached_make_no_member() -> None:
    found = links_by_name(
        "The town of Kobane is controlled by the Syrian Democratic Forces. The Defence Ministry attached great"
        " importance to the talks with the Eastern Shield Brigade. A camera attached to the drone filmed the Eastern"
        " Shield Brigade."
    )
    assert not {link for link in found if link[1] == "MEMBER_OF"}, found


def test_a_body_said_not_attached_is_denied() -> None:
    found = certainties_of("The Eastern Shield Brigade is not attached to the Ministry of Defence.")
    assert found.get(("eastern-shield-brigade", "MEMBER_OF", "ministry-of-defence")) == "negated", found


LISTED = "The Treasury sanctioned three groups: the Red Falcon Brigade, the Blue Lotus Front and the Green Viper"


@pytest.mark.parametrize(
    "text",
    [
        f"{LISTED} Battalion. All three are controlled by the {MINISTRY}.",
        f"{LISTED} Battalion. All three groups are controlled by the {MINISTRY}.",
        f"{LISTED} Battalion, and all three are controlled by the {MINISTRY}.",
    ],
)
def test_all_three_after_a_list_of_three_stands_for_each(text: str) -> None:
    found = links_by_name(text)
    for group in ("Red Falcon Brigade", "Blue Lotus Front", "Green Viper Battalion"):
        assert (group, "MEMBER_OF", MINISTRY) in found, found


@pytest.mark.parametrize(
    "text",
    [
        f"The Treasury sanctioned the Red Falcon Brigade and the Blue Lotus Front. All three are controlled by the"
        f" {MINISTRY}.",
        f"The Treasury sanctioned the Red Falcon Brigade, the Blue Lotus Front and the Green Viper Battalion. Three"
        f" are controlled by the {MINISTRY}.",
        f"The Treasury sanctioned the Red Falcon Brigade, the Blue Lotus Front and the Green Viper Battalion. The two"
        f" are controlled by the {MINISTRY}.",
    ],
)
def test_a_count_that_fits_no_list_or_has_no_determiner_or_counts_two_stands_for_no_one(text: str) -> None:
    found = links_by_name(text)
    assert not {link for link in found if link[1] == "MEMBER_OF"}, found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "In 2014 the Azov Battalion was incorporated into the National Guard of Ukraine.",
            ("Azov Brigade", "MEMBER_OF", "National Guard of Ukraine"),
        ),
        (
            "The Desert Hawks Brigade was folded into the Fifth Corps in 2017.",
            ("Desert Hawks Brigade", "MEMBER_OF", "Fifth Corps"),
        ),
        (
            "Kataib Hezbollah's brigades are registered in the Popular Mobilization Forces as the 45th, 46th and 47th"
            " brigades.",
            ("Kataib Hezbollah", "MEMBER_OF", "Popular Mobilization Units"),
        ),
        (
            "The Red Falcon Brigade was absorbed into the Northern Alliance in 2019.",
            ("Red Falcon Brigade", "MEMBER_OF", "Northern Alliance"),
        ),
        (
            "The Red Falcon Brigade, which was integrated into the Syrian Arab Army in 2018, guards Deir ez-Zor.",
            ("Red Falcon Brigade", "MEMBER_OF", "Syrian Arab Army"),
        ),
    ],
)
def test_a_body_taken_into_another_is_its_member(text: str, link: tuple[str, str, str]) -> None:
    found = links_by_name(text)
    assert link in found, found


def test_places_firms_a_body_s_men_or_an_integration_refused_make_no_member() -> None:
    found = links_by_name(
        "Papua was incorporated into Indonesia after a vote in 1969. The network includes companies registered in"
        " Cambodia and Hong Kong. The Red Falcon Brigade refused to be integrated into the Syrian Arab Army. The Blue"
        " Lotus Front registered with the Election Commission in 2015. The Desert Hawks Brigade's fighters were folded"
        " into the Fifth Corps in 2017. Many of the Green Viper Battalion's fighters were absorbed into the Fifth"
        " Corps."
    )
    assert not {link for link in found if link[1] == "MEMBER_OF"}, found


def test_a_body_said_not_integrated_is_denied() -> None:
    found = certainties_of("The Red Falcon Brigade was not integrated into the Syrian Arab Army.")
    assert found.get(("red-falcon-brigade", "MEMBER_OF", "syrian-arab-army")) == "negated", found
