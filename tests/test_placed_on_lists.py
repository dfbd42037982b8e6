"""A person or group put on a body's sanctions list in the passive: "X was placed on the UN's sanctions list"."""

from __future__ import annotations

from conftest import links_of


def test_placed_on_a_bodys_sanctions_list_is_sanctioned_by_it() -> None:
    found = links_of("Ahmad Musa was placed on the United Nations Security Council's sanctions list in 2015.")
    assert ("ahmad-musa", "SANCTIONED_BY", "un-security-council") in found, found


def test_a_reference_added_to_the_list_of_a_body_is_sanctioned_by_it() -> None:
    text = (
        "Ahmad Musa ran the group's finances for a decade. "
        "He was added to the terrorism list of the European Union in 2019."
    )
    found = links_of(text)
    assert ("ahmad-musa", "SANCTIONED_BY", "european-union") in found, found


def test_placed_on_a_list_that_is_no_sanctions_list_is_no_sanction() -> None:
    found = links_of("Ahmad Musa was placed on the United Nations Security Council's agenda in 2015.")
    assert not any(t == "SANCTIONED_BY" for _, t, _ in found), found
