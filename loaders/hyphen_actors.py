"""Actors before a hyphen that the plain "X-backed Y" rule does not see.

"a U.S.-designated terrorist" (the actor and the word in one token), "the US- and UN-designated leader" (two
actors sharing one word), "Ghali is the UN-designated leader of JNIM" (the modified noun says who it is through
a copula), "Turkish-backed Syrian National Army" (the backer read as the first word of the name backed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.mentions import Mention
from loaders.person_names import names_one_person
from loaders.syntax import actors_of, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


def more_hyphen_actors(reader: DocReader, token: Token) -> None:
    """The links of a hyphen compound the plain rule misses (see the module's docstring)."""
    doc, word = reader.doc, token.lower_
    if word in reader.cues.hyphen and word != "pro":
        named = reader.index.at(doc[token.i - 2]) if token.i >= 2 and doc[token.i - 1].text == "-" else None
        if named is None:
            return
        if named.end > token.i + 1:  # "Turkish-backed Syrian National Army" read as one name: the army's backer
            _emit(reader, token, word, _known_first(reader, doc[token.i - 2], named), [named])
            return
        plain = token.head if token.dep_ in {"amod", "compound"} else token  # what the plain rule reads
        actors = _coordinated_before(reader, named.start) + ([] if reader._bearers(plain) else [named])
        modified = _modified(token)
        _emit(reader, token, word, actors, _bearers(reader, word, modified) or _copula_subjects(reader, modified))
        return
    prefix, dash, word = token.text.rpartition("-")
    if not dash or not prefix or word.lower() not in reader.cues.hyphen or word.lower() == "pro":
        return
    actor = known_at(reader, token, prefix)
    if actor is None:
        return
    modified = _modified(token)
    bearers = _bearers(reader, word.lower(), modified) or _copula_subjects(reader, modified)
    _emit(reader, token, word.lower(), [*_coordinated_before(reader, token.i), actor], bearers)


def _modified(token: Token) -> Token:
    """The noun a hyphen word modifies, also where the parser reads "US- and UN-sanctioned" as a conjunction."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head if token.dep_ in {"amod", "compound", "nmod"} else token


def _bearers(reader: DocReader, word: str, modified: Token) -> list[Mention]:
    """Who the modified noun names; for what is said of it ("US-designated", "Iran-based"), not the group named
    in a noun of one person ("a US-designated Hezbollah financier" is the financier's)."""
    actor_first = reader.cues.hyphen[word][1]
    return reader._bearers(modified, own_group=actor_first or not names_one_person(modified))


def _copula_subjects(reader: DocReader, noun: Token) -> list[Mention]:
    """ "Ghali is the UN-designated leader": who the predicate noun is."""
    if noun.dep_ != "attr":
        return []
    return [m for s in subjects_of(noun.head) for m in actors_of(s, reader.index, with_preps=False)]


def _coordinated_before(reader: DocReader, start: int) -> list[Mention]:
    """ "US- and UN-designated": the actor written before "and", its hyphen left hanging ("US-")."""
    doc = reader.doc
    if (
        start < 2
        or doc[start - 1].lower_ not in reader.cues.hanging_hyphen_joiners
        or not doc[start - 2].text.endswith("-")
    ):
        return []
    hanging = doc[start - 2]
    actor = known_at(reader, hanging, hanging.text.rstrip("-"))
    return [actor] if actor is not None else []


def known_at(reader: DocReader, token: Token, surface: str) -> Mention | None:
    """The known actor written ``surface`` at the start of the token, as a mention there."""
    actor = reader.gazetteer.lookup(surface) if surface else None
    if actor is None:
        return None
    return Mention(
        token.i,
        token.i + 1,
        token.idx,
        token.idx + len(surface),
        surface,
        actor.label,
        actor.name,
        actor.kind,
        actor.id,
    )


def _known_first(reader: DocReader, first: Token, named: Mention) -> list[Mention]:
    """The known actor the first word of a name written before a hyphen is, when it is another than the name's own
    ("Turkish" of "Turkish-backed Syrian National Army"), else none."""
    actor = known_at(reader, first, first.text)
    return [actor] if actor is not None and actor.key != named.key else []


def _emit(reader: DocReader, token: Token, word: str, actors: list[Mention], bearers: list[Mention]) -> None:
    for actor in actors:
        for bearer in bearers:
            emit_hyphen_link(reader, token, word, actor, bearer)


def emit_hyphen_link(reader: DocReader, token: Token, word: str, actor: Mention, bearer: Mention) -> None:
    """The link a hyphen compound's word sets between the actor before the hyphen and the one the compound names: the
    word's own type ("Iran-backed X": FUNDS), or AFFILIATED_WITH where a word of control that places ("Houthi-run
    Sanaa") names a body ("the Houthi-run Al-Masirah TV": the Houthis' own channel, tied to them)."""
    rel_type, actor_first = reader.cues.hyphen[word]
    if rel_type == "BASED_IN" and word in reader.cues.hyphen_bodies and bearer.label == "Organization":
        rel_type = "AFFILIATED_WITH"
    subject, obj = (actor, bearer) if actor_first else (bearer, actor)
    reader.emit(subject, rel_type, obj, token, f"hyphen:{word}", 0.75, "asserted")
