"""A head's predecessor or successor named beside the noun leads what the head leads: "X, who was named emir after
his predecessor, Z, was killed". Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_the_predecessor_of_a_head_led_the_group_too() -> None:
    found = named_links(
        "The Allied Democratic Forces have been led since 2015 by Obed Kasirye, who was named emir after his "
        "predecessor, Jamil Nsubuga, was arrested in Tanzania.",
        "LEADS",
    )
    assert ("Obed Kasirye", "Allied Democratic Forces") in found, found
    assert ("Jamil Nsubuga", "Allied Democratic Forces") in found, found
