"""A reference back stands for an actor of a kind its words allow: "the movement" for an armed group or a party
named before, not for a company the sentences since have as their subject."""

from __future__ import annotations

from conftest import links_by_name


def test_the_movement_is_the_armed_group_not_the_company_named_since() -> None:
    text = (
        "Ansar al-Tawhid fighters ambushed a convoy near Kebri Dahar on Monday, killing four guards.\n\n"
        "The convoy belonged to TotalEnergies, the French oil company. TotalEnergies has not commented. "
        "Officials in Addis Ababa accuse Eritrea of arming the movement."
    )
    links = links_by_name(text)
    assert ("Eritrea", "FUNDS", "Ansar al-Tawhid") in links
    assert not any(s == "Eritrea" and o == "TotalEnergies" for s, _, o in links), links
