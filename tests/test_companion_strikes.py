"""A victim killed together with another "in" an incident the parse hangs on the companion, not on the verb: "X was
killed with Quds Force commander Y in the US strike near Z" (the strike is still the killing's, so its author attacked
both). Each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def attacked(text: str) -> set[tuple[str, str]]:
    """Each ATTACKED link of the graph of one document, by its ends' names."""
    return set(named_links(text, "ATTACKED"))


@pytest.mark.parametrize(
    "text",
    [
        "Abu Bakr al-Tamimi was killed with Quds Force commander Mahmoud Rezaei in the US strike near Baghdad airport "
        "on 3 January 2020.",
        "Ali Karimi, the brigade's deputy head and de facto leader, who was killed with Quds Force commander Mahmoud "
        "Rezaei in the US strike near Baghdad airport on 3 January 2020, had led the unit.",
        "Abu Bakr al-Tamimi was killed along with Quds Force commander Mahmoud Rezaei in a US air strike in 2020.",
        "Abu Bakr al-Tamimi, who was killed alongside Quds Force commander Mahmoud Rezaei in a US raid, led the unit.",
        "Abu Bakr al-Tamimi was killed together with Quds Force commander Mahmoud Rezaei during a US drone strike.",
    ],
)
def test_the_incident_of_a_killing_with_a_companion_was_its_authors_attack_on_both(text: str) -> None:
    found = attacked(text)
    assert {("United States", "Abu Bakr al-Tamimi"), ("United States", "Mahmoud Rezaei")} <= found or {
        ("United States", "Ali Karimi"),
        ("United States", "Mahmoud Rezaei"),
    } <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Abu Bakr al-Tamimi was killed with Quds Force commander Mahmoud Rezaei in Baghdad on 3 January 2020.",
        "Abu Bakr al-Tamimi was killed with Quds Force commander Mahmoud Rezaei, who had survived a US strike in 2019.",
    ],
)
def test_a_place_or_a_strike_told_of_the_companion_alone_names_no_attacker(text: str) -> None:
    assert not attacked(text)
