"""A coalition named beside an unnamed umbrella noun that lists its members ("A rival alliance, the Kivu Front,
groups A and B"): the members are the name's; on sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import certainties_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "A rival alliance, the Kivu Front, includes the Sahel Movement and the Congo Brigade.",
        "A rival alliance, the Kivu Front, unites the Sahel Movement and the Congo Brigade.",
        "The new coalition, the Kivu Front, brings together the Sahel Movement and the Congo Brigade.",
        "A rival alliance, the Kivu Front, groups the Sahel Movement, the Congo Brigade and other southern units.",
        "The bloc, the Kivu Front, comprises the Sahel Movement and the Congo Brigade.",
    ],
)
def test_the_members_an_umbrella_noun_lists_are_the_named_coalitions(text: str) -> None:
    found = certainties_of(text)
    for member in ("sahel-movement", "congo-brigade"):
        assert found.get((member, "MEMBER_OF", "kivu-front")) == "asserted", found


def test_a_denied_member_is_negated() -> None:
    found = certainties_of("A rival alliance, the Kivu Front, does not include the Sahel Movement.")
    assert found.get(("sahel-movement", "MEMBER_OF", "kivu-front")) == "negated", found


@pytest.mark.parametrize(
    "text",
    [
        "The alliance's rival, the Kivu Front, includes the Sahel Movement and the Congo Brigade.",
        "A rival alliance, the Kivu Front, fought the Sahel Movement and the Congo Brigade.",
        "An alliance of the Kivu Front and the Sahel Movement includes the Congo Brigade.",
    ],
)
def test_no_members_for_another_noun_verb_or_a_named_part(text: str) -> None:
    """A rival's name, a verb of fighting, or an alliance whose parts are named: none is the Kivu Front's member."""
    found = certainties_of(text)
    assert not {s for s, t, o in found if t == "MEMBER_OF" and o == "kivu-front"}, found
