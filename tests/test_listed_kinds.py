"""Names listed beside names of one kind take that kind (loaders/listed_kinds.py).

The docs are tagged by hand, as the NER tags such a list when it passes over one item or gives it a label of no
actor, so each case reads the rule and not the model's guess of the day.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.gazetteer import load_gazetteer
from loaders.listed_kinds import listed_kinds
from loaders.mentions import Mention

LABELS = {"GPE": "Location", "PERSON": "Person", "ORG": "Organization", "NORP": "Country"}


NOUNS = frozenset({"artillery", "states", "speakers", "towns", "court"})  # the common nouns of the sentences below


def _tag(word: str) -> str:
    """A lowercase word's part of speech: a noun of :data:`NOUNS`, a number, a mark, else a function word's."""
    return "NOUN" if word in NOUNS else "NUM" if word.isdigit() else "X" if word.isalpha() else "PUNCT"


def _doc(text: str, ents: dict[str, str]) -> tuple[Doc, list[Mention]]:
    """A doc of ``text``'s space-parted words, the capitalised ones after the first tagged as proper nouns, and the
    named spans of ``ents`` (text -> NER label) tagged and made mentions (a NORP one is no mention: "Lebanese")."""
    words = text.split()
    pos = ["PROPN" if w[0].isupper() and i else _tag(w) for i, w in enumerate(words)]
    iob = ["O"] * len(words)
    spans = []
    for name, label in ents.items():
        parts = name.split()
        start = next(i for i in range(len(words)) if words[i : i + len(parts)] == parts)
        iob[start : start + len(parts)] = [f"B-{label}"] + [f"I-{label}"] * (len(parts) - 1)
        spans.append((start, start + len(parts), name, label))
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=iob)
    mentions = [
        Mention(a, b, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), name, LABELS[label], name)
        for a, b, name, label in spans
        if label in LABELS and label != "NORP"
    ]
    return doc, mentions


def _added(text: str, ents: dict[str, str]) -> list[tuple[str, str]]:
    doc, mentions = _doc(text, ents)
    return [(m.text, m.label) for m in listed_kinds(doc, mentions, load_gazetteer()) if m not in mentions]


@pytest.mark.parametrize(
    ("text", "ents", "added"),
    [
        ("Shells hit Qarvelo , Zendiba and Tashmor .", {"Qarvelo": "GPE", "Tashmor": "GPE"}, ("Zendiba", "Location")),
        ("Shells hit Zendiba , Qarvelo and Tashmor .", {"Qarvelo": "GPE", "Tashmor": "GPE"}, ("Zendiba", "Location")),
        ("Shells hit Qarvelo , Tashmor , and Zendiba .", {"Qarvelo": "GPE", "Tashmor": "GPE"}, ("Zendiba", "Location")),
        ("The rebels will not advance on Qarvelo or Zendiba .", {"Qarvelo": "GPE"}, ("Zendiba", "Location")),
        ("Qarvelo and Zendiba were shelled .", {"Qarvelo": "GPE"}, ("Zendiba", "Location")),
        ("Fighting spread to Qarvelo and Lac Zendiba .", {"Qarvelo": "GPE"}, ("Lac Zendiba", "Location")),
        ("The towns , Qarvelo and Zendiba , were shelled .", {"Qarvelo": "GPE"}, ("Zendiba", "Location")),
        (
            "Shells hit Qarvelo and Zendiba , the army said .",
            {"Qarvelo": "GPE", "Zendiba": "PRODUCT"},
            ("Zendiba", "Location"),
        ),
    ],
)
def test_an_unread_item_listed_with_places_is_a_place(text: str, ents: dict[str, str], added: tuple[str, str]) -> None:
    assert _added(text, ents) == [added]


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Hezbollah and Lebanese Shiites protested .", {"Hezbollah": "ORG", "Lebanese Shiites": "NORP"}),
        ("Iran and Persian Gulf states met .", {"Iran": "GPE"}),
        ("Qarvelo and Russian artillery were named .", {"Qarvelo": "GPE", "Russian": "NORP"}),
        ("Oren Valdak and Tashmor Movement and Zendiba met .", {"Oren Valdak": "PERSON", "Tashmor Movement": "ORG"}),
        ("Qarvelo and Captain Oren Valdak were named .", {"Qarvelo": "GPE", "Oren Valdak": "PERSON"}),
        ("Shells hit Qarvelo on Monday and Zendiba later .", {"Qarvelo": "GPE"}),
        ("Qarvelo and Zendiba 5 were named .", {"Qarvelo": "GPE"}),
        ("Fighters from Qarvelo and Pashto speakers met .", {"Qarvelo": "GPE"}),
        ("Talks were held in Qarvelo and Pashto .", {"Qarvelo": "GPE", "Pashto": "LANGUAGE"}),
        ("Oren Valdak and Tesso Murani were named .", {"Oren Valdak": "PERSON"}),
        ("The Qarvelo Front and Zendiba Brigade signed .", {"Qarvelo Front": "ORG"}),
        ("Qarvelo , Oren Valdak and Zendiba were named .", {"Qarvelo": "GPE", "Oren Valdak": "PERSON"}),
        ("Qarvelo and Secretary were named .", {"Qarvelo": "GPE"}),
        ("Qarvelo and Zendiba Tashmor Ulvan were shelled .", {"Qarvelo": "GPE"}),
    ],
)
def test_no_item_read_off_a_near_miss(text: str, ents: dict[str, str]) -> None:
    assert _added(text, ents) == []
