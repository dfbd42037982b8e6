"""Who acts for a body ("acted for or on behalf of X") belongs to it, and a "by" phrase split from its object by an
adverb phrase ("owned by, directly or indirectly, X") still names the agent; on sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def tied(links: set[tuple[str, str, str]], a: str, b: str) -> bool:
    """Whether an AFFILIATED_WITH link (symmetric, stored in either direction) joins the two actors."""
    return (a, "AFFILIATED_WITH", b) in links or (b, "AFFILIATED_WITH", a) in links


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("John Bako is being designated for having acted for or on behalf of the Kivu Front.", ["John Bako"]),
        ("John Bako acted on behalf of the Kivu Front in Goma.", ["John Bako"]),
        ("John Bako, who has acted for or on behalf of the Kivu Front, was arrested in May.", ["John Bako"]),
        ("The Treasury designated John Bako for having acted for or on behalf of the Kivu Front.", ["John Bako"]),
        (
            "John Bako and Idris Wali are being designated pursuant to E.O. 13581, as amended, for having acted or "
            "purported to act for or on behalf of, directly or indirectly, the Kivu Front.",
            ["John Bako", "Idris Wali"],
        ),
    ],
)
def test_a_person_acting_for_a_group_is_its_member(text: str, people: list[str]) -> None:
    links = links_by_name(text)
    assert all((p, "MEMBER_OF", "Kivu Front") in links for p in people), links


def test_a_company_acting_for_a_group_is_tied_to_it() -> None:
    links = links_by_name("Lake Gold Ltd is designated for having acted for or on behalf of the Kivu Front.")
    assert tied(links, "Lake Gold Ltd", "Kivu Front"), links


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("John Bako refused to act on behalf of the Kivu Front.", ("John Bako", "Kivu Front")),
        ("John Bako said Idris Wali had acted on behalf of the Kivu Front.", ("John Bako", "Kivu Front")),
        ("The lawyer John Bako acted for the victims of the Kivu Front.", ("John Bako", "Kivu Front")),
    ],
)
def test_no_membership_for_a_refusal_a_speaker_or_another_party(text: str, pair: tuple[str, str]) -> None:
    links = links_by_name(text)
    assert (pair[0], "MEMBER_OF", pair[1]) not in links, links


@pytest.mark.parametrize(
    "text",
    [
        "Kivu Trading LLC is being designated for being owned by, directly or indirectly, John Bako.",
        "Kivu Trading LLC is being designated pursuant to E.O. 13224, as amended, for being owned, controlled, or "
        "directed by, directly or indirectly, John Bako.",
    ],
)
def test_an_agent_after_an_adverb_phrase_is_read(text: str) -> None:
    assert tied(links_by_name(text), "John Bako", "Kivu Trading LLC")


def test_no_agent_is_read_after_other_words() -> None:
    links = links_by_name("Kivu Trading LLC is being designated for being owned by, among others, John Bako.")
    assert not tied(links, "John Bako", "Kivu Trading LLC"), links
