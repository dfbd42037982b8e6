"""An operation announced, or launched under a name a free relative gives it, is laid on its announcer
(loaders/operation_announcements.py)."""

from conftest import named_links


def test_the_start_of_a_named_operation_is_laid_on_its_announcer() -> None:
    text = 'The SDF announced the start of what it called "Operation Steel Dawn" on Tuesday.'
    assert named_links(text, "BLAMED_FOR") == {("Syrian Democratic Forces", "Operation Steel Dawn"): "asserted"}


def test_an_operation_announced_after_another_verb_is_its_subjects() -> None:
    text = "Kenya sent troops to the border on Monday and announced Operation Linda Boni against the militants."
    assert named_links(text, "BLAMED_FOR") == {("Kenya", "Operation Linda Boni"): "asserted"}


def test_an_operation_launched_under_a_free_relative_name_is_the_launchers_not_the_namers() -> None:
    text = 'Hamas launched what its commander Mohammed Deif called "Operation Desert Storm" at dawn on Saturday.'
    assert named_links(text, "BLAMED_FOR") == {("Hamas", "Operation Desert Storm"): "asserted"}


def test_a_denied_announcement_is_a_negated_link() -> None:
    text = "Kenya denied that it had announced Operation Linda Boni."
    assert named_links(text, "BLAMED_FOR") == {("Kenya", "Operation Linda Boni"): "negated"}


def test_an_operation_only_named_by_a_critic_is_laid_on_no_one() -> None:
    text = "Palestinian officials called Operation Iron Wall a war crime on Sunday."
    assert named_links(text, "BLAMED_FOR") == {}
