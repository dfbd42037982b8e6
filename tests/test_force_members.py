"""Members of a body named by its parts: a part named after a body the page names on its own."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "The Zarqan Front Shura Council met in secret on Monday. The Zarqan Front said its fighters had withdrawn.",
            "Zarqan Front Shura Council",
            "Zarqan Front",
        ),
        (
            "The Tamar Movement Political Bureau rejected the offer. The Tamar Movement later denied any role.",
            "Tamar Movement Political Bureau",
            "Tamar Movement",
        ),
    ],
)
def test_a_part_named_after_a_body_the_page_names_alone_is_its_member(text: str, part: str, whole: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert (part, whole) in found, found


def test_a_group_named_after_a_people_is_no_part_of_the_people() -> None:
    found = named_links(
        "The Zarqan National Army attacked the town on Friday. Zarqan elders said the fighting had to stop.",
        "MEMBER_OF",
    )
    assert not any(whole == "Zarqan" for _, whole in found), found
