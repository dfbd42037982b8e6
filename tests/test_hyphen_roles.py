"""Titles written with a hyphen that the parser splits in two ("secretary-general", "director-general"), read as
their single-word kin are: in a copula, after "became", in a relative clause, with an owner the page refers to, and
with the body after "of" hung on the second half; on sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import links_by_name, named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        ("Omar Tanko became the Kivu Front's secretary-general in 2010.", "Omar Tanko", "Kivu Front"),
        ("Omar Tanko, who is the Kivu Front's secretary-general, denied the report.", "Omar Tanko", "Kivu Front"),
        ("Omar Tanko remains the Kivu Front's secretary-general.", "Omar Tanko", "Kivu Front"),
        (
            "The Kivu Front is a militia in the east. The group's secretary-general is Omar Tanko, known as Abu Ali.",
            "Omar Tanko",
            "Kivu Front",
        ),
        (
            "Omar Tanko, the secretary-general of Saraya Ahl al-Haq, said the continued strikes showed contempt.",
            "Omar Tanko",
            "Saraya Ahl al-Haq",
        ),
        (
            "Omar Tanko, 64, became the Kivu Front's secretary-general in 1992 after the army killed his predecessor, "
            "Idris Wali, in an air strike.",
            "Idris Wali",
            "Kivu Front",
        ),
    ],
)
def test_a_split_hyphenated_title_names_the_head(text: str, holder: str, body: str) -> None:
    links = links_by_name(text)
    assert (holder, "LEADS", body) in links, links


def test_a_deputy_of_a_split_title_is_no_head() -> None:
    links = links_by_name("Omar Tanko became the Kivu Front's deputy secretary-general in 2010.")
    assert ("Omar Tanko", "DEPUTY_OF", "Kivu Front") in links, links
    assert ("Omar Tanko", "LEADS", "Kivu Front") not in links, links


@pytest.mark.parametrize(
    "text",
    [
        "Omar Tanko met the Kivu Front's secretary-general in 2010.",
        "Omar Tanko, who is close to the Kivu Front's secretary-general, denied the report.",
    ],
)
def test_one_beside_a_split_title_does_not_hold_it(text: str) -> None:
    links = links_by_name(text)
    assert ("Omar Tanko", "LEADS", "Kivu Front") not in links, links


def test_a_denied_split_title_is_negated() -> None:
    links = named_links("Omar Tanko is not the Kivu Front's secretary-general.", "LEADS")
    assert links.get(("Omar Tanko", "Kivu Front")) == "negated", links
