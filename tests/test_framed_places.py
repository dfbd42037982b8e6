"""Places a sentence's opening "In X," frames: each construction on a sentence written for its test."""

from __future__ import annotations

from conftest import named_links


def test_a_place_after_a_preposition_lies_in_the_place_the_sentence_opens_on() -> None:
    links = named_links("In Kebbi, gunmen looted a market in Jega on Sunday.", "LOCATED_IN")
    assert ("Jega", "Kebbi") in links, links


def test_each_place_of_a_list_after_the_preposition_lies_there() -> None:
    text = "In Oromia, rebels have fought the army around Gidami and Begi for months."
    links = named_links(text, "LOCATED_IN")
    assert {("Gidami", "Oromia"), ("Begi", "Oromia")} <= set(links), links


def test_a_place_placed_by_its_own_phrase_keeps_only_that_place() -> None:
    text = "In Kebbi, the gunmen fled to Jega, in Sokoto state, on Sunday."
    links = named_links(text, "LOCATED_IN")
    assert ("Jega", "Kebbi") not in links, links


def test_a_wider_division_is_not_put_in_the_town_the_sentence_opens_on() -> None:
    text = "In the town of Birnin Kebbi, officials said raids had spread to the Zuru region."
    links = named_links(text, "LOCATED_IN")
    assert ("Zuru region", "Birnin Kebbi") not in links, links


def test_a_sentence_without_the_comma_frames_nothing() -> None:
    links = named_links("In Kebbi gunmen looted a market in Jega on Sunday.", "LOCATED_IN")
    assert ("Jega", "Kebbi") not in links, links


def test_what_a_verb_of_saying_reports_is_not_put_where_it_was_said() -> None:
    text = "In Abuja, an army spokesman said the fighting around Jega had eased."
    links = named_links(text, "LOCATED_IN")
    assert ("Jega", "Abuja") not in links, links


def test_a_place_the_sentence_puts_another_in_is_not_put_in_the_town_framing_it() -> None:
    text = "In Chibok, parents recalled the raid on Kuriga in Gandu State last month."
    links = named_links(text, "LOCATED_IN")
    assert ("Kuriga", "Gandu State") in links, links
    assert ("Gandu State", "Chibok") not in links, links
