"""A group set off as another group's affiliate is a member of it (the ``affiliate`` role of ``roles: MEMBER_OF`` in
seeds/relations.yaml); on sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_group_set_off_as_another_s_affiliate_is_its_member() -> None:
    links = links_by_name("The main groups include the Union of Free Fighters (UFF), al-Qaeda's Sahel affiliate.")
    assert ("Union of Free Fighters", "MEMBER_OF", "al-Qaeda") in links


def test_an_affiliate_set_off_after_its_parent_s_name_is_its_member() -> None:
    links = links_by_name("Suspicion fell on Hezbollah's Syrian affiliate, known as the Kivu Brigade, on Monday.")
    assert ("Kivu Brigade", "MEMBER_OF", "Hezbollah") in links
