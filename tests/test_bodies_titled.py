"""A name right after a lowercase noun of bodies that titles it ("monitoring group X", "rescue service X",
``organisation_names.title_nouns`` of ``seeds/relations.yaml``) is an organisation's wherever it is written, whatever
the NER took it for (``loaders/one_label.py``)."""

from __future__ import annotations

import pytest

from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The trade is worth billions according to monitoring group Kachin Witness.", "Kachin Witness"),
        ("Rescue service Magen Ezra says 40 bodies were recovered.", "Magen Ezra"),
    ],
)
def test_a_name_titled_by_a_body_noun_is_a_body(text: str, body: str) -> None:
    assert _labels(text).get(body) == "Organization", _labels(text)


def test_a_name_after_a_role_of_a_group_stays_a_person() -> None:
    labels = _labels("The group leader Abdullahi Farah was arrested in May.")
    assert labels.get("Abdullahi Farah") == "Person", labels
