"""Acts only intended, plotted, attempted, refused or still to come state no done act (loaders/unreal_acts.py, the
violence rule of loaders/extract.py and certainty_of of loaders/syntax.py), on sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

VICTIM = ("Omar Haddad", "Leila Sarraf")


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad plotted to kidnap the minister, Leila Sarraf.",
        "Omar Haddad planned to abduct Leila Sarraf.",
        "Omar Haddad intended to kill Leila Sarraf.",
        "Omar Haddad sought to assassinate Leila Sarraf.",
        "Police said Omar Haddad was preparing to kidnap Leila Sarraf.",
        "Omar Haddad tried to kill Leila Sarraf but failed.",
        "Leila Sarraf, whom Omar Haddad plotted to kill, lives in Paris.",
        "Omar Haddad's plan was to kidnap Leila Sarraf.",
        "Their aim was to kill Leila Sarraf.",
    ],
)
def test_harm_only_intended_or_plotted_is_no_attack(text: str) -> None:
    assert named_links(text, "ATTACKED").get(VICTIM) is None


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad plotted to kidnap the minister, Leila Sarraf.",
        "Omar Haddad was charged with plotting to murder Leila Sarraf.",
    ],
)
def test_a_plot_still_sets_the_plotter_against_the_victim(text: str) -> None:
    assert named_links(text, "OPPOSES").get(VICTIM) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad killed Leila Sarraf.",
        "Omar Haddad kidnapped Leila Sarraf after a plot that lasted months.",
        "After plotting for months, Omar Haddad killed Leila Sarraf.",
        "Omar Haddad tried to flee and then killed Leila Sarraf.",
    ],
)
def test_harm_done_is_still_an_attack(text: str) -> None:
    assert named_links(text, "ATTACKED").get(VICTIM) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The Front refused to name Karim Nasser as its leader.",
        "The Front declined to name Karim Nasser as its leader.",
        "The Front has yet to name Karim Nasser as its leader.",
        "The Front is yet to appoint Karim Nasser as its leader.",
        "The Front failed to name Karim Nasser as its leader.",
        "The Front did not name Karim Nasser as its leader.",
    ],
)
def test_a_refused_or_pending_appointment_is_denied(text: str) -> None:
    assert named_links(text, "LEADS").get(("Karim Nasser", "Front")) != "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The Front plans to name Karim Nasser as its leader.",
        "The Front intends to appoint Karim Nasser as its leader.",
        "The Front wants to install Karim Nasser as its leader.",
        "The plotters' plan was to install Karim Nasser as leader of the Front.",
        "The plotters planned to storm the parliament and install Karim Nasser as leader of the Front.",
    ],
)
def test_an_appointment_only_planned_gives_no_leader_link(text: str) -> None:
    assert ("Karim Nasser", "Front") not in named_links(text, "LEADS")


@pytest.mark.parametrize(
    "text",
    [
        "The Front named Karim Nasser as its leader.",
        "The Front has now named Karim Nasser as its leader.",
        "The Front, which refused to join the talks, named Karim Nasser as its leader.",
    ],
)
def test_an_appointment_made_is_asserted(text: str) -> None:
    assert named_links(text, "LEADS").get(("Karim Nasser", "Front")) == "asserted"


@pytest.mark.parametrize(
    ("text", "rel_type", "pair"),
    [
        ("The Treasury has yet to sanction Hezbollah.", "SANCTIONED_BY", ("Hezbollah", "Treasury")),
        ("Iran has yet to fund Hamas.", "FUNDS", ("Iran", "Hamas")),
        ("Iran is yet to arm Hamas.", "FUNDS", ("Iran", "Hamas")),
    ],
)
def test_an_act_yet_to_come_is_no_asserted_link(text: str, rel_type: str, pair: tuple[str, str]) -> None:
    assert named_links(text, rel_type).get(pair) != "asserted"


def test_an_act_done_with_yet_elsewhere_is_asserted() -> None:
    found = named_links("Iran has funded Hamas, yet it denies any role.", "FUNDS")
    assert found.get(("Iran", "Hamas")) == "asserted", found
