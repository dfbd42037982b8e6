"""What an attack told by a verb of doing hit: the aim the parse hangs on the verb ("conducted air strikes on X",
"carried out air strikes on X and Y"), a campaign kept up by its doer ("kept up strikes on X"), and the place a verb of
attack hits itself ("stormed the X Hotel"); each construction on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of
from conftest import named_links as links

pytestmark = pytest.mark.model


def test_the_aim_hung_on_the_verb_that_carried_out_the_strikes_was_attacked() -> None:
    text = "Turkey conducted air strikes on Raqqa on Tuesday, the ministry said."
    assert links(text, "ATTACKED").get(("Turkey", "Raqqa")) == "asserted"
    assert any(place == "Raqqa" for _, place in links(text, "OCCURRED_AT"))  # a place struck is where it happened
    assert not links(text, "TARGETED")  # (only an offensive or siege targets its place: incidents.besieged_places)


def test_plural_strikes_carried_out_on_two_towns_are_one_incident_there() -> None:
    text = "Jordanian jets carried out air strikes on Marib and Taiz early on Sunday, the army said."
    places = {place for _, place in links(text, "OCCURRED_AT")}
    assert places == {"Marib", "Taiz"}, places
    assert [doer for doer, _ in links(text, "BLAMED_FOR")] == ["Jordan"]


def test_strikes_only_in_a_town_do_not_aim_at_it_through_the_verb() -> None:
    text = "Turkey conducted air strikes on YPG positions in Raqqa on Tuesday, the ministry said."
    assert not any(place == "Raqqa" for _, place in links(text, "TARGETED"))


def test_who_kept_up_strikes_on_a_group_attacked_it() -> None:
    found = links("Turkey has kept up drone strikes on YPG commanders in northern Syria.", "ATTACKED")
    assert found.get(("Turkey", "YPG")) == "asserted", found


def test_a_call_to_continue_attacks_is_no_attack() -> None:
    found = links("In the recording, Baghdadi urged followers to continue attacks on the United States.", "ATTACKED")
    assert not found, found


def test_the_place_a_verb_of_attack_stormed_is_the_incidents_target() -> None:
    text = "Suspected ISWAP fighters stormed Al-Noor Hospital in Maiduguri late on Friday."
    found = links(text, "TARGETED")
    assert found.get(("Al-Noor Hospital attack", "Al-Noor Hospital")) == "asserted", found


def test_the_name_before_the_facility_noun_a_verb_of_attack_hit_is_the_incidents_target() -> None:
    text = "Suspected ADF fighters attacked the Golden Tulip hotel complex in Beni on Friday, killing nine guests."
    targets = {place for _, place in links(text, "TARGETED")}
    assert targets == {"Golden Tulip hotel"}, targets  # the hotel the complex is named by, not the town around it


def test_a_town_naming_what_a_verb_of_attack_hit_that_is_no_site_is_not_its_target() -> None:
    text = "Gunmen attacked the Kindu district office of the electoral commission on Tuesday, wounding two guards."
    assert not any(place == "Kindu" for _, place in links(text, "TARGETED"))


def test_the_town_around_what_a_verb_of_attack_hit_is_not_its_target() -> None:
    text = "Suspected ISWAP fighters attacked an army convoy near Maiduguri late on Friday."
    assert not any(place == "Maiduguri" for _, place in links(text, "TARGETED"))


def test_a_capital_a_verb_of_attack_hits_is_the_city() -> None:
    text = "On Sunday CPC rebels attacked Bangui from two directions."
    assert ("CPC", "Bangui") in links(text, "ATTACKED")
    assert not any(victim == "Central African Republic" for _, victim in links(text, "ATTACKED"))


def test_a_capital_that_blames_still_stands_for_its_state() -> None:
    text = "Bangui accused the CPC of attacking the town of Bossangoa on Sunday."
    assert not any(place == "Bangui" for _, place in links(text, "ATTACKED"))


def test_a_possessive_in_a_clauses_object_is_its_own_subjects() -> None:
    text = "Hezbollah says it will stop firing only when Israel ends its offensive in Gaza."
    blamed = {s for s, _, k in graph_of(text).g.edges(keys=True) if k == "BLAMED_FOR"}
    assert blamed == {"israel"}, blamed


def test_the_owner_of_a_later_group_among_those_killed_was_attacked() -> None:
    found = links(
        "ISWAP fighters killed dozens of soldiers and members of the Chadian contingent on Friday.", "ATTACKED"
    )
    assert ("Islamic State West Africa Province", "Chad") in found, found


def test_the_groups_a_victim_belongs_to_in_apposition_were_not_attacked() -> None:
    text = "Omar Hadi, a member of the Jenin Brigade and an associate of Ali Saleh, was killed by Israeli forces."
    victims = {victim for _, victim in links(text, "ATTACKED")}
    assert victims == {"Omar Hadi"}, victims


def test_the_town_a_single_thing_hit_stands_in_was_not_attacked_but_is_the_scene() -> None:
    text = "Israeli jets struck a house in Khan Younis on Monday, killing three people."
    assert not any(place == "Khan Younis" for _, place in links(text, "ATTACKED"))
    assert any(place == "Khan Younis" for _, place in links(text, "OCCURRED_AT"))


def test_the_town_beside_a_single_thing_an_attack_noun_hit_was_not_attacked() -> None:
    text = "A Turkish drone strike on a car near Qamishli killed two SDF fighters on Sunday."
    assert not any(place == "Qamishli" for _, place in links(text, "ATTACKED"))
    assert links(text, "ATTACKED").get(("Turkey", "Syrian Democratic Forces")) == "asserted"


def test_the_town_a_verbs_place_names_for_a_single_thing_stormed_was_not_attacked() -> None:
    text = "Al-Shabaab fighters stormed a police post at Mandera on Tuesday."
    assert not any(place == "Mandera" for _, place in links(text, "ATTACKED"))


def test_the_sea_where_many_things_were_hit_was_attacked() -> None:
    assert ("Houthis", "Red Sea") in links("The Houthis fired missiles at ships in the Red Sea.", "ATTACKED")


def test_the_places_given_as_examples_of_those_struck_are_the_incidents_targets() -> None:
    text = (
        "The attackers struck more than ten communities, including Ain Kessa, Bet Harun and the town of Marbek,"
        " on Saturday."
    )
    targets = {place for _, place in links(text, "TARGETED")}
    assert {"Ain Kessa", "Bet Harun"} <= targets, targets


def test_who_retaliated_with_strikes_on_a_place_attacked_it() -> None:
    found = links("Pakistan retaliated with air strikes on Kandahar on Thursday.", "ATTACKED")
    assert found.get(("Pakistan", "Kandahar")) == "asserted", found
    assert ("Israel", "Hezbollah") in links("Israel responded with strikes on Hezbollah positions.", "ATTACKED")


def test_a_response_with_strikes_only_announced_is_no_attack() -> None:
    found = links("Iran warned that it would retaliate with strikes on Israel.", "ATTACKED")
    assert not found, found


def test_a_headline_s_clause_before_a_semicolon_is_read_as_its_own_sentence() -> None:
    text = "Turkish jets pound Qandil and Metina after bombing; Rebels vow to fight on\n\nThe ministry gave no toll."
    found = links(text, "ATTACKED")
    assert {("Turkey", "Qandil Mountains"), ("Turkey", "Metina")} <= set(found), found


def test_a_second_on_phrase_coordinated_with_the_first_names_another_target() -> None:
    text = "The Zarqa Brigade has carried out attacks on Egyptian troops and on the Cairo Stock Exchange."
    found = links(text, "ATTACKED")
    assert {("Zarqa Brigade", "Egypt"), ("Zarqa Brigade", "Cairo Stock Exchange")} <= found.keys(), found


def test_a_second_of_phrase_names_another_incidents_victim_not_the_firsts() -> None:
    text = "The LTTE was blamed for the killing of Lakshman Kadirgamar in 2005 and of Ranjan Wijeratne in 1991."
    targeted = links(text, "TARGETED")
    assert ("Lakshman Kadirgamar killing", "Ranjan Wijeratne") not in targeted, targeted


def test_an_offensive_pressed_towards_a_town_attacked_it() -> None:
    found = links("Russia's offensive towards Kupiansk stalled in October, Ukrainian officials said.", "ATTACKED")
    assert ("Russia", "Kupiansk") in found, found
