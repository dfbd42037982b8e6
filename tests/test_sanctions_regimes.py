"""A group or person that names a sanctions regime ("the Hezbollah sanctions committee") is the regime's aim, never
an actor of the phrase, each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


def test_the_group_a_sanctions_committee_is_named_after_neither_belongs_to_its_owner_nor_sanctions() -> None:
    found = links_of("The UN Security Council's Hezbollah sanctions committee added Hamas to its list.")
    assert ("hezbollah", "MEMBER_OF", "un-security-council") not in found, found
    assert ("hamas", "SANCTIONED_BY", "hezbollah") not in found, found
    assert ("hamas", "SANCTIONED_BY", "un-security-council") in found, found


def test_the_group_a_sanctions_regime_is_named_after_is_no_part_of_its_owner() -> None:
    found = links_of("The European Union's Hamas sanctions regime now covers three bankers.")
    assert ("hamas", "MEMBER_OF", "european-union") not in found, found
