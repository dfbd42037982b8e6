"""A name before the lowercase noun of a site it names ("Borgo prison", ``sites_after_names`` of
``seeds/relations.yaml``), followed by a known place after a comma or a bracket ("Foz do Iguaçu (Brazil)"), taken by
a verb of taking ground ("entered X", ``place_taking_verbs``) or ending in a division's noun ("Sverdlovsk Oblast") is
a place's, whatever the NER took it for (``loaders/place_context.py``, ``loaders/nlp.py``)."""

from __future__ import annotations

import pytest

from graph.gazetteer import load_gazetteer
from loaders.mentions import Mention, find_mentions
from loaders.nlp import load_nlp
from loaders.place_context import places_in_context
from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels blew up the Hantoub bridge before dawn.", "Hantoub bridge"),  # a site noun of its own: one site
        ("Soldiers closed the Mezzeh highway after the blast.", "Mezzeh"),
        ("The convoy was ambushed near the Garbaharey market on Friday.", "Garbaharey"),
    ],
)
def test_a_name_before_a_site_noun_is_a_place(text: str, place: str) -> None:
    assert _labels(text).get(place) == "Location", _labels(text)


def test_a_body_closed_by_a_known_place_is_a_place() -> None:
    doc = load_nlp()("The area where Pacaraima (Brazil) and Lethem (Guyana) meet is busy.")
    first = next(t.i for t in doc if t.text == "Pacaraima")
    ms = [
        *find_mentions(doc, load_gazetteer()),
        Mention(first, first + 1, 0, 0, "Pacaraima", "Organization", "Pacaraima"),
    ]
    assert {m.name: m.label for m in places_in_context(doc, ms)}["Pacaraima"] == "Location"


def test_a_person_beside_his_state_stays_a_person() -> None:
    labels = _labels("Treasury designated two traders, Hassan Kourani (Senegal) and Adel Mrad (Gabon), last year.")
    assert [labels.get("Hassan Kourani"), labels.get("Adel Mrad")] == ["Person", "Person"], labels


def test_a_name_ending_in_a_division_is_a_place() -> None:
    labels = _labels("POB Kirovsk, Murmansk Oblast, Russia; nationality Russia.")
    assert labels.get("Murmansk Oblast") == "Location", labels


def test_names_a_verb_of_taking_ground_has_are_places() -> None:
    labels = _labels("Rebel units entered Namtu and Mansi after a week of fighting.")
    assert [labels.get("Namtu"), labels.get("Mansi")] == ["Location", "Location"], labels


def test_a_person_captured_stays_a_person() -> None:
    labels = _labels("Soldiers captured rebel commander Joseph Kabila Mutombo near the border.")
    assert labels.get("Joseph Kabila Mutombo") == "Person", labels
