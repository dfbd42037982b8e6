"""Verbs of backing said in a series the parser misreads share one backer and one backed side
(``loaders/verb_series.py``): "arms" or "funds" read as a noun, "armed" as an adjective."""

from __future__ import annotations

import pytest
from conftest import links_by_name, named_links

from loaders.nlp import load_nlp
from loaders.verb_series import series_ending_at, verb_lemma


@pytest.mark.parametrize(
    "text",
    [
        "Iran funds and arms Hezbollah.",  # two verbs, the first read as a noun
        "Syria arms, trains and finances Hezbollah and the Houthis.",  # three, and a list after them
        "Iran, which arms and funds Hezbollah, denied any role.",  # a relative clause
        "Hezbollah is trained, armed and financed by Iran.",  # the passive, "armed" read as an adjective
        "Hezbollah fired rockets at Israel. Iran, which arms and funds the group, denied a role.",  # a reference
        "Iran has long armed and funded Hezbollah.",  # the subject hung on "has"
    ],
)
def test_series_shares_its_ends(text: str) -> None:
    assert named_links(text, "FUNDS").get(("Iran" if "Iran" in text else "Syria", "Hezbollah")) == "asserted"


def test_every_listed_object_is_backed() -> None:
    links = named_links("Syria arms, trains and finances Hezbollah and the Houthis.", "FUNDS")
    assert set(links) == {("Syria", "Hezbollah"), ("Syria", "Houthis")}


@pytest.mark.parametrize(
    "text",
    [
        "Iran condemned and sanctioned Hezbollah.",  # verbs of another relation
        "Hezbollah was attacked and Iran armed the Houthis.",  # a clause of its own before the backing verb
        "Weapons funded and supplied by Iran reached Hezbollah.",  # the backed are weapons, not the group after
        "Israel, which Iran arms and funds, struck Hezbollah.",  # a third name between: Israel is backed, not Iran
    ],
)
def test_no_backing_across_near_misses(text: str) -> None:
    assert ("Iran", "Hezbollah") not in named_links(text, "FUNDS")


def test_denied_series_is_negated_not_asserted() -> None:
    assert named_links("Iran has not armed or funded Hezbollah.", "FUNDS").get(("Iran", "Hezbollah")) != "asserted"


def test_series_words() -> None:
    doc = load_nlp()("Rwanda harboured, fed and financed the rebels.")
    assert [t.text for t in series_ending_at(doc[5])] == ["harboured", "fed", "financed"]
    assert series_ending_at(load_nlp()("Iran and Syria fund Hezbollah.")[3]) == []  # names, not verbs, before
    lemmas = [verb_lemma(w) for w in ("bankrolled", "sponsors", "armed", "armies")]
    assert lemmas == ["bankroll", "sponsor", "arm", None]


def test_a_list_before_the_series_shares_it() -> None:
    links = named_links("Iran and Syria arm and fund Hezbollah.", "FUNDS")
    assert {("Iran", "Hezbollah"), ("Syria", "Hezbollah")} <= set(links)
    # the parser hangs "Hezbollah" nowhere near the verbs; each place-bound name before "were" is backed
    text = "Militias in Iraq, the Houthis in Sanaa and Hezbollah were paid, armed and trained by Iran."
    assert {("Iran", "Houthis"), ("Iran", "Hezbollah")} <= set(named_links(text, "FUNDS"))


def test_a_place_before_the_series_is_not_backed() -> None:
    # the militants in Syria are armed, not Syria (nor is Turkey its ally)
    links = links_by_name("Militants in Syria were armed and trained by Turkey.")
    assert not {(s, o) for s, _, o in links} & {("Turkey", "Syria"), ("Syria", "Turkey")}
