"""Who an incident is laid on when the page names its doers as people of a body: "members of X carried out the
bombing", "suspected members of X kidnapped" and "a team of X" blame X (``group_people_nouns``, loaders/syntax.py);
each construction on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

GROUP = "The Kalunga Front is an armed group in Sofala. "


@pytest.mark.parametrize(
    "text",
    [
        GROUP + "Police said members of the Kalunga Front carried out the attack on a market in Dondo.",
        GROUP + "Police said the attack on a market in Dondo was carried out by a team of the Kalunga Front.",
    ],
)
def test_members_or_a_team_of_a_group_who_carried_out_an_incident_lay_it_on_the_group(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {("Kalunga Front", "Dondo attack"): "asserted"}


def test_suspected_members_of_a_group_who_kidnapped_people_make_the_kidnapping_alleged_of_the_group() -> None:
    text = GROUP + "Suspected members of the Kalunga Front kidnapped three engineers in Dondo on Sunday."
    found = named_links(text, "BLAMED_FOR")
    assert {s for s, _ in found} == {"Kalunga Front"}, found
    assert set(found.values()) == {"alleged"}, found
