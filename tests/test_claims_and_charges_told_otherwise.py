"""Blame said in more ways (loaders/claim_nouns.py, loaders/extract.py, loaders/incidents.py, the `own_claims`,
`blame` and `incidents` blocks of seeds/relations.yaml): a claim told as a noun ("X's claim of the bombing"), a
group's deed told in a relative clause before the main verb ("X, which carried out the bombing, vowed more attacks"),
"implicated in", "traced to" and a passive "held responsible"; each on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

BOMBING = ("al-Shabaab", "Mogadishu bombing")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab's claim of the 2023 bombing of a market in Mogadishu came hours later.",
        "Al-Shabaab's claim of responsibility for the 2023 bombing of a market in Mogadishu came hours later.",
        "A claim by al-Shabaab for the 2023 bombing of a market in Mogadishu appeared online.",
        "Officials doubted al-Shabaab's claim for the 2023 bombing of a market in Mogadishu.",
        "In its claim of the 2023 bombing of a market in Mogadishu, al-Shabaab said 30 soldiers died.",
    ],
)
def test_a_claim_told_as_a_noun_blames_its_claimant_as_its_own_word(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {BOMBING: "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab's claim over the town came a week after the 2023 bombing of a market in Mogadishu.",
        "Al-Shabaab made no claim of the 2023 bombing of a market in Mogadishu.",
        "Somalia rejected al-Shabaab's claim of victory after the 2023 bombing of a market in Mogadishu.",
    ],
)
def test_a_claim_of_no_incident_or_one_not_made_blames_no_one(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab, which carried out the 2023 bombing of a market in Mogadishu, vowed more attacks.",
        "Al-Shabaab, which claimed the 2023 bombing of a market in Mogadishu, threatened to strike again.",
        "Al-Shabaab, a group that staged the 2023 bombing of a market in Mogadishu, vowed more attacks.",
        "Al-Shabaab, whose fighters carried out the 2023 bombing of a market in Mogadishu, vowed more attacks.",
        "Police blamed al-Shabaab, which carried out the 2023 bombing of a market in Mogadishu.",
    ],
)
def test_a_deed_told_in_a_relative_clause_is_done_whatever_the_main_verb_threatens(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {BOMBING: "asserted"}


def test_a_deed_only_vowed_is_still_no_deed_done() -> None:
    text = "Al-Shabaab, which lost fighters in Kismayo, vowed to carry out a bombing in Mogadishu in 2023."
    assert named_links(text, "BLAMED_FOR") == {}


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Al-Shabaab was implicated in the 2023 bombing of a market in Mogadishu.", "alleged"),
        ("Investigators implicated al-Shabaab in the 2023 bombing of a market in Mogadishu.", "alleged"),
        ("The 2023 bombing of a market in Mogadishu was traced to al-Shabaab.", "alleged"),
        ("Investigators traced the 2023 bombing of a market in Mogadishu to al-Shabaab.", "alleged"),
        ("Al-Shabaab has been held responsible for the 2023 bombing of a market in Mogadishu.", "alleged"),
        ("Al-Shabaab was not implicated in the 2023 bombing of a market in Mogadishu.", "negated"),
        ("Al-Shabaab was not held responsible for the 2023 bombing of a market in Mogadishu.", "negated"),
    ],
)
def test_implicated_traced_and_held_responsible_lay_the_incident_on_the_group(text: str, certainty: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {BOMBING: certainty}


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry implicated the police chief in a corruption scandal after the 2023 bombing in Mogadishu.",
        "The group traces its roots to the Islamic Courts Union, long before the 2023 bombing in Mogadishu.",
        "The explosives used in the 2023 bombing of a market in Mogadishu were traced to Eritrea.",
        "Al-Shabaab was held in contempt by a court after the 2023 bombing of a market in Mogadishu.",
    ],
)
def test_implicated_traced_or_held_in_anything_but_the_incident_blame_no_one(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {}


def test_one_held_accountable_for_nothing_named_is_not_blamed_for_the_incident_told() -> None:
    text = "An Israeli strike hit the Iranian consulate in Damascus. Tehran said the US must be held accountable."
    assert "United States" not in {s for s, _ in named_links(text, "BLAMED_FOR")}
