"""Where a photo shows an organisation's people: the caption places the organisation there (BASED_IN).

"Photo: M23 fighters in Bunagana, North Kivu, in 2022. (Reuters)", "Photo: Houthi supporters rally in Sanaa",
"Photo: TNLA fighters near Namhsan, northern Shan State", "Photo: Masked gunmen of the Jenin Brigade at a funeral in
the Jenin refugee camp": a caption (an aside line that is no link to another story) that shows a group's people
(``pictured_people`` of ``seeds/relations.yaml``), named with the group's name before them or after their "of", says
where the group is: each place after a preposition of place (``pictured_preps``) hung on the people or on the verb
they are the subject of, and the place set after it by a comma or listed with it ("Bunagana, North Kivu"). A state's
own body is left out ("Mexican Army soldiers patrol ..."): its troops go where they are sent.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.doc_words import span_text
from loaders.mentions import STATE_KINDS, Mention
from loaders.reference_scope import link_pattern
from loaders.syntax import actors_of, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader

PLACES = {"Location", "Country"}
PICTURED_DEPS = {"nsubj", "ROOT", "appos"}  # "Photo: M23 fighters in X": the people set after "Photo:"


@cache
def pictured_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a group's people a caption shows, and the prepositions that say where they are."""
    data = load_seed_yaml("relations.yaml")["organisation_places"]
    return frozenset(data["pictured_people"]), frozenset(data["pictured_preps"])


def pictured_groups(reader: DocReader, sent: Span) -> None:
    """Each organisation whose people a caption shows BASED_IN the places the caption puts them in."""
    if not reader.index.scope.aside(sent.start_char) or link_pattern().search(span_text(sent)) is not None:
        return
    people_nouns, preps = pictured_words()
    for people in (t for t in reader.words.with_lower(people_nouns, sent) if t.dep_ in PICTURED_DEPS):
        groups = [m for m in _groups_of(reader, people) if m.kind not in STATE_KINDS]
        if not groups:
            continue
        holders = [people, people.head] if people.dep_ == "nsubj" else [people]
        places = [m for h in holders for t in prep_objects(h, preps) for m in _place_and_wider(reader, t)]
        reader.emit_all(groups, "BASED_IN", places, people, "pictured-people", 0.7, "asserted")


def _groups_of(reader: DocReader, people: Token) -> list[Mention]:
    """The organisation named before a people noun ("M23 fighters") or after its "of" ("gunmen of the Jenin
    Brigade")."""
    named = [m for c in people.children if c.dep_ in {"compound", "amod", "nmod"} and (m := reader.index.at(c))]
    named += [m for t in prep_objects(people, {"of"}) for m in actors_of(t, reader.index, with_preps=False)]
    return [m for m in named if m.label == "Organization"]


def _place_and_wider(reader: DocReader, token: Token) -> list[Mention]:
    """The place a preposition's object names, with the place set after it by a comma ("in Bunagana, North Kivu");
    the place a common noun's own "in" names ("at a funeral in the Jenin refugee camp")."""
    own = reader.index.at(token)
    if own is None:
        return [m for t in prep_objects(token, {"in"}) for m in _place_and_wider(reader, t)] if token.is_lower else []
    if own.label not in PLACES:
        return []
    wider = [m for c in token.children if c.dep_ in {"appos", "conj"} and (m := reader.index.at(c)) is not None]
    return [own, *(m for m in wider if m.label in PLACES and m.key != own.key)]
