"""A group noun in what a group's own person says stands for that group, not for the subject of the sentence before."""

from __future__ import annotations

from conftest import links_by_name


def test_the_group_in_what_its_commander_says_is_his_group() -> None:
    text = (
        "The Patriotic Front, which runs the province's councils, denied any role in the bombing. A Red Hand Brigade "
        "commander said the group would expand its operations inside Kordo."
    )
    links = links_by_name(text)
    assert ("Red Hand Brigade", "BASED_IN", "Kordo") in links, links
    assert ("Patriotic Front", "BASED_IN", "Kordo") not in links, links
