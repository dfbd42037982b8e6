"""Which actor a reference stands for when several were named before: a short heading line that names one actor
gives the section after it its topic ("Who are X?"); and for "the group", of a paragraph's mentions, none of them a
subject, the one the page named first."""

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


def test_of_a_paragraphs_mentions_none_a_subject_the_group_is_the_one_the_page_named_first() -> None:
    text = (
        "Red Hand Brigade raid tests Kordo's defences\n\n"
        "- Gunmen from the Red Hand Brigade stormed bases of the Patriotic Front near Kordo on Monday.\n"
        "- The raid was the group's deadliest since 2019, and the group's leader, Tomas Vela, is said to have "
        "planned it."
    )
    links = links_by_name(text)
    assert ("Tomas Vela", "LEADS", "Red Hand Brigade") in links, links
    assert ("Tomas Vela", "LEADS", "Patriotic Front") not in links, links
