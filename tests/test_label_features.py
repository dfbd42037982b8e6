"""What the learned label check reads beyond a name's own words: cue words, the parse, word parts, the page."""

from __future__ import annotations

import pytest
import spacy

from loaders.label_features import cue_features, page_context, syntax_features, word_part_features
from loaders.mentions import Mention
from loaders.name_labels import LabelModel, learned_labels, page_features


def test_a_rank_before_a_name_and_a_noun_of_a_place_ending_one_are_cues() -> None:
    doc = spacy.blank("en")("Brigadier Kofi Anane toured the Mbeya prefecture")
    rank = cue_features(doc, Mention(1, 3, 10, 20, "Kofi Anane", "Organization", "Kofi Anane"))
    place = cue_features(doc, Mention(5, 7, 32, 48, "Mbeya prefecture", "Person", "Mbeya prefecture"))
    assert "cue_before=honorific" in rank
    assert {"cue_in=place", "cue_last=place"} <= set(place)


def test_a_body_s_name_tells_its_kind() -> None:
    doc = spacy.blank("en")("the Kivara Patriotic Militia attacked")
    assert "kind=armed_group" in cue_features(
        doc, Mention(1, 4, 4, 28, "Kivara Patriotic Militia", "Person", "Kivara Patriotic Militia")
    )


def test_the_beginning_and_end_of_a_name_s_words() -> None:
    assert word_part_features(["abu", "talha"]) == ["pre2=ab", "pre3=abu", "suf2=ha", "first_suf3=abu"]
    assert word_part_features([]) == []


def test_a_lone_name_inside_a_longer_one_carries_the_longer_one_s_label() -> None:
    doc = spacy.blank("en")("Dr Ines Kalumba spoke . Kalumba left .")
    ms = [
        Mention(1, 3, 3, 15, "Ines Kalumba", "Person", "Ines Kalumba"),
        Mention(5, 6, 24, 31, "Kalumba", "Location", "Kalumba"),
    ]
    assert page_context(doc, ms, {"Kalumba", "Ines Kalumba"}) == {
        "Kalumba": ["in_longer=Person"],
        "Ines Kalumba": ["has_shorter=Location"],
    }


def test_the_page_s_word_on_a_name_decides_where_the_mention_alone_cannot() -> None:
    """A lone surname the NER read as a place is the person where the page names him in full: the model weighs the
    page's longer name, which the mention's own features never held."""
    doc = spacy.blank("en")("Ines Kalumba spoke . Kalumba left .")
    ms = [
        Mention(0, 2, 0, 12, "Ines Kalumba", "Person", "Ines Kalumba"),
        Mention(4, 5, 21, 28, "Kalumba", "Location", "Kalumba"),
    ]
    readings = ("Location", "Organization", "Person", "none")
    model = LabelModel(readings, dict.fromkeys(readings, 0.0), {"Person": {"in_longer=Person": 5.0}}, {"Person": 0.9})
    assert "in_longer=Person" in (page_features(doc, ms)[1] or [])
    assert [(m.name, m.label) for m in learned_labels(doc, ms, model)] == [
        ("Ines Kalumba", "Person"),
        ("Kalumba", "Person"),
    ]


@pytest.mark.model
def test_a_name_after_a_preposition_carries_the_noun_the_preposition_hangs_from() -> None:
    from loaders.nlp import load_nlp

    doc = load_nlp()("Rebels seized the town of Kasoro on Monday.")
    start = next(t.i for t in doc if t.text == "Kasoro")
    feats = syntax_features(doc, Mention(start, start + 1, 0, 0, "Kasoro", "Person", "Kasoro"))
    assert "prep_head=of|town" in feats and "over_prep=town" in feats
