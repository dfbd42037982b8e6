"""A known actor's one-word name closing a person's name, and a name one sentence shows is a division's place."""

from __future__ import annotations

import pytest

from tests.conftest import graph_of

pytestmark = pytest.mark.model


def labels(text: str) -> dict[str, str]:
    """Each node's name and its label, in the graph of one document."""
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


def test_a_heading_in_capitals_is_the_person_the_text_names_in_ordinary_case() -> None:
    kg = graph_of("## NADIM FARES RADA\n\nNadim Fares Rada is a member of Hizballah, the Treasury said.")
    assert "verkhovna-rada" not in kg.g
    assert [d["label"] for _, d in kg.g.nodes(data=True) if d["name"] == "Nadim Fares Rada"] == ["Person"]


def test_the_known_body_alone_stays_the_body() -> None:
    assert labels("Deputies of the Verkhovna Rada voted on Tuesday; the Rada later adjourned.").get("Verkhovna Rada")


def test_a_name_before_a_district_noun_makes_its_other_mentions_the_place() -> None:
    found = labels(
        "Tamdi encounter: Tamdi toll rises\n\nNine rebels died in the hills of Tamdi district on Monday, police said. "
        "The Tamdi encounter was the third this year."
    )
    assert found.get("Tamdi") == "Location"
    assert "Organization" not in {label for name, label in found.items() if name == "Tamdi"}
