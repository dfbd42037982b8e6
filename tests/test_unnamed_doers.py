"""Acts of doers a report does not name ("gunmen", "suspected militants", "armed men"), told in the simple past at a
named place, are one incident though undated: it happened there, it hit what the act hit, and a later "the attack"
is that incident, so whoever is blamed for it is blamed for this one. A habit, a perfect, a modal and a known group's
record are not (loaders/unnamed_doers.py)."""

from __future__ import annotations

from conftest import graph_of


def _events(text: str) -> tuple[list[str], set[tuple[str, str, str]]]:
    kg = graph_of(text)
    events = [n for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    return events, {(s, k, o) for s, o, k in kg.g.edges(keys=True)}


def test_gunmen_attacking_many_things_at_a_named_town_is_one_incident_there() -> None:
    events, links = _events("Gunmen attacked two buses and a lorry on the road near Kandi, killing nine passengers.")
    assert len(events) == 1, events
    assert (events[0], "OCCURRED_AT", "kandi") in links, links


def test_the_incident_of_unnamed_doers_is_the_one_a_later_blame_names() -> None:
    events, links = _events(
        "Suspected militants stormed three police posts in Kandi, officials said. Police blamed al-Shabaab for the"
        " attack."
    )
    assert len(events) == 1, events
    assert (events[0], "OCCURRED_AT", "kandi") in links, links
    assert ("al-shabaab", "BLAMED_FOR", events[0]) in links, links


def test_armed_men_and_a_passive_by_gunmen_are_unnamed_doers_too() -> None:
    for text in (
        "Armed men raided farms and granaries in Kandi before dawn.",
        "Two buses were attacked by gunmen near Kandi, a local official said.",
    ):
        events, links = _events(text)
        assert len(events) == 1 and (events[0], "OCCURRED_AT", "kandi") in links, (text, links)


def test_a_subject_the_parse_hangs_on_its_description_still_did_the_act() -> None:
    # the parse reads "gunmen" as the subject of "loyal", and "loyal" as an adverb of "attacked"
    events, links = _events(
        "The tribal revolt\n\nWithin hours of the arrest, gunmen loyal to the detained commander attacked army"
        " checkpoints in Kandi, Malanville and Segbana."
    )
    assert len(events) == 1, events
    assert {(events[0], "OCCURRED_AT", "kandi"), (events[0], "OCCURRED_AT", "segbana")} <= links, links


def test_a_habit_a_perfect_or_a_modal_of_unnamed_doers_is_no_incident() -> None:
    for text in (
        "Militants often attacked convoys and buses near Kandi.",
        "Gunmen have attacked buses and lorries near Kandi for years.",
        "Gunmen could attack buses and lorries near Kandi, officials warned.",
        "The militia attacked farms and granaries in Kandi.",
    ):
        assert _events(text)[0] == [], text
