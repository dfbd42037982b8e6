"""The toll an act's own sentence tells in a "when" or "in which" clause is that act's incident: one Event, which
hit whom the clause names, not an attack and a separate killing (:mod:`loaders.toll_clauses`)."""

from __future__ import annotations

from conftest import graph_of, links_by_name, links_of


def event_names(text: str) -> list[str]:
    """The names of the Event nodes of a text's graph."""
    return [d["name"] for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Event"]


def test_a_when_clause_toll_is_the_attack_told_before_it() -> None:
    text = "Al-Shabaab attacked a military base in Kismayo in March 2023, when nine Somali soldiers were killed."
    assert event_names(text) == ["Kismayo attack"]
    links = links_of(text)
    assert ("kismayo-attack-2023-03", "TARGETED", "somalia") in links, links
    assert ("al-shabaab", "ATTACKED", "somalia") in links, links


def test_an_in_which_clause_on_the_acts_date_tells_its_toll() -> None:
    text = "Al-Shabaab ambushed a convoy near Baidoa in May 2021, in which seven Ugandan soldiers were killed."
    links = links_of(text)
    assert ("baidoa-attack-2021-05", "TARGETED", "uganda") in links, links
    assert ("al-shabaab", "ATTACKED", "uganda") in links, links


def test_the_incident_noun_a_when_clause_dates_takes_its_toll() -> None:
    text = "The attack on the Baidoa market came in May 2021, when four Somali soldiers were killed."
    assert event_names(text) == ["Baidoa attack"]
    assert any(s.startswith("baidoa-attack") and (t, o) == ("TARGETED", "somalia") for s, t, o in links_of(text))


def test_a_when_clause_hung_on_the_acts_date_tells_its_toll() -> None:
    text = "Al-Shabaab attacked the Kismayo police station in July 2024, when nine Ugandan soldiers were killed."
    assert event_names(text) == ["Kismayo police station attack"]
    assert ("al-shabaab", "ATTACKED", "uganda") in links_of(text)


def test_unowned_soldiers_a_when_clause_counts_are_the_pages_states() -> None:
    text = (
        "MOGADISHU, Somalia - Gunmen attacked the Kismayo police station in Somalia on Monday, when four soldiers were "
        "killed, Somali officials said."
    )
    assert any(
        s.startswith("kismayo-police-station-attack") and (t, o) == ("TARGETED", "somalia")
        for s, t, o in links_of(text)
    )


def test_a_when_clause_of_a_verb_of_no_occasion_tells_another_act() -> None:
    text = (
        "The violence reached the capital in August, when presidential candidate Ahmed Warsame was shot dead after "
        "a rally in Kismayo."
    )
    assert event_names(text) == ["Ahmed Warsame killing"]


def test_a_when_clause_with_a_doer_of_its_own_is_another_act_at_its_own_place() -> None:
    text = "Boko Haram attacked a base in Monguno in March 2021, when Chadian soldiers killed twenty fighters in Baga."
    links = links_by_name(text)
    assert ("Chad", "BLAMED_FOR", "Monguno attack") not in links, links
    assert ("Monguno attack", "OCCURRED_AT", "Baga") not in links, links
    assert ("Chad", "BLAMED_FOR", "Baga killing") in links, links
