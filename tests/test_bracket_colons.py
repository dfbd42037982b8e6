"""The model loaded with its tokenizer's special cases (and suffixes) read once has the tokenizer the loads one after
another gave."""

from __future__ import annotations

import spacy

from loaders.bracket_colons import load_without_bracket_emoticons, without_bracket_emoticons
from loaders.footnote_marks import FOOTNOTE_MARKS, with_footnote_marks
from loaders.model import model_name


def test_the_model_read_with_its_special_cases_once_has_the_same_tokenizer() -> None:
    ours, theirs = load_without_bracket_emoticons(model_name()), without_bracket_emoticons(spacy.load(model_name()))
    assert list(ours.tokenizer.rules.items()) == list(theirs.tokenizer.rules.items())
    assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()
    assert ours.pipe_names == theirs.pipe_names
    text = "Treasury named the Cartel del Noreste (CDN): \"We'll act :)\" said the U.S. envoy (Mr. Ruiz);  it's 5km."
    assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]
    assert [t.text for t in ours("Terrorists (SDGTs): Tren de Aragua")][3:5] == [")", ":"]


def test_suffixes_read_with_the_tokenizer_give_the_tokenizer_set_after_it() -> None:
    ours = load_without_bracket_emoticons(model_name(), suffixes=[FOOTNOTE_MARKS])
    theirs = with_footnote_marks(load_without_bracket_emoticons(model_name()))
    assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()
    text = "The Moro accord (MOA-AD).¹ Kato, a cleric, fled in 2008.² He said :) it's over (Mr. Ruiz);"
    assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]
    assert [t.text for t in ours("in 2008.² He")][:4] == ["in", "2008", ".", "²"]
