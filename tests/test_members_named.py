"""People a body names as its own ("The Guards named the five other officers as A, B and C") are its members; on
sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Lake Union named its dead fighters as John Bako and Idris Wali.", "Lake Union"),
        ("The Kivu Front identified the two fighters as John Bako and Idris Wali.", "Kivu Front"),
        ("The Lake Union later named its commanders killed in the raid as John Bako and Idris Wali.", "Lake Union"),
        ("In a statement, the Kivu Front named the members as John Bako and Idris Wali.", "Kivu Front"),
        (
            "The Kivu Front is a militia in the east. The group named its fighters as John Bako and Idris Wali.",
            "Kivu Front",
        ),
        ("The Kenya Defence Forces named the officers killed as John Bako and Idris Wali.", "Kenya Defence Forces"),
        (
            "The Kivu Revolutionary Guard Corps (KRGC) said seven of its members died. The Guards named the other "
            "officers as John Bako and Idris Wali.",
            "Kivu Revolutionary Guard Corps",
        ),
    ],
)
def test_people_a_body_names_as_its_own_are_its_members(text: str, body: str) -> None:
    links = links_by_name(text)
    assert ("John Bako", "MEMBER_OF", body) in links and ("Idris Wali", "MEMBER_OF", body) in links, links


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kenyan army named the militants as John Bako and Idris Wali.", "Kenyan army"),
        ("The Kenya Defence Forces named the militants killed as John Bako and Idris Wali.", "Kenya Defence Forces"),
        ("The Lake Union named the soldiers it captured as John Bako and Idris Wali.", "Lake Union"),
        ("The Lake Union named the Kivu Front fighters as John Bako and Idris Wali.", "Lake Union"),
        ("The Lake Union did not name the fighters as John Bako and Idris Wali.", "Lake Union"),
        (
            "The Kenya Defence Forces fought in Lamu on Monday. The military identified the serviceman as John Bako.",
            "Kenya Defence Forces",
        ),
    ],
)
def test_no_membership_in_the_body_that_names_others(text: str, body: str) -> None:
    links = links_by_name(text)
    assert ("John Bako", "MEMBER_OF", body) not in links, links
