"""What the rules ask of a page again and again is read once, or only where it can matter, and gives what the
question asked each time gave (on sentences written for the tests)."""

from __future__ import annotations

import pytest

from loaders import sanction_phrases
from loaders.extract import DocReader
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def test_the_pages_organisations_are_found_by_their_own_name_in_text_order() -> None:
    doc = load_nlp()(
        "The Zarqan Front fought in Idlib. The Zarqan Front Shura Council met on Monday. "
        "The Zarqan Front's leaders left."
    )
    reader = DocReader(doc, "t")
    named = reader.organisations_by_name
    assert [m.start for m in named["Zarqan Front"]] == sorted(m.start for m in named["Zarqan Front"])
    assert len(named["Zarqan Front"]) >= 2
    assert all(m.label == "Organization" for found in named.values() for m in found)


def test_a_verb_of_holding_with_no_sanctions_list_is_not_read_further(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    real = sanction_phrases.is_unreal
    monkeypatch.setattr(sanction_phrases, "is_unreal", lambda verb: asked.append(verb.text) or real(verb))
    doc = load_nlp()("The convoy includes twelve trucks. The EU's terrorist list includes the Orvane Liberation Army.")
    reader = DocReader(doc, "t")
    for token in doc:
        if token.lemma_ == "include":
            sanction_phrases.list_holds(reader, token)
    assert asked == ["includes"]  # the list's verb only, not the convoy's


def test_whether_a_sentence_is_a_credit_line_is_read_once_a_sentence() -> None:
    from loaders.doc_words import doc_memo
    from loaders.places import is_credit_line

    doc = load_nlp()("Gunmen struck Bosaso on Monday.\n\n(Reporting by Jane Roe in Bosaso; Editing by John Doe)")
    sentences = list(doc.sents)
    assert [is_credit_line(s) for s in sentences] == [False] * (len(sentences) - 1) + [True]
    assert [is_credit_line(s) for s in sentences] == [False] * (len(sentences) - 1) + [True]
    assert set(doc_memo(doc, "is_credit_line")) == {(s.start, s.end) for s in sentences}
