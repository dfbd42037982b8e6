"""A blame verb's incident phrase after a description set beside the accused ("accused X, a group that includes A,
of the ambush"), which the parse hangs inside the description, is still the incident the verb lays on X, as certain as
the clause says; a phrase of the description itself, or a verb of no blame, lays nothing."""

from __future__ import annotations

from conftest import named_links

TWO_INCIDENTS = "Gunmen ambushed a convoy near Kalo on Monday. A car bomb hit a market in Gao on Tuesday. "


def test_of_after_a_relative_clause_in_the_description() -> None:
    blamed = named_links(
        TWO_INCIDENTS + "The army accused Ansar Dine, a group that includes former rebels from Kidal, of the ambush "
        "near Kalo.",
        "BLAMED_FOR",
    )
    assert blamed == {("Ansar Dine", "Kalo attack"): "alleged"}, blamed


def test_of_after_a_participle_phrase_is_not_the_incident_told_last() -> None:
    blamed = named_links(
        "Gunmen kidnapped two nuns near Kalo on Monday. A car bomb hit a market in Gao on Tuesday. Police suspect the "
        "Macina Liberation Front, a group led by the preacher Amadou Koufa, of the kidnapping of the nuns.",
        "BLAMED_FOR",
    )
    assert ("Katiba Macina", "Kalo abduction") in blamed, blamed
    assert ("Katiba Macina", "Gao car bomb") not in blamed, blamed


def test_a_denied_accusation_is_negated() -> None:
    blamed = named_links(
        TWO_INCIDENTS + "The army did not accuse Ansar Dine, a group that includes former rebels from Kidal, of the "
        "ambush near Kalo.",
        "BLAMED_FOR",
    )
    assert blamed == {("Ansar Dine", "Kalo attack"): "negated"}, blamed


def test_a_third_actor_in_the_description_is_not_blamed() -> None:
    blamed = named_links(
        TWO_INCIDENTS + "The army accused Ansar Dine, a rival of the Macina Liberation Front, of the ambush near Kalo.",
        "BLAMED_FOR",
    )
    assert blamed == {("Ansar Dine", "Kalo attack"): "alleged"}, blamed


def test_thanks_after_a_description_blame_no_one() -> None:
    blamed = named_links(
        TWO_INCIDENTS + "The army praised Ansar Dine, a group that includes former rebels from Kidal, for its help "
        "after the ambush near Kalo.",
        "BLAMED_FOR",
    )
    assert not blamed, blamed


def test_the_descriptions_own_incident_is_not_laid_on_the_accused() -> None:
    blamed = named_links(
        "Gunmen ambushed a convoy near Kalo on Monday. Officials blamed Ansar Dine, a group formed during the 2012 "
        "rebellion, for the protests in Gao.",
        "BLAMED_FOR",
    )
    assert not blamed, blamed
