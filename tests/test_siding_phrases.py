"""The side an act is done for (loaders/siding_phrases.py): a name after "in support of", "in solidarity with", "on
behalf of" is never whom the act hits or opposes, each case on a sentence written for it."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

HOSTILE = {"ATTACKED", "OPPOSES", "THREATENED", "TARGETED"}


def hostile_ends(text: str) -> set[tuple[str, str, str]]:
    """Each hostile link the rules find in the text."""
    return {link for link in links_of(text) if link[1] in HOSTILE}


@pytest.mark.parametrize(
    ("text", "served"),
    [
        ("Hezbollah pledged to continue its holy war against the enemy and in support of Palestine.", "palestine"),
        ("Hezbollah waged war on Israel in solidarity with Hamas.", "hamas"),
        ("The Houthis say they fire missiles at Israel in solidarity with the Palestinians and Hamas.", "hamas"),
        ("Kenyan troops launched an offensive against al-Shabaab in support of the Somali government.", "somalia"),
        ("Russia bombed rebel positions in Idlib on behalf of the Syrian government.", "syria"),
        ("In support of Hamas, Hezbollah has fired rockets at northern Israel since October.", "hamas"),
        ("The militia shelled the town for the sake of its allies in Iran.", "iran"),
    ],
)
def test_the_side_served_is_neither_hit_nor_opposed(text: str, served: str) -> None:
    found = hostile_ends(text)
    assert not any(served in (s, o) for s, _, o in found), found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Hezbollah waged war on Israel in solidarity with Hamas.", ("hezbollah", "OPPOSES", "israel")),
        (
            "Kenyan troops launched an offensive against al-Shabaab in support of the Somali government.",
            ("kenya", "ATTACKED", "al-shabaab"),
        ),
        (
            "In support of Hamas, Hezbollah has fired rockets at northern Israel since October.",
            ("hezbollah", "ATTACKED", "israel"),
        ),
        # a near miss: the side served is named in a clause of its own, and the one struck is still struck
        ("Israel struck Hezbollah, which says it fights in support of Hamas.", ("israel", "ATTACKED", "hezbollah")),
        # a near miss: the side served is a reference to the one struck, named before the phrase
        (
            "Iran attacked Israel and accused the United States of acting in support of it.",
            ("iran", "ATTACKED", "israel"),
        ),
        (
            "Turkey carried out strikes against the PKK in defence of the Iraqi government.",
            ("turkey", "ATTACKED", "pkk"),
        ),
    ],
)
def test_the_side_struck_is_still_struck(text: str, link: tuple[str, str, str]) -> None:
    found = links_of(text)
    assert link in found, found
