"""A listing's names written surname first in capitals ("AL-SHAMI, Nasser Ahmad (a.k.a. AL-SHAMI, Nasir)") are one
person each, named as prose names them; a dateline's town and country are no such name."""

from __future__ import annotations

from tests.conftest import graph_of

NOTICE = (
    "Today, the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning two brokers who bought drone engines "
    "for the Houthis.\n\nThe following persons are designated today pursuant to E.O. 13224:\n\n"
    "DARWISH, Karim Adel (a.k.a. DARWEESH, Kareem); DOB 04 Jan 1979; nationality Yemen (individual) [SDGT].\n"
    "AL-SHAMMARI, Ziad (a.k.a. AL-SHAMARI, Ziyad); DOB 11 Feb 1983; nationality Iraq (individual) [SDGT] "
    "(Linked To: DARWISH, Karim Adel)."
)


def _people() -> dict[str, set[str]]:
    kg = graph_of(NOTICE, "2025-03-03")
    return {d["name"]: set(d.get("aliases", ())) for _, d in kg.g.nodes(data=True) if d.get("label") == "Person"}


def test_a_name_listed_surname_first_is_one_person_with_its_listed_forms() -> None:
    people = _people()
    assert {"DARWISH, Karim Adel", "DARWEESH, Kareem"} <= people.get("Karim Adel Darwish", set()), people
    assert {"AL-SHAMMARI, Ziad", "AL-SHAMARI, Ziyad"} <= people.get("Ziad al-Shammari", set()), people
    assert len(people) == 2, people


def test_each_person_listed_surname_first_is_sanctioned_by_the_notice() -> None:
    kg = graph_of(NOTICE, "2025-03-03")
    names = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    listed = {names[s] for s, o, t in kg.g.edges(keys=True) if t == "SANCTIONED_BY" and names[o] == "OFAC"}
    assert {"Karim Adel Darwish", "Ziad al-Shammari"} <= listed, listed


def test_a_datelines_town_and_country_are_no_surname_and_name() -> None:
    kg = graph_of("KANDAHAR, Afghanistan, May 3 (AP) - A bomb killed four people at a market.")
    assert not [d["name"] for _, d in kg.g.nodes(data=True) if d.get("label") == "Person"]


ACCENTED = (
    "The following persons are designated today pursuant to E.O. 14059:\n\n"
    '1. NÚÑEZ ROBLES, José Ángel (a.k.a. "EL TÍO"); DOB 02 Nov 1979; nationality Mexico (individual).\n'
    "2. ÖZTÜRK, Hakan; DOB 12 May 1980; nationality Turkey (individual).\n"
    "3. GARÇON, Léa (a.k.a. GARCON, Lea); DOB 03 Jan 1990; nationality France (individual).\n"
    "4. RANCHO LAS ÁGUILAS, Anáhuac, Nuevo León, Mexico (entity).\n"
)


def test_a_surname_in_accented_capitals_is_one_person() -> None:
    kg = graph_of(ACCENTED, "2025-03-03")
    people = {d["name"] for _, d in kg.g.nodes(data=True) if d.get("label") == "Person"}
    assert {"José Ángel Núñez Robles", "Hakan Öztürk", "Léa Garçon"} <= people, people


def test_a_town_after_an_entitys_comma_is_no_given_name() -> None:
    kg = graph_of(ACCENTED, "2025-03-03")
    people = {d["name"] for _, d in kg.g.nodes(data=True) if d.get("label") == "Person"}
    assert not [p for p in people if "Anáhuac" in p or "Águilas" in p], people
