"""A place owned by a group named in an earlier sentence ("the group's headquarters in X", "its base in X"): the
group is based there, whoever else the sentence has as its subject."""

from __future__ import annotations

from conftest import links_of


def test_the_groups_headquarters_after_an_unnamed_subject_is_the_group_named_before() -> None:
    text = (
        "The Allied Democratic Forces has carried out raids across North Kivu for two decades. "
        "The court has ordered the seizure of the group's former headquarters in Beni."
    )
    assert ("allied-democratic-forces", "BASED_IN", "beni") in links_of(text)
