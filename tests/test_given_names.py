"""A name given as one's own ("a fighter who gave his name as X", "gave only his surname, X", "identified herself as
X") or one a person is known by ("a commander known as X") is a person's, whatever the NER took it for
(``naming_phrases`` of ``seeds/relations.yaml``, read by ``loaders/person_names.py``)."""

from __future__ import annotations

import pytest

from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A herder who gave his name as Dabore said the gunmen came at night.", "Dabore"),
        ("One nurse, who gave only her surname, Okafor, said the ward was full.", "Okafor"),
        ("A woman who identified herself as Kiden said her son was taken.", "Kiden"),
        ("Police are hunting a smuggler known as Ndume Kasongo, who fled in May.", "Ndume Kasongo"),
    ],
)
def test_a_name_given_as_ones_own_is_a_persons(text: str, person: str) -> None:
    assert _labels(text).get(person) == "Person", _labels(text)


def test_a_group_known_by_a_name_stays_a_group() -> None:
    labels = _labels("A militia known as the Nyatura Brigade attacked the town.")
    assert labels.get("Nyatura") == "Organization", labels
