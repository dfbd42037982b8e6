"""A clause opened by "after", "before" or "when" the parser reads as a preposition and its object
(:mod:`loaders.clause_repairs`): the object is the clause's verb's subject, not the victim's name before the clause,
on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # the clause's verb hung on the main verb: the name of the relative clause read as the one killed
        "Omar Haddad, who became emir after Yusuf Karim was killed in a French air strike in 2019, leads the group.",
        # the clause's verb hung on the main verb with no subject at all: no one read as killed
        "The group is led by Omar Haddad, who became emir after his brother Yusuf Karim was killed in a French air"
        " strike in 2019.",
    ],
)
def test_the_subject_of_the_clause_after_the_conjunction_is_the_one_attacked(text: str) -> None:
    found = named_links(text, "ATTACKED")
    assert ("France", "Yusuf Karim") in found, found
    assert ("France", "Omar Haddad") not in found, found


def test_a_participle_right_after_the_object_stays_a_description_of_it() -> None:
    found = named_links(
        "Police blamed the raid on the faction known as the Sahel Liberation Front, led by Omar Haddad.", "LEADS"
    )
    assert ("Omar Haddad", "Sahel Liberation Front") in found, found
