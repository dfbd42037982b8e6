"""An unknown organisation's kind from the words of its name, each on a sentence written for its test."""

from __future__ import annotations

import re

import pytest
from conftest import graph_of

from loaders.described_kinds import described_kind, described_kinds
from loaders.mentions import Mention, guess_kind
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def kinds(text: str) -> dict[str, str | None]:
    """Each organisation's name with its kind."""
    return {d["name"]: d.get("kind") for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Organization"}


def test_a_states_armed_forces_are_military_and_a_groups_forces_armed() -> None:
    found = kinds("The Gambian Armed Forces clashed with the Casamance Liberation Forces near Bignona on Monday.")
    assert found["Gambian Armed Forces"] == "military"
    assert found["Casamance Liberation Forces"] == "armed_group"


def test_a_russian_military_district_is_a_military_body_not_a_place() -> None:
    kg = graph_of("Sergei Shoigu visited the Southern Military District headquarters in Rostov-on-Don on Monday.")
    assert kg.g.nodes["southern-military-district"]["label"] == "Organization"
    assert kg.g.nodes["southern-military-district"]["kind"] == "military"


def test_a_name_before_a_noun_of_fighters_is_an_armed_group_that_the_militia_stands_for() -> None:
    text = (
        "Fighting broke out in Bor on Monday between Nyarak fighters and the army. "
        "The militia's commander, Peter Lual, was wounded."
    )
    kg = graph_of(text)
    assert kg.g.nodes["nyarak"]["kind"] == "armed_group"
    assert kg.g.has_edge("peter-lual", "nyarak", "LEADS")


def test_a_name_in_apposition_with_a_jihadist_outfit_is_an_armed_group() -> None:
    found = kinds("Kasumba Vibe, a jihadist outfit based in the hills, claimed the attack on Monday.")
    assert found["Kasumba Vibe"] == "armed_group"


def test_names_listed_after_gangs_such_as_are_armed_groups() -> None:
    found = kinds("Armed gangs such as Ti Zoro and Kokorat control much of the capital.")
    assert found["Ti Zoro"] == found["Kokorat"] == "armed_group"


def test_a_state_body_named_before_its_noun_of_intelligence_is_affiliated_with_its_state_not_based_there() -> None:
    kg = graph_of("Iran said on Monday it had caught a cell working for Israel's Shavit intelligence agency in Tabriz.")
    assert kg.g.nodes["shavit"]["kind"] == "government"
    assert kg.g.has_edge("israel", "shavit", "AFFILIATED_WITH") or kg.g.has_edge("shavit", "israel", "AFFILIATED_WITH")
    assert not kg.g.has_edge("shavit", "israel", "BASED_IN")


def test_a_charity_group_stays_of_no_kind() -> None:
    found = kinds("The Harmon Foundation, a charity group, delivered food to the displaced in Bor on Monday.")
    assert found["Harmon Foundation"] == "other"


def test_a_national_police_is_a_states_force_whose_attack_is_kept() -> None:
    kg = graph_of("The Haitian National Police attacked the Ti Zoro gang in Port-au-Prince on Monday.")
    assert kg.g.nodes["haitian-national-police"]["kind"] == "military"
    assert kg.g.has_edge("haitian-national-police", "ti-zoro-gang", "ATTACKED")


def test_a_states_numbered_brigades_and_divisions_are_military_and_a_wire_service_media() -> None:
    found = kinds(
        "The 161st Mechanised Brigade and the 9th Infantry Division held the line near Avdiivka, the Steppe Wire "
        "Service reported on Monday."
    )
    assert found["161st Mechanised Brigade"] == found["9th Infantry Division"] == "military"
    assert found["Steppe Wire Service"] == "media"


def test_a_states_guard_corps_reserve_or_security_guard_and_infantry_battalion_are_military() -> None:
    for name in (
        "Kivu Revolutionary Guard Corps",
        "Kivu Reserve Guard",
        "Kivu Security Guard",
        "Light Infantry Battalion 12",
    ):
        assert guess_kind(name) == "military", name
    assert guess_kind("Kivu Guard") == "armed_group"


def test_a_network_is_an_armed_group_and_a_media_network_an_outlet() -> None:
    found = kinds("The Voronel network attacked a checkpoint near Bor, the Kestrel Media Network reported on Monday.")
    assert found["Voronel network"] == "armed_group"
    assert found["Kestrel Media Network"] == "media"


def test_a_treaty_organization_and_an_economic_community_are_international() -> None:
    found = kinds("The Collective Defence Treaty Organization (CDTO) suspended Tarvania on Monday.")
    assert found["Collective Defence Treaty Organization"] == "international"
    assert guess_kind("Economic Community of Harrow States") == "international"
    assert guess_kind("Community of Saint Ardan") == "other"


def described(text: str, name: str) -> str | None:
    """The kind the text describes the name written in it by (its first word's first writing)."""
    doc = load_nlp()(text)
    start = [t.text for t in doc].index(name.split()[0])
    return described_kind(doc[start : start + len(name.split())])


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ministers of Tarvessa, a regional bloc, condemned the attack.", "Tarvessa", "international"),
        ("The talks were hosted by Omerin, a UN agency, on Monday.", "Omerin", "international"),
        ("The opposition bloc Velmora condemned the attack.", "Velmora", None),
        ("The rebel Kitgwang attacked an army base near Bor.", "Kitgwang", "armed_group"),
        ("In 2020, fighters from Dorvane cut through the fence.", "Dorvane", "armed_group"),
        ("The leader of Dorvane spoke on Monday.", "Dorvane", None),
        ("Police blamed Omerin, a loose coalition of ethnic militias, for the raid.", "Omerin", "armed_group"),
        ("Omerin, a coalition of opposition parties, met on Monday.", "Omerin", None),
        ("Dorvane is a jihadist group active in the north.", "Dorvane", "armed_group"),
        ("Dorvane is not a rebel group, its leader said.", "Dorvane", None),
        ("Iran said it had caught agents of Israel's Shavit intelligence agency in Tabriz.", "Shavit", "government"),
        ("The Tessit security service named a suspect on Monday.", "Tessit", "government"),
        ("The talks were hosted by Omerin, a travel agency, on Monday.", "Omerin", None),
    ],
)
def test_a_name_takes_the_kind_the_text_describes_it_by(text: str, name: str, kind: str | None) -> None:
    assert described(text, name) == kind


def test_what_the_page_says_of_an_acronym_gives_the_body_it_stands_for_its_kind() -> None:
    text = (
        "Orri Ta Lanika was founded in 1961 by students in Bilbao.\n"
        "OTL gunmen killed two police officers in the city in 1968."
    )
    assert kinds(text)["Orri Ta Lanika"] == "armed_group"


def read_kinds(text: str, names: list[str]) -> dict[str, str | None]:
    """The kinds :func:`described_kinds` gives the names written in the text, each read as an unknown organisation's
    of no kind wherever it is written."""
    doc = load_nlp()(text)
    mentions = []
    for name in names:
        for found in re.finditer(rf"\b{re.escape(name)}\b", text):
            span = doc.char_span(found.start(), found.end())
            mentions.append(
                Mention(span.start, span.end, span.start_char, span.end_char, name, "Organization", name, "other")
            )
    return {m.name: m.kind for m in described_kinds(doc, mentions)}


def test_a_name_written_in_the_plural_takes_the_kind_of_its_singular() -> None:
    text = "The Varnis control most of the valley. Varni fighters ambushed a patrol near Bor on Monday."
    assert read_kinds(text, ["Varnis", "Varni"]) == {"Varnis": "armed_group", "Varni": "armed_group"}


def test_a_name_written_in_other_capitals_takes_the_kind_of_its_other_writing() -> None:
    text = (
        "Al-Tessit fighters raided a police post on Monday. Officials said al-Tessit had planned the raid for months."
    )
    assert read_kinds(text, ["Al-Tessit", "al-Tessit"]) == {"Al-Tessit": "armed_group", "al-Tessit": "armed_group"}


def test_every_name_listed_after_fighters_from_is_an_armed_group() -> None:
    text = "Commanders said fighters from Tessit, Varga and Molo had joined the assault."
    assert read_kinds(text, ["Tessit", "Varga", "Molo"]) == dict.fromkeys(["Tessit", "Varga", "Molo"], "armed_group")


def test_a_name_an_affiliate_is_known_as_is_an_armed_group() -> None:
    text = "Suspicion fell on the group's Sahel affiliate, known as Wilayat Orvane, on Monday."
    assert read_kinds(text, ["Wilayat Orvane"]) == {"Wilayat Orvane": "armed_group"}


def test_a_body_named_with_the_uns_short_name_is_international_and_kim_jong_un_no_body() -> None:
    found = kinds("A report by the UN Panel on Tessit said on Monday that the militia had recruited children.")
    assert found["UN Panel on Tessit"] == "international"
    assert guess_kind("Kim Jong Un") == "other"


def test_a_unit_named_with_an_ordinal_is_a_states_force_and_a_numbered_front_an_armed_group() -> None:
    found = kinds("The 7th Division and the 412th Brigades pushed towards Bor, where the 21st Front is dug in.")
    assert found["7th Division"] == found["412th Brigades"] == "military"
    assert guess_kind("21st Front") == "armed_group"


def test_a_council_the_text_calls_a_separatist_movement_is_an_armed_group_based_where_it_rules() -> None:
    text = (
        "The Northern Restoration Council, the separatist movement headed by Dalen Orsk, controls Karvo and much "
        "of Tellin."
    )
    kg = graph_of(text)
    assert kg.g.nodes["northern-restoration-council"]["kind"] == "armed_group"
    assert kg.g.has_edge("northern-restoration-council", "tellin", "BASED_IN")


def test_a_council_only_qualifying_forces_keeps_its_states_kind() -> None:
    found = kinds("Presidential Council forces shelled the port of Karvo on Monday.")
    assert found.get("Presidential Council") in {None, "government"}
