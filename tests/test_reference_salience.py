"""Which actor a reference stands for when several were named before: a short heading line that names one actor
gives the section after it its topic ("Who are X?"), unless it names it only as an object ("The war with X"); "the
country" is the one state its sentence or the one before names, before the topic of the paragraphs before."""

from __future__ import annotations

import pytest
from conftest import links_by_name


@pytest.mark.parametrize("heading", ["Who are the Red Hand Brigade?", "The Red Hand Brigade"])
def test_a_heading_that_names_one_group_gives_its_section_the_topic(
    heading: str,
) -> None:
    text = (
        "The Patriotic Front has fought the government in the north since 2015. It also attacked the Red Hand "
        f"Brigade in May.\n\n{heading}\n\nThe group is led by Tomas Vela, a former army officer."
    )
    links = links_by_name(text)
    assert ("Tomas Vela", "LEADS", "Red Hand Brigade") in links, links
    assert ("Tomas Vela", "LEADS", "Patriotic Front") not in links, links


def test_a_heading_that_names_a_group_only_as_an_object_gives_no_topic() -> None:
    text = (
        "The Patriotic Front has fought the government in the north since 2015. It also attacked the Red Hand "
        "Brigade in May.\n\nThe war with the Red Hand Brigade\n\nThe group is led by Tomas Vela, a former army officer."
    )
    links = links_by_name(text)
    assert ("Tomas Vela", "LEADS", "Red Hand Brigade") not in links, links


def test_the_country_is_the_one_state_its_sentence_or_the_one_before_names() -> None:
    text = (
        "Russia has sent Red Hand Brigade fighters across the Sahel, Moscow says.\n\nIn Mali, where the Red Hand "
        "Brigade deployed in 2021, the group has been linked to killings. The Malian government has denied that Red "
        "Hand Brigade forces are present in the country."
    )
    links = links_by_name(text)
    assert ("Red Hand Brigade", "BASED_IN", "Mali") in links, links
    assert ("Red Hand Brigade", "BASED_IN", "Russia") not in links, links
