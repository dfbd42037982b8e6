"""A faction with no name of its own led by someone ("the faction led by X") is a part of the movement it stands
for: X is a member of the movement, not its leader; a named group's faction ("the X faction led by Y") is that
group's. Each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model

MOVEMENT = "The Polisario Front has split into two camps."


def _links(text: str) -> set[tuple[str, str, str]]:
    return set(graph_of(text).g.edges(keys=True))


def test_the_leader_of_an_unnamed_faction_is_a_member_of_the_movement() -> None:
    links = _links(f"{MOVEMENT} Rabat signed the accord with the faction led by Ahmed Baba Salek, a veteran commander.")
    assert ("ahmed-baba-salek", "polisario-front", "MEMBER_OF") in links, links
    assert ("ahmed-baba-salek", "polisario-front", "LEADS") not in links, links


def test_the_leader_of_a_named_groups_faction_leads_the_group() -> None:
    links = _links("The joint forces are made up of the Polisario Front faction led by Ahmed Baba Salek.")
    assert ("ahmed-baba-salek", "polisario-front", "LEADS") in links, links


def test_the_leader_of_a_faction_set_beside_a_groups_name_leads_the_group() -> None:
    links = _links(
        f"{MOVEMENT} Fighting broke out between the army and the Sahrawi Youth Front, the faction led by Ahmed Baba "
        "Salek."
    )
    assert ("ahmed-baba-salek", "sahrawi-youth-front", "LEADS") in links, links
    assert ("ahmed-baba-salek", "polisario-front", "LEADS") not in links, links
