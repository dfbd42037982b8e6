"""A name given to a title listed after another name, which the parser hangs on the title's body ("X and the chief of
the General Staff, Y": Y, not only X) (loaders/syntax.actors_of), on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Prigozhin accused Sergei Shoigu and the chief of the General Staff, Valery Gerasimov, of starving them.",
            ("Yevgeny Prigozhin", "OPPOSES", "Valery Gerasimov"),
        ),
        (
            "Prigozhin condemned Sergei Shoigu and the chief of the General Staff, Valery Gerasimov.",
            ("Yevgeny Prigozhin", "OPPOSES", "Valery Gerasimov"),
        ),
        (
            "The Treasury sanctioned Ali Khamenei and the commander of the Quds Force, Esmail Qaani.",
            ("Esmail Qaani", "SANCTIONED_BY", "Treasury of Iran"),
        ),
        (
            "Hezbollah threatened Israel and the head of the Mossad, David Barnea.",
            ("Hezbollah", "THREATENED", "David Barnea"),
        ),
        (
            "William Ruto met Hassan Sheikh Mohamud and the chairman of the African Union Commission, Moussa Faki.",
            ("Moussa Faki Mahamat", "MET_WITH", "William Ruto"),
        ),
    ],
)
def test_a_name_given_to_a_listed_title_is_listed_too(text: str, link: tuple[str, str, str]) -> None:
    found = links_by_name(text)
    assert link in found, found
    assert (link[0], link[1], link[0]) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Prigozhin accused Sergei Shoigu and the chief of the General Staff of starving his men.",  # no name given
        "Prigozhin accused Sergei Shoigu and the General Staff of starving his men, Valery Gerasimov said.",
    ],
)
def test_a_listed_title_with_no_name_given_adds_no_one(text: str) -> None:
    found = links_by_name(text)
    assert not any(o == "Valery Gerasimov" for _, t, o in found if t == "OPPOSES"), found
