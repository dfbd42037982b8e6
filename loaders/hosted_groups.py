"""Where a state or a place hosts a group: the group is based there (BASED_IN).

"Algeria arms, funds and hosts the Polisario", "the Polisario, backed and hosted by Algeria", "Tajikistan hosts NRF
figures in Dushanbe", "Qatar has long harboured Hamas's political leaders": a verb of hosting (``hosting_verbs`` of
``seeds/relations.yaml``) whose host (its subject, or the agent of the passive) is a country or a place, and whose
guest is an organisation or its people or parts named after "of" or a possessive ("Hamas officials", "the group's
leaders"), places the organisation in the host and in the place its "in" names. A state's own body is left out ("the
base hosts US troops": its troops go where they are sent), as is a host that is an organisation ("the group hosts a
conference"), whose guests are visitors, and so is a denied hosting ("Iran denies harbouring al-Qaeda leaders").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import has_child
from loaders.mentions import STATE_KINDS, Mention
from loaders.syntax import actors_of, agents_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader

PLACES = {"Location", "Country"}
GUEST_DEPS = {"compound", "amod", "nmod", "poss"}  # "Hamas officials", "the group's leaders"


@cache
def hosting_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs (lemmas) of hosting, and the nouns (as written) of a group's people or parts a host may shelter."""
    data = load_seed_yaml("relations.yaml")["hosted_groups"]
    return frozenset(data["hosting_verbs"]), frozenset(data["guest_nouns"])


def hosted_groups(reader: DocReader, sent: Span) -> None:
    """Each organisation a country or a place hosts BASED_IN that host and the place the verb's "in" names."""
    verbs, guest_nouns = hosting_words()
    for verb in (t for t in reader.words.with_lemma(verbs, sent) if t.pos_ == "VERB"):
        passive = has_child(verb, {"auxpass", "agent"}) or (verb.tag_ == "VBN" and verb.dep_ in {"acl", "conj"})
        hosts = agents_of(verb) if passive else subjects_of(verb)
        places = [m for t in hosts for m in actors_of(t, reader.index, with_preps=False) if m.label in PLACES]
        if not places:
            continue
        guests = _passive_guests(verb) if passive else _objects(verb)
        held = [t for h in [verb, *guests] for t in prep_objects(h, {"in"})]  # "hosts X's leaders in Doha"
        places += [m for t in held for m in _places_at(reader, t) if m not in places]
        groups = [m for g in guests for m in _groups_of(reader, g, guest_nouns)]
        groups = [m for m in dict.fromkeys(groups) if m.label == "Organization" and m.kind not in STATE_KINDS]
        if (certainty := reader.certainty(verb)) != "negated":  # "Iran denies harbouring al-Qaeda leaders"
            reader.emit_all(groups, "BASED_IN", places, verb, "hosted-group", 0.7, certainty)


def _passive_guests(verb: Token) -> list[Token]:
    """The guests of a passive verb of hosting: its subject ("the Polisario is hosted by Algeria"), or the noun a
    participle describes ("the Polisario, backed and hosted by Algeria": through the verbs it is listed with)."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if found:
        return found
    head = verb
    while head.dep_ == "conj" and head.head.pos_ == "VERB":
        head = head.head
    return [head.head] if head.dep_ == "acl" else []


def _groups_of(reader: DocReader, guest: Token, guest_nouns: frozenset[str]) -> list[Mention]:
    """The organisation a guest names: its own name, or the name before or after "of" a noun of its people or parts
    ("NRF figures", "the leaders of Hamas", "the group's political office")."""
    own = reader.index.at(guest)
    if own is not None:
        return [own]
    if guest.lower_ not in guest_nouns:
        return []
    named = [m for c in guest.children if c.dep_ in GUEST_DEPS and (m := reader.index.at(c)) is not None]
    return named + [m for t in prep_objects(guest, {"of"}) for m in actors_of(t, reader.index, with_preps=False)]


def _places_at(reader: DocReader, token: Token) -> list[Mention]:
    """The places a preposition's object and the names listed with it name."""
    return [m for t in conjuncts(token) if (m := reader.index.at(t)) is not None and m.label in PLACES]


def _objects(verb: Token) -> list[Token]:
    """The objects of an active verb of hosting and the names listed with them."""
    return [o for c in verb.children if c.dep_ == "dobj" for o in conjuncts(c)]
