"""Places stated inside one sentence: where an organisation operates and where a place lies, each construction on a
sentence written for its test (the rules alone)."""

from __future__ import annotations

from conftest import links_of


def test_places_included_after_a_verb_of_operating_are_bases_too() -> None:
    found = links_of(
        "The Sentinel Front operates in the north, including in the Kidal region of Mali and around Tessalit."
    )
    assert ("sentinel-front", "BASED_IN", "kidal") in found, found
    assert ("sentinel-front", "BASED_IN", "tessalit") in found, found


def test_a_place_included_after_another_verb_is_no_base() -> None:
    found = links_of("The Sentinel Front attacked convoys across the north, including in Tessalit.")
    assert ("sentinel-front", "BASED_IN", "tessalit") not in found, found


def test_a_group_set_up_as_another_s_branch_in_a_place_is_based_there_not_its_parent() -> None:
    found = links_of("The Sentinel Front was formed in 2015 as the Dawn Movement's branch in Niger.")
    assert ("sentinel-front", "BASED_IN", "niger") in found, found
    assert ("dawn-movement", "BASED_IN", "niger") not in found, found


def test_a_parent_s_branch_in_a_place_still_places_the_parent() -> None:
    found = links_of("The Dawn Movement's branch in Niger claimed the ambush.")
    assert ("dawn-movement", "BASED_IN", "niger") in found, found


def test_a_place_described_as_a_community_or_a_garrison_lies_in_the_place_after() -> None:
    community = links_of("Gunmen stormed Kouremale, a farming community in the Koulikoro region, on Monday.")
    garrison = links_of("Soldiers held Tarkint, a desert garrison in the Gao region, for a week.")
    assert ("kouremale", "LOCATED_IN", "koulikoro") in community, community
    assert ("tarkint", "LOCATED_IN", "gao") in garrison, garrison


def test_a_division_named_after_its_state_s_demonym_lies_in_the_state() -> None:
    found = links_of("Troops were sent to the north-eastern Nigerian state of Adamawa after the raid.")
    assert ("adamawa", "LOCATED_IN", "nigeria") in found, found


def test_a_division_named_after_a_place_s_name_is_not_read_as_in_it() -> None:
    found = links_of("Fighting raged in the Kidal region of Mali.")
    assert ("mali", "LOCATED_IN", "kidal") not in found, found
    assert ("kidal", "LOCATED_IN", "mali") in found, found


def test_a_place_joined_to_another_as_nearby_lies_near_it() -> None:
    found = links_of("The governor visited Kidal and the nearby town of Aguelhok on Monday.")
    assert ("aguelhok", "LOCATED_IN", "kidal") in found, found


def test_a_neighbouring_state_is_not_in_the_state_before() -> None:
    found = links_of("Troops were deployed to Iraq and neighbouring Syria.")
    assert ("syria", "LOCATED_IN", "iraq") not in found, found


def test_a_place_said_to_straddle_span_or_stretch_over_others_lies_in_each() -> None:
    straddling = links_of("Smugglers crossed the Ogaden region, straddling Jijiga and Degehabur, last year.")
    spanning = links_of("The Sahel region, which spans Mali, Niger and Chad, is poor.")
    stretching = links_of(
        "Gunmen fled into the Tibesti mountains, which stretch from northern Chad into southern Libya."
    )
    assert ("somali-region", "LOCATED_IN", "degehabur") in straddling, straddling
    assert {("sahel", "LOCATED_IN", "mali"), ("sahel", "LOCATED_IN", "chad")} <= spanning, spanning
    assert {("tibesti", "LOCATED_IN", "chad"), ("tibesti", "LOCATED_IN", "libya")} <= stretching, stretching


def test_a_group_covering_places_is_not_a_place_in_them() -> None:
    found = links_of("The Sentinel Front's patrols covered Kidal and Gao.")
    assert not any(k == "LOCATED_IN" and o in {"kidal", "gao"} for _, k, o in found), found


def test_a_body_set_up_in_a_place_is_based_there() -> None:
    found = links_of("The Sentinel Council, an administration set up in Kidal in 2014, runs the courts.")
    assert ("sentinel-council", "BASED_IN", "kidal") in found, found


def test_setting_a_date_in_a_place_places_no_one() -> None:
    found = links_of("The Sentinel Front set a date in Kidal for the talks.")
    assert ("sentinel-front", "BASED_IN", "kidal") not in found, found


def test_a_group_s_leadership_in_a_place_places_the_group() -> None:
    found = links_of("The proposal was rejected by the Sentinel Front's leadership in Kidal.")
    assert ("sentinel-front", "BASED_IN", "kidal") in found, found


def test_a_group_based_along_a_border_is_based_where_the_border_s_phrase_puts_it() -> None:
    found = links_of("The Sentinel Front, which is based along the Malian border in the Tillaberi region, denied it.")
    assert ("sentinel-front", "BASED_IN", "tillaberi") in found, found
    assert ("sentinel-front", "BASED_IN", "mali") not in found, found


def test_a_border_named_by_a_demonym_alone_places_no_one_in_that_state() -> None:
    demonym = links_of("The Sentinel Front operates along the Malian border.")
    named = links_of("The Sentinel Front operates along the Mali-Niger border.")
    assert ("sentinel-front", "BASED_IN", "mali") not in demonym, demonym
    assert ("sentinel-front", "BASED_IN", "mali") not in named, named
    assert ("sentinel-front", "BASED_IN", "niger") not in named, named


def test_a_group_described_as_one_with_bases_or_roots_in_a_place_is_based_there() -> None:
    bases = links_of("The Sentinel Front, a militia with bases in Honduras and Belize, was listed.")
    roots = links_of("The list named the Dawn Movement and the Sentinel Front, the gang with roots in Honduras.")
    said = links_of("The Sentinel Front is a militia with camps in Belize.")
    assert ("sentinel-front", "BASED_IN", "honduras") in bases, bases
    assert ("sentinel-front", "BASED_IN", "belize") in bases, bases
    assert ("sentinel-front", "BASED_IN", "honduras") in roots, roots
    assert ("dawn-movement", "BASED_IN", "honduras") not in roots, roots
    assert ("sentinel-front", "BASED_IN", "belize") in said, said


def test_unnamed_people_with_bases_in_a_place_place_no_group_they_fight() -> None:
    found = links_of("Soldiers with bases in Honduras fought the Sentinel Front.")
    assert ("sentinel-front", "BASED_IN", "honduras") not in found, found


def test_a_stronghold_of_a_group_set_off_by_a_noun_or_by_its_leader_places_the_group() -> None:
    described = links_of("The Sentinel Front, a rebel group whose stronghold has long been the Kidal region, signed.")
    led = links_of("The Sentinel Front (SF) of Ali Darassa, whose stronghold has long been the Kidal region, signed.")
    assert ("sentinel-front", "BASED_IN", "kidal") in described, described
    assert ("sentinel-front", "BASED_IN", "kidal") in led, led


def test_a_demonym_s_description_the_parse_takes_for_the_verb_s_clause_still_places_the_name_before_it() -> None:
    found = links_of("The junta turned to the Sentinel Front, the Russian mercenary outfit whose fighters joined it.")
    said = links_of("Drones struck the Sentinel Front, the Iranian group said.")
    assert ("sentinel-front", "BASED_IN", "russia") in found, found
    assert ("sentinel-front", "BASED_IN", "iran") not in said, said


def test_an_unnamed_cell_of_a_group_based_in_a_place_places_the_group() -> None:
    found = links_of("Police said he led a Sentinel Front cell based in Tessalit.")
    named = links_of("The Dawn Movement, a Sentinel Front cell based in Tessalit, denied it.")
    assert ("sentinel-front", "BASED_IN", "tessalit") in found, found
    assert ("sentinel-front", "BASED_IN", "tessalit") not in named, named
    assert ("dawn-movement", "BASED_IN", "tessalit") in named, named


def test_a_place_set_off_by_a_comma_lies_in_the_region_of_a_state_after_it() -> None:
    found = links_of("The attack on a school in Kasindo, western Uganda, killed 42 people.")
    assert ("kasindo", "LOCATED_IN", "uganda") in found, found


def test_a_place_in_a_settlement_named_after_of_lies_in_it() -> None:
    jail = links_of("The prisoners were held at Karsan jail in the western city of Malvar.")
    mosque = links_of("The gunmen stormed the Kalewa mosque in the village of Bir Tamar on Friday.")
    assert ("karsan-jail", "LOCATED_IN", "malvar") in jail, jail
    assert ("kalewa-mosque", "LOCATED_IN", "bir-tamar") in mosque, mosque


def test_a_local_division_named_before_of_lies_in_the_place_after() -> None:
    found = links_of("The pilot was handed over in the Nduga regency of Highland Papua province on Friday.")
    assert ("nduga", "LOCATED_IN", "highland-papua") in found, found


def test_an_island_named_after_a_state_s_demonym_lies_in_the_state() -> None:
    found = links_of("Boats landed migrants on the Greek island of Lesbos overnight.")
    assert ("lesbos", "LOCATED_IN", "greece") in found, found


def test_a_region_near_a_town_named_after_of_is_not_in_the_town() -> None:
    found = links_of("The village, in the Gao region near the town of Bourem, was burned.")
    assert ("gao", "LOCATED_IN", "bourem") not in found, found


def test_a_person_set_beside_a_places_name_does_not_place_it() -> None:
    found = links_of("At a clinic in Kadugli, a young resident of the Dilling district said the road was closed.")
    assert ("kadugli", "LOCATED_IN", "dilling") not in found, found
    assert ("tessalit", "LOCATED_IN", "kidal") in links_of("Fighting reached Tessalit, a town of the Kidal region.")


def test_a_place_by_a_thing_a_demonym_qualifies_is_not_in_the_demonyms_state() -> None:
    found = links_of("Photo: A fighter near Tessalit, east of the Malian berm, in 2021.")
    assert ("tessalit", "LOCATED_IN", "mali") not in found, found
    assert ("tessalit", "LOCATED_IN", "mali") in links_of("A fighter stood near Tessalit, in Mali, on Monday.")
