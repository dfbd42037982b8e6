"""A rank's full stop ends no sentence (:mod:`loaders.rank_stops`), on a blank pipeline with the component."""

from __future__ import annotations

import spacy

import loaders.rank_stops  # noqa: F401  (registers the component)


def test_every_ranked_name_is_kept_in_its_sentence_and_other_words_are_left_unset() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("rank_stops")
    doc = nlp("Sgt. Omar Bello and Col. Ada Reyes met Cpl. Musa Idris and Maj. Tom Ode in Kano. It rained.")
    marked = {t.text: t.is_sent_start for t in doc if t.is_sent_start is not None}
    assert marked == {"Sgt": True, "Omar": False, "Ada": False, "Musa": False, "Tom": False}


def test_a_lowercase_word_after_a_rank_is_left_to_the_parser() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("rank_stops")
    assert [t.is_sent_start for t in nlp("He met the Col. and then left.")] == [True] + [None] * 8
