"""An aircraft's crash laid on someone and a prison break are incidents (``compound_incidents``: only after the word
that makes them one): "died in a plane crash", "a helicopter crash near X", "a jet ... crashed in X" with "the crash"
after it, each with someone blamed for it, "a prison break in X", "the jail break at X"; not a crash no one is blamed
for (an accident), "a market crash", "markets crashed", "a car crashed", "a lunch break" or "a break in the talks"
(loaders/compound_incidents.py, loaders/referring_nouns.py, loaders/laid_mishaps.py)."""

from conftest import graph_of, named_links


def events_of(text: str) -> dict[str, list[str]]:
    """The Events of one document written for a test, each with its aliases."""
    kg = graph_of(text)
    return {d["name"]: d.get("aliases", []) for _, d in kg.g.nodes(data=True) if d["label"] == "Event"}


def test_a_plane_crash_that_killed_someone_is_an_incident_and_the_crash_refers_to_it() -> None:
    text = (
        "Ivan Petrov was killed in a plane crash in the Tver region on August 23. "
        "Critics said the Kremlin was behind the crash."
    )
    events = events_of(text)
    assert list(events) == ["Tver plane crash"]
    assert "the crash" in events["Tver plane crash"]
    assert ("Kremlin", "Tver plane crash") in named_links(text, "BLAMED_FOR")


def test_other_aircraft_crashes_laid_on_someone() -> None:
    text = "The governor died in a helicopter crash near Tabriz on Sunday. Iran blamed Israel for the crash."
    assert ("Israel", "Tabriz helicopter crash") in named_links(text, "BLAMED_FOR")
    text = "An airliner crash near Sharm el-Sheikh killed 224 people in October. Islamic State claimed the crash."
    assert [event for event, _ in named_links(text, "OCCURRED_AT")] == ["Sharm el-Sheikh crash"]


def test_an_aircraft_that_crashed_is_the_crash_told_after_it() -> None:
    text = "A jet carrying the governor crashed near Tabriz on Sunday. Officials blamed Iran for the crash."
    assert list(events_of(text)) == ["Tabriz crash"]
    assert ("Iran", "Tabriz crash") in named_links(text, "BLAMED_FOR")


def test_a_crash_no_one_is_blamed_for_is_an_accident() -> None:
    assert events_of("The governor died in a helicopter crash near Tabriz on Sunday.") == {}
    assert events_of("A jet carrying the governor crashed near Tabriz on Sunday. The crash killed six.") == {}


def test_a_crash_of_no_aircraft_is_no_incident() -> None:
    assert events_of("Savings vanished in a market crash in New York on Monday. Traders blamed the bank.") == {}
    assert events_of("Stock markets crashed in New York on Monday. Traders blamed the Fed for the crash.") == {}
    assert events_of("A car crashed into a wall in Kano on Monday. Police blamed the driver for the crash.") == {}


def test_a_prison_break_is_an_incident_at_its_place() -> None:
    text = "Boko Haram staged a prison break in Bauchi in 2010, freeing 700 inmates."
    assert list(events_of(text)) == ["Bauchi prison break"]
    assert ("Bauchi prison break", "Bauchi") in named_links(text, "OCCURRED_AT")
    assert list(events_of("Gunmen carried out a jail break at the Kuje prison near Abuja on Tuesday.")) == [
        "Kuje prison jail break"
    ]


def test_a_break_of_no_prison_is_no_incident() -> None:
    assert events_of("The fighters took a lunch break in Bauchi on Tuesday.") == {}
    assert events_of("The talks resumed after a break in Abuja on Tuesday.") == {}
