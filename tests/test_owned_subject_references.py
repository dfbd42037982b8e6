"""Two groups named side by side in the sentence before "the group" leave it unresolved, unless that sentence's
subject is owned by a reference ("Its branch fought alongside A and B. The group ...": the one "its" stands for;
``loaders.group_choice``)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

OPENING = "The Ansar Brigade was founded in Kano in 2012. "
CLOSING = " The group is led by Musa Dankano."


@pytest.mark.parametrize(
    "sentence",
    [
        "Its northern branch has fought alongside the Kaduna Liberation Front and the Red Hand Movement since 2015.",
        "Its fighters have clashed with the Kaduna Liberation Front and the Red Hand Movement.",
        "Its envoys met leaders of the Kaduna Liberation Front and the Red Hand Movement in Doha in May.",
        "Its founder had trained with the Kaduna Liberation Front and the Red Hand Movement in the 1990s.",
        "Its spokesman accused the Kaduna Liberation Front and the Red Hand Movement of betrayal.",
    ],
)
def test_the_group_after_a_sentence_told_of_its_owner(sentence: str) -> None:
    links = links_by_name(OPENING + sentence + CLOSING)
    assert ("Musa Dankano", "LEADS", "Ansar Brigade") in links, links
    assert ("Musa Dankano", "LEADS", "Kaduna Liberation Front") not in links, links
    assert ("Musa Dankano", "LEADS", "Red Hand Movement") not in links, links


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kaduna Liberation Front and the Red Hand Movement have fought alongside it since 2015.",
        "The army has fought the Kaduna Liberation Front and the Red Hand Movement since 2015.",
    ],
)
def test_two_groups_side_by_side_still_leave_the_group_untold(sentence: str) -> None:
    links = links_by_name(OPENING + sentence + CLOSING)
    assert ("Musa Dankano", "LEADS", "Kaduna Liberation Front") not in links, links
    assert ("Musa Dankano", "LEADS", "Red Hand Movement") not in links, links
