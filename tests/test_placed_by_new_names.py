"""A body whose name begins with a place new to the gazetteer, the page naming that place on its own too, is based
there (loaders/places.py, ``new_place_named_first``); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_a_council_named_after_a_new_town_is_based_there() -> None:
    links = named_links(
        "Fighting pitted the Sarvan Hill District Council against rebels in Sarvan, officials said.", "BASED_IN"
    )
    assert ("Sarvan Hill District Council", "Sarvan") in links


def test_a_firm_named_after_a_new_town_is_not_placed_by_its_name() -> None:
    links = named_links("Protesters blockaded the offices of Velbit Systems after a rally in Velbit.", "BASED_IN")
    assert ("Velbit Systems", "Velbit") not in links


def test_a_name_before_a_branch_of_a_body_is_where_the_branch_is() -> None:
    links = named_links("Katiba Serma, the Dorvani branch of the Oruvan Front, claimed the attack.", "BASED_IN")
    assert ("Katiba Serma", "Dorvani") in links
