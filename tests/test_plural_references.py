"""Plural references to an armed group ("the militants", "the rebels") after two groups were named, or none near."""

from __future__ import annotations

from conftest import links_of


def test_the_militants_after_two_groups_are_the_one_named_as_subject() -> None:
    text = (
        "ISWAP ambushed a patrol sent after Boko Haram in Borno last week. "
        "On Sunday the militants attacked a Chadian army base near the lake."
    )
    found = links_of(text)
    assert ("islamic-state-west-africa-province", "ATTACKED", "chad") in found, found
    assert ("boko-haram", "ATTACKED", "chad") not in found, found


def test_the_militants_after_two_groups_listed_as_subject_are_neither() -> None:
    text = (
        "Boko Haram and ISWAP ambushed a patrol in Borno last week. "
        "On Sunday the militants attacked a Chadian army base near the lake."
    )
    attackers = {s for s, t, o in links_of(text) if t == "ATTACKED" and o == "chad"}
    assert not attackers, attackers


def test_the_rebels_paragraphs_after_the_group_are_the_group_the_page_is_about() -> None:
    text = (
        "The Arakan Army seized the town of Paletwa in January.\n\n"
        "Fighting spread across the state in the spring. Aid agencies said food prices had tripled. "
        "Several bridges were destroyed.\n\n"
        "The rebels attacked a Myanmar army base near Sittwe on Monday."
    )
    assert ("arakan-army", "ATTACKED", "myanmar") in links_of(text)


def test_the_gunmen_far_from_any_group_are_no_one() -> None:
    text = (
        "The Arakan Army seized the town of Paletwa in January.\n\n"
        "Fighting spread across the state in the spring. Aid agencies said food prices had tripled. "
        "Several bridges were destroyed.\n\n"
        "The gunmen attacked a Myanmar army base near Sittwe on Monday."
    )
    found = links_of(text)
    assert ("arakan-army", "ATTACKED", "paletwa") in found, found  # the group is found, so the test can fail
    assert ("arakan-army", "ATTACKED", "myanmar") not in found, found
