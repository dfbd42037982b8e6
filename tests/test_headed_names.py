"""Unknown organisations' names the NER cuts or misreads, each on a sentence written for its test (the rules alone):
a name written with its head noun ("the X network", "the 400 X gang"), a unit's name opened by a number, and a name
the NER ran into a preposition before a place."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def organisations(text: str) -> dict[str, str]:
    """Each organisation node's name with its kind."""
    return {d["name"]: d["kind"] for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tamboril network, founded by the smuggler Osei Tamboril, has bombed two markets.", "Tamboril network"),
        ("Gunmen of the 77 Vayan gang burned the market in Carrefour Feuilles on Monday.", "77 Vayan gang"),
        ("Police said the Ostrava Cartel had smuggled the weapons across the border.", "Ostrava Cartel"),
        ("Supporters of the Qadiri movement marched on the parliament in Basra.", "Qadiri movement"),
    ],
)
def test_a_name_written_with_its_head_noun_is_one_organisation(text: str, name: str) -> None:
    assert name in organisations(text), organisations(text)


def test_a_gang_or_a_cartel_is_an_armed_group() -> None:
    found = organisations("The 77 Vayan gang and the Ostrava Cartel fought for the port.")
    assert found.get("77 Vayan gang") == "armed_group", found
    assert found.get("Ostrava Cartel") == "armed_group", found


def test_a_states_demonym_before_a_head_noun_names_no_organisation() -> None:
    found = organisations("The Mexican cartel and a Colombian network moved the cocaine, prosecutors said.")
    assert not any(name.endswith(("cartel", "network")) for name in found), found


def test_a_name_written_alone_elsewhere_keeps_its_own_node() -> None:
    found = organisations("The Qadiri Front said on Monday that the Qadiri Front movement would hold its ground.")
    assert "Qadiri Front" in found, found
    assert "Qadiri Front movement" not in found, found


def test_a_unit_named_after_its_number_is_one_name() -> None:
    found = organisations("The fighting pitted the 312 Assault Brigade against the Harbour Guard in the old town.")
    assert "312 Assault Brigade" in found, found


def test_a_name_the_ner_runs_into_a_preposition_goes_on_with_the_place() -> None:
    found = organisations("The Popular Resistance in Chad claimed the attack on the garrison at Bol.")
    assert "Popular Resistance in Chad" in found, found


def test_a_name_the_ner_reads_whole_around_a_known_state_stays_whole() -> None:
    found = organisations("Washington blamed the National Resistance in Mali, an umbrella of armed groups.")
    assert "National Resistance in Mali" in found, found


def test_an_organisation_written_with_its_article_apart_is_a_name() -> None:
    found = organisations("The cell is linked to al Furqan, which claimed the bombing.")
    assert "al Furqan" in found, found


def test_the_name_written_without_its_head_noun_is_the_same_organisation() -> None:
    kg = graph_of("Members of the Tavares 9 gang burned the market. Tavares 9 has not commented on the fire.")
    found = {d["name"]: d["aliases"] for _, d in kg.g.nodes(data=True) if d["label"] == "Organization"}
    assert list(found) == ["Tavares 9 gang"], found
    assert "Tavares 9" in found["Tavares 9 gang"], found


def test_a_capitalised_word_after_an_indefinite_article_names_no_organisation() -> None:
    found = organisations("The Dawa Front, an Islamist movement, rules the town of Zaria.")
    assert "Islamist movement" not in found, found
