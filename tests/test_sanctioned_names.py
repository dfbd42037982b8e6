"""A name the NER read as a place is an organisation's where a verb of sanction acts on it: each construction on a
sentence written for its test, parsed by hand so that the NER's reading is the place the test needs."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from loaders.mentions import Mention
from loaders.sanctioned_names import sanctioned_names


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str], verb: int) -> Doc:
    doc = Doc(English().vocab, words, heads=heads, deps=deps)
    for token, lemma in zip(doc, lemmas, strict=True):
        token.lemma_, token.pos_ = lemma, "VERB" if token.i == verb else "PROPN"
    return doc


def _place(doc: Doc, start: int, end: int) -> Mention:
    span = doc[start:end]
    return Mention(start, end, span.start_char, span.end_char, span.text, "Location", span.text)


def test_unknown_places_a_sanction_verb_designates_in_a_list_are_organisations_everywhere() -> None:
    words = ["Treasury", "designated", "Pardos", "and", "Halcones", ".", "Pardos", "grew", "."]
    heads = [1, 1, 1, 2, 2, 1, 7, 7, 7]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "punct", "nsubj", "ROOT", "punct"]
    lemmas = ["treasury", "designate", "pardos", "and", "halcones", ".", "pardos", "grow", "."]
    doc = _doc(words, heads, deps, lemmas, verb=1)
    found = sanctioned_names(doc, [_place(doc, 2, 3), _place(doc, 4, 5), _place(doc, 6, 7)])
    assert [(m.name, m.label) for m in found] == [
        ("Pardos", "Organization"),
        ("Halcones", "Organization"),
        ("Pardos", "Organization"),
    ]


def test_an_unknown_place_no_sanction_verb_acts_on_stays_a_place() -> None:
    words = ["Treasury", "visited", "Pardos", "."]
    doc = _doc(words, [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"], ["treasury", "visit", "pardos", "."], verb=1)
    assert sanctioned_names(doc, [_place(doc, 2, 3)])[0].label == "Location"


def test_a_designated_name_that_opens_a_longer_body_s_name_stays_as_it_is() -> None:
    words = ["Treasury", "designated", "Pardos", ".", "Pardos", "Council", "met", "."]
    heads = [1, 1, 1, 1, 5, 6, 6, 6]
    deps = ["nsubj", "ROOT", "dobj", "punct", "compound", "nsubj", "ROOT", "punct"]
    lemmas = ["treasury", "designate", "pardos", ".", "pardos", "council", "meet", "."]
    doc = _doc(words, heads, deps, lemmas, verb=1)
    council = Mention(4, 6, doc[4].idx, doc[5].idx + 7, "Pardos Council", "Organization", "Pardos Council", "other")
    assert sanctioned_names(doc, [_place(doc, 2, 3), council])[0].label == "Location"
