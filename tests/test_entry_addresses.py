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


LINES = """The Treasury today designated three companies.

- NORTHERN LANTERN TRADING LLC, Sharjah, United Arab Emirates; Linked To: OKAFOR, Daniel [SDGT].
2. TRANSPORTES RIO BRAVO, S.A. DE C.V., Reynosa, Tamaulipas, Mexico [ILLICIT-DRUGS-EO14059].
- OKAFOR, Daniel, Lagos, Nigeria; DOB 01 Jan 1970; nationality Nigeria [SDGT].
"""


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("NORTHERN LANTERN TRADING LLC", "Sharjah"),  # the name, its comma, the place
        ("TRANSPORTES RIO BRAVO", "Reynosa"),  # a legal form between
    ],
)
def test_a_one_line_entry_bases_its_body_in_its_first_place(body: str, place: str) -> None:
    links = named_links(LINES, "BASED_IN")
    assert any(b.startswith(body) and p == place for b, p in links), links


def test_a_one_line_entry_of_a_person_places_no_body() -> None:
    links = named_links(LINES, "BASED_IN")
    assert not any(p == "Lagos" for _, p in links), links
