"""The place field of a designation list's entry bases the organisation the entry names (loaders/entry_addresses.py);
each on an entry written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

NOTICE = """The Foreign Office today designated one group and one person.

1. **KORVA MILITIA**
   a.k.a.: Al-Korva; Korva Brigade
   Address: Tarhuna, Libya
   Type of entity: Armed group

2. **MALIK, Omar Said**
   - Location: Misrata, Libya
"""


def test_an_entrys_address_bases_its_body_in_each_place_named() -> None:
    links = named_links(NOTICE, "BASED_IN")
    assert {("Al-Korva", "Tarhuna"), ("Al-Korva", "Libya")} <= set(links)


def test_a_persons_entry_places_no_body() -> None:
    links = named_links(NOTICE, "BASED_IN")
    assert not any(place == "Misrata" for _, place in links)
