"""Names the NER still misreads when the gazetteer does not know them, told by how the page writes them: a hedging word
run into a name, a portfolio run into its holder's, a group's name by its own language's singular article, and a
place's name written short. Each on sentences written for its test, naming actors no gazetteer lists."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from graph.gazetteer import Gazetteer
from loaders.joined_names import name_parts
from loaders.mentions import Mention, mention_from_span
from loaders.nlp import load_nlp
from loaders.one_label import described_bodies
from loaders.short_place_names import places_written_short

UNKNOWN = Gazetteer.from_entries([{"name": "Libya", "label": "Country"}])


def _read(text: str, name: str, ner_label: str) -> Mention | None:
    """The mention of the span of ``name`` in ``text`` read with ``ner_label``."""
    doc = load_nlp()(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None
    return mention_from_span(Span(doc, span.start, span.end, label=ner_label), UNKNOWN)


@pytest.mark.parametrize("hedge", ["Suspected", "Alleged"])
def test_a_hedging_word_opening_a_sentence_belongs_to_no_name(hedge: str) -> None:
    mention = _read(f"{hedge} Tessaro fighters killed nine villagers on Sunday.", f"{hedge} Tessaro", "PERSON")
    assert mention is not None and mention.name == "Tessaro"


@pytest.mark.parametrize(
    ("text", "read", "name"),
    [
        ("Secretary of State Jane Roewick said the talks would resume.", "State Jane Roewick", "Jane Roewick"),
        (
            "The Secretary of the Treasury Dale Ormsby announced the penalties.",
            "Treasury Dale Ormsby",
            "Dale Ormsby",
        ),
    ],
)
def test_the_portfolio_of_a_title_run_into_a_name_is_no_part_of_it(text: str, read: str, name: str) -> None:
    mention = _read(text, read, "PERSON")
    assert mention is not None and (mention.label, mention.name) == ("Person", name)


@pytest.mark.parametrize("name", ["La Familia Tessarense", "La Nueva Familia Tessarense", "La Oficina de Varga"])
def test_a_name_opening_with_a_singular_article_and_a_word_for_a_body_is_a_body(name: str) -> None:
    mention = _read(f"Officials blamed {name} for the raid on the market.", name, "GPE")
    assert mention is not None and mention.label == "Organization"


def test_a_place_opening_with_a_singular_article_stays_a_place() -> None:
    mention = _read("Troops were deployed to La Varguera on Monday.", "La Varguera", "GPE")
    assert mention is not None and mention.label == "Location"


def _mentions(text: str, read: list[tuple[str, str]]) -> list[Mention]:
    """Mentions of each (name, label) at every place the name stands alone in the text (not inside a longer name)."""
    doc = load_nlp()(text)
    out = []
    for name, label in read:
        at = 0
        while (at := text.find(name, at)) >= 0:
            span = doc.char_span(at, at + len(name))
            taken = any(m.start <= span.start < m.end for m in out)
            if span is not None and not taken and (span.end == len(doc) or not doc[span.end].is_title):
                out.append(Mention(span.start, span.end, at, at + len(name), name, label, name))
            at += len(name)
    return sorted(out, key=lambda m: m.start)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Gunmen attacked a village in Varga State on Monday. Varga has seen raids for years.",
            [("Varga State", "Location"), ("Varga", "Person")],
        ),
        (
            "Thousands have fled Tessara state since the fighting began. Tessara said nothing.",
            [("Tessara", "Person")],
        ),
    ],
)
def test_a_place_s_name_the_page_also_writes_with_its_noun_is_a_place(text: str, read: list[tuple[str, str]]) -> None:
    short = read[-1][0]
    labels = {m.label for m in places_written_short(load_nlp()(text), _mentions(text, read)) if m.name == short}
    assert labels == {"Location"}


def test_a_place_s_name_that_is_the_last_name_of_a_person_the_page_names_stays_his() -> None:
    text = "Governor Adewale Varga visited Varga State on Monday. Varga said the roads were safe."
    read = [("Adewale Varga", "Person"), ("Varga State", "Location"), ("Varga", "Person")]
    labels = {m.label for m in places_written_short(load_nlp()(text), _mentions(text, read)) if m.name == "Varga"}
    assert labels == {"Person"}


def test_a_name_before_state_media_is_no_place() -> None:
    text = "Tessara state media said the vote was fair. Tessara denied it."
    labels = {m.label for m in places_written_short(load_nlp()(text), _mentions(text, [("Tessara", "Organization")]))}
    assert labels == {"Organization"}


@pytest.mark.parametrize(
    ("text", "joined", "label", "parts"),
    [
        ("Tessaro and Varguen met in Doha on Friday.", "Tessaro and Varguen", "PERSON", ["Tessaro", "Varguen"]),
        ("Jets pounded Orvane and Kelmet after the bombing.", "Orvane and Kelmet", "ORG", ["Orvane", "Kelmet"]),
        ("Talks between al-Tessar and Varguen stalled.", "al-Tessar and Varguen", "PERSON", ["al-Tessar", "Varguen"]),
    ],
)
def test_two_lone_names_the_ner_ran_together_with_and_are_two_names(
    text: str, joined: str, label: str, parts: list[str]
) -> None:
    doc = load_nlp()(text)
    at = text.index(joined)
    span = doc.char_span(at, at + len(joined))
    assert [p.text for p in name_parts(Span(doc, span.start, span.end, label=label))] == parts


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The Peace and Justice party said peace and justice would win.", "Peace and Justice"),
        ("Fans of Blood & Honour gathered.", "Blood & Honour"),
        ("Officials of Tessar Mining and Trade met on Monday.", "Tessar Mining and Trade"),
    ],
)
def test_a_body_s_name_of_common_words_or_longer_names_joined_by_and_stays_whole(text: str, joined: str) -> None:
    doc = load_nlp()(text)
    at = text.index(joined)
    span = doc.char_span(at, at + len(joined))
    assert [p.text for p in name_parts(Span(doc, span.start, span.end, label="ORG"))] == [joined]


def test_a_name_joined_by_an_ampersand_stays_whole_though_the_ner_read_a_place() -> None:
    text = "The Orvane government listed Blood & Honour last year."
    doc = load_nlp()(text)
    at = text.index("Blood & Honour")
    span = doc.char_span(at, at + len("Blood & Honour"))
    assert [p.text for p in name_parts(Span(doc, span.start, span.end, label="GPE"))] == ["Blood & Honour"]


def _bodies_read(text: str, read: list[tuple[str, str]]) -> dict[str, set[str]]:
    """The labels each name ends with after the page's descriptions, the NER having read only ``read``."""
    doc = load_nlp()(text)
    found = described_bodies(doc, _mentions(text, read))
    return {name: {m.label for m in found if m.name == name} for name, _ in read}


def test_a_name_read_as_a_man_s_that_the_page_describes_as_a_body_where_the_ner_left_it_is_a_body() -> None:
    text = "Fighting with Orvane spread on Monday. Orvane, a loose network of militias, denied the attack."
    doc = load_nlp()(text)
    read = [m for m in _mentions(text, [("Orvane", "Person")]) if m.start < 5]  # the NER read only the first
    assert {m.label for m in described_bodies(doc, read)} == {"Organization"}


def test_a_place_s_name_opening_an_untagged_body_s_name_stays_a_place() -> None:
    text = "Gunmen killed two men in Tessaro on Monday. The Tessaro cartel denied any part in it."
    doc = load_nlp()(text)
    read = [m for m in _mentions(text, [("Tessaro", "Location")]) if m.start < 8]
    assert {m.label for m in described_bodies(doc, read)} == {"Location"}


def test_a_name_after_a_lowercase_noun_of_a_broadcaster_is_a_body() -> None:
    text = "The ministry said in a statement read on state television Tessa Varga on Wednesday."
    assert _bodies_read(text, [("Tessa Varga", "Person")]) == {"Tessa Varga": {"Organization"}}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Rangers patrol Tovaro National Park. Rebels crossed into Tovaro last year.",
            [("Tovaro National Park", "Location"), ("Tovaro", "Organization")],
        ),
        (
            "A bomb hit a bus near the Kelmo hydropower project. Kelmo lies on the river.",
            [("Kelmo hydropower project", "Location"), ("Kelmo", "Organization")],
        ),
        (
            "Gunmen stormed Varsi railway station on Friday. Troops later retook Varsi.",
            [("Varsi railway station", "Location"), ("Varsi", "Person")],
        ),
        (
            "Fighters hid in the Orrim mountains, and the army shelled Orrim.",
            [("Orrim mountains", "Location"), ("Orrim", "Organization")],
        ),
        (
            "Jets struck camps in the Dalgo Area. Dalgo, which the army calls a rebel haven, was bombed again.",
            [("Dalgo Area", "Location"), ("Dalgo", "Organization")],
        ),
        (
            "Recruits were killed at Teshel military barracks, and attackers fled Teshel.",
            [("Teshel military barracks", "Location"), ("Teshel", "Person")],
        ),
        (
            "Clashes erupted on Mareno island. Police said Mareno was calm by night.",
            [("Mareno island", "Location"), ("Mareno", "Person")],
        ),
    ],
)
def test_a_place_s_short_name_beside_its_longer_name_is_a_place(text: str, read: list[tuple[str, str]]) -> None:
    short = read[-1][0]
    labels = {m.label for m in places_written_short(load_nlp()(text), _mentions(text, read)) if m.name == short}
    assert labels == {"Location"}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Staff of the Varsi Post met at Varsi Square. Varsi said the paper would close.",
            [("Varsi Post", "Organization"), ("Varsi Square", "Location"), ("Varsi", "Organization")],
        ),
        (
            "Governor Amon Tesh visited Tesh railway station. Tesh said the line would reopen.",
            [("Amon Tesh", "Person"), ("Tesh railway station", "Location"), ("Tesh", "Person")],
        ),
        (
            "Trucks left the Orvex depot. Orvex said its fuel was safe.",
            [("Orvex depot", "Location"), ("Orvex", "Organization")],
        ),
        (
            "Settlers moved deeper into the Jordan Valley. Jordan protested to the envoy.",
            [("Jordan Valley", "Location"), ("Jordan", "Country")],
        ),
        (
            "Talks were held at Garang Mayen Hall. Garang said the rebels would return.",
            [("Garang Mayen Hall", "Location"), ("Garang", "Person")],
        ),
    ],
)
def test_a_name_beside_a_longer_place_name_that_is_no_place_s_short_form_keeps_its_label(
    text: str, read: list[tuple[str, str]]
) -> None:
    short = read[-1][0]
    labels = {m.label for m in places_written_short(load_nlp()(text), _mentions(text, read)) if m.name == short}
    assert labels == {read[-1][1]}
