"""A participle with a "by" phrase set off after a clause whose verb takes no object is said of that clause's
subject: "The council met in Goma on Monday, chaired by X"; on sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("The Kivu Council met in Goma on Monday, chaired by John Bako.", ("John Bako", "LEADS", "Kivu Council")),
        ("The Kivu Front emerged in 2012, led by John Bako.", ("John Bako", "LEADS", "Kivu Front")),
        ("The Kivu Front was formed in 2012, headed by John Bako.", ("John Bako", "LEADS", "Kivu Front")),
        ("The Kivu Front advanced on Goma last week, commanded by John Bako.", ("John Bako", "LEADS", "Kivu Front")),
        ("The Kivu Front grew quickly in the east, backed by Rwanda.", ("Rwanda", "FUNDS", "Kivu Front")),
    ],
)
def test_a_trailing_participle_is_said_of_the_subject(text: str, link: tuple[str, str, str]) -> None:
    links = links_by_name(text)
    assert link in links, links


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("The army shelled the camp, run by the Kivu Front.", ("Kivu Front", "LEADS", "army")),
        ("John Bako met the Kivu Council, chaired by Idris Wali.", ("John Bako", "LEADS", "Kivu Council")),
        (
            "The Kivu Council met in Goma on Monday, chaired by John Bako and attended by Idris Wali.",
            ("Idris Wali", "LEADS", "Kivu Council"),
        ),
        ("The Kivu Front said it would fight on, backed by Rwanda.", ("Rwanda", "FUNDS", "Kivu Front")),
    ],
)
def test_no_subject_is_read_past_an_object_or_a_clause(text: str, link: tuple[str, str, str]) -> None:
    links = links_by_name(text)
    assert link not in links, links


def test_an_actor_named_right_before_the_comma_takes_the_participle() -> None:
    links = links_by_name(
        "The Lake Union sent its first fighters to the Kivu Republic, ruled by John Bako, in January."
    )
    links |= links_by_name("The Lake Union fighters arrived in the Kivu Republic, ruled by John Bako, in January.")
    assert ("John Bako", "LEADS", "Lake Union") not in links, links
