"""Acts dated only by their report or by a later point of the story: "X said on Saturday it had fired rockets at Y", "A
day later, jets struck Z" (one incident each, as an act the text dates itself is); what a phrase of response names is
no place of the act ("in response to a strike in Tyre"); and "the ensuing engagement" is what followed the incident
told before, not its toll. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def incidents_of(text: str) -> dict[str, set[str]]:
    """Each Event of the graph of the text, by name, with its aliases."""
    kg = graph_of(text)
    return {d["name"]: set(d["aliases"]) for _, d in kg.g.nodes(data=True) if d["label"] == "Event"}


def blamed(text: str) -> set[str]:
    """Who the graph blames for an Event of the text."""
    kg = graph_of(text)
    return {
        kg.g.nodes[s]["name"]
        for s, o, k in kg.g.edges(keys=True)
        if k == "BLAMED_FOR" and kg.g.nodes[o]["label"] == "Event"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah said on Saturday it had fired rockets at Israeli army positions.",
        "On Saturday, Hezbollah said its fighters fired rockets at Israeli army positions.",
        "Hezbollah fighters fired rockets at Israeli army positions, the group said on Saturday.",  # the saying after
        "Hezbollah claimed on Monday that its fighters had shelled Israeli army positions.",  # another verb of each
        "Israeli army positions were shelled by Hezbollah, the group confirmed on Tuesday.",  # passive
        "Hours later, Hezbollah said its fighters had fired rockets at Israeli army positions.",  # a later point
    ],
)
def test_an_act_told_on_the_day_of_its_report(text: str) -> None:
    assert "Hezbollah" in blamed(text), incidents_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah said on Saturday it would fire rockets at Israeli army positions.",  # foreseen
        "Hezbollah said in March that it had fired rockets at Israeli army positions.",  # a month: maybe weeks after
        "Hezbollah said on Saturday that it has fired rockets at Israeli army positions for months.",  # a span
    ],
)
def test_no_incident_of_a_report(text: str) -> None:
    assert incidents_of(text) == {}, incidents_of(text)


def test_an_act_named_by_its_aim_alone() -> None:
    """The act with what it was aimed at, without the phrases after it ("with rockets", "in response to ...")."""
    text = (
        "On Sunday, Hezbollah said its fighters had fired on Israeli army positions along the border with heavy "
        "weapons in response to an Israeli strike in Tyre."
    )
    names = set().union(*incidents_of(text).values())
    assert "fired on Israeli army positions along the border" in names, names


@pytest.mark.parametrize("answer", ["in retaliation for", "in response to", "in revenge for"])
def test_a_response_names_no_place_of_the_act(answer: str) -> None:
    """What an act answered is another incident's, told at its own place: the act is not that incident."""
    text = f"Militants attacked a police post on Sunday {answer} the killing of their commander in Miranshah."
    named = incidents_of(text)
    assert "Miranshah killing" in named, named
    assert not any("attacked a police post" in alias for alias in named["Miranshah killing"]), named


@pytest.mark.parametrize(
    "when",
    ["A day later", "Two days later", "Hours later", "The next day", "The following morning", "Later that day"],
)
def test_an_act_told_at_a_later_point_of_the_story(when: str) -> None:
    text = f"{when}, the Indian air force struck militant camps across the Line of Control."
    assert "Indian Air Force" in blamed(text), incidents_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "For days, the Indian air force struck militant camps across the Line of Control.",  # a span
        "The Indian air force later struck militant camps across the Line of Control.",  # "later" alone: no point
        "In the following weeks, the Indian air force struck militant camps across the Line of Control.",
    ],
)
def test_no_incident_at_no_point(text: str) -> None:
    assert incidents_of(text) == {}, incidents_of(text)


STRIKE = "Jets struck a depot near Gao on Monday. "


@pytest.mark.parametrize(
    "after",
    [
        "In the ensuing engagement a jet was shot down and its pilot, Captain Ali Musa, was captured.",
        "In the subsequent fighting a jet was shot down and its pilot, Captain Ali Musa, was captured.",
        "In the resulting clashes a jet was shot down and its pilot, Captain Ali Musa, was captured.",
    ],
)
def test_what_followed_is_no_toll_of_the_incident(after: str) -> None:
    kg = graph_of(STRIKE + after)
    hit = {(kg.g.nodes[s]["name"], kg.g.nodes[o]["name"]) for s, o, k in kg.g.edges(keys=True) if k == "TARGETED"}
    assert ("Gao attack", "Ali Musa") not in hit, hit


def test_the_toll_of_the_incident_itself() -> None:
    """Not "the ensuing" one: a death told right after the incident is still its toll."""
    kg = graph_of(STRIKE + "A guard, Ali Musa, was killed.")
    hit = {(kg.g.nodes[s]["name"], kg.g.nodes[o]["name"]) for s, o, k in kg.g.edges(keys=True) if k == "TARGETED"}
    assert ("Gao attack", "Ali Musa") in hit, hit
