"""What a free relative of naming or reporting names is what was hit: "struck what it says are Hezbollah targets",
"strikes on what it called Hezbollah targets", "bombed what officials believed were IS hideouts" hit Hezbollah and IS
as "struck Hezbollah targets" does; the one who says so is no target, and a verb of no attack hits nothing."""

from __future__ import annotations

import pytest
from conftest import graph_of


def attacked(text: str) -> dict[tuple[str, str], str]:
    """(attacker, attacked) of every ATTACKED link of the graph of one document, with its certainty."""
    kg = graph_of(text)
    return {(s, o): d["evidence"][0].certainty for s, o, k, d in kg.g.edges(keys=True, data=True) if k == "ATTACKED"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel struck what it says are Hezbollah targets in Syria.", ("israel", "hezbollah")),  # "says are"
        ("Israeli jets carried out strikes on what it called Hezbollah targets.", ("israel", "hezbollah")),  # a noun
        ("Israel carried out strikes against what it says are Hezbollah targets.", ("israel", "hezbollah")),
        ("US jets bombed what officials believed were Islamic State hideouts near Raqqa.", ("united-states", "isis")),
        ("Israel struck what it said was a Hamas command centre in Gaza.", ("israel", "hamas")),  # "said was"
        ("Hezbollah fired rockets at what it called Israeli army positions.", ("hezbollah", "israel")),  # "at"
    ],
)
def test_what_a_free_relative_names_was_hit(text: str, pair: tuple[str, str]) -> None:
    assert attacked(text).get(pair) in {"asserted", "alleged"}, attacked(text)  # as "strikes on Hezbollah targets"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran condemned what it says are Hezbollah attacks on Israel.", ("iran", "hezbollah")),  # no attack by Iran
        ("Israel listed what it says are Hezbollah targets in Syria.", ("israel", "hezbollah")),  # a verb of no harm
        ("Israel struck what Hamas says was a school in Gaza.", ("israel", "hamas")),  # the sayer is not hit
    ],
)
def test_no_target_outside_what_was_struck(text: str, pair: tuple[str, str]) -> None:
    assert pair not in attacked(text), attacked(text)


def test_a_denied_strike_on_what_a_free_relative_names_is_negated() -> None:
    assert attacked("Israel did not strike what it says are Hezbollah targets.").get(("israel", "hezbollah")) == (
        "negated"
    )
