"""A gerund after a preposition of time ("after leading Y", "Before founding Y, X ...") is done by the subject of the
clause it opens, for links of every kind (loaders/gerund_subjects.py), each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Abu Bakr al-Baghdadi fled to Syria after leading ISIS in Iraq.", ("Abu Bakr al-Baghdadi", "LEADS", "ISIS")),
        ("Before founding ISIS, Abu Bakr al-Baghdadi fought in Fallujah.", ("Abu Bakr al-Baghdadi", "LEADS", "ISIS")),
        (
            "After meeting Vladimir Putin in Moscow, Erdogan flew to Tehran.",
            ("Recep Tayyip Erdogan", "MET_WITH", "Vladimir Putin"),
        ),
        ("Iran armed the Houthis after funding Hezbollah for decades.", ("Iran", "FUNDS", "Hezbollah")),
        (
            "Abu Bakr al-Baghdadi was arrested by Iraqi police after leading ISIS.",
            ("Abu Bakr al-Baghdadi", "LEADS", "ISIS"),
        ),
    ],
)
def test_a_gerund_after_a_preposition_of_time_is_done_by_its_clauses_subject(
    text: str, link: tuple[str, str, str]
) -> None:
    found = links_by_name(text)
    assert link in found, found


def test_a_gerund_whose_clause_names_no_actor_or_whose_verb_has_its_own_subject_gives_no_one_the_act() -> None:
    assert not links_by_name("After meeting Vladimir Putin, the talks in Moscow ended.")
    found = links_by_name("Abu Bakr al-Baghdadi fled after US forces began leading the coalition against ISIS.")
    assert not any(s == "Abu Bakr al-Baghdadi" for s, _, _ in found), found
