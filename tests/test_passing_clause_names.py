"""An organisation named only in a relative or adverbial clause of a sentence whose main clause tells of a person
("After the Kivu Union returned to power, Kahindo was detained") is a passing one: a later "its" or "the group"
across a paragraph break stands for the group the page is about, not for it."""

from __future__ import annotations

import pytest
from conftest import links_by_name

PAGE = (
    "The Lake Albert Front, an armed group, attacked a police post in Bunia on Monday. The Lake Albert Front said it "
    "had seized rifles. Police said the Lake Albert Front had been active in Ituri since 2015.\n\n"
    "Kahindo grew up in Beni. He studied law in Kampala. He returned home in 2001.\n\n"
)
LATER = "\n\nIts new leader, Joseph Kato, signed a truce with the army in 2012."


@pytest.mark.parametrize(
    "passing",
    [
        "After the Kivu Union returned to power in 2009, Kahindo was detained in Goma.",  # a clause before
        "When the Kivu Union took office, Kahindo was arrested.",  # another verb of time
        "Kahindo was arrested after the Kivu Union won the election.",  # the clause after
        "Once the Kivu Union came to power, Kahindo fled to Kampala.",  # an active main clause
        "Kahindo, whom the Kivu Union had sheltered for years, was handed over in 2010.",  # a relative clause
    ],
)
def test_a_group_in_a_clause_of_a_sentence_about_a_person_is_passing(passing: str) -> None:
    links = links_by_name(PAGE + passing + " He was freed in 2011." + LATER)
    assert ("Joseph Kato", "LEADS", "Lake Albert Front") in links, links
    assert ("Joseph Kato", "LEADS", "Kivu Union") not in links, links


@pytest.mark.parametrize(
    "named",
    [
        "After Kahindo was detained in 2009, the Kivu Union took power in Goma.",  # the group as the main subject
    ],
)
def test_a_group_that_is_the_main_subject_stays_the_antecedent(named: str) -> None:
    links = links_by_name(PAGE + named + " Its new leader, Joseph Kato, signed a truce with the army in 2012.")
    assert ("Joseph Kato", "LEADS", "Kivu Union") in links, links
