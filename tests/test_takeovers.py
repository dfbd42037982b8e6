"""A person who takes over an organisation heads it (the ontology: the head, former heads too, LEADS), also as one
clause of a list of successions; each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def leads(text: str) -> set[tuple[str, str]]:
    """Each LEADS link, by its ends' ids."""
    return {(s, o) for s, o, k in graph_of(text).g.edges(keys=True) if k == "LEADS"}


def test_a_takeover_in_a_list_of_successions_gives_its_own_head() -> None:
    found = leads("Jamal Farah replaced Yusuf Warsame as leader of al-Shabaab, while Musa Hirsi took over the Amniyat.")
    assert {("jamal-farah", "al-shabaab"), ("yusuf-warsame", "al-shabaab"), ("musa-hirsi", "amniyat")} <= found, found
    assert ("musa-hirsi", "al-shabaab") not in found, found


def test_taking_over_the_leadership_from_someone_makes_both_heads() -> None:
    found = leads("Musa Hirsi took over the leadership of the Amniyat from Yusuf Warsame in 2016.")
    assert {("musa-hirsi", "amniyat"), ("yusuf-warsame", "amniyat")} <= found, found


def test_a_group_taking_over_a_town_heads_nothing() -> None:
    assert not leads("Hezbollah took over the town of Qusayr in 2013.")


def test_each_by_of_a_list_of_successors_names_a_successor() -> None:
    found = leads(
        "Omar Nassar led the Harbor Front until 2013. He was succeeded by Tamer Jaber, killed in another strike in "
        "2015, and then by Usama Karimi, a former commander."
    )
    assert {("tamer-jaber", "harbor-front"), ("usama-karimi", "harbor-front")} <= found, found


def test_a_group_taken_over_by_a_person_is_headed_by_him() -> None:
    found = leads(
        "Tomas Ardel founded the Harbor Front in 2011. After his death the front was taken over by Rafael Mendo."
    )
    assert ("rafael-mendo", "harbor-front") in found, found


def test_a_place_taken_over_by_a_person_is_headed_by_no_one() -> None:
    assert not leads("The port of Kismayo was taken over by Rafael Mendo in 2019.")


def test_the_leadership_of_a_group_passed_to_a_person_makes_him_its_head() -> None:
    found = leads("The command of the Harbor Front passed to Rafael Mendo in 2019.")
    assert ("rafael-mendo", "harbor-front") in found, found


def test_the_leadership_passed_on_after_a_head_died_is_of_his_group() -> None:
    found = leads(
        "The Harbor Front was founded by Tomas Ardel. After he was killed in 2015, leadership passed to his brother, "
        "Rafael Mendo."
    )
    assert ("rafael-mendo", "harbor-front") in found, found


def test_the_command_passed_on_after_a_clause_on_the_head_is_of_his_group() -> None:
    found = leads(
        "The Harbor Front grew. Its founder, Tomas Ardel, was captured in 2009; command then passed to Rafael Mendo."
    )
    assert ("rafael-mendo", "harbor-front") in found, found


def test_control_of_a_town_passed_to_fighters_makes_no_head() -> None:
    assert not leads("Control of the town passed to Rafael Mendo's fighters in 2019.")


def test_a_group_referred_to_after_its_head_died_is_the_one_he_led() -> None:
    found = leads(
        "In Mali, JNIM operates alongside and through the Harbor Front, the group founded by Tomas Ardel in 2016. "
        "After Ardel's death in 2017 the movement was taken over by his brother Rafael Mendo, who is regarded as "
        "JNIM's senior figure in the country."
    )
    assert ("rafael-mendo", "harbor-front") in found, found
    assert ("rafael-mendo", "jnim") not in found, found
