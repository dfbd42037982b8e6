"""Nouns that only refer back (loaders/referring_nouns.py): "the crime", "the plot", "the violence" mean an incident the
page told before, so blame laid for them is blame for that incident; they never make an incident of their own."""

from conftest import links_by_name, named_links


def test_the_crime_is_the_incident_told_before() -> None:
    text = (
        "Gunmen attacked a church in Kuna on Sunday, killing nine worshippers. "
        "The Interior Ministry blamed the Kuna Liberation Front for the crime."
    )
    assert named_links(text, "BLAMED_FOR") == {("Kuna Liberation Front", "Kuna attack"): "alleged"}


def test_the_violence_is_the_incident_told_before() -> None:
    text = (
        "Gunmen opened fire on a police post in Varzob on Monday, killing four officers. "
        "The president blamed the Varzob Front for the violence."
    )
    assert ("Varzob Front", "Varzob attack") in named_links(text, "BLAMED_FOR")


def test_a_denied_plot_is_denied_blame_for_the_incident() -> None:
    text = (
        "A bomb exploded outside the governor's office in Ruvo on Tuesday, killing two guards. "
        "The Ruvo Brigade denied any role in the plot."
    )
    assert named_links(text, "BLAMED_FOR") == {("Ruvo Brigade", "Ruvo bomb"): "negated"}


def test_a_referring_noun_makes_no_incident_of_its_own() -> None:
    text = "Police in Ruvo said the crime rate fell last year, and the plot of land was sold."
    assert not links_by_name(text)
