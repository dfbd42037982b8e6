"""Places the gazetteer knows the whereabouts of: a sentence that names a known place and, by name, a place it lies in
(its ``in:`` in ``seeds/actors.yaml``, or that entry's, and so on) puts the first in the second.

No cue word says so ("the fighting spread to El Fasher and across Sudan", "strikes on Beirut ... Lebanon"), so the
rule keeps to its scope: one sentence; each place once, in the nearest containing place the sentence names; a
container named by a demonym ("Sudanese") or by its capital standing for the state ("Khartoum said") does not count;
a capital is placed only where a preposition of place makes it one ("fighting in Khartoum"), not where it stands for
its government ("talks in Sudan and Khartoum's reply", a dateline's "KHARTOUM -"); a container that only modifies or
owns the noun of a side's people or body ("Puntland forces", "Sudan officials", "Niger's government") or that does a
verb ("Pakistan struck X", "mediated by Kenya") stands for the side; a place or a container named as where people or
goods come from ("armed groups from Misrata", "evacuated from Kabul") is a journey's start; and a place the other rules
already put somewhere in the sentence is left to them.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from graph.gazetteer import Actor
from graph.slug import name_key
from loaders.coreference import is_country_reference, reference_words
from loaders.doc_tree import span_root
from loaders.mentions import Mention, clean_surface
from loaders.place_phrases import place_phrase_words
from loaders.places import PLACES
from loaders.qualified_nouns import qualified_noun
from loaders.reference_chain import as_mention
from loaders.syntax import conjuncts

if TYPE_CHECKING:
    from loaders.extract import DocReader

METHOD = "place-known-within"
CONFIDENCE = 0.6  # no cue word: below the place rules' 0.7


def named_as_itself(mention: Mention, actor: Actor) -> bool:
    """Whether a mention writes the actor's name or an alias ("Sudan", "Iraqi Kurdistan"), not a demonym
    ("Sudanese") nor a capital standing for its state ("Khartoum" as Sudan).

    >>> sudan = Actor("sudan", "Sudan", "Country", demonyms=("Sudanese",))
    >>> as_written = lambda text: Mention(0, 1, 0, len(text), text, "Country", "Sudan", actor_id="sudan")
    >>> named_as_itself(as_written("Sudan's"), sudan), named_as_itself(as_written("Sudanese"), sudan)
    (True, False)
    """
    return name_key(clean_surface(mention.text)) in own_keys(actor)


@cache
def own_keys(actor: Actor) -> frozenset[str]:
    """The compared forms of an actor's name and aliases (its demonyms left out)."""
    return frozenset(name_key(form) for form in (actor.name, *actor.aliases))


def named_as_place(reader: DocReader, mention: Mention) -> bool:
    """Whether a name is the object of a preposition of place ("in Khartoum", "near Khartoum and Omdurman")."""
    root = span_root(reader.doc, mention.start, mention.end)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in reader.cues.place_preps


def modifies_a_body(reader: DocReader, mention: Mention) -> bool:
    """Whether a name only modifies or owns the noun of a body or of people ("Puntland forces push into X", "Puntland
    officials said", "Niger's military government"): it stands for the actor, not for a place another lies in."""
    noun = qualified_noun(reader.doc, mention, {"compound", "poss"})
    nouns = reader.cues.group_nouns | place_phrase_words().side_nouns
    return noun is not None and noun.lemma_.lower() in nouns and reader.index.at(noun) is None


def one_of_listed_places(reader: DocReader, mention: Mention) -> bool:
    """Whether a name is one item of a list of places ("troops from Nigeria, Chad and Niger", "the Tri-Border Area of
    Argentina, Brazil and Paraguay"): a list of peers names each for itself, not as the one another place lies in."""
    root = span_root(reader.doc, mention.start, mention.end)
    listed = (reader.index.at(t) for t in conjuncts(root)[1:] if t not in reader.doc[mention.start : mention.end])
    return any(m is not None and m.label in PLACES for m in listed)


def named_as_origin(reader: DocReader, mention: Mention) -> bool:
    """Whether a name is the object of a preposition of origin ("armed groups from Misrata", "grain moved from Crimea
    to Yemen"; ``origin_preps``): where a journey starts, not a place the sentence says lies in another."""
    root = span_root(reader.doc, mention.start, mention.end)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in place_phrase_words().origin_preps


def acts_as_a_side(reader: DocReader, mention: Mention) -> bool:
    """Whether a name is the doer of a verb ("Pakistan carried out strikes in North Waziristan", "talks in Nairobi,
    mediated by Kenya"): it stands for the state acting, not for a place another lies in."""
    root = span_root(reader.doc, mention.start, mention.end)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "nsubj" or (root.dep_ == "pobj" and root.head.dep_ == "agent")


def listed_together(reader: DocReader, place: Mention, wider: Mention) -> bool:
    """Whether two places are items of one list ("drone strikes in Hasakah, Qamishli and Kobani"): peers named side by
    side, not one said to lie in the other."""
    root = span_root(reader.doc, place.start, place.end)
    other = span_root(reader.doc, wider.start, wider.end)
    return other in conjuncts(root) or root in conjuncts(other)


def countries_referred(reader: DocReader, sent: Span) -> list[Mention]:
    """The countries that the sentence's country nouns stand for ("the country" of "raids in Kunar and elsewhere in the
    country"), named in an earlier sentence, each as a mention where its noun stands."""
    nouns = reference_words()[1]
    words = (reader.doc[i] for i in range(sent.start, sent.end) if reader.words.lower[i] in nouns)
    found = (as_mention(t, reader.index.antecedent(t)) for t in words if is_country_reference(t, reader.index))
    return [m for m in found if m is not None and m.label == "Country"]


def known_places_within(reader: DocReader, sent: Span) -> None:
    """Each known place of the sentence LOCATED_IN the nearest place containing it that the sentence names too, by
    name or by a country noun that refers to it ("the country")."""
    gazetteer = reader.gazetteer
    mentions = [m for m in reader.index.inside(sent) if not m.refers_back] + countries_referred(reader, sent)
    known = [
        (m, actor)
        for m in mentions
        if m.label in PLACES and (actor := gazetteer.actors.get(m.actor_id or "")) is not None
    ]
    if len({actor.id for _, actor in known}) < 2:
        return  # most sentences: no pair to read
    named: dict[str, Mention] = {}  # a known place's id -> its first mention by name, or a reference, in the sentence
    for m, actor in known:
        if actor.id not in named and (m.refers_back or named_as_itself(m, actor)):
            named[actor.id] = m
    placed: set[str] | None = None  # the places the other rules put somewhere in this sentence, read when needed
    for place_id, place in named.items():
        actor = gazetteer.actors[place_id]
        if place.label != "Location" or (actor.capital_of and not named_as_place(reader, place)):
            continue
        if named_as_origin(reader, place):
            continue  # "armed groups from Misrata ... within Libya": where they come from
        wider = next((named[w.id] for w in gazetteer.containing(actor) if w.id in named), None)
        if (
            wider is None
            or modifies_a_body(reader, wider)
            or acts_as_a_side(reader, wider)
            or named_as_origin(reader, wider)
        ):
            continue  # "Puntland forces push into the Cal Miskaad mountains": not where the mountains lie
        if one_of_listed_places(reader, wider):
            continue  # "troops from Nigeria, Chad and Niger": each named for itself
        if listed_together(reader, place, wider):
            continue  # "strikes in Hasakah, Qamishli and Kobani": peers, not Qamishli in Hasakah
        if placed is None:
            placed = {
                r.subject for r in reader.facts.relations if r.type == "LOCATED_IN" and r.start == sent.start_char
            }
        if place.key not in placed:
            reader.emit(place, "LOCATED_IN", wider, reader.doc[place.start], METHOD, CONFIDENCE, "asserted")
