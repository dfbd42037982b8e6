"""Known actors found under the spellings news copy uses: the Arabic article written apart from the name ("al
Qaeda", as wire copy writes it), the dissident republican groups of Northern Ireland, the Islamic State's provinces
named alone ("its Central Africa Province"), a surname with or without its accents, and a name with a dash or a
hyphen between its words."""

from __future__ import annotations

from conftest import graph_of


def _nodes(text: str) -> dict[str, tuple[str, str]]:
    """The id and label of each node of the one-document graph of ``text``, by name."""
    kg = graph_of(text)
    return {d["name"]: (n, d["label"]) for n, d in kg.g.nodes(data=True)}


def test_an_arabic_article_written_apart_still_names_the_known_group() -> None:
    nodes = _nodes("Officials in Bamako said fighters of al Qaeda in the Islamic Maghreb had crossed the border.")
    assert nodes["al-Qaeda in the Islamic Maghreb"] == ("al-qaeda-in-the-islamic-maghreb", "Organization")


def test_a_dissident_republican_group_is_a_known_armed_group() -> None:
    nodes = _nodes("Detectives in Derry said the Real IRA and the Continuity IRA had been weakened by arrests.")
    assert nodes["Real IRA"][1] == "Organization"
    assert nodes["Continuity IRA"][1] == "Organization"


def test_a_surname_written_with_or_without_its_accents_is_the_person_named_in_full() -> None:
    nodes = _nodes("Police arrested Joaquin Guzman in Culiacan. Guzmán had led the cartel for a decade.")
    assert "Guzmán" not in nodes
    assert nodes["Joaquin Guzman"][1] == "Person"


def test_an_islamic_state_province_named_without_the_group_is_the_known_province() -> None:
    nodes = _nodes(
        "The ADF pledged allegiance to the Islamic State, which claims its raids in Ituri as the work of its "
        "Central Africa Province."
    )
    assert nodes["Islamic State Central Africa Province"][1] == "Organization"
    assert "Central Africa Province" not in nodes


def test_a_name_written_with_a_dash_or_a_hyphen_between_its_words_is_one_node() -> None:
    nodes = _nodes(
        "Gunmen ambushed a bus on the Lamu–Garissa road on Monday, police said. "
        "Traffic on the Lamu-Garissa road resumed on Tuesday."
    )
    assert [name for name, (_, label) in nodes.items() if label == "Location"] == ["Lamu–Garissa road"]
