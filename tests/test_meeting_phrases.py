"""Meetings said without "met" (loaders/meeting_phrases.py), each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def met(text: str) -> set[frozenset[str]]:
    """The pairs of ids the rules link by MET_WITH in a one-document graph (either way: the type is symmetric)."""
    kg = graph_of(text)
    return {frozenset((s, o)) for s, o, k in kg.g.edges(keys=True) if k == "MET_WITH"}


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Tuesday about grain exports.",
        "Recep Tayyip Erdogan spoke to Vladimir Putin by telephone on Tuesday.",
        "Vladimir Putin and Recep Tayyip Erdogan spoke by phone late on Tuesday.",
        "Recep Tayyip Erdogan talked with Vladimir Putin for two hours in Sochi.",
        "Recep Tayyip Erdogan telephoned Vladimir Putin on Tuesday to discuss grain exports.",
        "In a call with Vladimir Putin on Tuesday, Recep Tayyip Erdogan raised grain exports.",
    ],
)
def test_people_who_talk_with_each_other_met(text: str) -> None:
    found = met(text)
    assert frozenset({"vladimir-putin", "recep-tayyip-erdogan"}) in found, found


def test_every_person_talked_to_met_the_talker() -> None:
    found = met("The Kremlin said Vladimir Putin had spoken with Recep Tayyip Erdogan and Ilham Aliyev on Monday.")
    assert {frozenset({"vladimir-putin", "recep-tayyip-erdogan"}), frozenset({"vladimir-putin", "ilham-aliyev"})} <= (
        found
    ), found


def test_whoever_visits_a_named_person_met_them() -> None:
    found = met("Recep Tayyip Erdogan visited Vladimir Putin in hospital on Friday.")
    assert frozenset({"vladimir-putin", "recep-tayyip-erdogan"}) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Recep Tayyip Erdogan visited Kabul and the UN headquarters on Friday.",  # a place and a body, no person
        "Recep Tayyip Erdogan will visit Vladimir Putin in Sochi next week.",  # a visit only planned
        "Recep Tayyip Erdogan visited Vladimir Putin's family in Sochi on Friday.",  # his kin, not the man
    ],
)
def test_a_visit_to_a_place_or_one_only_planned_is_no_meeting(text: str) -> None:
    assert not met(text)


@pytest.mark.parametrize(
    "text",
    [
        "Benjamin Netanyahu spoke to Reuters on Monday about the hostages.",  # an interview with an outlet
        "Vladimir Putin and Recep Tayyip Erdogan spoke at length about the war on Tuesday.",  # no call, no partner
    ],
)
def test_a_talk_with_no_named_person_as_partner_is_no_meeting(text: str) -> None:
    assert not met(text)


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken and Sergei Lavrov signed a ceasefire agreement in Geneva on Friday.",
        "The accord was signed by Antony Blinken and Sergei Lavrov in Geneva on Friday.",
        "Antony Blinken signed the protocol with Sergei Lavrov in Geneva on Friday.",
    ],
)
def test_people_who_sign_one_agreement_together_met(text: str) -> None:
    found = met(text)
    assert frozenset({"antony-blinken", "sergei-lavrov"}) in found, found


def test_what_is_signed_must_be_an_agreement() -> None:
    assert not met("Antony Blinken and Sergei Lavrov signed copies of their memoirs for visitors in Geneva.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "An ECOWAS delegation, led by Nigeria's foreign minister Yusuf Tuggar, met Abdourahamane Tiani in Niamey.",
            ("yusuf-tuggar", "abdourahamane-tiani"),
        ),
        (
            "A delegation from the DEM Party held two meetings with Abdullah Ocalan on the island.",
            ("peoples-equality-and-democracy-party", "abdullah-ocalan"),
        ),
        (
            "A government delegation headed by Antony Blinken signed an accord with Sergei Lavrov in Geneva.",
            ("antony-blinken", "sergei-lavrov"),
        ),
    ],
)
def test_a_delegation_that_meets_someone_stands_for_its_leader_and_the_body_that_sent_it(
    text: str, pair: tuple[str, str]
) -> None:
    found = met(text)
    assert frozenset(pair) in found, found


def test_a_delegation_that_only_arrives_meets_no_one() -> None:
    assert not met("A delegation led by Antony Blinken arrived in Geneva on Friday with Sergei Lavrov's letter.")


@pytest.mark.parametrize(
    "text",
    [
        "In a statement after a call with Vladimir Putin, Recep Tayyip Erdogan said grain exports would resume.",
        "Recep Tayyip Erdogan spoke to reporters during talks with Vladimir Putin in Sochi.",
        "Following a meeting with Vladimir Putin, Recep Tayyip Erdogan flew back to Ankara.",
    ],
)
def test_a_meeting_named_as_the_time_of_a_persons_act_is_one_they_held(text: str) -> None:
    found = met(text)
    assert frozenset({"vladimir-putin", "recep-tayyip-erdogan"}) in found, found


def test_talks_named_as_the_time_of_a_states_act_meet_no_one() -> None:
    assert not met("Russia struck Odesa during talks with Turkey on grain exports.")


def test_the_people_named_together_after_a_meetings_with_met_each_other() -> None:
    found = met("Recep Tayyip Erdogan chaired a meeting with Vladimir Putin and Volodymyr Zelensky in Istanbul.")
    assert frozenset({"vladimir-putin", "volodymyr-zelensky"}) in found, found
    assert frozenset({"recep-tayyip-erdogan", "volodymyr-zelensky"}) in found, found


def test_the_people_of_separate_meetings_did_not_meet_each_other() -> None:
    found = met("Recep Tayyip Erdogan held separate meetings with Vladimir Putin and Volodymyr Zelensky in Istanbul.")
    assert frozenset({"vladimir-putin", "volodymyr-zelensky"}) not in found, found
    assert frozenset({"recep-tayyip-erdogan", "volodymyr-zelensky"}) in found, found


def test_the_people_one_keeps_in_contact_with_did_not_meet_each_other() -> None:
    found = met("Recep Tayyip Erdogan kept in contact with Vladimir Putin and Volodymyr Zelensky throughout the war.")
    assert frozenset({"vladimir-putin", "volodymyr-zelensky"}) not in found, found
