"""A state's forces named by its demonym beside a name they are coordinated with stand for the state: "fought the
Somali army and Kenyan troops" sets the group against Kenya too; a demonym on a person is no state acting."""

from __future__ import annotations

from conftest import links_by_name


def test_demonym_troops_after_a_named_army_are_the_states() -> None:
    links = links_by_name("Al-Shabaab has fought the Somali army and Kenyan troops for years.")
    assert ("al-Shabaab", "OPPOSES", "Kenya") in links, links
    assert ("al-Shabaab", "OPPOSES", "Somalia") in links, links


def test_demonym_troops_after_as_well_as_are_the_states() -> None:
    links = links_by_name("Al-Shabaab has fought the Somali army as well as Ethiopian soldiers.")
    assert ("al-Shabaab", "OPPOSES", "Ethiopia") in links, links


def test_two_states_demonyms_on_one_noun_name_neither() -> None:
    links = links_by_name("Al-Shabaab has fought the Somali army and Kenyan and Ethiopian troops.")
    assert not {("al-Shabaab", "OPPOSES", "Kenya"), ("al-Shabaab", "OPPOSES", "Ethiopia")} & links, links


def test_a_demonym_on_a_person_beside_a_name_is_no_state() -> None:
    links = links_by_name("Al-Shabaab has threatened the Somali army and Kenyan journalists.")
    assert not any(o == "Kenya" for _, _, o in links), links
