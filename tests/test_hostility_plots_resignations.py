"""Hostility told as harm plotted and as a demand that someone resign or step down (loaders/hostility.py and the
`hostility` block of seeds/relations.yaml), each on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The United Patriots plotted to kidnap the health minister, Karl Lauterbach.",
            ("United Patriots", "Karl Lauterbach"),
        ),
        (
            "Prosecutors charged Nikhil Gupta with plotting to murder Gurpatwant Singh Pannun.",
            ("Nikhil Gupta", "Gurpatwant Singh Pannun"),
        ),
        (
            "Nikhil Gupta was charged with plotting to murder Gurpatwant Singh Pannun.",
            ("Nikhil Gupta", "Gurpatwant Singh Pannun"),
        ),
        (
            "The Reichsbuerger group plotted the kidnapping of Karl Lauterbach.",
            ("Reichsburger movement", "Karl Lauterbach"),
        ),
        (
            "Nikhil Gupta's plot to kill Gurpatwant Singh Pannun was foiled.",
            ("Nikhil Gupta", "Gurpatwant Singh Pannun"),
        ),
        (
            "A plot by Nikhil Gupta to kill Gurpatwant Singh Pannun was foiled.",
            ("Nikhil Gupta", "Gurpatwant Singh Pannun"),
        ),
        (
            "A plot against Gurpatwant Singh Pannun by Nikhil Gupta was foiled.",
            ("Nikhil Gupta", "Gurpatwant Singh Pannun"),
        ),
        ("Nikhil Gupta conspired to assassinate Gurpatwant Singh Pannun.", ("Nikhil Gupta", "Gurpatwant Singh Pannun")),
        (
            "Gurpatwant Singh Pannun, whom Nikhil Gupta plotted to kill, lives in New York.",
            ("Nikhil Gupta", "Gurpatwant Singh Pannun"),
        ),
        (
            "Nikhil Gupta plotted with Vikash Yadav to kill Gurpatwant Singh Pannun.",
            ("Nikhil Gupta", "Gurpatwant Singh Pannun"),
        ),
    ],
)
def test_whoever_plots_harm_to_someone_opposes_them(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(pair) == "asserted", found
    assert pair[::-1] not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Nikhil Gupta plotted a route to the house of Gurpatwant Singh Pannun.",  # no harm plotted
        "Nikhil Gupta plotted to protect Gurpatwant Singh Pannun.",
        "Police foiled a plot to kill Gurpatwant Singh Pannun.",  # the plotters unnamed; the police foiled it
        "Nikhil Gupta did not plot to kill Gurpatwant Singh Pannun.",  # denied
        "Kataib Hezbollah said the US and Israel had conspired to attack PMU munitions depots.",  # the PMU's depots
    ],
)
def test_a_plot_of_no_harm_foiled_by_others_or_denied_states_no_hostility(text: str) -> None:
    assert not {p: c for p, c in named_links(text, "OPPOSES").items() if c == "asserted"}


def test_plotting_with_a_partner_sets_the_plotter_against_the_victim_not_the_partner() -> None:
    found = named_links("Nikhil Gupta plotted with Vikash Yadav to kill Gurpatwant Singh Pannun.", "OPPOSES")
    assert ("Nikhil Gupta", "Vikash Yadav") not in found, found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Raila Odinga called on Joseph ole Lenku and David Kimaiyo to resign.",
            [("Raila Odinga", "Joseph ole Lenku"), ("Raila Odinga", "David Kimaiyo")],
        ),
        ("The Renamo Military Junta demanded Ossufo Momade's resignation.", [("Renamo", "Ossufo Momade")]),
        ("Mali demanded MINUSMA's departure.", [("Mali", "MINUSMA")]),
        ("Raila Odinga urged President Uhuru Kenyatta to step down.", [("Raila Odinga", "Uhuru Kenyatta")]),
        ("Raila Odinga said Uhuru Kenyatta must resign.", [("Raila Odinga", "Uhuru Kenyatta")]),
    ],
)
def test_whoever_demands_that_someone_resign_or_step_down_opposes_them(text: str, pairs: list[tuple[str, str]]) -> None:
    found = named_links(text, "OPPOSES")
    for pair in pairs:
        assert found.get(pair) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Raila Odinga accepted the resignation of Joseph ole Lenku.",  # accepted, not demanded
        "Raila Odinga announced the resignation of Joseph ole Lenku.",
        "Raila Odinga welcomed the resignation of Joseph ole Lenku.",
        "Raila Odinga refused to resign despite the protests.",  # his own post
        "Raila Odinga did not call on Joseph ole Lenku to resign.",  # denied
    ],
)
def test_a_resignation_not_demanded_states_no_hostility(text: str) -> None:
    assert not {p: c for p, c in named_links(text, "OPPOSES").items() if c == "asserted"}
