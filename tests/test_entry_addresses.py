"""The place field of a designation list's entry bases the organisation the entry names (loaders/entry_addresses.py);
each on an entry written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of, named_links

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


ALIASED = """The Treasury today designated five companies and one person.

- NORTH STAR TRADING LLC (a.k.a. NSL; a.k.a. "NORTH STAR"), Mombasa, Kenya; Organization Established Date 2001;
- **KESTREL SECURITY SERVICES LLC**; Bangui, Central African Republic. Designated for acting on behalf of the group.
- **ORION TRADING LLC** (a.k.a. "ORION SAT"); Novosibirsk, Russia. Designated for providing imagery.
1. PALM HARBOUR SHIPPING CO. (a.k.a. PHS), Sharjah, United Arab Emirates [IRAN-EO13846].
- **BLUE DUNE TRADING LLC**; Russia. Designated for supplying fuel.
- **KAROV, Ivan** (a.k.a. "IVO"); Tver, Russia; DOB 01 Jan 1970; nationality Russia.
- **SILVER CREST TRADING LLC**; designated for moving funds through Tbilisi, Georgia.
- AMBER ROUTE LLC (a.k.a. ARL), a front company for the Wagner Group, Dubai, United Arab Emirates;
"""


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("NORTH STAR TRADING LLC", "Mombasa"),  # the aliases' bracket, its comma, the place
        ("KESTREL SECURITY SERVICES LLC", "Bangui"),  # a semicolon after the name
        ("ORION TRADING LLC", "Novosibirsk"),  # the aliases' bracket and a semicolon
        ("PALM HARBOUR SHIPPING", "Sharjah"),  # a numbered entry
        ("BLUE DUNE TRADING LLC", "Russia"),  # a country alone
    ],
)
def test_an_entrys_place_after_its_aliases_or_a_semicolon_bases_it(body: str, place: str) -> None:
    links = named_links(ALIASED, "BASED_IN")
    assert any(b.upper().startswith(body) and p == place for b, p in links), links


@pytest.mark.parametrize("place", ["Tver", "Tbilisi", "Dubai"])
def test_no_body_is_based_by_a_person_a_clause_or_a_body_between(place: str) -> None:
    kg = graph_of(ALIASED)
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    based = {
        name[o]
        for _, o, k, d in kg.g.edges(keys=True, data=True)
        if k == "BASED_IN" and any(e.method == "entry-line-place" for e in d["evidence"])
    }
    assert place not in based
