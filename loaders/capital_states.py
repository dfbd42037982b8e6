"""A capital that stands for its state more often than it names a place is the state in the whole document.

Each mention of a capital is read on its own (:func:`loaders.mentions.acts`): "Washington blamed the group" is the
United States, "officials in Washington" the city. A page on the United States' policy that writes "Washington" for
the state three times and "in Washington" once is still about the state: one actor, not a state and a city beside
it. So where a capital stands for its state in as many of the document's mentions as it names a place, every mention
of it is the state's; where it names a place more often ("the attack in Bamako", "Bamako accused"), each mention keeps
its own reading.

Two kinds of mention weigh otherwise. Where the reporters were, in a dateline, a byline or a credit line ("KIGALI,
May 2 (Reuters) -", "(Reporting by Jane Roe in Kigali)"), says nothing of what the page means by the name: it does
not vote. A capital that is the place of an incident ("the Ankara bombing", "an attack in Kigali"), where a journey
ends ("arrived in Kigali") or written with its state as in an address ("Harbour Road 4, Kigali, Rwanda") is a city
the page tells of as a place: its mentions as a place stay the city's whatever the vote.

>>> from graph.gazetteer import Gazetteer
>>> from loaders.nlp import load_nlp
>>> gazetteer = Gazetteer.from_entries([
...     {"name": "United States", "label": "Country", "aliases": ["US"]},
...     {"name": "Washington", "label": "Location", "capital_of": "United States"},
... ])
>>> state = gazetteer.lookup("United States")
>>> city = gazetteer.lookup("Washington")
>>> doc = load_nlp()("Washington said so. Officials in Washington agreed.")
>>> ms = [Mention(0, 1, 0, 10, "Washington", "Country", state.name, None, state.id),
...       Mention(6, 7, 33, 43, "Washington", "Location", city.name, None, city.id)]
>>> [m.name for m in capitals_as_states(doc, ms, gazetteer)]
['United States', 'United States']
>>> [m.name for m in capitals_as_states(doc, [ms[1]], gazetteer)]
['Washington']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from graph.gazetteer import Actor, Gazetteer, load_gazetteer
from graph.seeds import load_seed_yaml
from loaders.bylines import BYLINE_LINE, credit_line
from loaders.cues import load_cues
from loaders.doc_tree import span_root
from loaders.doc_words import text_of
from loaders.mentions import Mention, ends_journey, state_written_after
from loaders.place_names import base_words


def _capital(m: Mention, gazetteer: Gazetteer) -> tuple[Actor, Actor] | None:
    """The capital a mention writes and its state, when it writes a known capital."""
    capital = None if m.refers_back else gazetteer.lookup(m.text)
    state = gazetteer.lookup(capital.stands_for) if capital is not None and capital.stands_for else None
    if state is None or m.actor_id not in {capital.id, state.id}:
        return None
    return capital, state


def _reporters_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the page's bylines and credit lines."""
    text = text_of(doc)
    return [m.span() for pattern in (BYLINE_LINE, credit_line()) for m in pattern.finditer(text)]


def _where_reported(doc: Doc, m: Mention, lines: list[tuple[int, int]]) -> bool:
    """Whether a mention names where the page was reported from: a dateline, a byline or a credit line."""
    return any(start <= m.start_char < end for start, end in lines)


def _told_as_city(doc: Doc, m: Mention) -> bool:
    """Whether a mention names the place of an incident ("the Ankara bombing", "an attack in Kigali"), where a
    journey ends ("arrived in Kigali"), a place something lies off ("north of Kigali"), where people met ("a news
    conference in Kigali") or where a body is based ("a Kigali-based firm")."""
    cues = load_cues()
    root = span_root(doc, m.start, m.end)
    if ends_journey(root) or _after_bearing(doc, m) or _where_met(root) or _base_before(doc, m):
        return True
    if root.dep_ == "compound":
        noun = root.head
    elif root.dep_ == "pobj" and cues.event_preps.get(root.head.lower_) == "place":
        noun = root.head.head
    else:
        return False
    return noun.pos_ == "NOUN" and (noun.lower_ in cues.event_nouns or noun.lemma_.lower() in cues.event_nouns)


@cache
def _city_cues() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The bearings a city is named after (``city_bearings``, as word tuples) and the lemmas of a meeting held in one
    (``city_gatherings``)."""
    data = load_seed_yaml("relations.yaml")
    return tuple(tuple(b.split()) for b in data["city_bearings"]), frozenset(data["city_gatherings"])


def _after_bearing(doc: Doc, m: Mention) -> bool:
    """Whether a mention follows a bearing that places something off a city ("north of", "near", "outside")."""
    before = [t.lower_ for t in doc[max(m.start - 4, 0) : m.start]]
    return any(tuple(before[-len(b) :]) == b for b in _city_cues()[0])


def _base_before(doc: Doc, m: Mention) -> bool:
    """Whether a mention is written before a hyphen and a word of a base: "a Phnom Penh-based conglomerate" is based
    in the city (``place_names.base_words``)."""
    after = [t.lower_ for t in doc[m.end : m.end + 2]]
    return len(after) == 2 and after[0] == "-" and after[1] in base_words()


def _where_met(root: Token) -> bool:
    """Whether a mention is where a meeting was held: the object of "in" after a meeting's noun or verb ("a news
    conference in Kigali", "talks held in Kigali", "signed in Kigali")."""
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    head, gatherings = root.head.head, _city_cues()[1]
    return head.lemma_.lower() in gatherings or head.lower_ in gatherings


def capitals_as_states(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, with a capital's mentions as a place made its state's where it stands for the state as often
    (the reporters' whereabouts not counted) and is told of as a city nowhere."""
    pairs = [_capital(m, gazetteer) for m in mentions]
    lines = _reporters_lines(doc) if any(pairs) else []
    acting: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    cities: set[str] = set()
    for m, pair in zip(mentions, pairs, strict=True):
        if pair is None or _where_reported(doc, m, lines):
            continue
        capital, state = pair
        if m.actor_id == state.id:
            acting[capital.id] += 1
            continue
        placed[capital.id] += 1
        if _told_as_city(doc, m) or state_written_after(doc[m.start : m.end], state.name, gazetteer):
            cities.add(capital.id)  # "an attack in Kigali", "Harbour Road 4, Kigali, Rwanda": the city
    states = {capital for capital in acting if acting[capital] >= placed[capital] and capital not in cities}
    out = []
    for m, pair in zip(mentions, pairs, strict=True):
        if pair is None or m.actor_id == pair[1].id or pair[0].id not in states:
            out.append(m)
            continue
        out.append(_as_state(m, pair[1]))
    return out


def capital_state(m: Mention) -> Mention | None:
    """A mention of a known capital made its state's ("seized power in Ouagadougou": Burkina Faso), else None."""
    gazetteer = load_gazetteer()
    capital = gazetteer.actors.get(m.actor_id or "")
    state = gazetteer.lookup(capital.stands_for) if capital is not None and capital.stands_for else None
    return _as_state(m, state) if state is not None and m.label == "Location" else None


def _as_state(m: Mention, state: Actor) -> Mention:
    """A capital's mention made its state's."""
    return replace(m, label=state.label, name=state.name, kind=state.kind, actor_id=state.id)


@cache
def _seated_ruler_nouns() -> frozenset[str]:
    """The nouns of rulers a capital after "in" is the seat of (``seated_ruler_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["seated_ruler_nouns"])


def is_ruler_noun(noun: Token) -> bool:
    """Whether a noun is one of rulers a capital after "in" is the seat of ("government", "authorities")."""
    return noun.pos_ == "NOUN" and (
        noun.lower_ in _seated_ruler_nouns() or noun.lemma_.lower() in _seated_ruler_nouns()
    )


def ruled_states(noun: Token, owners: list[Mention]) -> list[Mention]:
    """The states a ruler noun with no name of its own names after "of": Chad of "the Nasr Brigade was armed by the
    government of Chad", the state of a capital ("the regime of Damascus"); none for "the government of Prime
    Minister X" (a person) or "the Houthi administration of Sanaa" (a body named). ``owners`` are the mentions after
    the noun's "of"."""
    named = any(c.dep_ in {"compound", "poss", "amod"} and c.pos_ == "PROPN" for c in noun.children)
    if named or not is_ruler_noun(noun):
        return []
    states = [m if m.label == "Country" else capital_state(m) for m in owners]
    return [m for m in states if m is not None]


def seated_states(noun: Token, capitals: list[Mention]) -> list[Mention]:
    """The states whose rulers a noun with no name of its own names by their seat: Afghanistan of "the government in
    Kabul", as its capital's mention made the state's (the capital's own mention stays the city's); none for "the
    Taliban administration in Kabul" (a body named) or "officials in Kabul". ``capitals`` are the mentions after the
    noun's "in"."""
    named = any(c.dep_ in {"compound", "poss", "amod"} and c.pos_ == "PROPN" for c in noun.children)
    if named or not is_ruler_noun(noun):
        return []
    return [s for m in capitals if (s := capital_state(m)) is not None]
