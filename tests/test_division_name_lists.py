"""Names listed with a plural noun of a division are places however the NER read them or missed them ("the Ruma
and Thanchi districts", "three provinces (A, B and C)", ``place_names.list_nouns`` of ``seeds/relations.yaml``),
and a list the NER read as one name is cut into its names (``loaders/swallowed_lists.py``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from loaders.nlp import load_nlp
from loaders.swallowed_lists import split_swallowed_lists

pytestmark = pytest.mark.model

PLACE = {"GPE", "LOC", "Location"}


def labels_of(text: str) -> dict[str, str]:
    """The label of each name the NER step keeps, by its text."""
    return {e.text: e.label_ for e in load_nlp()(text).ents}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fighting spread to the Ruma and Thanchi districts of Bandarban last week.", ["Ruma", "Thanchi"]),
        ("The Kolbari and Zanuba provinces were not affected, the governor said.", ["Kolbari", "Zanuba"]),
        ("Troops moved into Belgorod, Kaluga, and Rostov regions on Monday.", ["Belgorod", "Kaluga", "Rostov"]),
        ("In Sarpan and Velkoz regions, the army shelled villages.", ["Sarpan", "Velkoz"]),  # "In" is no name's
        ("The truce was lifted in three provinces (Kolbari, Zanuba and Tarvana) last week.", ["Kolbari", "Tarvana"]),
        ("Residents of the five states — Abira, Nenugo and Temo — stayed at home.", ["Abira", "Nenugo", "Temo"]),
        ("Troops were sent to the districts of Melsit, Orvano and Dankul after the raid.", ["Orvano", "Dankul"]),
        ("The rebels hold two regions: Sarpan and Velkoz.", ["Sarpan", "Velkoz"]),
        ("Talks stalled in four departments (Metra, Caqueza, Guavo and Putara) in May.", ["Metra", "Guavo"]),
    ],
)
def test_names_listed_with_a_plural_division_noun_are_places(text: str, names: list[str]) -> None:
    labels = labels_of(text)
    assert all(labels.get(name) in PLACE for name in names), labels


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He briefed the departments of State and Defense on the raid.", ["State", "Defense"]),  # "of" opens none
        ("Officials in the State and Defense departments declined to comment.", ["State", "Defense"]),
        ("He toured the districts, John Miller and David Brown said.", ["John Miller", "David Brown"]),  # a comma
        ("The Rwandan and Ugandan provinces were calm.", ["Rwandan", "Ugandan"]),  # peoples' words stay
    ],
)
def test_near_misses_stay_as_read(text: str, names: list[str]) -> None:
    labels = labels_of(text)
    assert not any(labels.get(name) in {"GPE", "LOC"} and labels.get(name) != "Country" for name in names), labels


def test_a_list_read_as_one_name_is_cut_into_its_names() -> None:
    doc = spacy.blank("en")("Sanctions hit Vardan Kolesnik, Utkin and Anton Brel as well as Jade Trading Co., Ltd.")
    ents = [Span(doc, 2, 9, label="PERSON"), Span(doc, 12, 17, label="ORG")]
    assert [(e.text, e.label_) for e in split_swallowed_lists(ents)] == [
        ("Vardan Kolesnik", "PERSON"),
        ("Utkin", "PERSON"),
        ("Anton Brel", "PERSON"),
        ("Jade Trading Co., Ltd.", "ORG"),  # a legal name keeps its comma
    ]
