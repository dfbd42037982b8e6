"""A pronoun that is the subject of a small clause after a verb coordinated with an earlier one ("regard X as Y's
armed wing and hold it responsible for the attack") stands for the earlier verb's object, as an object pronoun does
("joined X and has led it"), not for a name qualifying it (Y). Sentences written for the test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

RAID = "Gunmen attacked the prison in Beira in April 2021, freeing 1,800 inmates. "


@pytest.mark.parametrize(
    "text",
    [
        "Officials regard the Kalunga Front as the Dondo League's armed wing and hold it responsible for the attack on "
        "the prison in Beira.",
        "Officials describe the Kalunga Front as a wing of the Dondo League and hold it responsible for the prison "
        "attack.",
        "Police consider the Kalunga Front an offshoot of the Dondo League and have held it responsible for the "
        "attack.",
        "The government banned the Kalunga Front in 2021 and held it responsible for the prison attack.",
    ],
)
def test_the_small_clause_pronoun_is_the_earlier_object(text: str) -> None:
    assert {s for s, _ in named_links(RAID + text, "BLAMED_FOR")} == {"Kalunga Front"}


def test_a_denial_keeps_the_earlier_object_and_negates() -> None:
    text = "Officials regard the Kalunga Front as the Dondo League's armed wing but do not hold it responsible for "
    found = named_links(RAID + text + "the prison attack.", "BLAMED_FOR")
    assert [(s, c) for (s, _), c in found.items()] == [("Kalunga Front", "negated")], found
