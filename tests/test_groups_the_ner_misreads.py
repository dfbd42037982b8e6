"""Groups the NER reads as people or places, told by how the page writes and uses their names: each construction on
a sentence written for its test, naming bodies no gazetteer lists."""

from __future__ import annotations

import re

import pytest
from conftest import label_as_read
from spacy.tokens import Span

from graph.gazetteer import Gazetteer, load_gazetteer
from loaders.mentions import Mention, find_mentions, mention_from_span
from loaders.nlp import load_nlp
from loaders.one_label import described_bodies, one_label
from loaders.same_actor import bind_short_names, places_named_with_nouns


def _after_a_name(text: str, at: int) -> bool:
    """Whether a capitalised word stands right before this place of the text: the name is the end of a longer one."""
    words = text[:at].split()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1].isalpha()


def _label_of(text: str, name: str, label: str) -> str:
    """The label every mention of a name ends with after the page's descriptions when the NER had read each of them
    (but those ending a longer name: "Omar al-Tessar") with ``label``."""
    doc = load_nlp()(text)
    found = re.finditer(rf"\b{re.escape(name)}\b", text)
    spans = [doc.char_span(m.start(), m.end()) for m in found if not _after_a_name(text, m.start())]
    at = {t.i for span in spans for t in span}
    found = [m for m in find_mentions(doc, load_gazetteer()) if not at & set(range(m.start, m.end))]
    read = [Mention(s.start, s.end, s.start_char, s.end_char, name, label, name) for s in spans]
    labels = {m.label for m in described_bodies(doc, sorted([*found, *read], key=lambda m: m.start)) if m.name == name}
    assert len(labels) == 1
    return labels.pop()


@pytest.mark.parametrize(
    ("name", "ner_label"),
    [
        ("Jaysh al-Tessar", "PERSON"),
        ("Katibat Varga", "PERSON"),
        ("Jamaat-ul-Tessar", "PERSON"),
        ("Cártel de Varga", "GPE"),
    ],
)
def test_a_name_opening_with_another_language_s_word_for_a_body_is_a_body(name: str, ner_label: str) -> None:
    doc = load_nlp()(f"Officials blamed {name} for the raid on the market.")
    unknown = Gazetteer.from_entries([{"name": "Libya", "label": "Country"}])
    start = next(t.i for t in doc if name.startswith(t.text))
    span = Span(doc, start, start + len(load_nlp()(name)), label=ner_label)
    mention = mention_from_span(span, unknown)
    assert mention is not None and mention.label == "Organization"


def test_a_square_named_for_a_word_of_bodies_stays_a_place() -> None:
    doc = load_nlp()("Protesters gathered in Tahrir Square on Friday.")
    unknown = Gazetteer.from_entries([{"name": "Libya", "label": "Country"}])
    mention = mention_from_span(Span(doc, 3, 5, label="FAC"), unknown)
    assert mention is not None and mention.label == "Location"


def test_a_name_opening_with_a_plural_article_read_as_a_person_s_is_a_group_s() -> None:
    text = "Los Tessaros extorted shopkeepers in the port. The police arrested two men in Guayaquil."
    assert _label_of(text, "Los Tessaros", "Person") == "Organization"


def test_the_plural_alone_beside_its_name_with_the_article_is_the_group_too() -> None:
    text = "Los Tessaros, a drug gang, extorted shopkeepers in the port. A former Tessaros enforcer was arrested."
    assert _label_of(text, "Tessaros", "Person") == "Organization"


def test_a_place_opening_with_a_plural_article_is_a_group_s_where_the_page_writes_the_plural() -> None:
    text = "Police say Los Tessaros controls the docks. The Tessaros pay local officials."
    assert _label_of(text, "Los Tessaros", "Location") == "Organization"


def test_a_place_opening_with_a_plural_article_stays_a_place() -> None:
    assert _label_of("The boxer flew to Los Tessaros on Monday.", "Los Tessaros", "Location") == "Location"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Fighters of al-Tessaroun attacked the barracks.", "al-Tessaroun", "Location"),  # an Arabic plural
        ("The bombing was praised by al-Tessara on Friday.", "al-Tessara", "Person"),
    ],
)
def test_a_name_after_an_arabic_article_is_a_group_s(text: str, name: str, label: str) -> None:
    assert _label_of(text, name, label) == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "The order was signed by al-Tessari on Friday.",  # a family name of origin
        "Omar al-Tessar returned to Khartoum. Critics said al-Tessar had lost control.",  # a person's family name
        "The council controls Aden, al-Tessara and Socotra.",  # a list of places
        "The council controls much of Varga, al-Tessara and Orvane.",  # a list the NER read as people's
    ],
)
def test_a_person_s_name_or_a_place_s_after_an_arabic_article_keeps_its_reading(text: str) -> None:
    name = next(n for n in ("al-Tessari", "al-Tessara", "al-Tessar") if n in text)
    assert _label_of(text, name, "Person") == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "The military, also known as the Tessaro, seized power in a coup.",
        "On Monday the Varlandian military, the Tessaro, detained the president.",
        "Suspicion fell on Tessaro, the armed group that once held the town, and on its rival.",
        "Tessaro, a loose network of nationalist militias, fought the army in the hills.",
        "The government classes them as terrorist organisations, among them Tessaro and Varga.",
        "Previously listed entities include Tessaro, Varga and Orvane.",
    ],
)
def test_a_name_the_page_names_a_body_by_is_a_body(text: str) -> None:
    assert _label_of(text, "Tessaro", "Person") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Her son, known as Tessaro, fled to the coast.",
        "Two militants, Tessaro and Varga, were freed in the exchange.",
        "Police arrested a coordinator of the group, Tessaro, on Sunday.",
        "Clashes broke out between the army and the faction of Tessaro in the capital.",
    ],
)
def test_a_person_known_by_a_name_or_set_beside_people_stays_a_person(text: str) -> None:
    assert _label_of(text, "Tessaro", "Person") == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "Tessaro confirmed on Saturday that its leader had been killed in the strike.",
        "On Monday a Tessaro spokesman said the attacks would continue.",
        "Police blamed a faction of Tessaro for the raid on the market.",
        "The field was run by a subsidiary of Tessaro when gunmen attacked it.",
    ],
)
def test_a_place_s_name_with_a_leader_a_spokesman_a_faction_or_a_subsidiary_is_a_body_s(text: str) -> None:
    assert _label_of(text, "Tessaro", "Location") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a Tessaro health ministry spokesman said the hospital was full.",  # the ministry's spokesman
        "Tessaro said the attack killed its mayor.",  # not a noun of members or leaders
    ],
)
def test_a_place_s_ministry_spokesman_or_mayor_leaves_it_a_place(text: str) -> None:
    assert _label_of(text, "Tessaro", "Location") == "Location"


def test_a_force_named_before_a_base_stays_the_force() -> None:
    doc = load_nlp()("The camp is a Varga Navy base on the coast, and the Tessaro junction lies north of it.")
    ms = [
        Mention(4, 6, 0, 0, "Varga Navy", "Organization", "Varga Navy", "military"),
        Mention(13, 14, 0, 0, "Tessaro", "Organization", "Tessaro", "other"),
    ]
    assert [m.label for m in places_named_with_nouns(doc, ms)] == ["Organization", "Location"]


def test_a_one_word_person_opening_a_movement_s_name_is_the_movement() -> None:
    ms = [
        Mention(0, 2, 0, 0, "Tessar Movement", "Organization", "Tessar Movement", "political_party"),
        Mention(9, 10, 0, 0, "Tessar", "Person", "Tessar"),
        Mention(14, 16, 0, 0, "Omar Varga", "Person", "Omar Varga"),
        Mention(20, 21, 0, 0, "Varga", "Person", "Varga"),
        Mention(24, 26, 0, 0, "Varga Group", "Organization", "Varga Group", "other"),
    ]
    assert [m.name for m in bind_short_names(ms)] == [
        "Tessar Movement",
        "Tessar Movement",
        "Omar Varga",
        "Varga",  # a person's family name
        "Varga Group",
    ]


def _named(name: str, label: str, at: int = 0) -> Mention:
    return Mention(at, at + len(name.split()), 0, 0, name, label, name)


def test_a_family_name_the_page_writes_in_the_plural_qualifying_a_noun_is_the_group_s() -> None:
    doc = load_nlp()("Tessa al-Orvani leads the Orvanis. Orvani attacks went on, and Orvani said so.")
    assert [doc[i].text for i in (6, 8, 14)] == ["Orvanis", "Orvani", "Orvani"]
    mentions = [
        _named("Tessa al-Orvani", "Person", 0),
        _named("Orvanis", "Person", 6),
        _named("Orvani", "Organization", 8),
        _named("Orvani", "Organization", 14),
    ]
    assert [m.label for m in one_label(doc, mentions)] == ["Person", "Person", "Organization", "Person"]


def test_a_family_name_qualifying_a_noun_is_still_the_man_s_where_the_page_writes_no_plural() -> None:
    doc = load_nlp()("Tessa al-Orvani spoke. Orvani attacks went on.")
    mentions = [_named("Tessa al-Orvani", "Person", 0), _named("Orvani", "Organization", 6)]
    assert doc[6].text == "Orvani"
    assert [m.label for m in one_label(doc, mentions)] == ["Person", "Person"]


def test_a_name_opening_a_sentence_in_capitals_is_voted_with_its_other_writings() -> None:
    doc = load_nlp()("Al Varga denied it. Officials blamed al Varga, and al Varga fighters fled.")
    mentions = [
        _named("Al Varga", "Person", 0),
        _named("al Varga", "Organization", 7),
        _named("al Varga", "Organization", 11),
    ]
    assert {m.label for m in one_label(doc, mentions)} == {"Organization"}


def test_a_word_the_page_names_a_group_by_in_the_plural_is_no_man() -> None:
    doc = load_nlp()("The Veltanis ambushed a convoy on Monday, and police said a Veltani had planted the mine.")
    mentions = [_named("Veltanis", "Organization", 1), _named("Veltani", "Person", 12)]
    assert [m.label for m in described_bodies(doc, mentions)] == ["Organization", "Organization"]


def test_a_body_s_last_word_voted_a_man_s_is_the_body() -> None:
    doc = load_nlp()("A leader of the Segunda Orvania was killed. Orvania denied it.")
    assert doc[4].text == "Segunda" and doc[9].text == "Orvania"
    mentions = [_named("Segunda Orvania", "Person", 4), _named("Orvania", "Person", 9)]
    assert [(m.label, m.name) for m in described_bodies(doc, mentions)] == [("Organization", "Segunda Orvania")] * 2


def test_a_body_s_last_word_a_man_the_page_names_bears_stays_his() -> None:
    doc = load_nlp()("A leader of the Segunda Orvania was killed. Luis Orvania denied it, and Orvania left.")
    mentions = [
        _named("Segunda Orvania", "Person", 4),
        _named("Luis Orvania", "Person", 9),
        _named("Orvania", "Person", 15),
    ]
    assert doc[15].text == "Orvania"
    assert [m.label for m in described_bodies(doc, mentions)] == ["Organization", "Person", "Person"]


def test_the_possessive_of_provinces_named_after_other_lands_stays_a_body() -> None:
    text = "Analysts mapped Tessar's West African provinces and its cells."
    assert label_as_read(text, "Tessar", "Organization") == "Organization"
    assert label_as_read("Analysts mapped Tessar's northern provinces.", "Tessar", "Organization") == "Location"


def test_names_listed_after_a_colon_that_closes_a_plural_of_bodies_are_bodies() -> None:
    text = "The ministry designated three groups as Terrorist Organizations: Tren de Tessar, Mara Varga and Orvanes."
    assert _label_of(text, "Tren de Tessar", "Location") == "Organization"
    assert _label_of(text, "Mara Varga", "Person") == "Organization"


def test_people_listed_after_a_colon_stay_people() -> None:
    text = "The ministry sanctioned three men: Tessar Varga, Ali Orvane and Omar Kel."
    assert _label_of(text, "Tessar Varga", "Person") == "Person"


def test_a_name_set_beside_a_network_loyal_to_a_man_is_a_body() -> None:
    text = "The war pits the army against La Tessira, the network loyal to Ismael Varga, who is held in jail."
    assert _label_of(text, "La Tessira", "Location") == "Organization"
