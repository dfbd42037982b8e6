"""A second apposition that describes the organisation the first one gives a person a role in, on a sentence written
for its test."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


def test_a_group_in_apposition_after_a_persons_role_is_the_group_of_the_role() -> None:
    found = links_of(
        "The Treasury sanctioned Omar Saleh, the deputy commander of the Tiger Brigade, the paramilitary group that "
        "has been fighting the Sudanese Armed Forces since April."
    )
    assert ("tiger-brigade", "OPPOSES", "sudanese-armed-forces") in found, found
    assert ("omar-saleh", "OPPOSES", "sudanese-armed-forces") not in found, found
