"""A group's name that runs on with "in" and a place, spelled out before its acronym in brackets, is one name
(loaders/in_names.py); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def _organisations(text: str) -> set[str]:
    return {d["name"] for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Organization"}


def test_a_name_with_in_spelled_out_before_its_acronym_is_one_organisation() -> None:
    names = _organisations("Militants of the Islamic Caliphate in the Upper Nile (ICUN) killed ten soldiers on Sunday.")
    assert "Islamic Caliphate in the Upper Nile" in names


def test_a_name_with_in_and_two_places_is_read_to_its_acronym() -> None:
    names = _organisations("The Islamic Emirate in Iraq and the Lakes (IEIL) claimed the bombing in a statement.")
    assert "Islamic Emirate in Iraq and the Lakes" in names


def test_a_name_with_in_whose_acronym_spells_other_words_is_not_joined() -> None:
    names = _organisations("Militants of the Islamic Caliphate in the Upper Nile (FLK) killed ten soldiers on Sunday.")
    assert "Islamic Caliphate in the Upper Nile" not in names
