"""A "whose" that owns one post after a list of bodies is the last body's (``DocReader._owner_actors``); a plural of
members stays every body's. Each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "rel_type"),
    [
        (
            "The alliance brings together three groups: the Volta Army, led by Major General Kofi Mensah; the Kivu "
            "Front, led by Ali Kone; and the Lake Union Army (LUA), whose chairman is Omar Bakri.",
            "LEADS",
        ),
        ("The alliance groups the Kivu Front and the Lake Union Army, whose leader is Omar Bakri.", "LEADS"),
        (
            "The deal was signed by the Kivu Front and the Lake Union Army, whose commander, Omar Bakri, attended the "
            "ceremony.",
            "MEMBER_OF",
        ),
        ("The Kivu Front and the Lake Union Army, whose spokesman is Omar Bakri, signed the deal.", "WORKS_FOR"),
        (
            "The Kivu Front and the Lake Union Army (LUA), whose founder Omar Bakri died in 2019, signed the deal.",
            "LEADS",
        ),
    ],
)
def test_one_post_of_a_whose_after_a_list_is_the_last_bodys(text: str, rel_type: str) -> None:
    links = links_by_name(text)
    assert ("Omar Bakri", rel_type, "Lake Union Army") in links, links
    assert not any(s == "Omar Bakri" and o in {"Kivu Front", "Volta Army"} for s, _, o in links), links


def test_members_of_a_whose_after_a_list_are_every_bodys() -> None:
    links = links_by_name("The Kivu Front and the Lake Union Army, whose fighters include Omar Bakri, signed the deal.")
    assert ("Omar Bakri", "MEMBER_OF", "Lake Union Army") in links, links
    assert ("Omar Bakri", "MEMBER_OF", "Kivu Front") in links, links
