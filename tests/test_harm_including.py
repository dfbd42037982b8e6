"""An incident a verb of harm lists ("X has attacked soldiers in Niger, including the 2017 ambush near Y") is laid on
the verb's subject, as certain as the clause says (loaders/blame_phrases.py, ``harm_including``); not on one that was
hit, nor when what is listed is no incident or the verb is no harm. Sentences written for these tests (the rules
alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "link"),
    [
        (
            "The Islamic State in the Greater Sahara has attacked soldiers and civilians in Niger, including the "
            "October 2017 ambush near Tongo Tongo that killed four soldiers.",
            ("Islamic State Sahel Province", "Tongo Tongo ambush"),
        ),
        (
            "Al-Shabaab has struck Mogadishu repeatedly, including the 2019 bombing of the Makka al-Mukarama hotel.",
            ("al-Shabaab", "Makka al-Mukarama hotel bombing"),
        ),
        (
            "Boko Haram has targeted churches across the north, including the 2012 bombing of a church in Madalla.",
            ("Boko Haram", "Madalla bombing"),
        ),
    ],
)
def test_an_incident_a_verb_of_harm_lists_is_laid_on_its_subject(sentence: str, link: tuple[str, str]) -> None:
    blamed = named_links(sentence, "BLAMED_FOR")
    assert blamed.get(link) == "asserted", blamed


def test_a_denied_harm_is_negated() -> None:
    blamed = named_links(
        "Ansar Dine has not attacked civilians in Niger, including the October 2017 ambush near Tongo Tongo.",
        "BLAMED_FOR",
    )
    assert blamed == {("Ansar Dine", "Tongo Tongo ambush"): "negated"}, blamed


@pytest.mark.parametrize(
    "sentence",
    [
        "Niger has been attacked many times, including the October 2017 ambush near Tongo Tongo.",
        "Ansar Dine has attacked several towns, including Gao and Kidal.",
        "Ansar Dine condemned attacks on civilians, including the October 2017 ambush near Tongo Tongo.",
    ],
)
def test_no_incident_of_the_subjects_own_is_laid_on_it(sentence: str) -> None:
    blamed = named_links(sentence, "BLAMED_FOR")
    assert not blamed, blamed
