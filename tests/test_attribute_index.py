"""The indexed attribute ruler and the remembering lemmatizer give every token the same part of speech, morphology
and lemma as spaCy's own components."""

from __future__ import annotations

import pytest
import spacy

from loaders.model import model_name
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model

# Written for the test: contractions, "gonna", auxiliaries, "it" as an object, determiners used as pronouns,
# a line break (a space token), and the verbs whose lemmas the ruler sets.
TEXT = """The militia ain't gonna disarm, it's said; y'all know that.
Commanders who have led it got what they wanted, and that is why the group gets funds.

Officials didn't say whether those were the same fighters. Let's see if Kataib Hezbollah
has done it before: nothin' was confirmed, though they had been warned."""


def annotations(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, str]]:
    """Each token's part of speech, morphology and lemma (not its parse: our sentence-boundary components set where
    sentences start before the parser runs, on purpose)."""
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_the_pipeline_annotates_tokens_as_the_model_does() -> None:
    ours = load_nlp()
    assert "attribute_ruler" not in ours.pipe_names and "indexed_attribute_ruler" in ours.pipe_names
    assert "lemmatizer" not in ours.pipe_names and "memo_lemmatizer" in ours.pipe_names
    assert annotations(ours(TEXT)) == annotations(spacy.load(model_name())(TEXT))


def test_lemmas_remembered_from_one_document_are_the_next_ones() -> None:
    ours, theirs = load_nlp(), spacy.load(model_name())
    ours(TEXT)  # every word of the text is remembered now
    text = "They are warned; the warnings were said to be gonna stop nothin'. Funds got led away."
    assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in theirs(text)]


def test_patterns_of_several_tokens_are_matched_where_their_words_are() -> None:
    """The patterns left to a Matcher ("there were", "gotta", "c'mon", "nuthin'", "Y'all") run only on a document
    holding their words: here each is, and each sets what the model's own ruler sets."""
    text = "There were raids, c'mon, and we gotta say nuthin' about it. Y'all know there is more."
    ours, theirs = load_nlp()(text), spacy.load(model_name())(text)
    assert annotations(ours) == annotations(theirs)
    assert [t.pos_ for t in ours if t.dep_ == "expl"] == ["PRON", "PRON"]
    assert [t.pos_ for t in ours if t.lower_ in {"were", "is"} and t.i > 0 and ours[t.i - 1].dep_ == "expl"] == [
        "VERB",
        "VERB",
    ]
