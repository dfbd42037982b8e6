"""Sentence-wide rules skip the sentences that cannot set them off, and skipping changes nothing they find."""

from __future__ import annotations

import pytest
import spacy

from loaders.doc_words import DocWords
from loaders.extract import DocReader
from loaders.mentions import Mention
from loaders.nlp import load_nlp
from loaders.sentence_needs import Needs, SentenceHolds

PLACE = frozenset({"Location", "Country"})


def _holds(text: str, labels: list[str]) -> SentenceHolds:
    doc = spacy.blank("en")(text)
    mentions = [Mention(i, i + 1, 0, 0, doc[i].text, label, doc[i].text) for i, label in enumerate(labels)]
    return SentenceHolds(mentions, DocWords(doc), doc[:])


def test_names_of_a_label_are_counted() -> None:
    holds = _holds("Kenya and Uganda sent troops.", ["Country", "Person"])
    assert holds.meets(Needs(PLACE, 1))
    assert not holds.meets(Needs(PLACE, 2))
    assert holds.meets(Needs(None, 2))
    assert not holds.meets(Needs(frozenset({"Organization"}), 1))


def test_cue_words_are_met_by_the_lowercase_form() -> None:
    holds = _holds("Officials Said Nothing.", [])
    assert holds.meets(Needs(words=frozenset({"said"})))
    assert not holds.meets(Needs(None, 1, frozenset({"host"})))


def test_a_rule_with_no_needs_reads_every_sentence() -> None:
    assert _holds("Rain fell.", []).meets(None)
    with pytest.raises(ValueError):
        Needs()


TEXT = (
    "Heavy rain fell across the region overnight. "
    "Fighters of the Orvane Liberation Army attacked Kessa, a town in Marula province, on Monday. "
    "The group, whose stronghold is the Tavra forest, hosts foreign fighters."
)


@pytest.mark.model
def test_a_sentence_naming_no_place_skips_the_place_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    monkeypatch.setattr(DocReader, "place_appositions", lambda self, sent: read.append(sent.text))
    DocReader(load_nlp()(TEXT), "t").read("rules")
    assert read and not any(s.startswith("Heavy rain") for s in read)


@pytest.mark.model
def test_skipping_finds_what_reading_every_sentence_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    def relations() -> list[tuple[str, str, str, str]]:
        facts = DocReader(load_nlp()(TEXT), "t").read("rules")
        return [(r.subject, r.type, r.object, r.method) for r in facts.relations]

    skipping = relations()
    assert skipping
    monkeypatch.setattr(SentenceHolds, "meets", lambda self, needs: True)
    assert relations() == skipping


PARTS = "The Orvane Front Shura Council met in Kessa. The Orvane Front and the Delta Union Mission spoke."


@pytest.mark.model
def test_a_name_s_opening_words_are_read_as_a_part_only_where_the_page_names_that_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import loaders.extract as extract

    asked: list[str] = []
    real = extract.names_a_part_of

    def names_a_part_of(words: list[str], name: list[str]) -> bool:
        asked.append(" ".join(words))
        return real(words, name)

    monkeypatch.setattr(extract, "names_a_part_of", names_a_part_of)
    DocReader(load_nlp()(PARTS), "t").read("rules")
    assert asked and all(words.startswith("orvane") for words in asked)  # "delta" names no body of the page
