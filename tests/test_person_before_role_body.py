"""A singular "who" clause the parser hangs on the body of a role set beside a person's name describes the person:
"X, chairman of the Y Association, who was shot dead in 2015" (the killing TARGETED X, not the association); not a
plural clause of the body ("X, a leader of the Houthis, who control Sanaa"). Sentences written for these tests (the
rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links as links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "In Sur, the most prominent victim was Ahmed Karimov, chairman of the Garissa Bar Association, who was shot "
        "dead on 28 November 2015 beside a mosque.",
        "The group was founded by Ahmed Karimov, a former officer of the Kenya Defence Forces who was killed in a "
        "drone strike in Garissa in 2019.",
        "Ahmed Karimov, the founder of the Sawa Front, who was assassinated in Garissa in 2019, was buried in "
        "Mogadishu.",
    ],
)
def test_the_person_not_the_body_was_hit(text: str) -> None:
    targeted = links(text, "TARGETED")
    hit = {o for _, o in targeted}
    assert "Ahmed Karimov" in hit and not hit & {"Garissa Bar Association", "Kenya Defence Forces", "Sawa Front"}, (
        targeted
    )


def test_a_plural_clause_is_the_body_s() -> None:
    text = "Yusuf Baig, a leader of the Houthis, who control Sanaa, was killed in Sanaa on Monday."
    based = links(text, "BASED_IN")
    assert ("Houthis", "Sanaa") in based and ("Yusuf Baig", "Sanaa") not in based, based
