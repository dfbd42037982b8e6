"""A paragraph that names its group only as the owner of a person's role ("X is the chief of Y") tells of that group:
"the group" after it is Y, not the topic of the paragraphs before (``loaders.reference_scope.role_owner``)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

BEFORE = "The Red Hand Movement has attacked police posts in Kano since 2015. It claimed a bombing in May.\n\n"
AFTER = " He previously served as the group's spokesman in Kano."


@pytest.mark.parametrize(
    "sentence",
    [
        "Ali Musa is the chief of the Ansar Brigade.",
        "Ali Musa became the commander of the Ansar Brigade in 2010.",
        "Ali Musa was named leader of the Ansar Brigade in 2010.",
        "Police arrested Ali Musa, a senior commander of the Ansar Brigade, in Kano on Monday.",
        "The Treasury sanctioned Ali Musa, the head of the Ansar Brigade, in March.",
    ],
)
def test_the_group_is_the_owner_of_a_role_named_in_its_paragraph(sentence: str) -> None:
    links = links_by_name(BEFORE + sentence + AFTER)
    assert ("Ali Musa", "WORKS_FOR", "Red Hand Movement") not in links, links
    assert ("Ali Musa", "WORKS_FOR", "Ansar Brigade") in links, links


def test_a_group_named_after_no_role_gives_no_topic() -> None:
    links = links_by_name(BEFORE + "Ali Musa is a friend of the Ansar Brigade." + AFTER)
    assert ("Ali Musa", "WORKS_FOR", "Ansar Brigade") not in links, links
