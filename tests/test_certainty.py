"""How surely a link is said (asserted, alleged, negated) on sentences written for the tests: a negation denies only
what it governs, and a fact left open is alleged."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def certainty(text: str, link: tuple[str, str, str]) -> str | None:
    """The certainty of one link the text gives (by node ids), None when it gives no such link."""
    kg = graph_of(text, "2023-06-12", "both")
    s, k, o = link
    return kg.g.edges[s, o, k]["evidence"][0].certainty if kg.g.has_edge(s, o, k) else None


@pytest.mark.parametrize(
    ("text", "link", "expected"),
    [
        ("Hezbollah shelled Israel without warning overnight.", ("hezbollah", "ATTACKED", "israel"), "asserted"),
        (
            "Baghdad accused Ankara of fighting the Kurdistan Workers' Party near Sinjar without Iraqi approval.",
            ("turkey", "OPPOSES", "pkk"),
            "alleged",
        ),
    ],
)
def test_without_denies_only_what_it_governs(text: str, link: tuple[str, str, str], expected: str) -> None:
    assert certainty(text, link) == expected


def test_a_negation_on_an_adverb_denies_the_verb() -> None:
    assert certainty("Egypt had never before attacked Hamas.", ("egypt", "ATTACKED", "hamas")) == "negated"


def test_an_act_that_ended_is_not_denied() -> None:
    assert certainty("Iran no longer arms the Houthis, the envoy said.", ("iran", "FUNDS", "houthis")) == "asserted"


def test_rejected_claims_deny_the_claimed_fact() -> None:
    assert certainty("Turkey rejected claims that it arms Hamas.", ("turkey", "FUNDS", "hamas")) == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "It remains unclear whether Russia armed Hezbollah.",
        "Investigators found no evidence that Russia armed Hezbollah.",
        "Analysts could not confirm that Russia armed Hezbollah.",
    ],
)
def test_a_fact_left_open_is_alleged(text: str) -> None:
    assert certainty(text, ("russia", "FUNDS", "hezbollah")) == "alleged"


def test_a_clause_after_a_semicolon_does_not_deny_the_one_before() -> None:
    text = "Iran's envoy to Iraq, Hassan Danaei, was in Baghdad on Monday; neither government commented on the talks."
    assert certainty(text, ("hassan-danaei", "WORKS_FOR", "iran")) == "asserted"


def test_unverified_reports_give_an_allegation() -> None:
    text = "Unverified reports said the Wagner Group shelled the town of Kidal in northern Mali."
    assert certainty(text, ("wagner-group", "ATTACKED", "kidal")) == "alleged"


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Shares slid amid reports that Israel struck Iran overnight.", ("israel", "ATTACKED", "iran")),
        ("Turkish jets struck suspected Kurdistan Workers' Party hideouts in Sinjar.", ("pkk", "BASED_IN", "sinjar")),
        (
            "Officials in Bamako insist that the Wagner Group shelled the town of Kidal.",
            ("wagner-group", "ATTACKED", "kidal"),
        ),
        ("Police contend that the Wagner Group shelled the town of Kidal.", ("wagner-group", "ATTACKED", "kidal")),
    ],
)
def test_hearsay_is_alleged(text: str, link: tuple[str, str, str]) -> None:
    assert certainty(text, link) == "alleged"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kivu Defence Front is said to be led by Amani Kabila, a former army major.", "alleged"),
        ("The Kivu Defence Front is reported to be led by Amani Kabila, a former army major.", "alleged"),
        ("The Kivu Defence Front is thought to be led by Amani Kabila, a former army major.", "alleged"),
        ("It is said that Amani Kabila leads the Kivu Defence Front.", "alleged"),
        ("The Kivu Defence Front is led by Amani Kabila, a former army major.", "asserted"),
    ],
)
def test_a_passive_report_naming_no_one_is_hearsay(text: str, expected: str) -> None:
    assert certainty(text, ("amani-kabila", "LEADS", "kivu-defence-front")) == expected


def test_a_report_verb_is_attribution_not_hearsay() -> None:
    assert certainty("Reuters reported that Israel had bombed Iran.", ("israel", "ATTACKED", "iran")) == "asserted"


def test_a_claimed_attack_is_not_a_suspected_one() -> None:
    text = "Hezbollah fired rockets at the Israeli town of Metula on Sunday, its first claimed attack in a month."
    kg = graph_of(text, "2023-06-12", "both")
    blamed = [d["evidence"][0].certainty for s, _, k, d in kg.g.edges(keys=True, data=True) if k == "BLAMED_FOR"]
    assert blamed == ["asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigerian troops failed to prevent Boko Haram from attacking Maiduguri.", "asserted"),
        ("Nigerian troops did not prevent Boko Haram from attacking Maiduguri.", "asserted"),
        ("Nigerian troops prevented Boko Haram from attacking Maiduguri.", None),
    ],
)
def test_a_failed_prevention_tells_the_act(text: str, expected: str | None) -> None:
    assert certainty(text, ("boko-haram", "ATTACKED", "maiduguri")) == expected


def test_a_denied_intention_is_still_no_link() -> None:
    text = "A Turkish official said Ankara did not seek war with Syria but would answer any attack."
    kg = graph_of(text, "2023-06-12", "both")
    assert not kg.g.has_edge("turkey", "syria", "OPPOSES")


def test_a_subject_phrase_is_not_denied_by_its_verb() -> None:
    text = "The commander of Hamas, Mohammed Deif, has refused to join the talks."
    assert certainty(text, ("mohammed-deif", "LEADS", "hamas")) == "asserted"
    text = "The Hamas faction of Mohammed Deif has rejected the ceasefire."
    assert certainty(text, ("mohammed-deif", "LEADS", "hamas")) == "asserted"
