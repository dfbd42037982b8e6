"""Names close in letters across documents (graph/resolve.py): one name spelled two ways is one node, two names one
letter apart are two. Every name is written for its test."""

from __future__ import annotations

from graph.gazetteer import load_gazetteer
from graph.resolve import Resolver, spelling
from graph.slug import ascii_form, name_key
from loaders.facts import ActorFact


def _ids(label: str, *names: str) -> list[str]:
    """The node of each name, each told by a document of its own, in turn."""
    resolver = Resolver(load_gazetteer())
    return [
        resolver.resolve_document({f"{label}:{name}": ActorFact(f"{label}:{name}", label, name)})[f"{label}:{name}"]
        for name in names
    ]


def test_a_vowel_written_two_ways_is_one_place() -> None:
    first, second = _ids("Location", "Mazrouqa", "Mazruqa")
    assert first == second


def test_a_silent_h_after_a_consonant_or_at_the_end_is_one_place() -> None:
    assert len(set(_ids("Location", "Bir Qatrunah", "Bir Qatruna", "Bir Qathruna"))) == 1


def test_two_places_a_consonant_apart_are_two() -> None:
    first, second = _ids("Location", "Bel Marojira", "Bel Maroira")
    assert first != second


def test_a_name_with_a_vowel_more_at_its_end_is_another_place() -> None:
    first, second = _ids("Location", "Tessarani", "Tessaran")
    assert first != second


def test_a_vowel_after_the_first_letter_does_not_keep_two_spellings_of_a_person_apart() -> None:
    first, second = _ids("Person", "Hossam Qirdani", "Hussam Qirdani")
    assert first == second


def test_a_father_and_his_son_named_alike_are_two_people() -> None:
    senior, junior = _ids("Person", "Walter Brannick Sr", "Walter Brannick Jr")
    assert senior != junior


def test_a_body_of_a_state_written_with_its_possessive_or_its_demonym_is_one() -> None:
    first, second = _ids("Organization", "Chad's national army command", "Chadian national army command")
    assert first == second


def test_a_body_with_one_word_more_is_another_body() -> None:
    first, second = _ids("Organization", "Southern Lakes Community Mission", "Southern Lakes Community")
    assert first != second


def test_the_spelling_of_a_name_runs_its_words_together_and_leaves_initials_out() -> None:
    assert spelling("khuddam ul ansar") == spelling("khudamul ansar")
    assert spelling("peter j hollander") == spelling("peter hollander")


def test_a_dotless_i_is_an_i() -> None:
    assert ascii_form("Kızıltepe") == "Kiziltepe"
    assert name_key("Kızıltepe prison") == name_key("Kiziltepe prison")


def test_two_bodies_named_after_two_states_are_two() -> None:
    first, second = _ids("Organization", "Communist League of Iran", "Communist League of Iraq")
    assert first != second
