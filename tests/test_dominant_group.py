"""A group noun ("the group", "the organisation", "the movement") or "its fighters" whose nearest reading is a body of
no kind read, named once in passing, stands for the armed group the page names again and again; not when the body is
described as a group, named as often, when two armed groups are named as often, or for "it" (a body's own deeds)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

GROUP_PAGE = (
    "The Red Dawn Front, a militant group, attacked an army post in Kidal on Monday. The Red Dawn Front said it had "
    "killed ten soldiers. Officials said the Red Dawn Front had also raided a convoy near Gao. Residents fled after "
    "the Red Dawn Front seized the town.\n\n"
    "Amadou Sall, a local official, said the attack had shocked the town. He said the army would return. Schools "
    "were closed on Tuesday.\n\n"
)
PASSING = "The Ortega Foundation denied any role in the fighting. President Omar Bakri later said the town was calm."
PASSING += "\n\n"


@pytest.mark.parametrize(
    ("sentence", "link"),
    [
        ("Libya armed the group.", ("Libya", "FUNDS", "{}")),  # active, the group as object
        ("The organisation is funded by Libya.", ("Libya", "FUNDS", "{}")),  # passive, another noun
        ("Libya has supplied the movement with weapons.", ("Libya", "FUNDS", "{}")),  # another verb and noun
        ("The group is led by Ali Musa.", ("Ali Musa", "LEADS", "{}")),  # another relation
        ("Ali Musa, the group's leader, met officials.", ("Ali Musa", "LEADS", "{}")),  # a possessive, in apposition
        ("Its fighters attacked Gao again.", ("{}", "ATTACKED", "Gao")),  # "its fighters"
        ("Chad said it would sanction the group.", ("{}", "SANCTIONED_BY", "Chad")),  # in a reported clause
    ],
)
def test_a_group_reference_after_a_passing_body_is_the_pages_armed_group(
    sentence: str, link: tuple[str, str, str]
) -> None:
    links = links_by_name(GROUP_PAGE + PASSING + sentence)
    assert tuple(p.format("Red Dawn Front") for p in link) in links, links
    assert tuple(p.format("Ortega Foundation") for p in link) not in links, links


def test_a_body_described_as_a_group_keeps_the_group() -> None:
    passing = "The Ortega Brigade, a little-known militia, denied any role in the fighting. President Omar Bakri "
    links = links_by_name(GROUP_PAGE + passing + "later said the town was calm.\n\nLibya armed the group.")
    assert ("Libya", "FUNDS", "Red Dawn Front") not in links, links


def test_two_armed_groups_named_as_often_leave_the_nearest_reading() -> None:
    rival = (
        "The Blue River Army, a rebel group, fought the army near Mopti. The Blue River Army said it had taken a "
        "base. Officials said the Blue River Army had also ambushed a patrol. Villagers fled when the Blue River "
        "Army arrived.\n\n"
    )
    links = links_by_name(GROUP_PAGE + rival + PASSING + "Libya armed the group.")
    assert ("Libya", "FUNDS", "Red Dawn Front") not in links, links
    assert ("Libya", "FUNDS", "Blue River Army") not in links, links


def test_a_body_named_as_often_as_the_group_keeps_the_reference() -> None:
    often = (
        "The Ortega Foundation denied any role. The Ortega Foundation runs schools in Gao. Donors said the Ortega "
        "Foundation had been warned. Staff left after the Ortega Foundation closed its office.\n\n"
    )
    links = links_by_name(GROUP_PAGE + often + PASSING + "Libya armed the group.")
    assert ("Libya", "FUNDS", "Red Dawn Front") not in links, links


def test_it_keeps_the_body_named_before() -> None:
    links = links_by_name(GROUP_PAGE + PASSING + "It is funded by Libya.")
    assert ("Libya", "FUNDS", "Red Dawn Front") not in links, links


def test_a_body_named_in_the_sentence_before_keeps_the_reference() -> None:
    just = "Omar Bakri is the chief of the Ortega Foundation. Libya armed the group."
    links = links_by_name(GROUP_PAGE + "Schools in Gao stayed shut. Aid arrived late.\n\n" + just)
    assert ("Libya", "FUNDS", "Red Dawn Front") not in links, links
