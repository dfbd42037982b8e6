"""A month written short, as news agencies write it ("Jan. 28", "Sept. 4"), dates an incident as its full name does,
so an incident of another day is not taken for the page's own."""

from __future__ import annotations

from conftest import graph_of

from loaders.months import event_date


def test_a_short_month_with_its_day_is_a_date() -> None:
    assert event_date("on Jan. 28", "2024-02-08") == "2024-01-28"
    assert event_date("Sept. 4, 2019", "2024-02-08") == "2019-09-04"
    assert event_date("on Friday", "2024-02-08") == ""


def test_an_attack_dated_by_a_short_month_is_not_the_strike_of_the_report() -> None:
    kg = graph_of(
        "A drone strike on a car in Kandi killed a militia commander on Wednesday, officials said. "
        "Washington blamed the militia for the Jan. 12 drone attack on the Alpha outpost near the border, "
        "which killed three soldiers.",
        date="2024-02-08",
    )
    dates = sorted(d["date"] for _, d in kg.g.nodes(data=True) if d["label"] == "Event")
    assert "2024-01-12" in dates, dates
