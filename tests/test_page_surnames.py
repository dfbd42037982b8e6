"""A person's surname alone, after the page names him in full, is that person where the NER tagged nothing
(``loaders/page_surnames.py``): "Aldo Brunetti ... Brunetti and Osterhout announced"."""

from __future__ import annotations

from graph.gazetteer import load_gazetteer
from loaders.mentions import find_mentions
from loaders.nlp import load_nlp
from loaders.page_surnames import surnames_alone


def _people(text: str) -> list[tuple[str, str]]:
    doc, gazetteer = load_nlp()(text), load_gazetteer()
    return [
        (m.text, m.name) for m in surnames_alone(doc, find_mentions(doc, gazetteer), gazetteer) if m.label == "Person"
    ]


def test_a_surname_after_the_full_name_is_the_person() -> None:
    people = _people(
        "Aldo Brunetti and Kemal Osterhout signed the accord. Brunetti and Osterhout announced a new front."
    )
    assert ("Brunetti", "Aldo Brunetti") in people, people


def test_a_surname_before_the_full_name_is_not_taken() -> None:
    people = _people("Brunetti and his allies signed the accord. Aldo Brunetti announced a new front.")
    assert ("Brunetti", "Aldo Brunetti") not in people, people


def test_a_surname_two_people_share_is_nobody() -> None:
    people = _people("Aldo Brunetti and Marco Brunetti signed the accord. Brunetti announced a new front.")
    assert all(text != "Brunetti" for text, _ in people), people


def test_a_word_the_page_writes_in_lower_case_is_no_surname() -> None:
    people = _people("Maria Young visited the camp. Young people were short of food there. The young men left.")
    assert all(text != "Young" for text, _ in people), people


def test_surnames_the_ner_read_as_a_title_are_the_people() -> None:
    people = _people(
        "Hassan Dagane and Omar Wardere lead the two clans. The clans stayed out of the fighting for months, but in"
        " April 2023 Dagane and Wardere announced that they were abandoning neutrality and would fight alongside the"
        " army."
    )
    assert ("Wardere", "Omar Wardere") in people, people  # the parser reads "Dagane" there as a common noun


def test_a_surname_the_page_also_gives_a_body_is_the_body() -> None:
    doc, gazetteer = (
        load_nlp()(
            "Since 2014 the Zubaydis have fired missiles at ships. The movement's leader, Abdul-Karim al-Zubaydi, said"
            " the raids would go on. Tehran denied directing Zubaydi operations."
        ),
        load_gazetteer(),
    )
    doc.ents = [e for e in doc.ents if e.text != "Zubaydi"]  # the NER leaving the lone word untagged
    found = [(m.label, m.name) for m in surnames_alone(doc, find_mentions(doc, gazetteer), gazetteer)]
    assert found[-1] == ("Organization", "Zubaydis"), found
    assert ("Person", "Abdul-Karim al-Zubaydi") in found, found


def _people_untagged(text: str, word: str, pos: str | None = None) -> list[tuple[str, str]]:
    """The page's surnames alone, the NER leaving the later ``word`` untagged (and the parser giving it ``pos``)."""
    doc, gazetteer = load_nlp()(text), load_gazetteer()
    later = [t for t in doc if t.text == word][1:]
    doc.ents = [e for e in doc.ents if not any(e.start <= t.i < e.end for t in later)]
    for token in later:
        token.pos_ = pos or token.pos_
    return [
        (m.text, m.name) for m in surnames_alone(doc, find_mentions(doc, gazetteer), gazetteer) if m.label == "Person"
    ]


def test_a_surname_after_an_honorific_is_the_person() -> None:
    people = _people_untagged(
        "Kwame Oduya leads the opposition coalition. Mr Oduya told reporters the vote had been rigged.", "Oduya"
    )
    assert ("Oduya", "Kwame Oduya") in people, people


def test_a_surname_the_parser_reads_as_a_common_noun_is_the_person() -> None:
    people = _people_untagged(
        "Gunmen loyal to Bala Turaki raided the market. Turaki has built his power on ransoms.", "Turaki", "NOUN"
    )
    assert ("Turaki", "Bala Turaki") in people, people


def test_a_lowercase_noun_is_no_surname_however_parsed() -> None:
    people = _people_untagged("Amina Market spoke first. The market reopened on Monday.", "market", "NOUN")
    assert all(text.lower() != "market" for text, _ in people), people
