"""Names on either side of a tie's hyphen that the NER misses or reads as a people's (loaders/tie_names.py)."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Ansaru, the Kadur-aligned splinter, claimed the raid on the convoy.",
            ("Ansaru", "AFFILIATED_WITH", "Kadur"),
        ),
        (
            "Soldiers clashed with the al Marzuq-linked militia Harakat Zibo near the border on Monday.",
            ("al Marzuq", "AFFILIATED_WITH", "Harakat Zibo"),  # a symmetric tie, its ends in name order
        ),
    ],
)
def test_an_unknown_name_before_a_tie_hyphen_is_a_body(text: str, link: tuple[str, str, str]) -> None:
    assert link in links_by_name(text)


def test_a_peoples_name_a_backing_compound_heads_is_the_body_backed() -> None:
    assert ("Iran", "FUNDS", "Hazaris") in links_by_name("The Iran-backed Hazaris fired drones at the port.")


def test_a_peoples_adjective_before_a_tie_hyphen_is_no_body() -> None:
    links = links_by_name("The Kurdish-led forces and the Western-backed council met in Raqqa on Monday.")
    assert not any(a in {"Kurdish", "Western"} or b in {"Kurdish", "Western"} for a, _, b in links)


def test_one_word_a_backing_compound_heads_read_as_a_person_s_is_the_body_backed() -> None:
    kg = graph_of("Fighting broke out between the army and the Russia-backed Tamaris near the border on Monday.")
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert labels.get("Tamaris") == "Organization", labels


def test_a_person_s_last_name_a_backing_compound_heads_stays_a_person_s() -> None:
    kg = graph_of("Ramzan Kadyrov spoke on Monday. The Kremlin-backed Kadyrov said the war would go on.")
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert labels.get("Ramzan Kadyrov") == "Person" and "Kadyrov" not in labels, labels
