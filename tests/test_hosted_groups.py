"""A group a country or a place hosts, harbours or shelters is based there (``loaders/hosted_groups.py``)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def based_in(text: str) -> set[tuple[str, str]]:
    """The BASED_IN links of one document written for a test, by their ends' names."""
    return {(s, o) for s, t, o in links_by_name(text) if t == "BASED_IN"}


def test_a_group_hosted_by_a_country_is_based_there() -> None:
    links = based_in("The Kivu Liberation Front, backed and hosted by Tanzania, has answered with sporadic shelling.")
    assert ("Kivu Liberation Front", "Tanzania") in links, links


def test_a_group_a_country_harbours_is_based_there() -> None:
    links = based_in("Zambia harbours the Kivu Liberation Front, Kinshasa says.")
    assert ("Kivu Liberation Front", "Zambia") in links, links


def test_the_leaders_a_country_hosts_place_their_group_in_the_country_and_the_city() -> None:
    links = based_in("Qatar has long hosted Hamas leaders in Doha.")
    assert {("Hamas", "Qatar"), ("Hamas", "Doha")} <= links, links


def test_a_denied_hosting_places_no_one() -> None:
    links = based_in("Iran denies harbouring al-Qaeda leaders.")
    assert ("al-Qaeda", "Iran") not in links, links
