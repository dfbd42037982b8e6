"""A reference whose paragraph names no fitting subject stands for the name a description is set beside, not for a
name inside that description: "leaders of X, a splinter of Y. The group's emir" is X's emir
(``loaders.reference_scope.describes``)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

DESCRIPTIONS = [
    "a splinter of the Kaduna Liberation Front",
    "an offshoot of the Kaduna Liberation Front",
    "the jihadist splinter of the Kaduna Liberation Front",
    "which broke away from the Kaduna Liberation Front in 2012",
    "a faction that split from the Kaduna Liberation Front",
    "the rival of the Kaduna Liberation Front",
]


@pytest.mark.parametrize("description", DESCRIPTIONS)
def test_the_group_is_the_name_a_description_is_set_beside(description: str) -> None:
    text = (
        f"Police arrested two leaders of the Ansar Brigade, {description}, in Kano on Monday. "
        "Those arrested include Musa Dankano, the group's self-styled emir."
    )
    links = links_by_name(text)
    assert ("Musa Dankano", "LEADS", "Ansar Brigade") in links, links
    assert ("Musa Dankano", "LEADS", "Kaduna Liberation Front") not in links, links


def test_a_group_named_beside_not_inside_the_description_is_not_set_aside() -> None:
    text = (
        "Police arrested two leaders of the Ansar Brigade, a splinter group, and a commander of the Kaduna "
        "Liberation Front in Kano on Monday. Those arrested include Musa Dankano, the group's self-styled emir."
    )
    links = links_by_name(text)
    assert ("Musa Dankano", "LEADS", "Ansar Brigade") not in links, links
