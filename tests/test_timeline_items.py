"""Timelines: a Markdown list whose items open with a date (in bold, maybe a range) and a dash or a colon, each
telling an incident. The item reads as a sentence after its date, and the date, its first day, dates the incident;
each construction on a page written for its test."""

from __future__ import annotations

from pathlib import Path

from graph.build import add_facts
from graph.gazetteer import load_gazetteer
from graph.kg import KnowledgeGraph
from graph.resolve import Resolver
from loaders import iter_documents
from loaders.extract import read_document
from loaders.nlp import load_nlp

TIMELINE = """---
title: Timeline of the insurgency in the east
date: 2023-06-10
---
# Timeline

The conflict has flared repeatedly since 2019.

## Key incidents

- **2-3 July 2019** - An airstrike on the Kibati displacement camp killed at least 40 people. Nobody claimed it.
- **March 3-5, 2021** - Gunmen stormed a hospital in Beni, killing 14 patients.
- **14 March 2022:** A car bomb exploded outside a police station in Goma.
* **January 2023**: Soldiers shelled rebel positions near Rutshuru, killing eleven fighters.
- **between 12 and 14 May** - Militiamen attacked a village near Djugu, killing six people.
"""


def _events(page: str, tmp_path: Path) -> dict[str, tuple[str, set[str]]]:
    """Each Event of a Markdown page read as a build reads it, by name, with its date and the places it occurred at."""
    path = tmp_path / "timeline.md"
    path.write_text(page, encoding="utf-8")
    [doc] = iter_documents([path])
    kg = KnowledgeGraph()
    add_facts(kg, read_document(load_nlp()(doc.text), doc.id, doc.date, "rules"), Resolver(load_gazetteer()))
    nodes = kg.g.nodes
    places = {
        n: {nodes[o]["name"] for s, o, k in kg.g.edges(keys=True) if s == n and k == "OCCURRED_AT"} for n in nodes
    }
    return {d["name"]: (d.get("date", ""), places[n]) for n, d in nodes(data=True) if d["label"] == "Event"}


def test_each_item_dates_its_incident_by_the_first_day_of_its_date(tmp_path: Path) -> None:
    events = _events(TIMELINE, tmp_path)
    dates = {date: places for date, places in events.values()}
    assert dates["2019-07-02"] == {"Kibati displacement camp"}  # a range of days: its first, not the page's month
    assert dates["2021-03-03"] == {"Beni"}  # "March 3-5, 2021"
    assert dates["2022-03-14"] == {"Goma"}  # a colon after the date
    assert dates["2023-01"] == {"Rutshuru"}  # a month: read with its date, the parser found no incident
    assert dates["2023-05-12"] == {"Djugu"}  # "between 12 and 14 May": the page's year


def test_a_date_the_item_states_wins_over_its_lead_date(tmp_path: Path) -> None:
    page = "# Timeline\n\n- **2019** - Gunmen stormed a hotel in Beni on 4 March 2019, killing nine guests.\n"
    assert {date for date, _ in _events(page, tmp_path).values()} == {"2019-03-04"}


def test_the_item_starts_a_sentence_after_its_date() -> None:
    doc = load_nlp()("Background.\nJanuary 2023: Soldiers shelled rebel positions.\nMay 6, 2020 - 3:41 PM")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Soldiers" in starts  # the item's first word, not the object of its date
    assert "3:41" not in starts  # a time of day after a date: a page's stamp, no item


def test_a_lead_place_is_the_place_of_the_incident_its_item_tells(tmp_path: Path) -> None:
    page = (
        "# Recent attacks\n\n"
        "- **Kibati, North Kivu:** An airstrike on a displacement camp killed at least 40 people.\n"
        "- **12 May 2023, Butembo** - Gunmen attacked a market, killing nine traders.\n"
        "- **Oicha (Beni territory), 20 May 2023** - A roadside bomb struck a minibus, killing six passengers.\n"
    )
    events = {date: places for date, places in _events(page, tmp_path).values()}
    assert events["2023-05-12"] == {"Butembo"}
    assert events["2023-05-20"] == {"Oicha"}  # the place first named, not its wider place
    assert {"Kibati"} in events.values()


def test_a_notice_dates_no_incident(tmp_path: Path) -> None:
    page = (
        "A raid hit a camp near Kibati on 3 May, killing four people.\n\n"
        "Correction (9 May 2023): An earlier version of this story said a strike on a clinic in Goma killed five.\n"
    )
    assert "2023-05-09" not in {date for date, _ in _events(page, tmp_path).values()}
