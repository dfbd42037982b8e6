""" "X said it had carried out the operation", "X claimed the operation": a deed its doer names only as "the operation"
is the incident told just before (loaders/extract.py, `blame.deed_reference_nouns` of seeds/relations.yaml); "Two
groups, A and B, said they had carried out the raid": "they" stands for the speakers (loaders/blame_phrases.py).
Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

RAID = "Gunmen raided a gas field near Gadra on Tuesday, killing 74 workers. "
GROUP = "Gadra Liberation Front"


def blamed(text: str) -> dict[str, tuple[str, str]]:
    """Each actor blamed for an incident: the incident's name and the link's certainty."""
    return {subject: (event, certainty) for (subject, event), certainty in named_links(text, "BLAMED_FOR").items()}


@pytest.mark.parametrize(
    ("told", "certainty"),
    [
        ("The Gadra Liberation Front said it had carried out the operation.", "asserted"),
        ("The Gadra Liberation Front quickly claimed the operation.", "asserted"),
        ("The Gadra Liberation Front said its fighters had conducted the operation.", "asserted"),
        ("The Gadra Liberation Front and the Sabra Brigade said they had carried out the operation.", "asserted"),
        (
            "Later, the Gadra Liberation Front claimed the operation, saying it had warned foreign companies.",
            "asserted",
        ),
        ("The Gadra Liberation Front said it did not carry out the operation.", "negated"),
    ],
)
def test_the_operation_its_doer_names_is_the_incident_told(told: str, certainty: str) -> None:
    found = blamed(RAID + told)
    assert found.get(GROUP) == ("Gadra attack", certainty), found


@pytest.mark.parametrize(
    "told",
    [
        "The army said it had carried out an operation against the Gadra Liberation Front.",  # another operation
        "The army said it had carried out the operation against the Gadra Liberation Front.",
        "The Gadra Liberation Front said the army carried out the operation.",  # another doer
    ],
)
def test_an_operation_of_another_is_not_the_group_s(told: str) -> None:
    assert GROUP not in blamed(RAID + told), blamed(RAID + told)


@pytest.mark.parametrize(
    "told",
    [
        "Two groups, the Gadra Liberation Front and the Sabra Brigade, said they had carried out the raid.",
        "Two groups, the Gadra Liberation Front and the Sabra Brigade, said they had carried out the operation.",
        "Two armed groups, the Gadra Liberation Front and the Sabra Brigade, said they had conducted the attack.",
        "Two groups of exiles, the Gadra Liberation Front and the Sabra Brigade, said they had staged the raid.",
        "The rebels, the Gadra Liberation Front and the Sabra Brigade, said on Monday they had carried out the raid.",
    ],
)
def test_they_of_a_report_stands_for_its_speakers(told: str) -> None:
    found = blamed(RAID + told)
    assert {found.get(GROUP), found.get("Sabra Brigade")} == {("Gadra attack", "asserted")}, found


@pytest.mark.parametrize(
    "told",
    [
        "Two groups, the Gadra Liberation Front and the Sabra Brigade, said they had seen the army carry out the raid.",
        "Officials said they had arrested members of the Gadra Liberation Front.",
    ],
)
def test_they_of_a_report_of_another_s_deed_is_not_blamed(told: str) -> None:
    assert GROUP not in blamed(RAID + told), blamed(RAID + told)


@pytest.mark.parametrize(
    "text",
    [
        "Mali launched Operation Falcon in 1990 and Operation Sable in 1991.",
        "Mali launched Operation Falcon that year and Operation Sable in 1991.",
    ],
)
def test_a_second_operation_whose_verb_is_left_out_is_launched_by_the_same_subject(text: str) -> None:
    """ "X launched Operation A in 1990 and Operation B in 1991": B's clause has no verb of its own, it is X's too."""
    found = named_links(text, "BLAMED_FOR")
    assert found == {("Mali", "Operation Falcon"): "asserted", ("Mali", "Operation Sable"): "asserted"}, found
