"""'The alliance', 'the coalition': the organisation named before whose name, as written, has that head noun, however
far back, or that was described so in the sentences just before (sentences written for the test, the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

FILLER = (
    "Aid agencies said on Monday that thousands of families had fled the fighting. "
    "Roads to the border were closed for most of the week. "
    "Prices of food and fuel rose sharply in the markets. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rwanda funds the alliance, UN experts said.",  # the reference as object
        "The alliance is funded by Rwanda, UN experts said.",  # passive
        "According to UN experts, the alliance receives weapons from Rwanda.",  # a clause before
        "UN experts say Rwanda supplies weapons to the alliance.",  # a reported clause
        "UN experts say the alliance, which took Goma, is backed by Rwanda.",  # a relative clause between
    ],
)
def test_the_alliance_pages_later_is_the_alliance_named_before(sentence: str) -> None:
    text = f"The Kivu Patriots Alliance launched an offensive in North Kivu last year. {FILLER}{sentence}"
    assert ("rwanda", "FUNDS", "kivu-patriots-alliance") in links_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Viv Morne, a coalition of gangs, took the port on Monday. The coalition is funded by Haiti Mining Ltd.",
        "Gangs formed Viv Morne, a coalition of gangs, in 2022. The coalition is funded by Haiti Mining Ltd.",
    ],
)
def test_the_coalition_is_the_organisation_just_described_so(text: str) -> None:
    assert ("haiti-mining-ltd", "FUNDS", "viv-morne") in links_of(text)


def test_the_alliance_is_the_alliance_named_last() -> None:
    text = (
        "The Kivu Patriots Alliance fought the Lake Tanganyika Alliance in 2023. "
        f"{FILLER}Rwanda funds the alliance, UN experts said."
    )
    backed = {o for s, k, o in links_of(text) if s == "rwanda" and k == "FUNDS"}
    assert backed == {"lake-tanganyika-alliance"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rwanda funds the rival alliance, UN experts said.",  # a modifier sets it apart
        "Rwanda funds a new alliance, UN experts said.",  # not definite
        "Rwanda funds the alliances, UN experts said.",  # a plural
    ],
)
def test_a_phrase_that_sets_an_alliance_apart_is_not_the_one_named(sentence: str) -> None:
    text = f"The Kivu Patriots Alliance launched an offensive in North Kivu last year. {FILLER}{sentence}"
    assert ("rwanda", "FUNDS", "kivu-patriots-alliance") not in links_of(text)
