"""Names of groups and bodies the NER reads as places' or peoples' ("the Tombura faction", "the X Basin Commission",
"the Y clan")."""

from __future__ import annotations

from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {node: data["label"] for node, data in graph_of(text).g.nodes(data=True)}


def test_name_before_faction_is_an_organisation() -> None:
    labels = _labels("In March the Tombura faction of the rebels seized the town of Nasir after two days of fighting.")
    assert labels.get("tombura-faction") == "Organization"
    assert labels.get("nasir") == "Location"


def test_peoples_word_before_forces_is_an_organisation() -> None:
    labels = _labels("The Agwelek forces of the rebel commander crossed the river on Monday.")
    assert labels.get("agwelek") == "Organization"


def test_known_state_word_before_forces_stays_the_state() -> None:
    labels = _labels("Kenyan troops and Ethiopian forces withdrew from the border town last week.")
    assert labels.get("kenya") == "Country"
    assert labels.get("ethiopia") == "Country"
    assert "kenyan" not in labels and "ethiopian" not in labels


def test_group_known_as_after_a_meeting_place_is_no_name_of_the_place() -> None:
    kg = graph_of(
        "In May officers meeting at Dabira, known as the Tombura faction, said they had removed their leader."
    )
    assert kg.g.nodes["tombura-faction"]["label"] == "Organization"
    assert "Tombura" not in kg.g.nodes["dabira"].get("aliases", [])


def test_group_joined_by_another_group_is_its_ally_not_its_member() -> None:
    links = {
        (s, k, o) for s, o, k in graph_of("The Tombura faction was joined by the Agwelek forces.").g.edges(keys=True)
    }
    assert ("agwelek", "ALLIED_WITH", "tombura-faction") in links
    assert ("agwelek", "MEMBER_OF", "tombura-faction") not in links


def test_name_ending_in_a_body_noun_is_an_organisation() -> None:
    labels = _labels("The Lake Victoria Basin Commission warned of floods along the shore.")
    assert labels.get("lake-victoria-basin-commission") == "Organization"


def test_name_with_a_word_only_groups_have_is_an_organisation() -> None:
    labels = _labels("Comando Jungle Norte said it burned three trucks, and the Caucasus Emirate praised the attack.")
    assert labels.get("comando-jungle-norte") == "Organization"
    assert labels.get("caucasus-emirate") == "Organization"


def test_name_before_a_clan_noun_is_an_organisation_written_with_its_noun_too() -> None:
    kg = graph_of(
        "Elders of the Warsame clan rejected the truce, and the governor backed the Marehan clan's decision to leave."
    )
    assert kg.g.nodes["warsame"]["label"] == "Organization"
    assert "Warsame clan" in kg.g.nodes["warsame"]["aliases"]
    assert kg.g.nodes["marehan"]["label"] == "Organization"


def test_name_before_a_peoples_noun_is_still_no_actor() -> None:
    assert "hassani" not in _labels("The Hassani community fled the shelling around Kassala.")


def test_person_of_a_clan_is_its_member() -> None:
    links = {
        (s, k, o)
        for s, o, k in graph_of(
            "The council is chaired by Sheikh Omar Dualeh of the Warsame clan, who met the governor in Garowe."
        ).g.edges(keys=True)
    }
    assert ("omar-dualeh", "MEMBER_OF", "warsame") in links
    assert ("omar-dualeh", "WORKS_FOR", "warsame") not in links


def test_name_before_a_movement_or_a_party_is_an_organisation() -> None:
    labels = _labels("Tomas Ferrer led the outlawed Tazir movement, and the ruling Nueva Patria party backed him.")
    assert labels.get("tazir-movement") == "Organization"
    assert labels.get("nueva-patria") == "Organization"


def test_peoples_word_before_plural_movements_is_no_organisation() -> None:
    labels = _labels("The joint forces are a coalition of former Darfuri rebel movements.")
    assert "darfuri" not in labels


def test_name_ending_in_a_programme_or_an_outlets_head_is_an_organisation() -> None:
    labels = _labels(
        "By Pacific Wire staff\n\nAnalysts at the Latin America Programme said the talks had stalled.\n\n"
        "Photo: Fighters outside Garowe. (Sahara Dispatch)"
    )
    assert labels.get("pacific-wire") == "Organization"
    assert labels.get("latin-america-programme") == "Organization"
    assert labels.get("sahara-dispatch") == "Organization"
    assert labels.get("garowe") == "Location"


def test_group_name_around_a_known_place_with_a_word_only_groups_have_is_the_group() -> None:
    labels = _labels("The Coordinadora Guerrillera Arauca claimed the attack on the pipeline.")
    assert labels.get("coordinadora-guerrillera-arauca") == "Organization"
    assert "arauca" not in labels


def test_names_in_apposition_with_an_arm_of_a_group_are_organisations() -> None:
    labels = _labels("Rebels burned trucks owned by Maderas Sur and Maderas Norte, the logging arm of the Lumen group.")
    assert labels.get("maderas-sur") == "Organization"
    assert labels.get("maderas-norte") == "Organization"


def test_a_wilayat_is_an_organisation() -> None:
    assert _labels("The Wilayat Hauran group claimed the attack.").get("wilayat-hauran") == "Organization"


def test_a_full_name_before_a_column_or_a_front_names_a_unit_of_the_body_it_is_of() -> None:
    kg = graph_of(
        "Soldiers clashed on Sunday with the Hernando Prieto column of the Estado Mayor Central near Suárez, "
        "and officials blamed the ambush on the Ramiro Ortega front."
    )
    names = {data["name"]: data["label"] for _, data in kg.g.nodes(data=True)}
    assert names.get("Hernando Prieto column") == names.get("Ramiro Ortega front") == "Organization", names
    assert "Hernando Prieto" not in names and "Ramiro Ortega" not in names, names
    assert kg.g.has_edge("hernando-prieto-column", "estado-mayor-central", key="MEMBER_OF")


def test_a_place_before_a_front_is_no_unit() -> None:
    labels = _labels("Heavy fighting went on along the Zaporizhzhia front and near the town of Orikhiv.")
    assert not any(node.endswith("-front") for node in labels), labels
