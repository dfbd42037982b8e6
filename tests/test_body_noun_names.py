"""Bodies' names a noun of bodies names, which the NER read as titles, as people's or missed
(``loaders/body_noun_names.py``): in quotes before the noun ('the "Red Veyra" units'), after the noun and a phrase of
naming ('a faction known as "La Vesquita"', "a militia calling itself the Guardians of Veyra", 'the faction loyal
to X, known locally as "Los Teyros" or "La Vesquita"'), in apposition after
it ("its armed branch, Strike 77,"); not a name a noun of no body names, nor a person a role of the body owns.
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('Fighters of the "Red Veyra" units took part in the assault on the town.', "Red Veyra"),
        ('He said fighters from the CNA and "Zoland" units were taking part.', "Zoland"),
        ('In Orvane province, a faction known as "La Vesquita" has fought the army since 2019.', "La Vesquita"),
        (
            'In Orvane province, the faction loyal to Ramon Teyra, known as "La Vesquita," attacked the army.',
            "La Vesquita",
        ),
        ('In Sinaloa, the faction loyal to Zambada, known as "La Mayiza," fought Los Chapitos.', "La Mayiza"),
        ('"La Vesquita", the faction loyal to Ramon Teyra, attacked the army in Orvane.', "La Vesquita"),
        ('The regional blocs answer to a collegiate command, the "Estado Mayor Conjunto".', "Estado Mayor Conjunto"),
        ("The Orvane Front and its armed branch, Strike 77, were listed in 2021.", "Strike 77"),
        ("Blood & Honour and its armed branch, Combat 18, were listed in 2019.", "Combat 18"),
        ("A previously unknown organisation calling itself the Tarvessa Mujahideen claimed it.", "Tarvessa Mujahideen"),
        (
            'A militia that calls itself "the Guardians of Veyra" claimed the attack on the checkpoint.',
            "Guardians of Veyra",
        ),
        ('Fighters from a new group dubbed "Army of the Free Veyra" seized the town.', "Army of the Free Veyra"),
        (
            "The faction, now calling itself the Estado Mayor de los Bloques, split in 2024.",
            "Estado Mayor de los Bloques",
        ),
        (
            'The army fights the faction loyal to Ramon Teyra, known locally as "Los Teyros".',
            "Los Teyros",
        ),
        ('The army fights the faction loyal to Teyra, known locally as "Los Teyros" or "La Vesquita."', "La Vesquita"),
        ("Troops were backed by a regional mission, known as TARMIS, which began deploying in December.", "TARMIS"),
    ],
)
def test_a_name_a_noun_of_bodies_names_is_a_body(text: str, body: str) -> None:
    assert _labels(text).get(body) == "Organization", _labels(text)


def test_the_name_before_the_phrase_keeps_its_own_label() -> None:
    labels = _labels('In Orvane province, the faction loyal to Ramon Teyra, known as "La Vesquita," attacked the army.')
    assert labels.get("Ramon Teyra") == "Person", labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The government launched an operation known as "Desert Veyra" in the north.', "Desert Veyra"),
        ('The army released a film called "Sons of Veyra" about the war.', "Sons of Veyra"),
        ('Most of the killings happened in the area known as "the Veyra Triangle".', "Veyra Triangle"),
        ('The faction attacked "Desert Veyra" positions near the river.', "Desert Veyra"),
        ('The rebels signed the accord, known as "the Tarvessa Agreement", in 2020.', "Tarvessa Agreement"),
        ('A senior commander of the group, known as "Abu Veyra", was killed in Orvane.', "Abu Veyra"),
        ("The spokesman of the faction, Tarek Veyra, said the talks had failed.", "Tarek Veyra"),
        ("The group, Veyra said, would not disarm.", "Veyra"),
        ("His son, known as Tessit Veyra, fled to Orvane.", "Tessit Veyra"),
        ('A gunman known as "El Veyro" shot the mayor in Orvane.', "El Veyro"),
        ('The report covers the rebel coalition, "Red Veyra" and the new ceasefire.', "Red Veyra"),
    ],
)
def test_a_name_no_noun_of_bodies_names_is_no_body(text: str, name: str) -> None:
    assert _labels(text).get(name) != "Organization", _labels(text)
