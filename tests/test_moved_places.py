"""A name after "from" or "to" of a verb of moving, taking away or setting off is a place's, whatever the NER took
it for (``moving_verbs`` of ``seeds/relations.yaml``, read by ``loaders/place_context.py``)."""

from __future__ import annotations

import pytest

from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The violence spread to Moreh and Tengnoupal.", ["Moreh", "Tengnoupal"]),
        ("Bandits abducted 80 pupils from Jangebe in 2021.", ["Jangebe"]),
        ("Gunmen kidnapped 40 worshippers from Kuriga.", ["Kuriga"]),
    ],
)
def test_a_name_moved_to_or_from_is_a_place(text: str, places: list[str]) -> None:
    labels = _labels(text)
    assert [labels.get(p) for p in places] == ["Location"] * len(places), labels


def test_the_group_a_thing_is_smuggled_to_stays_a_group() -> None:
    labels = _labels("Rifles were smuggled to Hezbollah from Iran.")
    assert labels.get("Hezbollah") == "Organization", labels
