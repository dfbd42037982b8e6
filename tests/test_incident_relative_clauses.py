"""Whom an incident hit, told by a relative clause the parser hung on the wrong word: "in which" hung on the clause's
subject ("..., in which three French soldiers were killed"), and a clause hung on a date or place that hangs on the verb
before it ("was behind the bombing at the port in May 2019 that killed ...")."""

from __future__ import annotations

from conftest import graph_of


def targeted(text: str) -> set[tuple[str, str]]:
    """(event name, target name) of every TARGETED link of the graph of one document."""
    kg = graph_of(text)
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    return {(name[s], name[o]) for s, o, k in kg.g.edges(keys=True) if k == "TARGETED"}


def test_in_which_hung_on_the_clause_subject_tells_whom_the_incident_hit() -> None:
    hits = targeted(
        "Its worst attacks were the ambush of 8 April 2016 near the village of Kolo Kolo, Mali, in which five United "
        "Kingdom soldiers and at least two Chadian soldiers were killed, and another near Kolo Kolo in June 2018."
    )
    assert {target for _, target in hits} >= {"United Kingdom", "Chad"}, hits


def test_a_clause_hung_on_a_place_the_verb_took_tells_whom_the_incident_before_it_hit() -> None:
    hits = targeted(
        "Officials recalled the ambush of 12 May 2019 near the village of Kolo, Mali, in which three French soldiers "
        "and two Chadian soldiers were killed."
    )
    assert {target for _, target in hits} >= {"France", "Chad"}, hits


def test_a_clause_hung_on_a_date_after_the_incident_tells_whom_it_hit() -> None:
    hits = targeted(
        "The militia was behind the car bombing at Mogadishu port in May 2019 that killed six Turkish soldiers."
    )
    assert any(target == "Turkey" for _, target in hits), hits


def test_a_clause_hung_on_a_date_after_no_incident_names_none() -> None:
    hits = targeted("The minister was in Mogadishu in May 2019 that killed six Turkish soldiers.")
    assert not hits, hits


def test_a_that_clause_taken_for_a_clause_of_the_verb_tells_whom_the_incident_before_it_hit() -> None:
    hits = targeted(
        "The cell claimed a raid on an army camp in Kassala in September 2016 that killed two Eritrean soldiers."
    )
    assert any(target == "Eritrea" for _, target in hits), hits


def test_a_clause_hung_past_a_description_of_the_target_tells_whom_the_incident_hit() -> None:
    hits = targeted(
        "Officials recalled the rocket attack on Camp Tessit, a remote army outpost near the Algerian border, which "
        "killed four Nigerien soldiers."
    )
    assert any(target == "Niger" for _, target in hits), hits
