"""Places and bases read from session 48's constructions: a place called what it is before a comma, a region across
the borders of the states listed after it, ground held "around" a place after "much of", and names of missions and
parties that carry their place (each on a sentence written for its test, the rules alone)."""

from __future__ import annotations

from conftest import links_by_name

from graph.gazetteer import load_gazetteer
from loaders.mentions import find_mentions
from loaders.nlp import load_nlp


def test_a_place_called_what_it_is_before_a_comma_lies_in_the_place_after() -> None:
    links = links_by_name("Photo: Rangers patrol near the Velmor forest, Tansa county, 2021.")
    assert ("Velmor", "LOCATED_IN", "Tansa county") in links, links
    assert ("Tansa county", "LOCATED_IN", "Velmor") not in links, links


def test_a_region_of_a_singular_noun_lies_in_each_state_listed_after_of() -> None:
    links = links_by_name("Smugglers have long used the Tarsal Basin area of Mali, Niger and Chad.")
    assert {("Tarsal Basin", "LOCATED_IN", state) for state in ("Mali", "Niger", "Chad")} <= links, links


def test_regions_of_a_plural_noun_lie_only_in_the_first_state() -> None:
    links = links_by_name("Troops fought in the Kidal and Gao regions of Mali and Niger.")
    assert ("Kidal", "LOCATED_IN", "Niger") not in links, links


def test_a_group_holding_much_of_the_area_around_a_place_is_based_there() -> None:
    links = links_by_name("Analysts blamed the Sentinel Front, a militia that controls much of the area around Tera.")
    assert ("Sentinel Front", "BASED_IN", "Tera (Niger)") in links, links


def test_a_mission_spelled_out_before_an_acronym_opening_with_un_is_based_in_its_place() -> None:
    links = links_by_name("The UN Assistance Mission for Chad (UNAMC) said the talks had stalled.")
    assert ("UN Assistance Mission for Chad", "BASED_IN", "Chad") in links, links


def test_a_force_named_after_a_place_the_ner_reads_as_a_place_is_an_organisation() -> None:
    doc = load_nlp()("Talks included France and the UN Stabilisation Force in Chad (UNSFC), officials said.")
    labels = {m.name: m.label for m in find_mentions(doc, load_gazetteer())}
    assert labels.get("UN Stabilisation Force in Chad") == "Organization", labels


def test_a_party_of_a_state_named_with_the_is_one_name_based_in_the_state() -> None:
    links = links_by_name("The armed wing of the Socialist Party of the Gambia has fought the state for decades.")
    assert ("Socialist Party of the Gambia", "BASED_IN", "Gambia") in links, links


def test_a_group_s_head_before_of_and_a_person_stays_apart_from_the_person() -> None:
    links = links_by_name(
        "Its roots lie in the Holy Spirit Movement of Alice Auma, a medium whose fighters were beaten."
    )
    assert ("Alice Auma", "LEADS", "Holy Spirit Movement") in links, links


def test_a_range_or_highlands_before_a_comma_lie_in_the_place_after() -> None:
    links = links_by_name("Rebels hid in the Velmor hills, Tansa county, for weeks.")
    assert ("Velmor", "LOCATED_IN", "Tansa county") in links, links


def test_a_venue_described_before_outside_lies_by_the_place_after() -> None:
    links = links_by_name("Gunmen killed 40 people at the Vega Arena music venue outside Kidal in March.")
    assert ("Vega Arena", "LOCATED_IN", "Kidal") in links, links
