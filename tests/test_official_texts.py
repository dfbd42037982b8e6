"""The wording of official texts (sanctions notices, panel reports, military releases): each construction on a
sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of
from test_real_text import certainties, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "Karim Haddad, a Dubai-based Hamas financier, was designated by the Treasury on Tuesday.",
            ("hamas", "BASED_IN", "dubai"),
            ("karim-haddad", "FUNDS", "hamas"),
        ),
        (
            "The sanctions also hit Omar Saleh, a Turkey-based ISIS operative who moved recruits into Syria.",
            ("isis", "BASED_IN", "turkey"),
            ("omar-saleh", "MEMBER_OF", "isis"),
        ),
    ],
)
def test_a_place_before_a_noun_of_one_person_places_the_person_not_the_group_named_in_it(
    text: str, wrong: tuple[str, str, str], right: tuple[str, str, str]
) -> None:
    found = triples(text)
    assert wrong not in found and right in found, found


def test_a_place_before_a_group_s_fighters_still_places_the_group() -> None:
    found = triples("Kenya-based al-Shabaab fighters crossed the border at dawn.")
    assert ("al-shabaab", "BASED_IN", "kenya") in found, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Yusuf Omar, an ISIS financial facilitator, wired money to fighters in Syria.",
            ("yusuf-omar", "FUNDS", "isis"),
        ),
        ("Nadia Petrova, a Wagner executive, flew to Bamako in May.", ("nadia-petrova", "WORKS_FOR", "wagner-group")),
        (
            "Lin Wei, the chief executive officer of Sunrise Trading Company, was also designated.",
            ("lin-wei", "LEADS", "sunrise-trading-company"),
        ),
    ],
)
def test_the_roles_of_designation_notices(text: str, triple: tuple[str, str, str]) -> None:
    assert certainties(text).get(triple) == "asserted", triples(text)


def test_a_rank_after_a_title_leaves_the_title_its_role() -> None:
    text = "CENTCOM struck a depot. CENTCOM commander Gen. Michael Kurilla said the depot burned."
    assert {t for t in triples(text) if t[0] == "michael-kurilla" and t[2] == "centcom"}, triples(text)


def test_a_strike_that_killed_by_its_participle_targeted_the_one_killed() -> None:
    text = "Coalition forces conducted an airstrike in Raqqa on Friday, killing Abu Hamza, a senior commander of ISIS."
    found = triples(text)
    assert ("raqqa-attack-2024-03", "TARGETED", "abu-hamza") in found, found
    assert ("raqqa-attack-2024-03", "OCCURRED_AT", "raqqa") in found, found


def test_a_deed_and_a_harm_told_apart_make_no_target() -> None:
    text = "Coalition forces conducted an airstrike in Raqqa on Friday and later killed Abu Hamza in Mosul."
    assert ("raqqa-attack-2024-03", "TARGETED", "abu-hamza") not in triples(text), triples(text)


def test_an_arms_embargo_on_a_group_is_a_sanction() -> None:
    text = "The UN Security Council imposed an arms embargo on the Houthis in 2015."
    assert certainties(text).get(("houthis", "SANCTIONED_BY", "un-security-council")) == "asserted", triples(text)


def test_weapons_received_from_a_group_are_its_backing() -> None:
    text = "The Rapid Support Forces received missiles from the Wagner Group last year."
    assert ("wagner-group", "FUNDS", "rapid-support-forces") in triples(text), triples(text)


def test_a_front_company_named_after_its_owner_is_tied_to_it() -> None:
    text = "Ridgeway Minerals, a Wagner front company, was sanctioned in 2021."
    assert ("ridgeway-minerals", "AFFILIATED_WITH", "wagner-group") in triples(text), triples(text)


def test_a_country_of_a_scene_before_the_clause_does_not_sanction() -> None:
    text = "In Sudan, Meroe Gold, a Wagner front company, was sanctioned in 2020."
    assert not {t for t in triples(text) if t[1] == "SANCTIONED_BY"}, triples(text)


def test_a_name_beside_a_noun_of_a_company_is_an_organisation() -> None:
    kg = graph_of("In Sudan, Meroe Gold, a Wagner front company, was sanctioned in 2020.")
    assert kg.g.nodes["meroe-gold"]["label"] == "Organization"


def test_a_headline_phrase_written_below_in_lower_case_is_no_name() -> None:
    text = (
        "Ministry Lists Delta Brigade as a Terrorist Organisation\n\n"
        "The interior ministry listed the Delta Brigade as a terrorist organisation on Monday."
    )
    names = {d["name"] for _, d in graph_of(text).g.nodes(data=True)}
    assert not {n for n in names if "Terrorist" in n}, names


def test_a_body_subordinate_to_another_is_one_of_its_parts() -> None:
    text = "Korea Sobaeksu Trading Company is subordinate to the Munitions Industry Department."
    found = triples(text)
    assert ("korea-sobaeksu-trading-company", "MEMBER_OF", "munitions-industry-department") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Delta Brigade is a subordinate of the Kivu Defence Forces.",  # the noun, with "of"
        "The Delta Brigade operates as a subordinate to the Kivu Defence Forces.",  # the noun, with "to"
    ],
)
def test_a_body_named_as_another_s_subordinate_is_one_of_its_parts(text: str) -> None:
    assert ("delta-brigade", "MEMBER_OF", "kivu-defence-forces") in triples(text), triples(text)


def test_an_agency_s_administrator_heads_it_and_is_no_word_of_the_name() -> None:
    text = "The Drug Enforcement Administration, headed by Administrator Anne Milgram, said the labs were in Culiacan."
    assert ("anne-milgram", "LEADS", "dea") in triples(text), triples(text)
