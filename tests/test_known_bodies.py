"""Bodies named by a short name, an acronym or a spelling the NER does not read as a name are the known actors
(``seeds/actors.yaml``); each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Two Italian destroyers sailing with Aspides downed a drone off Hodeidah.", "eunavfor-aspides"),
        ("The MSS accused a former engineer of selling secrets to Taiwan.", "ministry-of-state-security"),
        ("Gunmen from G-Pep burned houses in Cité Soleil on Sunday.", "g-pep"),
    ],
)
def test_a_known_body_is_found_by_its_short_name(text: str, actor: str) -> None:
    nodes = set(graph_of(text).g.nodes)
    assert actor in nodes, nodes


def test_another_owners_body_of_a_known_bodys_short_name_is_not_the_known_body() -> None:
    found = graph_of("Ruslan Bagirov, a member of the Dagestani Security Council, toured the port in Makhachkala.")
    assert "un-security-council" not in found.g.nodes, set(found.g.nodes)
    links = set(found.g.edges(keys=True))
    assert ("ruslan-bagirov", "dagestani-security-council", "MEMBER_OF") in links, links


def test_a_known_groups_short_name_after_another_states_demonym_is_another_group() -> None:
    found = graph_of("Omar Farouk led Egyptian Islamic Jihad, a militant group that fought the government in Cairo.")
    assert "palestinian-islamic-jihad" not in found.g.nodes, set(found.g.nodes)
    assert found.g.nodes["egyptian-islamic-jihad"]["label"] == "Organization"
    assert ("omar-farouk", "egyptian-islamic-jihad", "LEADS") in set(found.g.edges(keys=True))


def test_a_known_groups_short_name_after_its_own_states_demonym_stays_the_known_group() -> None:
    found = graph_of("Mexican Federal Police officers and the Iraqi Federal Police trained together in Baghdad.")
    assert "iraqi-federal-police" in found.g.nodes, set(found.g.nodes)
    assert "mexican-federal-police" in found.g.nodes, set(found.g.nodes)


def test_a_known_body_written_with_its_own_owner_stays_the_known_body() -> None:
    found = graph_of("Ruslan Bagirov told the U.N. Security Council that the port in Makhachkala was safe.")
    assert "un-security-council" in found.g.nodes, set(found.g.nodes)


def test_the_security_council_of_a_page_that_never_names_the_un_is_a_states() -> None:
    kg = graph_of(
        "Kyrgyzstan's president Sadyr Japarov visited Batken. Japarov said Kyrgyzstan would rebuild the villages, "
        "and he named Marat Imankulov secretary of the Security Council."
    )
    assert "un-security-council" not in kg.g


def test_the_security_council_of_a_page_that_names_the_un_stays_the_uns() -> None:
    kg = graph_of("Iraq filed a complaint with the United Nations. The Security Council met on Friday.")
    assert "un-security-council" in kg.g


@pytest.mark.parametrize(
    ("text", "actor", "label"),
    [
        ("Shops in Ebonyi stayed shut after IPOB called a sit-at-home.", "indigenous-people-of-biafra", "Organization"),
        ("Corsica Libera called the march in Ajaccio after the verdict.", "corsica-libera", "Organization"),
        ("Veterans of the Soviet Union marched past the old barracks.", "soviet-union", "Country"),
        ("Charlie Hebdo printed the cartoons again last week.", "charlie-hebdo", "Organization"),
        (
            "Troops of the TNI searched the highlands for the missing pilot.",
            "indonesian-national-armed-forces",
            "Organization",
        ),
        ("Public Safety Canada listed the network on Tuesday.", "public-safety-canada", "Organization"),
    ],
)
def test_a_known_actor_of_another_theatre_gets_its_label(text: str, actor: str, label: str) -> None:
    nodes = graph_of(text).g.nodes
    assert actor in nodes and nodes[actor]["label"] == label, {n: d["label"] for n, d in nodes(data=True)}


def test_the_quds_force_under_its_full_treasury_name_is_one_body() -> None:
    text = "The network sold oil for Iran's Islamic Revolutionary Guard Corps-Qods Force, the Treasury said."
    nodes = set(graph_of(text).g.nodes)
    assert "quds-force" in nodes and "islamic-revolutionary-guard-corps" not in nodes, nodes


def test_the_leader_of_isis_mozambique_is_not_another_commander() -> None:
    nodes = set(graph_of("The US designated ISIS-Mozambique and its leader, Abu Yasir Hassan, in March.").g.nodes)
    assert "abu-yasir-hassan" in nodes and "bonomade-machude-omar" not in nodes, nodes


def test_a_demonym_of_a_church_is_no_state() -> None:
    text = "Gunmen attacked a church used by Armenian and Greek Orthodox congregations in Izmir; Italy condemned it."
    nodes = set(graph_of(text).g.nodes)
    assert "italy" in nodes and not {"armenia", "greece"} & nodes, nodes


def test_a_capitalised_common_word_before_a_groups_name_is_not_a_person() -> None:
    text = (
        "Suspected Tamarel Front fighters kill 12 in Menaka\n\n"
        "Gunmen suspected to belong to the Tamarel Front killed 12 villagers near Menaka on Friday, police said."
    )
    names = {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}
    assert names.get("Tamarel Front") == "Organization" and "Suspected Tamarel Front" not in names, names


@pytest.mark.parametrize(
    ("text", "other", "known"),
    [
        (
            "The Hezbollah Security Organization claimed the bombing of the barracks.",
            "Hezbollah Security Organization",
            "hezbollah",
        ),
        (
            "A report by the UN Panel of Experts traced the rifles to a dealer in Juba.",
            "UN Panel of Experts",
            "united-nations",
        ),
        ("Houthi Military Media released footage of the launch on Tuesday.", "Houthi Military Media", "houthis"),
        (
            "The army said the Zomi-Chin National Front had attacked a camp.",
            "Zomi-Chin National Front",
            "chin-national-front",
        ),
    ],
)
def test_a_longer_name_around_a_known_body_naming_a_part_of_it_is_another_body(
    text: str, other: str, known: str
) -> None:
    nodes = {d["name"]: node for node, d in graph_of(text).g.nodes(data=True)}
    assert other in nodes, nodes
    assert nodes[other] != known, nodes


def test_a_designations_name_for_a_known_group_is_that_group() -> None:
    nodes = set(graph_of("Treasury designated the Los Lobos Drug Trafficking Organization on Friday.").g.nodes)
    assert "los-lobos" in nodes, nodes


def test_an_armed_wing_is_not_the_front_it_fights_for() -> None:
    found = graph_of("Fighters of the Chin National Army stormed a camp. The army is the Chin National Front's wing.")
    assert {"chin-national-army", "chin-national-front"} <= set(found.g.nodes), set(found.g.nodes)
