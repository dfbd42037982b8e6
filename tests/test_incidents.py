"""Incidents as Events: every phrase that names one, one node for one incident told twice, who is blamed for it and
how surely; each construction on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest

from graph.build import add_facts
from graph.gazetteer import load_gazetteer
from graph.kg import KnowledgeGraph
from graph.resolve import Resolver
from loaders.extract import read_document
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def graph_of(text: str, date: str = "2024-03-05") -> KnowledgeGraph:
    kg = KnowledgeGraph()
    add_facts(kg, read_document(load_nlp()(text), "t", date, "rules"), Resolver(load_gazetteer()))
    return kg


def events(text: str) -> dict[str, set[str]]:
    """Each Event node's name and aliases."""
    nodes = graph_of(text).g.nodes(data=True)
    return {d["name"]: {d["name"], *d["aliases"]} for _, d in nodes if d["label"] == "Event"}


def blamed(text: str) -> dict[str, str]:
    """Who is blamed for an incident, and how surely."""
    edges = graph_of(text).g.edges(keys=True, data=True)
    return {s: d["evidence"][0].certainty for s, _, k, d in edges if k == "BLAMED_FOR"}


def test_a_later_reference_keeps_its_whole_phrase_up_to_a_relative_clause() -> None:
    text = (
        "A rocket attack on the Harbor Point base in Kandahar wounded four soldiers on Tuesday. Officials said the "
        "deadly attack on the base, which lasted an hour, was the third this month."
    )
    [forms] = events(text).values()
    assert {"the deadly attack", "the deadly attack on the base"} <= forms, forms
    assert not any("which" in f for f in forms), forms


def test_a_reference_joined_to_another_incident_is_named_without_it() -> None:
    text = (
        "Insurgents attacked the Harbor Point base in Kandahar on Tuesday. "
        "The attack on the base and a later ambush on the road killed five soldiers."
    )
    forms = {f for fs in events(text).values() for f in fs}
    assert "The attack on the base" in forms, forms
    assert not any("ambush" in f for f in forms), forms


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Rebels kill nine in Tessit convoy ambush\n\n"
            "Rebels ambushed an army convoy near Tessit on Sunday, killing nine soldiers, the army said.",
            "Tessit convoy ambush",
        ),
        (
            "Suicide bomber kills 9 in attack on Mogadishu hotel\n\n"
            "A suicide bomber struck the Sahafi hotel in Mogadishu on Friday, police said.",
            "attack on Mogadishu hotel",
        ),
    ],
)
def test_a_headline_names_the_incident_the_story_tells_by_its_noun_phrase(text: str, phrase: str) -> None:
    [forms] = events(text).values()  # one incident: the headline's and the story's
    assert phrase in forms, forms
    assert not any(f.split()[0] in {"Rebels", "Suicide"} and "kill" in f for f in forms), forms  # not the clause


def test_a_headline_incident_of_another_kind_names_nothing_the_story_tells() -> None:
    text = (
        "Rebels kill nine in Tessit convoy ambush\n\n"
        "Gunmen kidnapped two engineers near Tessit on Sunday, the army said."
    )
    assert not any("Tessit convoy ambush" in fs for fs in events(text).values()), events(text)


@pytest.mark.parametrize(
    "claim",
    [
        "Al-Shabaab claimed the bombing.",
        "Al-Shabaab claimed responsibility for the bombing.",
        "Al-Shabaab claimed credit for the attack.",
        "Al-Shabaab claimed responsibility.",
        "The attack was claimed by al-Shabaab.",
    ],
)
def test_a_claim_of_an_incident_is_asserted_of_the_claimant(claim: str) -> None:
    text = "A bombing in Beledweyne killed six people on Monday. " + claim
    assert blamed(text) == {"al-shabaab": "asserted"}


def test_an_incident_claimed_by_one_side_and_blamed_by_another_on_a_third() -> None:
    text = (
        "A suicide bombing at a market in Baidoa killed 12 people on Sunday. Al-Shabaab claimed responsibility for "
        "the bombing, but Somali officials blamed the Islamic State."
    )
    assert blamed(text) == {"al-shabaab": "asserted", "isis": "alleged"}


@pytest.mark.parametrize(
    "claim",
    [
        "Reuters claimed that al-Shabaab was behind the bombing.",  # a claim of a clause: someone else's word
        "Officials blamed the bombing on al-Shabaab.",
    ],
)
def test_what_another_side_claims_of_a_group_is_only_alleged(claim: str) -> None:
    text = "A bombing in Beledweyne killed six people on Monday. " + claim
    assert blamed(text) == {"al-shabaab": "alleged"}
