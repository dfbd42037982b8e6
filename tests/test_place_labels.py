"""Unknown names whose sentence shows they are places, whatever the NER took them for (``loaders/place_context.py``):
after a preposition of height ("above", "below", ``height_place_preps``), a verb of moving ("diverted to",
``moving_verbs``) or of taking ground ("occupied", ``place_taking_verbs``), or a lone word before a comma and a known
place ("Kessler, Benin")."""

from __future__ import annotations

import pytest

from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The rebels are based in the hills above Kavumbo and Selira.", ["Kavumbo", "Selira"]),
        ("Herders fled the villages below Kessler after the raid.", ["Kessler"]),
        ("Flights were diverted to Ostravel after the shelling.", ["Ostravel"]),
        ("The insurgents briefly occupied Quembane in May.", ["Quembane"]),
        ("Arms reached Kessler, Benin, by sea.", ["Kessler"]),
    ],
)
def test_a_name_the_sentence_places_is_a_place(text: str, places: list[str]) -> None:
    labels = _labels(text)
    assert [labels.get(p) for p in places] == ["Location"] * len(places), labels


def test_a_full_name_before_a_known_place_stays_a_person() -> None:
    labels = _labels("The Treasury designated Amadou Kessel, Senegal, for financing the group.")
    assert labels.get("Amadou Kessel") == "Person", labels
