"""An incident's place named only before its noun: "Gamboru bombing: ..." or "Kuje jailbreak: ..." on the page's
title, where a headline drops the article, is the place of the incident, whether the NER read the name as a person
or left it untagged; a one-word name the page has speak or act elsewhere ("Kamsar said its fighters ...") is a
body's, not the place of "the Kamsar attack". Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def nodes(text: str) -> dict[str, str]:
    """Each node's name and label."""
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "place", "incident"),
    [
        (
            "Gamboru bombing: 30 killed at market\n\nPolice said a bomber struck the market on Tuesday.",
            "Gamboru",
            "Gamboru bombing",
        ),  # the NER's "person"
        (
            "Kuje jailbreak: 879 inmates escaped\n\nGuards said the inmates fled on Tuesday night.",
            "Kuje",
            "Kuje jailbreak",
        ),  # untagged
    ],
)
def test_a_name_before_the_titles_incident_noun_is_its_place(text: str, place: str, incident: str) -> None:
    found = nodes(text)
    assert found.get(place) == "Location", found
    assert found.get(incident) == "Event", found


def test_a_name_the_page_has_act_is_no_incidents_place() -> None:
    text = "Kamsar said its fighters had withdrawn from the border on Monday. Residents blamed the Kamsar attack."
    assert nodes(text).get("Kamsar") == "Organization", nodes(text)
