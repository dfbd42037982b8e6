"""An incident's phrase told after a preposition names it without that preposition: "a strike ordered by X" of "was
killed ... in a strike ordered by X", "a gunfight with Y" of "died during a gunfight with Y", "the bombing of a market
..." of "blamed for the bombing of a market ..."; a phrase left as one word names nothing."""

from __future__ import annotations

from conftest import graph_of


def event_names(text: str, date: str = "2024-03-05") -> set[str]:
    """Every name and alias of the Event nodes."""
    nodes = graph_of(text, date).g.nodes(data=True)
    return {name for _, d in nodes if d["label"] == "Event" for name in [d["name"], *d["aliases"]]}


def test_a_strike_ordered_by_someone_after_in() -> None:
    text = (
        "General Ali Saleh was killed near Erbil airport on Jan. 3, 2020, in a strike ordered by President Omar Said."
    )
    assert "a strike ordered by President Omar Said" in event_names(text, "2024-01-10")


def test_a_gunfight_after_during() -> None:
    names = event_names("Two soldiers died during a gunfight with rebels of the ADF in Beni on Monday.")
    assert {"a gunfight with rebels of the ADF", "a gunfight with rebels of the ADF in Beni"} <= names, names


def test_a_bombing_after_for() -> None:
    names = event_names("Police blamed the group for the bombing of a market in Gao last year.")
    assert "the bombing of a market in Gao last year" in names, names


def test_an_ambush_after_in_with_its_author() -> None:
    names = event_names("Nine soldiers were killed in an ambush by JNIM fighters near Kidal on Sunday.")
    assert "an ambush by JNIM fighters near Kidal" in names, names


def test_no_name_of_one_word_and_none_that_starts_with_a_preposition() -> None:
    names = event_names("Nine soldiers were killed in an ambush by JNIM fighters near Kidal on Sunday.")
    assert not any(" " not in name for name in names), names
