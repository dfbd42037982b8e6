"""A place given to what a sanction names is the sanctioned one's, never the sanctioner's; each construction on a
sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury on Friday sanctioned a network in Uganda that smuggled gold for the ADF.",
        "The Treasury designated a cell in Tanzania that recruited fighters for the ADF.",
    ],
)
def test_the_place_of_a_sanctioned_network_is_not_the_sanctioners(text: str) -> None:
    found = links_of(text)
    assert not {link for link in found if link[0] == "treasury" and link[1] == "BASED_IN"}, found


def test_a_named_groups_sanctioned_network_still_places_the_group() -> None:
    found = links_of("The Treasury designated an ADF smuggling network in Uganda on Friday.")
    assert ("allied-democratic-forces", "BASED_IN", "uganda") in found, found
    assert ("treasury", "BASED_IN", "uganda") not in found, found
