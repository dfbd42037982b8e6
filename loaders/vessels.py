"""Ships' names, which are no actors: the NER reads "USS Carney" as a person, "the Marlin Luanda" as a place, or
finds a known city inside one ("Luanda"). A name is a ship's after a prefix of ships ("USS Carney"), right after the
noun of a ship ("the landing ship Caesar Kunikov") or in apposition with one ("the Marlin Luanda, a British-linked
tanker"); every other mention of that name in the document is the ship's too, and so is a known place's name read
inside one ("Luanda" of "operates the Marlin Luanda").

The cue words are the ``vessels`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from loaders.cues import word_sets
from loaders.doc_words import text_of


@dataclass(frozen=True)
class VesselCues:
    """The ``vessels`` block of ``seeds/relations.yaml``."""

    prefixes: frozenset[str]  # "USS", "HMS", "MV"
    nouns: frozenset[str]  # "ship", "tanker", "destroyer"
    seizing_verbs: frozenset[str]  # "seize", "commandeer"


@cache
def vessel_cues() -> VesselCues:
    """The ``vessels`` block, loaded once per process."""
    return word_sets(VesselCues, "vessels")


def seizes_a_ship(verb: Token) -> bool:
    """Whether a verb of seizing has a ship as its object, a hijacking ("the Guards seized the MSC Aries, a container
    ship, near Hormuz"; not "seized the town").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Commandos seized the MSC Aries, a container ship, on Saturday. They seized Goma.")
    >>> [t.text for t in doc if seizes_a_ship(t)]
    ['seized']
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in vessel_cues().seizing_verbs:
        return False
    objects = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    return any(s.root.i in objects for s in verb.doc.spans.get("ships", []))


NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "Person", "Organization", "Location"})


def _a_ships_name(ent: Span) -> bool:
    """Whether a name opens with a prefix of ships, or is an unknown name that follows the noun of a ship or is in
    apposition with one (not "the tanker Iran seized")."""
    cues = vessel_cues()
    if ent.label_ not in NAME_LABELS:
        return False
    start = ent.start + (len(ent) > 1 and ent[0].lower_ == "the")  # "the HMS Lancaster"
    before = ent.doc[start - 1] if start else None
    first = ent.doc[start] if start < ent.end - 1 else before  # "USS Carney", or "USS" before "Carney"
    if first is not None and first.is_upper and first.lower_ in cues.prefixes:
        return True
    if ent.id_:
        return False
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in cues.nouns:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in cues.nouns for c in ent.root.children)


def without_vessels(ents: list[Span], ships: list[Span]) -> list[Span]:
    """The entities but ships' names and the names inside them, at each mention of a ship's name in the document
    (``ships``, from :func:`ship_names`).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The USS Carney shot down a drone. Rebels hit the Marlin Luanda, a British-linked tanker, "
    ...                  "near Aden. Trafigura owns the Marlin Luanda.")
    >>> [e.text for e in doc.ents]
    ['British', 'Aden', 'Trafigura']
    """
    return [e for e in ents if not any(s.start_char < e.end_char and e.start_char < s.end_char for s in ships)]


def ship_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Each mention in the document of a name the entities, or the words around a name the NER missed, show to be a
    ship's, without its article: what an attack on a ship is named by ("the Houthis struck the Magic Seas, a bulk
    carrier": the Magic Seas attack).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels hit the Marlin Luanda, a tanker, near Aden. Trafigura owns the Marlin Luanda.")
    >>> [s.text for s in doc.spans["ships"]]
    ['Marlin Luanda', 'Marlin Luanda']
    """
    ships = {_bare(e) for e in ents if _a_ships_name(e)} | {s.text for s in _unnamed_ships(doc)}
    if not ships:
        return []
    text = text_of(doc)
    found = (doc.char_span(m.start(), m.end()) for ship in ships for m in re.finditer(rf"\b{re.escape(ship)}\b", text))
    return sorted((s for s in found if s is not None), key=lambda s: s.start)


def _unnamed_ships(doc: Doc) -> list[Span]:
    """Names the NER did not read that are ships' by the noun of a ship in apposition with them or right before them:
    "the Eternity C, a bulk carrier", "the bulk carrier True Confidence".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("On Monday the Eternity C, a bulk carrier, was struck by missiles off Hodeidah.")
    >>> [s.text for s in _unnamed_ships(doc)]
    ['Eternity C']
    """
    nouns, found = vessel_cues().nouns, []
    pos, ent_type, dep = doc.to_array([POS, ENT_TYPE, DEP]).T.tolist() if len(doc) else ([], [], [])
    unread = [p == PROPN and not e for p, e in zip(pos, ent_type, strict=True)]  # proper nouns the NER left out
    compound = doc.vocab.strings["compound"]
    for i in (i for i, free in enumerate(unread) if free and dep[i] != compound):
        token, start = doc[i], i
        while start and unread[start - 1]:
            start -= 1
        before = doc[start - 1] if start else None
        after_noun = before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in nouns
        apposed = any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in token.children)
        if after_noun or apposed:
            found.append(doc[start : token.i + 1])
    return found


def _bare(ent: Span) -> str:
    """A name without the article the NER may read with it ("the Marlin Luanda")."""
    return ent[1:].text if len(ent) > 1 and ent[0].lower_ == "the" else ent.text
