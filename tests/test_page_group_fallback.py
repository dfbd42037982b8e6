"""A group noun that the nearest reading leaves with no one (its paragraph names none, the paragraph before names two
groups) stands for the armed group the page is about, named before it at least four times and three times as often as
any other (:func:`loaders.dominant_group.dominant_armed_group`); never "the task force" nor "the faction loyal to X"."""

from __future__ import annotations

from conftest import links_by_name

FILLER = " ".join(["Residents of the villages say the roads are unsafe after dark and markets close early."] * 14)
OPENING = (
    "The Sokoto Brigade attacked an army base in Kebbi on Monday, killing 12 soldiers. The Sokoto Brigade said it had "
    "seized weapons. Officials said the Sokoto Brigade had grown since 2019, and analysts said the Sokoto Brigade "
    "recruits across the border.\n\n" + FILLER + "\n\n"
    "The Zamfara Front said it had signed a truce. The Kebbi Vigilance Group said it would not disarm.\n\n"
)


def test_the_group_left_with_no_one_is_the_page_armed_group() -> None:
    text = OPENING + "The group specialised in kidnapping foreigners. In February 2013, it abducted seven engineers in "
    text += "Jamaare."
    blamed = {o for s, t, o in links_by_name(text) if s == "Sokoto Brigade" and t == "BLAMED_FOR"}
    assert len(blamed) == 2, blamed  # the Kebbi attack, and the abduction through "the group" and "it"


def test_a_task_force_is_not_the_page_armed_group() -> None:
    text = OPENING + "The task force said in February 2013 that it had abducted seven engineers in Jamaare."
    blamed = {o for s, t, o in links_by_name(text) if s == "Sokoto Brigade" and t == "BLAMED_FOR"}
    assert len(blamed) == 1, blamed
