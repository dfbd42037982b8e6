""" "A, a suspect in the bombing", "police released sketches of two suspects, A and B", "A is the main suspect",
"Suspicion fell on X", "the evidence points to X": those named as suspects are blamed for the incident (alleged), the
one the suspect noun's phrase names, else the one told last, however many paragraphs back when it is the page's own
(loaders/named_suspects.py). Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import certainties_of, named_links

pytestmark = pytest.mark.model

NEWS = (
    "A car bomb exploded outside a police station in Gadra on Monday, killing nine officers. The mayor of Gadra said"
    " the town would rebuild. Schools stayed closed on Tuesday. Traders said business had slowed sharply. "
)


def blamed_for(text: str) -> dict[str, str]:
    """Each person or group blamed for an incident of the text, with the certainty of its link."""
    return {subject: certainty for (subject, _), certainty in named_links(text, "BLAMED_FOR").items()}


@pytest.mark.parametrize(
    ("told", "named"),
    [
        ("Karim Osman, a suspect in the bombing, was arrested on Tuesday.", ["Karim Osman"]),
        ("Police released sketches of two suspects, Karim Osman and Ali Tahir.", ["Karim Osman", "Ali Tahir"]),
        ("Police named two suspects: Karim Osman and Ali Tahir.", ["Karim Osman", "Ali Tahir"]),
        ("The suspects, Karim Osman and Ali Tahir, fled to the hills.", ["Karim Osman", "Ali Tahir"]),
        ("The suspects were Karim Osman and Ali Tahir.", ["Karim Osman", "Ali Tahir"]),
        ("One of the suspects, Karim Osman, was arrested on Tuesday.", ["Karim Osman"]),
        ("Interior Minister Ali Tahir said Karim Osman was the main suspect.", ["Karim Osman"]),
        ("The prime suspect is the Gadra Liberation Front.", ["Gadra Liberation Front"]),
        ("Karim Osman was named as the prime suspect.", ["Karim Osman"]),
        ("Police named Karim Osman and Ali Tahir as suspects in the attack.", ["Karim Osman", "Ali Tahir"]),
        ("Police identified the suspects as Karim Osman and Ali Tahir.", ["Karim Osman", "Ali Tahir"]),
        ("Police said the suspects were members of the Gadra Liberation Front.", ["Gadra Liberation Front"]),
        ("Suspicion fell on the Gadra Liberation Front.", ["Gadra Liberation Front"]),
        ("Suspicion immediately turned to the Gadra Liberation Front.", ["Gadra Liberation Front"]),
    ],
)
def test_those_named_as_suspects_are_suspected_of_the_page_s_incident(told: str, named: list[str]) -> None:
    found = blamed_for(NEWS + told)
    assert all(found.get(name) == "alleged" for name in named), found
    assert "Ali Tahir" in named or "Ali Tahir" not in found, found  # the minister who speaks is not blamed


@pytest.mark.parametrize("told", ["Karim Osman is not a suspect.", "Ali Tahir said Karim Osman was not a suspect."])
def test_one_said_not_to_be_a_suspect_is_denied(told: str) -> None:
    assert blamed_for(NEWS + told).get("Karim Osman") == "negated"


@pytest.mark.parametrize(
    "told",
    [
        "Police arrested two suspects.",  # no one named
        "Karim Osman, a suspect in a 2019 fraud case, was released on bail.",  # another matter
        "The army detained Karim Osman on suspicion of spying for Gadra's rivals.",  # a suspicion of no incident
        "Residents looked at the Gadra Liberation Front with suspicion.",
        "The suspects' lawyer, Karim Osman, said they were innocent.",  # one speaking for the suspects
        "Karim Osman, the lawyer of one of the suspects, said they were innocent.",
        "Karim Osman, a police officer, said the suspect had been arrested.",
    ],
)
def test_no_one_is_blamed_without_being_named_a_suspect_of_an_incident(told: str) -> None:
    assert not blamed_for(NEWS + told)


def test_a_suspect_of_another_incident_named_in_the_phrase_is_blamed_for_that_one() -> None:
    found = named_links(
        NEWS + "Karim Osman, a suspect in the 2019 bombing of a bank in Sabra, was arrested.", "BLAMED_FOR"
    )
    assert [event for (who, event) in found if who == "Karim Osman"] == ["Sabra bombing"], found


def test_a_named_suspect_is_not_said_to_have_struck_the_victims() -> None:
    text = (
        "Gunmen killed Ahmed Nur, a local trader, in Gadra on Monday. Police released sketches of two suspects,"
        " Karim Osman and Ali Tahir."
    )
    links = certainties_of(text)
    assert ("karim-osman", "BLAMED_FOR") in {(s, k) for s, k, _ in links}, links
    assert not [key for key in links if key[1] == "ATTACKED" and key[0] == "karim-osman"], links


@pytest.mark.parametrize(
    "told",
    [
        "The evidence points to the Gadra Liberation Front.",
        "All the evidence pointed to the Gadra Liberation Front, police said.",
        "Security analysts said the profile of the suspects pointed to the Gadra Liberation Front.",
        "Clues found at the scene pointed to the Gadra Liberation Front.",
        "The trail led to the Gadra Liberation Front.",
        "The evidence pointed to the involvement of the Gadra Liberation Front.",
        "The investigation into the bombing pointed to the Gadra Liberation Front.",
    ],
)
def test_the_group_evidence_points_to_is_suspected(told: str) -> None:
    assert blamed_for(NEWS + told).get("Gadra Liberation Front") == "alleged"


@pytest.mark.parametrize(
    "told",
    [
        "Signs point to a rise in attacks by the Gadra Liberation Front.",  # other deeds
        "The road leads to the Gadra Liberation Front's main base.",  # no evidence
        "Karim Osman led the investigation into the bombing.",
    ],
)
def test_nothing_evidence_does_not_point_to_is_blamed(told: str) -> None:
    assert not blamed_for(NEWS + told)


def test_evidence_said_not_to_point_to_a_group_clears_it() -> None:
    found = blamed_for(NEWS + "The evidence does not point to the Gadra Liberation Front.")
    assert found.get("Gadra Liberation Front") == "negated"


@pytest.mark.parametrize(
    "told",
    [
        "Analysts said the evidence pointed to the Gadra Liberation Front.",
        "Suspicion fell on the Gadra Liberation Front.",
        "Police named two suspects, Karim Osman and Ali Tahir.",
    ],
)
def test_a_suspicion_after_older_incidents_told_in_passing_is_about_the_page_s_own(told: str) -> None:
    older = "The 2019 bombing of a church in Sabra killed twelve people. The town has been calm since. "
    found = named_links(NEWS + older + told, "BLAMED_FOR")
    assert found and {event for _, event in found} == {"Gadra car bomb"}, found
