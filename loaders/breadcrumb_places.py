"""Places a breadcrumb names in a row: "Home / Balochistan / Quetta", "Home › Africa › West Africa › Senegal ›
Casamance", "Kivu Sentinel | North Kivu | Security | Beni". A breadcrumb files its page from the wider to the
narrower, so a place on it lies in the place named before it, the nearest one, past the items that name no place
("North Kivu | Security | Beni": Beni in North Kivu).

An item is a place when the page names a place by it elsewhere: the NER reads no name on a menu line, and the
gazetteer may not know a small town. A state is placed in nothing, and neither is a place filed above a state ("Africa"
and "West Africa" before "Senegal"): a region the site sorts states into. A line is a breadcrumb with two separators or
more, each with a space on both sides (``menu_separators`` and ``breadcrumb_only_separators`` of
``seeds/relations.yaml``), all the same mark; a table's row ("| A | B |") is not one, nor a dateline's "A / B | 19
December 2023 | Staff".

>>> [line[a:b] for line in ["Home / Balochistan / Quetta"] for a, b in crumb_spans(line)]
['Home', 'Balochistan', 'Quetta']
>>> [line[a:b] for line in ["[Home](#) › [Iraq](#) › **Security**"] for a, b in crumb_spans(line)]
['Home', 'Iraq', 'Security']
>>> crumb_spans("Raipur/Kanker | Updated: April 17"), crumb_spans("| Kabul | Afghanistan |")
([], [])
>>> crumb_spans("WAD MADANI / PORT SUDAN | 19 December 2023 | Staff")
[]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from graph.seeds import load_seed_yaml
from graph.slug import name_key
from loaders.doc_words import text_of
from loaders.mentions import Mention, clean_surface
from loaders.page_labels import menu_separators

if TYPE_CHECKING:
    from loaders.extract import DocReader

PLACES = frozenset({"Location", "Country"})
MIN_ITEMS = 3  # two separators: "Home / Pakistan / Khyber Pakhtunkhwa"
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # a markdown link's text: "[Iraq](#)"
MARKS = " *_#\t"  # a markdown emphasis or heading's marks around an item


@cache
def _splitter() -> re.Pattern[str]:
    """A breadcrumb's separator, a menu's or a slash, with a space on each side (not the slash of "Raipur/Kanker")."""
    extra = load_seed_yaml("relations.yaml")["page_labels"]["breadcrumb_only_separators"]
    separators = sorted(menu_separators() | frozenset(extra))
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, separators)) + r")\s+")


def crumb_spans(line: str) -> list[tuple[int, int]]:
    """The character spans of a breadcrumb's items in its line (a link's or an emphasis's marks left out), or none
    when the line is no breadcrumb."""
    separators = list(_splitter().finditer(line))
    if line.lstrip().startswith("|") or len({m.group().strip() for m in separators}) > 1:
        return []  # a table's row; a dateline's "A / B | 19 December 2023 | Staff": one mark parts a breadcrumb
    spans, start = [], 0
    for separator in [*separators, None]:
        end = separator.start() if separator is not None else len(line)
        item = line[start:end]
        link = LINK.fullmatch(item.strip(MARKS))
        offset = start + item.index(item.strip(MARKS)) if item.strip(MARKS) else start
        if link is not None:
            spans.append((offset + link.start(1), offset + link.end(1)))
        elif item.strip(MARKS):
            spans.append((offset, offset + len(item.strip(MARKS))))
        if separator is not None:
            start = separator.end()
    return spans if len(spans) >= MIN_ITEMS else []


def _page_places(reader: DocReader) -> dict[str, Mention]:
    """The page's first place mention under each of its compared forms, as written and as named."""
    found: dict[str, Mention] = {}
    for m in reader.index.mentions:
        if m.label in PLACES and not m.refers_back:
            for form in (clean_surface(m.text), m.name):
                found.setdefault(name_key(form), m)
    return found


def breadcrumb_places(reader: DocReader) -> None:
    """Each place a breadcrumb files the page under LOCATED_IN the place it names before it."""
    text, start = text_of(reader.doc), 0
    places: dict[str, Mention] | None = None
    for line in text.split("\n"):
        spans = crumb_spans(line)
        if spans:
            places = places if places is not None else _page_places(reader)
            _place_items(reader, [_item_place(reader, places, start + a, start + b) for a, b in spans])
        start += len(line) + 1


def _item_place(reader: DocReader, places: dict[str, Mention], start: int, end: int) -> Mention | None:
    """The page's place an item names, as a mention where the item stands, else None."""
    place = places.get(name_key(text_of(reader.doc)[start:end]))
    words = reader.doc.char_span(start, end, alignment_mode="expand")
    if place is None or words is None:
        return None
    return replace(place, start=words.start, end=words.end, start_char=start, end_char=end, text=words.text)


def _place_items(reader: DocReader, items: list[Mention | None]) -> None:
    """A breadcrumb's places, each (a Location below every state it names) in the one before it."""
    placed = [m for m in items if m is not None]
    for i, place in enumerate(placed[1:], start=1):
        before, below = placed[i - 1], placed[i + 1 :]
        if place.label == "Location" and place.key != before.key and all(m.label != "Country" for m in below):
            reader.emit(place, "LOCATED_IN", before, reader.doc[place.start], "breadcrumb-places", 0.7, "asserted")
