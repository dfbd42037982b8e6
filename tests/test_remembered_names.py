"""The pure functions of a name that the rules and the merger ask of the same names again and again remember their
answers: the same answer, worked out once."""

from __future__ import annotations

from graph.slug import ascii_form
from loaders.mentions import clean_surface


def test_a_names_surface_without_article_or_possessive_is_worked_out_once() -> None:
    first = clean_surface("the Sahel Liberation Front's")
    hits = clean_surface.cache_info().hits
    assert clean_surface("the Sahel Liberation Front's") == first == "Sahel Liberation Front"
    assert clean_surface.cache_info().hits == hits + 1


def test_a_names_ascii_form_is_worked_out_once() -> None:
    first = ascii_form("Ibrahim Traoré")
    hits = ascii_form.cache_info().hits
    assert ascii_form("Ibrahim Traoré") == first == "Ibrahim Traore"
    assert ascii_form.cache_info().hits == hits + 1
