"""A list's last name the parser hangs on the plural noun said after the list ("designated A and B terrorist
organisations": "B" a modifier of "organisations", read as the last item) is one of the list's items
(``loaders.syntax.conjuncts``), for every rule that reads a list."""

from __future__ import annotations

import pytest
import spacy
from conftest import named_links
from spacy.tokens import Doc

from loaders.syntax import conjuncts


@pytest.mark.parametrize(
    ("text", "rel_type", "link"),
    [
        (
            "Washington designated Hamas and Hezbollah terrorist organisations in 1997.",
            "SANCTIONED_BY",
            ("Hezbollah", "United States"),
        ),
        (
            "Britain banned Hamas and Hezbollah terrorist groups in 2021.",
            "SANCTIONED_BY",
            ("Hezbollah", "United Kingdom"),
        ),
        (
            "Russia declared Meta and the Anti-Corruption Foundation extremist organisations.",
            "SANCTIONED_BY",
            ("Anti-Corruption Foundation", "Russia"),
        ),
        ("Israel attacked Hamas and Hezbollah fighters.", "ATTACKED", ("Israel", "Hezbollah")),
        ("Hamas and Hezbollah militants fired rockets at Israel.", "ATTACKED", ("Hezbollah", "Israel")),
        ("Iran backs Hamas and the Hezbollah fighters.", "FUNDS", ("Iran", "Hezbollah")),
    ],
)
def test_the_swallowed_name_shares_the_link(text: str, rel_type: str, link: tuple[str, str]) -> None:
    links = named_links(text, rel_type)
    assert link in links
    assert len(links) == 2  # and the first item keeps its own


def test_people_of_a_listed_group_are_not_the_group() -> None:
    # the officials are sanctioned, not Hezbollah; a singular noun after the list is a phrase of its own
    assert ("Hezbollah", "United States") not in named_links(
        "The US sanctioned Hamas and Hezbollah officials.", "SANCTIONED_BY"
    )
    assert ("Israel", "Hezbollah") not in named_links("Israel attacked Hamas and a Hezbollah commander.", "ATTACKED")


def test_sides_of_a_fight_stay_apart_from_their_fighters() -> None:
    links = named_links("Fighting broke out between Hamas and Hezbollah fighters.", "OPPOSES")
    assert set(links) <= {("Hamas", "Hezbollah"), ("Hezbollah", "Hamas")}


def _designated(noun_tag: str) -> Doc:
    """ "designated Hamas and the Hezbollah terrorist organisations" as the parser reads it, the last noun tagged."""
    words = ["designated", "Hamas", "and", "the", "Hezbollah", "terrorist", "organisations"]
    heads, deps = [0, 0, 1, 6, 6, 6, 1], ["ROOT", "dobj", "cc", "det", "nmod", "amod", "conj"]
    doc = Doc(spacy.blank("en").vocab, words, heads=heads, deps=deps)
    tags = ["VBD", "NNP", "CC", "DT", "NNP", "JJ", noun_tag]
    for token, tag in zip(doc, tags, strict=True):
        token.tag_, token.pos_ = tag, {"NNP": "PROPN", "JJ": "ADJ"}.get(tag, "NOUN" if tag.startswith("NN") else "X")
    return doc


def test_the_name_opening_the_plural_item_is_listed() -> None:
    assert [t.text for t in conjuncts(_designated("NNS")[1])] == ["Hamas", "organisations", "Hezbollah"]
    # "Hamas and the Hezbollah commander": a singular noun's phrase of its own
    assert [t.text for t in conjuncts(_designated("NN")[1])] == ["Hamas", "organisations"]


def test_places_listed_before_a_plural_noun_of_places_share_the_link() -> None:
    # "the Kismayo and Afmadow roads": the parser hangs the list on "roads" as one modifier; both places are hit
    links = named_links(
        "Al-Shabaab, whose attacks on the Kismayo and Afmadow roads killed 30 people, rejected the talks.", "ATTACKED"
    )
    assert {("al-Shabaab", "Kismayo"), ("al-Shabaab", "Afmadow")} <= set(links)


def test_a_list_read_as_one_name_in_apposition_shares_the_link() -> None:
    # "the DRC and South Sudan" read as one name in apposition to "Uganda": all three states attack
    links = named_links("Uganda, the DRC and South Sudan launched a joint offensive against the ADF.", "ATTACKED")
    assert {s for s, _ in links} == {"Uganda", "Democratic Republic of the Congo", "South Sudan"}
