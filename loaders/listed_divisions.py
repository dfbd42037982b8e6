"""A state's divisions listed by name before a plural noun of a division: "the army struck camps in Sokoto and Kebbi
states, Nigeria's defence ministry said" puts Sokoto and Kebbi in Nigeria, whether or not the gazetteer knows them.

The plural noun ("states", "provinces", "regions"; ``listed_division_nouns`` in ``seeds/relations.yaml``) says the
names are divisions of one state; the state is the one country the sentence names, by name or by a country noun
that refers to it ("raids in Kunar and Nangarhar provinces ... elsewhere in the country"). A sentence that names a
second country (a demonym does not count) leaves the divisions unplaced, and so does one whose other rules already
put them somewhere, or that has the country, as the subject, strike them ("Pakistan carried out strikes in Khost and
Paktika provinces": a state striking places is no sign it holds them; "Chile's army raided farms in ..." still is).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.coordination import names_listed_before
from loaders.known_places import countries_referred, named_as_itself, named_as_origin
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.extract import DocReader

METHOD = "listed-divisions"
CONFIDENCE = 0.7


@cache
def listed_division_nouns() -> frozenset[str]:
    """The lowercase plural nouns of a division that follow a list of names.

    >>> "provinces" in listed_division_nouns(), "state" in listed_division_nouns()
    (True, False)
    """
    return frozenset(load_seed_yaml("relations.yaml")["listed_division_nouns"])


VERB_DEPS = frozenset({"ROOT", "advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp"})


def heads_a_name(noun: Token) -> bool:
    """Whether a lowercase plural noun after a name is a noun the name modifies ("Sokoto and Kebbi states"), not a
    verb the name does ("as the Order states, ..."): tagged a plural noun, in a noun's place in the parse, and not
    the object of an "as" that the parser takes a clause's "as" for."""
    return noun.tag_ == "NNS" and noun.dep_ not in VERB_DEPS and noun.head.lower_ != "as"


def one_country_named(reader: DocReader, sent: Span) -> Mention | None:
    """The one country a sentence names, by name or by a country noun that refers to it ("the country"), where the
    sentence's countries in any form (a demonym, "UK-based") are that one; None if it names none or more, or only
    as a modifier ("UK-based") or as where people come from ("fighters from Mali")."""
    countries = [m for m in reader.index.inside(sent) if m.label == "Country" and not m.refers_back]
    countries += countries_referred(reader, sent)
    if len({m.key for m in countries}) != 1:
        return None
    return next((m for m in countries if named_as_state(reader, m)), None)


def named_as_state(reader: DocReader, mention: Mention) -> bool:
    """Whether a country's mention writes its name (or is a reference to it) and names the state itself: not a
    modifier joined by a hyphen ("UK-based") nor where people come from ("from Mali")."""
    if mention.refers_back:
        return True
    actor = reader.gazetteer.actors.get(mention.actor_id or "")
    hyphened = mention.end < len(reader.doc) and reader.doc[mention.end].text == "-"
    return (actor is None or named_as_itself(mention, actor)) and not hyphened and not named_as_origin(reader, mention)


def listed_divisions(reader: DocReader, sent: Span) -> None:
    """Each name listed before a plural noun of a division LOCATED_IN the one country the sentence names."""
    nouns = listed_division_nouns()
    cues = [t for t in sent if t.is_lower and t.text in nouns and t.i > sent.start and heads_a_name(t)]
    if not cues:
        return
    country = one_country_named(reader, sent)
    if country is None:
        return
    said = [r for r in reader.facts.relations if r.start == sent.start_char]
    placed = {r.subject for r in said if r.type == "LOCATED_IN"}
    if reader.doc[country.start : country.end].root.dep_ == "nsubj":  # "Pakistan carried out strikes in X and Y
        placed |= {r.object for r in said if r.type == "ATTACKED" and r.subject == country.key}  # provinces": abroad
    for noun in cues:
        named = [m for m in reader.index.inside(sent) if not m.refers_back]
        for place in names_listed_before(reader.doc, named, noun.i, "Location", reader.cues.list_gaps):
            if place.key not in placed and place.key != country.key:
                reader.emit(place, "LOCATED_IN", country, noun, METHOD, CONFIDENCE, "asserted")
