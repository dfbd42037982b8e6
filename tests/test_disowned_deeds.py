"""A deed its doer denies or admits in so many words (loaders/disowned_deeds.py, the `disowned_deeds` block of
seeds/relations.yaml): "X denied the attack", "X disowned the bombing", "X distanced itself from the raid" (negated),
"X admitted the attack", "X admitted to the bombing" (asserted); each on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

TOLD = "A car bomb killed 20 people at a market in Mogadishu on Sunday. "
BOMB = ("al-Shabaab", "Mogadishu car bomb")


@pytest.mark.parametrize(
    "said",
    [
        "Al-Shabaab denied the attack.",
        "Al-Shabaab disowned the bombing.",
        "Al-Shabaab distanced itself from the attack.",
        "Al-Shabaab, which often targets markets, swiftly denied the blast.",
        "Al-Shabaab repudiated the attack in a statement.",
    ],
)
def test_a_deed_its_doer_denies_is_a_denied_blame(said: str) -> None:
    assert named_links(TOLD + said, "BLAMED_FOR") == {BOMB: "negated"}


@pytest.mark.parametrize(
    "said",
    [
        "Al-Shabaab admitted the attack.",
        "Al-Shabaab admitted to the bombing on Monday.",
        "Al-Shabaab confessed to the attack.",
    ],
)
def test_a_deed_its_doer_admits_is_its_own_word(said: str) -> None:
    assert named_links(TOLD + said, "BLAMED_FOR") == {BOMB: "asserted"}


@pytest.mark.parametrize(
    "said",
    [
        "Al-Shabaab denied the reports.",
        "Al-Shabaab denied that the market had been hit.",
        "Al-Shabaab did not admit the attack.",
        "Al-Shabaab condemned the attack.",
        "Its spokesman, Ali Dhere, distanced the group from the attack.",
    ],
)
def test_no_deed_denied_or_admitted_blames_no_one(said: str) -> None:
    assert named_links(TOLD + said, "BLAMED_FOR") == {}


def test_a_victim_that_denies_an_attack_on_it_is_not_blamed() -> None:
    text = "Gunmen attacked an army base in Kismayo in 2023. The Somali army denied the attack on its base."
    assert not any(s in {"Somali army", "Somalia"} for s, _ in named_links(text, "BLAMED_FOR"))
