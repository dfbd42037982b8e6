"""Incident links said in more ways: what a named operation launched "against" a group aimed at, the group an
apposition puts "behind" an incident, the group a bomber comes from, the body an incident's place phrase names, a
relative clause of claim the parse hangs on the incident's place, a siege laid by a verb, the place of an incident
the parse hung on the verb that lays it on someone, a claim by participle on a noun that restates an incident, blame
laid on fighters linked to a group, the place of a harm told before the new incident it was done in, where an
incident's victims were before the wider place its verb was given; each construction on a sentence written
for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of
from conftest import named_links as links

pytestmark = pytest.mark.model


def test_a_named_operation_launched_against_a_group_targeted_it() -> None:
    text = "Kenya launched Operation Linda Boni against al-Shabaab in the Boni forest in September 2015."
    assert links(text, "TARGETED") == {("Operation Linda Boni", "al-Shabaab"): "asserted"}
    assert links(text, "BLAMED_FOR") == {("Kenya", "Operation Linda Boni"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Who is Boko Haram, the jihadist group behind the Maiduguri bombings?",
        "Boko Haram, the group behind the 2015 bombings of a market in Maiduguri, has split.",
    ],
)
def test_the_group_an_apposition_puts_behind_an_incident_is_blamed_for_it(text: str) -> None:
    assert links(text, "BLAMED_FOR") == {("Boko Haram", "Maiduguri bombings"): "asserted"}


def test_every_group_of_a_list_an_apposition_puts_behind_an_incident_is_blamed_for_it() -> None:
    text = "Who are Boko Haram and ISWAP, the jihadists behind the Maiduguri bombings?"
    assert set(links(text, "BLAMED_FOR")) == {
        ("Boko Haram", "Maiduguri bombings"),
        ("Islamic State West Africa Province", "Maiduguri bombings"),
    }


def test_the_group_a_suicide_bomber_came_from_carried_out_the_killing() -> None:
    text = "A suicide bomber from Boko Haram killed 19 people at a mosque in Konduga on Sunday."
    assert links(text, "BLAMED_FOR") == {("Boko Haram", "Konduga killing"): "asserted"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A car bombing outside the Defence Ministry in Kabul on Monday killed six guards.", "Kabul car bombing"),
        ("A shooting at the Electoral Commission in Nairobi on Monday killed a guard.", "Nairobi shooting"),
    ],
)
def test_the_body_an_incidents_place_phrase_is_named_by_was_targeted(text: str, event: str) -> None:
    found = links(text, "TARGETED")
    assert {o for _, o in found} and all(s == event for s, _ in found), found
    assert any(o.endswith(("Defence Ministry", "Electoral Commission")) for _, o in found), found


def test_a_body_that_only_names_the_place_of_the_thing_hit_was_not_targeted() -> None:
    assert links("The attack at an ADF camp in Beni killed four rebels.", "TARGETED") == {}


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("The ambush on an army convoy near Gao, which JNIM carried out on Monday, killed nine soldiers.", "asserted"),
        ("The raid on a police post in Gao, which JNIM claimed on Telegram, killed six officers.", "asserted"),
    ],
)
def test_a_claim_in_a_relative_clause_hung_on_the_incidents_place_lays_the_incident_on_its_subject(
    text: str, certainty: str
) -> None:
    found = links(text, "BLAMED_FOR")
    assert list(found.values()) == [certainty] and {s for s, _ in found} == {"JNIM"}, found


def test_a_relative_clause_on_the_thing_hit_that_tells_no_deed_lays_nothing() -> None:
    assert links("The attack on the convoy near Gao, which the army escorted, killed six officers.", "BLAMED_FOR") == {}


def test_a_town_a_group_besieged_was_attacked_in_a_siege_laid_on_the_group() -> None:
    text = "The RSF besieged El Obeid in May."
    assert links(text, "ATTACKED") == {("Rapid Support Forces", "El Obeid"): "asserted"}
    assert links(text, "BLAMED_FOR") == {("Rapid Support Forces", "El Obeid offensive"): "asserted"}
    assert links(text, "TARGETED") == {("El Obeid offensive", "El Obeid"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Police blamed the ADF for the massacre at a school in Beni in June.",
        "The army accused the ADF of the massacre at a school in Beni in June.",
    ],
)
def test_the_place_of_an_incident_the_parse_hangs_on_the_blaming_verb_is_the_incidents(text: str) -> None:
    assert links(text, "BLAMED_FOR") == {("Allied Democratic Forces", "Beni massacre"): "alleged"}
    assert links(text, "OCCURRED_AT") == {("Beni massacre", "Beni"): "asserted"}


def test_a_phrase_of_the_blaming_verb_after_another_is_not_the_incidents() -> None:
    text = "Police blamed the ADF for the massacre, in a statement read in Beni."
    assert ("Beni massacre", "Beni") not in links(text, "OCCURRED_AT")


def test_a_noun_restating_an_incident_with_a_participle_of_claim_lays_the_incident_on_the_claimant() -> None:
    text = "Gunmen killed 40 people at a market in Dikwa in March, an attack claimed by ISWAP."
    assert links(text, "BLAMED_FOR") == {("Islamic State West Africa Province", "Dikwa killing"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Police blamed fighters linked to Boko Haram for the bombing of a market in Dikwa on Monday.",
        "A bombing at a market in Dikwa on Monday killed 20 people. Police blamed fighters linked to Boko Haram.",
    ],
)
def test_blame_laid_on_fighters_linked_to_a_group_is_laid_on_the_group(text: str) -> None:
    assert links(text, "BLAMED_FOR") == {("Boko Haram", "Dikwa bombing"): "alleged"}


def test_an_attack_on_a_base_a_region_qualifies_is_named_by_where_the_base_stands() -> None:
    text = "On Tuesday, fighters from the group attacked a Jubaland military base at Beled Hawo, sending a car bomb."
    found = links(text, "OCCURRED_AT")
    assert ("Beled Hawo attack", "Beled Hawo") in found, found


def test_the_body_a_victims_apposition_names_was_attacked_through_its_commander_not_targeted() -> None:
    text = "An Israeli strike on a building in Tyre killed Ali Hassan, the commander of the Radwan Force, on Friday."
    assert ("Tyre strike", "Radwan Force") not in links(text, "TARGETED")
    assert ("Tyre strike", "Ali Hassan") in links(text, "TARGETED")
    assert ("Israel", "Radwan Force") in links(text, "ATTACKED")


def test_a_body_named_only_inside_a_victims_apposition_was_not_targeted() -> None:
    text = "An Israeli strike on a building in Tyre killed Ali Hassan, the son of a Hamas official, on Friday."
    assert not any(o == "Hamas" for _, o in links(text, "TARGETED"))


LINKED_STORY = (
    "Related: Drone strike in Kismayo kills two al-Shabaab fighters\n\n"
    "On Tuesday, fighters from the group attacked a Jubaland military base at Beled Hawo, sending a car bomb. "
    "Officials said their troops repelled the assault and killed most of the attackers. "
    "Al-Shabaab claimed the attack through its Shahada news agency."
)


@pytest.mark.parametrize("date", ["2024-03-08", "2025-01-03"])
def test_a_reference_back_passes_over_an_incident_told_in_a_link_to_another_story(date: str) -> None:
    kg = graph_of(LINKED_STORY, date)
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    blamed = {(s, name[o]) for s, o, k in kg.g.edges(keys=True) if k == "BLAMED_FOR"}
    assert blamed == {("al-shabaab", "Beled Hawo attack")}, blamed


def test_an_act_a_link_to_another_story_tells_by_its_verb_is_an_incident_of_its_own() -> None:
    text = (
        "Iran fired missiles at Erbil on Monday, killing four people.\n\n"
        "(Writing by Baghdad bureau)\n\n"
        "Related: Iran also strikes militant targets in Pakistan's Balochistan"
    )
    assert links(text, "BLAMED_FOR").keys() == {("Iran", "Fire on Erbil"), ("Iran", "Balochistan attack")}


def test_a_reference_back_does_not_mean_an_act_a_link_to_another_story_tells() -> None:
    text = (
        "Fighters raided a village near Kozinka on Monday, officials said.\n\n"
        "Related: Drones strike oil depot in Russia's Belgorod region\n\n"
        "The Freedom of Russia Legion said it carried out the raid."
    )
    assert links(text, "BLAMED_FOR") == {("Freedom of Russia Legion", "Kozinka attack"): "asserted"}


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("Explainer: Who is Boko Haram, the group behind Nigeria's Kano bombings?", {"boko-haram"}),
        ("Iran's Erbil strike killed four people on Monday.", {"iran"}),
    ],
)
def test_a_states_possessive_on_an_incident_at_a_place_within_it_only_sets_the_scene(
    text: str, blamed: set[str]
) -> None:
    kg = graph_of(text)
    assert {s for s, _, k in kg.g.edges(keys=True) if k == "BLAMED_FOR"} == blamed


@pytest.mark.parametrize(
    ("text", "bystander"),
    [
        (
            "At the direction of President Biden, U.S. jets struck Islamic State positions near Mosul on Monday.",
            "Biden",
        ),
        (
            "At the request of the Iraqi government, U.S. jets struck Islamic State positions near Mosul on Monday.",
            "Iraq",
        ),
    ],
)
def test_whoever_an_attack_was_done_at_the_word_of_was_not_its_target(text: str, bystander: str) -> None:
    attacked, targeted = links(text, "ATTACKED"), links(text, "TARGETED")
    assert not any(bystander in o for _, o in [*attacked, *targeted]), (attacked, targeted)
    assert ("United States", "ISIS") in attacked


def test_a_second_relative_clause_of_blame_lays_the_incident_the_first_describes() -> None:
    text = "The 2016 car bombing in Baidoa, which killed 30 people and which the police blamed on al-Shabaab, shook it."
    assert links(text, "BLAMED_FOR") == {("al-Shabaab", "Baidoa car bombing"): "alleged"}


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        ("A rebel commander was killed near Kidal on Monday in a drone strike.", "Kidal drone strike", "Kidal"),
        ("Two soldiers were shot dead in Gao on Sunday in an ambush by JNIM.", "Gao ambush", "Gao"),
    ],
)
def test_the_place_of_the_harm_before_the_new_incident_it_was_done_in_is_the_incidents(
    text: str, event: str, place: str
) -> None:
    assert links(text, "OCCURRED_AT") == {(event, place): "asserted"}


def test_a_date_that_opens_the_sentence_of_the_harm_gives_the_incident_no_place() -> None:
    assert links("In January, two soldiers were killed in an ambush.", "OCCURRED_AT") == {}


def test_where_an_incidents_victims_were_comes_before_the_wider_place_its_verb_was_given() -> None:
    text = "In May 2021, an army air strike killed six herders near Tessit, in the Gao region."
    found = links(text, "OCCURRED_AT")
    assert {p for _, p in found} == {"Tessit"}, found
