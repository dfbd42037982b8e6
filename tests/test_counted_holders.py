"""A plural noun counted out of a number ("one of the organisers", "one of the gunmen") holds the blame its count is
given (loaders/counted_nouns.py): the one a verb names as one of them, and the subject a copula says is one of them
(the names set beside "three of the men convicted": tests/test_court_cases.py)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

BOMBING = "Gunmen killed nine people in a bombing at a hotel in Gao in 2019. "


def test_a_verb_names_one_of_the_organisers() -> None:
    found = named_links(
        BOMBING + "Police have named Amadou Diallo as one of the organisers of the bombing.", "BLAMED_FOR"
    )
    assert found == {("Amadou Diallo", "Gao bombing"): "alleged"}, found


def test_one_of_the_gunmen_who_carried_it_out_did_it() -> None:
    found = named_links(BOMBING + "Moussa Keita was one of the gunmen who carried out the bombing.", "BLAMED_FOR")
    assert found == {("Moussa Keita", "Gao bombing"): "asserted"}, found
