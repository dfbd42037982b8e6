"""A roster's lead ending at a colon ("five members:", "several factions, including:", "The SFA comprises:") makes
the name opening each line of the list after it a member of the body the lead names; a colon that leads no roster
("Key points:", "Its fighters have raided:") makes no member. Lines written for these tests."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_council_members_listed_a_line_each_are_members_of_the_group_told_of() -> None:
    found = named_links(
        "The Patriotic Resistance Front (PRF) has fought the army in the north since 2019. After its founder died, "
        "the movement said it would be run by a council of five members:\n\n"
        "- **Amos Lokiru**, head of the political bureau;\n"
        "- **Grace Akello**, the group's spokesperson;\n"
        "- **Peter Okumu**, who commands its fighters in Gulu.\n\n"
        "The council has not met in public.",
        "MEMBER_OF",
    )
    members = {s for s, o in found if o == "Patriotic Resistance Front"}
    assert {"Amos Lokiru", "Grace Akello", "Peter Okumu"} <= members, found


def test_factions_including_a_line_each_are_members_of_the_group_that_splintered() -> None:
    found = named_links(
        "The Kivu Liberation Army (KILA) was weakened by the death of its founder in 2021. Rather than collapsing, "
        "the group splintered. Researchers have since identified several factions, including:\n\n"
        "- the **Bunia Defence Brigade (BDB)**, which operates near the lake;\n"
        "- the **Mambasa Front**;\n\n"
        "Both deny ties to each other.",
        "MEMBER_OF",
    )
    members = {s for s, o in found if o == "Kivu Liberation Army"}
    assert {"Bunia Defence Brigade", "Mambasa Front"} <= members, found


def test_a_body_that_comprises_a_list_has_each_line_as_a_member() -> None:
    found = named_links(
        "The Sahel Freedom Alliance (SFA) was formed in 2022. The SFA comprises:\n\n"
        "- the Movement for Azawad Unity (MAU);\n"
        "- the Gourma Liberation Front (GLF), led by Hamid Ag Rissa.\n",
        "MEMBER_OF",
    )
    members = {s for s, o in found if o == "Sahel Freedom Alliance"}
    assert {"Movement for Azawad Unity", "Gourma Liberation Front"} <= members, found


def test_a_list_after_a_lead_of_no_roster_makes_no_members() -> None:
    found = named_links(
        "The Sahel Freedom Alliance (SFA) was formed in 2022. Its fighters have raided:\n\n"
        "- the Movement for Azawad Unity (MAU);\n"
        "- the Gourma Liberation Front (GLF).\n",
        "MEMBER_OF",
    )
    assert not any(o == "Sahel Freedom Alliance" for _, o in found), found


def test_allies_listed_a_line_each_are_allied_with_the_owner() -> None:
    found = named_links(
        "The Sahel Freedom Alliance (SFA) was formed in 2022. Its closest allies include:\n\n"
        "- the Movement for Azawad Unity (MAU), which shares its bases;\n"
        "- the Gourma Liberation Front (GLF).\n",
        "ALLIED_WITH",
    )
    pairs = {frozenset(p) for p in found}
    assert frozenset({"Movement for Azawad Unity", "Sahel Freedom Alliance"}) in pairs, found
    assert frozenset({"Gourma Liberation Front", "Sahel Freedom Alliance"}) in pairs, found
