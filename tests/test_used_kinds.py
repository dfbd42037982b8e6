"""An unknown organisation's kind from how the page uses its name, where nothing describes it (``used_kinds``)."""

from __future__ import annotations

import pytest
from conftest import graph_of

from loaders.nlp import load_nlp
from loaders.used_kinds import used_as_armed_group, used_kind

pytestmark = pytest.mark.model


def kinds(text: str) -> dict[str, str | None]:
    """Each organisation's name with its kind."""
    return {d["name"]: d.get("kind") for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Organization"}


def used(text: str, name: str) -> str | None:
    """The kind how the text uses the name written in it gives (its first word's first writing)."""
    doc = load_nlp()(text)
    start = [t.text for t in doc].index(name.split()[0])
    return used_kind(doc[start : start + len(name.split())])


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Police said they had dismantled a Velmora cell in the port city on Monday.", "Velmora", "armed_group"),
        ("Two Velmora gunmen opened fire on a bus near Bor on Monday.", "Velmora", "armed_group"),
        ("The army said Velmora's emir had been killed in an air strike.", "Velmora", "armed_group"),
        ("The bombing was carried out by an affiliate of Velmora, officials said.", "Velmora", "armed_group"),
        ("Velmora claimed responsibility for the bombing in a statement on Monday.", "Velmora", "armed_group"),
        ("The attack on the convoy was claimed by Velmora late on Monday.", "Velmora", "armed_group"),
        ("Velmora claimed that the election had been rigged.", "Velmora", None),
        ("Velmora did not claim the attack.", "Velmora", None),
        ("The Tessar news agency reported the blast on Monday.", "Tessar", "media"),
        ("Two Orlen lawmakers walked out of the chamber on Monday.", "Orlen", "political_party"),
        ("The head of the Corvane peacekeeping mission visited Bor on Monday.", "Corvane", "international"),
        ("The Velmora spokesman said the talks would resume.", "Velmora", None),
        ("Troops clashed with the Velmora group near Bor on Monday.", "Velmora", "armed_group"),
        ("A group of Velmora experts visited Bor on Monday.", "Velmora", None),
        ("The blast was claimed by the Velmora-backed armed group Kestrel.", "Velmora", None),
    ],
)
def test_a_name_takes_the_kind_of_how_the_text_uses_it(text: str, name: str, kind: str | None) -> None:
    assert used(text, name) == kind


def test_an_undescribed_group_that_claims_an_attack_is_an_armed_group_wherever_it_is_named() -> None:
    found = kinds(
        "Gunmen stormed a hotel in Bor on Monday, killing twelve people. Jund al-Karama claimed the attack in a "
        "statement on Tuesday. The army has fought Jund al-Karama since 2019."
    )
    assert found["Jund al-Karama"] == "armed_group"


def test_a_branch_named_after_an_armed_group_is_an_armed_group() -> None:
    found = kinds(
        "Jund al-Karama fighters overran an army post near Bor on Monday. Jund al-Karama Ardan Province, the "
        "group's local branch, said it had seized weapons."
    )
    assert found["Jund al-Karama"] == found["Jund al-Karama Ardan Province"] == "armed_group"


def test_a_name_qualifying_fighters_is_a_group_not_a_leader_whose_fighters_they_are() -> None:
    doc = load_nlp()("Dorvane fighters attacked Bor on Monday, and Kassim Odu's fighters withdrew to the hills.")
    start = [t.text for t in doc].index("Kassim")
    assert used_as_armed_group(doc[0:1])
    assert not used_as_armed_group(doc[start : start + 2])


def test_a_name_a_faction_is_known_as_is_an_armed_group() -> None:
    found = kinds("Police blamed a faction known as Velmora for the raid on the army post near Bor on Monday.")
    assert found["Velmora"] == "armed_group"
