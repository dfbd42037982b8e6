"""A name that opens a line and is set apart from the rest by a dash, as a list item's label is ("Algeria - arms,
funds and hosts the front"), is what the line tells of: a reference after it stands for it
(:func:`loaders.reference_scope._labels_its_line`); a headline's kicker ("DR Congo: M23 rebels say they have taken
Goma") is no such label."""

from __future__ import annotations

from conftest import links_by_name

BEFORE = "Morocco holds the upper hand. The Royal Armed Forces have used armed drones against the rebels.\n\n"


def test_it_after_a_dashed_label_stands_for_the_labelled_name() -> None:
    text = BEFORE + (
        "The Sahrawi Liberation Front - the independence movement founded in 1973, which proclaimed a republic in 1976 "
        "and fields its own army. It is headquartered in the refugee camps around Tindouf.\n"
    )
    links = links_by_name(text)
    assert ("Sahrawi Liberation Front", "BASED_IN", "Tindouf") in links, links


def test_a_headline_kicker_is_no_label() -> None:
    text = "DR Congo: M23 rebels say they have taken Goma\n\nM23 rebels said on Monday they had seized the airport.\n"
    links = links_by_name(text)
    assert ("Democratic Republic of the Congo", "ATTACKED", "Goma") not in links, links
