"""A body placed under another's control, command or banner (loaders/subordination.py), on sentences written for
the tests."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "The Border Rangers, under the Interior Ministry's administrative control, guard the crossings.",
            ("Border Rangers", "AFFILIATED_WITH", "Interior Ministry"),
        ),
        (
            "The Ninth Brigade is nominally under the Libyan Ministry of Defence.",
            ("Libyan Ministry of Defence", "AFFILIATED_WITH", "Ninth Brigade"),
        ),
        (
            "The Popular Mobilisation Forces, which are formally under the command of the Iraqi government, include"
            " Kataib Hezbollah.",
            ("Iraq", "AFFILIATED_WITH", "Popular Mobilization Units"),
        ),
    ],
)
def test_a_body_under_another_is_affiliated_with_it(text: str, link: tuple[str, str, str]) -> None:
    found = links_by_name(text)
    assert link in found or (link[2], link[1], link[0]) in found, found


def test_under_pressure_or_under_a_name_places_no_body_under_another() -> None:
    found = links_by_name(
        "The State Department designated the dissident network, under the name FARC-EP, and a rival group as"
        " terrorist organisations. The Tigray Defence Forces fought under pressure from Eritrea."
    )
    assert not {link for link in found if link[1] == "AFFILIATED_WITH"}, found
