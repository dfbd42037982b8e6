"""A place's name before a body's noun: the page that also writes the name as a place's keeps it a place's, and a
body's own noun after it names the body beside the place ("the Corvara cartel" and "the state of Corvara"); a noun
of members or of many bodies names no body at all ("Veltra armed groups"). Sentences written for the tests, naming
places and bodies no gazetteer lists."""

from __future__ import annotations

from conftest import graph_of

from loaders.mentions import Mention
from loaders.nlp import load_nlp
from loaders.place_bodies import place_bodies


def _nodes(text: str) -> set[tuple[str, str]]:
    kg = graph_of(text)
    return {(d["name"], d["label"]) for _, d in kg.g.nodes(data=True)}


def test_a_body_s_noun_after_a_place_s_name_names_the_body_beside_the_place() -> None:
    text = (
        "Gunmen of the Corvara cartel ambushed a police convoy on Monday, officials said. The Corvara cartel has"
        " fought the army for a decade in the northwestern state of Corvara, where it runs the ports."
    )
    nodes = _nodes(text)
    assert ("Corvara cartel", "Organization") in nodes
    assert ("Corvara", "Location") in nodes
    assert ("Corvara", "Organization") not in nodes


def test_members_named_after_a_place_the_page_places_are_no_body() -> None:
    doc = load_nlp()("Veltra rebels shelled the airport on Sunday. Shops in Veltra stayed shut, residents said.")
    ms = [
        Mention(0, 1, 0, 6, "Veltra", "Organization", "Veltra", "other"),
        Mention(10, 11, 54, 60, "Veltra", "Organization", "Veltra", "other"),
    ]
    assert [m.label for m in place_bodies(doc, ms)] == ["Location", "Location"]


def test_a_body_the_page_never_places_stays_a_body() -> None:
    doc = load_nlp()("Veltra rebels shelled the airport on Sunday. Veltra said it would fight on.")
    ms = [
        Mention(0, 1, 0, 6, "Veltra", "Organization", "Veltra", "other"),
        Mention(8, 9, 45, 51, "Veltra", "Organization", "Veltra", "other"),
    ]
    assert place_bodies(doc, ms) == ms
