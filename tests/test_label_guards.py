"""The learned label check never overrides a name that says it is a body, nor drops an actor acting as one."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from loaders.label_guards import name_says_body
from loaders.mentions import Mention
from loaders.name_labels import LabelModel, learned_labels

READINGS = ("Location", "Organization", "Person", "none")


def _sure_of(reading: str) -> LabelModel:
    """A model sure of one reading for every name."""
    bias = {r: (5.0 if r == reading else 0.0) for r in READINGS}
    return LabelModel(READINGS, bias, {}, dict.fromkeys(READINGS, 0.5))


def _mention(doc: Doc, start: int, end: int, label: str) -> Mention:
    span = doc[start:end]
    return Mention(start, end, span.start_char, span.end_char, span.text, label, span.text)


@pytest.mark.parametrize("reading", ["Location", "Person", "none"])
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Rifles were bought from Qarvo Delta Technology last spring .", 4, 7),
        ("The ministry fined Selvan Ridge General Trading L.L.C in March .", 3, 8),
        ("Elders of the Dhorbane clan met in the hall .", 3, 4),
        ("Analysts at the Andean Basin Programme wrote the brief .", 3, 6),
        ("Fighters of the Western Valley Brigade crossed at dawn .", 3, 6),
    ],
)
def test_a_name_that_says_it_is_a_body_keeps_its_label(text: str, start: int, end: int, reading: str) -> None:
    doc = spacy.blank("en")(text)
    body = _mention(doc, start, end, "Organization")
    assert learned_labels(doc, [body], _sure_of(reading)) == [body]


def test_a_name_that_says_nothing_of_itself_is_still_relabelled() -> None:
    doc = spacy.blank("en")("Rifles were bought from Qarvo Delta last spring .")
    name = _mention(doc, 4, 6, "Organization")
    assert [m.label for m in learned_labels(doc, [name], _sure_of("Location"))] == ["Location"]


def test_a_body_name_read_as_a_person_may_still_become_an_organisation() -> None:
    doc = spacy.blank("en")("The ministry fined Selvan Ridge General Trading L.L.C in March .")
    person = _mention(doc, 3, 8, "Person")
    assert [m.label for m in learned_labels(doc, [person], _sure_of("Organization"))] == ["Organization"]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Marlow Harbour Supply Ltd", True),
        ("Ostrava Systems", True),
        ("Harakat Tamar", True),
        ("State Department", True),
        ("Kenya", False),
        ("Tessa Orvane", False),
        ("Lubero Road", False),
    ],
)
def test_what_a_name_says_of_itself(name: str, body: bool) -> None:
    assert name_says_body(name) is body


def _parsed(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_a_name_that_acts_in_a_link_is_never_dropped_as_no_actor() -> None:
    words = ["Varek", "plotted", "and", "led", "raids", "on", "Sunday"]
    heads, deps = [1, 1, 1, 1, 3, 3, 5], ["nsubj", "ROOT", "cc", "conj", "dobj", "prep", "pobj"]
    doc = _parsed(words, heads, deps, ["Varek", "plot", "and", "lead", "raid", "on", "Sunday"])
    actor, day = _mention(doc, 0, 1, "Organization"), _mention(doc, 6, 7, "Person")
    assert learned_labels(doc, [actor, day], _sure_of("none")) == [actor]


def test_a_name_that_only_says_something_may_still_be_dropped() -> None:
    words = ["Varek", "said", "it", "rained"]
    doc = _parsed(words, [1, 1, 3, 1], ["nsubj", "ROOT", "nsubj", "ccomp"], ["Varek", "say", "it", "rain"])
    assert learned_labels(doc, [_mention(doc, 0, 1, "Organization")], _sure_of("none")) == []


def test_the_sender_of_a_letter_is_never_made_a_place() -> None:
    words = ["Aziza", "read", "a", "message", "from", "Tumbani"]
    heads, deps = [1, 1, 3, 1, 3, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"]
    doc = _parsed(words, heads, deps, ["Aziza", "read", "a", "message", "from", "Tumbani"])
    sender = _mention(doc, 5, 6, "Organization")
    assert learned_labels(doc, [sender], _sure_of("Location")) == [sender]


def test_a_name_fighters_came_from_may_still_be_made_a_place() -> None:
    words = ["Fighters", "from", "Tumbani", "crossed"]
    doc = _parsed(words, [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"], ["fighter", "from", "Tumbani", "cross"])
    assert [m.label for m in learned_labels(doc, [_mention(doc, 2, 3, "Organization")], _sure_of("Location"))] == [
        "Location"
    ]
