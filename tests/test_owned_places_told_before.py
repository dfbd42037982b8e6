"""A place owned by a group named in an earlier sentence ("the group's headquarters in X", "its base in X"): the
group is based there, whoever else the sentence has as its subject; a base "in the town" is in the town named
before."""

from __future__ import annotations

from conftest import links_of


def test_the_groups_headquarters_after_an_unnamed_subject_is_the_group_named_before() -> None:
    text = (
        "The Allied Democratic Forces has carried out raids across North Kivu for two decades. "
        "The court has ordered the seizure of the group's former headquarters in Beni."
    )
    assert ("allied-democratic-forces", "BASED_IN", "beni") in links_of(text)


def test_whose_headquarters_is_in_the_town_means_the_town_named_before_not_its_province() -> None:
    text = (
        "The brigade was formed in 2012 in Kiwanja, near the Ugandan border in North Kivu province, where its first "
        "fighters were trained by the Allied Democratic Forces (ADF), whose headquarters is in the town."
    )
    links = links_of(text)
    assert ("allied-democratic-forces", "BASED_IN", "kiwanja") in links
    assert ("allied-democratic-forces", "BASED_IN", "north-kivu") not in links


def test_its_headquarters_after_a_sentence_whose_subject_names_no_one_is_the_group_named_there() -> None:
    text = (
        "Correction: An earlier draft of this profile said the Allied Democratic Forces was set up in Kasese. "
        "Its headquarters is in Beni."
    )
    assert ("allied-democratic-forces", "BASED_IN", "beni") in links_of(text)
