"""One label for one name: a mention the NER reads otherwise, or one sentence that seems to say otherwise, does not
outvote what the page's other mentions and their contexts say a name is. Each test gives the NER's reading of a
name by hand, on sentences written for it, naming actors no gazetteer lists."""

from __future__ import annotations

import re

from graph.gazetteer import load_gazetteer
from loaders.mentions import Mention, find_mentions
from loaders.nlp import load_nlp
from loaders.one_label import described_bodies, one_label
from loaders.place_context import places_in_context
from loaders.same_actor import people_spelled_alike, same_actor


def _read(text: str, readings: list[tuple[str, str]]) -> tuple[object, list[Mention]]:
    """The parsed text and its mentions, each (name, label) of ``readings`` read with that label wherever it is
    written as a whole name (in the order given: a longer name first), the rest as the NER read them."""
    doc = load_nlp()(text)
    taken: set[int] = set()
    read = []
    for name, label in readings:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            span = doc.char_span(found.start(), found.end())
            if span is None or taken & set(range(span.start, span.end)):
                continue
            taken |= set(range(span.start, span.end))
            read.append(Mention(span.start, span.end, found.start(), found.end(), name, label, name))
    others = [m for m in find_mentions(doc, load_gazetteer()) if not taken & set(range(m.start, m.end))]
    return doc, sorted([*others, *read], key=lambda m: m.start)


def _labels(mentions: list[Mention], name: str) -> set[str]:
    return {m.label for m in mentions if m.name == name}


def test_a_listing_s_spelling_of_a_body_read_as_a_man_s_is_the_body() -> None:
    body = Mention(0, 2, 0, 15, "Katibat al-Nasr", "Organization", "Katibat al-Nasr", "armed_group")
    listed = Mention(20, 22, 90, 106, "KATIBAT AL-NASSR", "Person", "KATIBAT AL-NASSR")
    again = Mention(30, 32, 150, 165, "Katibat al-Nasr", "Organization", "Katibat al-Nasr", "armed_group")
    assert [(m.label, m.name) for m in people_spelled_alike([body, listed, again])] == [
        ("Organization", "Katibat al-Nasr"),
        ("Organization", "Katibat al-Nasr"),
        ("Organization", "Katibat al-Nasr"),
    ]


def test_a_body_named_short_after_the_is_no_man_named_by_his_surname() -> None:
    text = (
        "The Orvane Collective posted the video on Monday. Police said members of the Collective had planned the"
        " attack."
    )
    doc, ms = _read(text, [("Orvane Collective", "Organization"), ("Collective", "Person")])
    assert _labels(same_actor(doc, ms), "Orvane Collective") == {"Organization"}


def test_a_body_s_last_word_is_no_surname_where_the_body_won_its_vote() -> None:
    text = (
        "The Tessaran Brotherhood seized the town. Tessaran Brotherhood fighters held the bridge, and the"
        " Brotherhood said it would stay. A spokesman for the Tessaran Brotherhood denied any abuses."
    )
    doc, ms = _read(
        text,
        [("Tessaran Brotherhood", "Organization"), ("Brotherhood", "Organization")],
    )
    last = max(m.start for m in ms if m.name == "Tessaran Brotherhood")
    ms = [
        Mention(m.start, m.end, m.start_char, m.end_char, m.name, "Person", m.text) if m.start == last else m
        for m in ms
    ]
    assert _labels(one_label(doc, ms), "Brotherhood") == {"Organization"}


def test_a_word_used_as_a_place_is_no_surname_of_a_place_read_as_a_man_s() -> None:
    text = (
        "Gunmen attacked a convoy in Orvano on Sunday. The army sent troops to Valle del Orvano, and fighting in"
        " Orvano went on."
    )
    doc, ms = _read(text, [("Valle del Orvano", "Person"), ("Orvano", "Location")])
    assert _labels(one_label(doc, ms), "Orvano") == {"Location"}


def test_one_sentence_of_militias_does_not_outvote_a_town_used_as_a_place() -> None:
    text = (
        "The offensive stalled against Kibali militias, including the Tessar Brigade. Shops in Kibali closed on"
        " Monday. Fighting spread to Kibali again on Tuesday."
    )
    doc, ms = _read(text, [("Tessar Brigade", "Organization"), ("Kibali", "Location")])
    assert _labels(described_bodies(doc, ms), "Kibali") == {"Location"}


def test_a_titled_man_stays_a_man_however_a_caption_places_him() -> None:
    text = "Col. Tessa Orvane's unit seized power on Sunday.\n\nPhoto: Tessa Orvane, centre, arrives for talks."
    doc, ms = _read(text, [("Tessa Orvane", "Person")])
    assert _labels(places_in_context(doc, ms), "Tessa Orvane") == {"Person"}


def test_a_man_set_after_a_body_s_head_stays_a_man() -> None:
    text = "The director of the Orvane Atomic Energy Agency, Tessa Kibali, visited the plant on Tuesday."
    doc, ms = _read(text, [("Tessa Kibali", "Person")])
    assert _labels(described_bodies(doc, ms), "Tessa Kibali") == {"Person"}


def test_a_body_named_short_after_the_is_the_body_not_a_man() -> None:
    text = (
        "The Orvane Collective posted the video on Monday. Police said members of the Collective had planned the"
        " attack."
    )
    doc, ms = _read(text, [("Orvane Collective", "Organization"), ("Collective", "Person")])
    assert _labels(same_actor(doc, ms), "Collective") == set()


def test_a_name_a_title_gives_a_man_is_his_however_often_the_ner_reads_it_as_a_place() -> None:
    text = "Its founder was Sheikh Barwazi. Troops reached Barwazi's house at dawn, and Barwazi's guards fled."
    doc = load_nlp()(text)
    ms = []
    for n, found in enumerate(re.finditer("Barwazi", text)):
        span = doc.char_span(found.start(), found.end())
        label = "Person" if n == 0 else "Location"
        ms.append(Mention(span.start, span.end, found.start(), found.end(), "Barwazi", label, "Barwazi"))
    assert _labels(one_label(doc, ms), "Barwazi") == {"Person"}
