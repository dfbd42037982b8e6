"""A state's possessive right before a person's name, with no title between, names the state's head where the page
tells that he heads a state: "Rwanda's Paul Kagame", "Chad's Deby launches manhunt", "Mali's Colonel Assimi Goita"
(a rank may stand between). The page tells so when the gazetteer knows him to lead that state, when another rule
of the page has him lead a state ("President Kagame" elsewhere), or when his sentence speaks of heads of states
("a summit of the bloc's heads of state ... Congo's Felix Tshisekedi", "Ghana's president A and Cote d'Ivoire's B",
another person there leading a state). "Kenya's Eliud Kipchoge" on a page that tells none of this leads nothing.

The state so named is the one he leads: a guess of the article's state for a bare title of his
(``title-article-state``, "President Kagame" on a page mostly on the United States) gives way to it.

The cue words are the ``possessive_heads`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from graph.seeds import load_seed_yaml
from loaders.facts import RelationFact
from loaders.force_ranks import force_ranks
from loaders.mentions import Mention
from loaders.page_leads import page_leads, surname
from loaders.possessive import POSSESSIVE

if TYPE_CHECKING:
    from loaders.extract import DocReader

GUESSED_STATE = "title-article-state"  # the rule that gives a bare title the article's state
MAX_RANK_WORDS = 3  # "Lieutenant Colonel", "Brig . Gen"


@cache
def head_sentence_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words (lowercase) and phrases that make a sentence speak of heads of states ("summit", "heads of
    state").

    >>> words, phrases = head_sentence_words()
    >>> "summit" in words, "heads of state" in phrases
    (True, True)
    """
    block = load_seed_yaml("relations.yaml")["possessive_heads"]
    return frozenset(block["sentence_words"]), tuple(block["sentence_phrases"])


def ranked_gap(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` are nothing or a rank alone ("Colonel", "Lt . Gen"), each word
    capitalised.

    >>> from spacy.lang.en import English
    >>> doc = English()("Mali's Colonel Assimi Goita and Chad's interior minister X")
    >>> ranked_gap(doc, 2, 3), ranked_gap(doc, 2, 2), ranked_gap(doc, 8, 10)
    (True, True, False)
    """
    words = doc[start:end]
    if len(words) > MAX_RANK_WORDS:
        return False
    ranks = force_ranks()
    return all(t.text == "." or (t.is_title and t.lower_.rstrip(".") in ranks) for t in words)


def possessed_people(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each state and the person its possessive stands right before (a rank between): "Rwanda's Paul Kagame"."""
    for i, state in enumerate(mentions):
        if (
            state.label != "Country"
            or state.refers_back
            or state.end >= len(doc)
            or [doc[state.end].text] not in POSSESSIVE
        ):
            continue
        person = next((m for m in mentions[i + 1 : i + 2 + MAX_RANK_WORDS] if m.start > state.end), None)
        if (
            person is not None
            and person.label == "Person"
            and not person.refers_back
            and ranked_gap(doc, state.end + 1, person.start)
        ):
            yield state, person


def possessive_heads(reader: DocReader) -> None:
    """Emit that the person a state's possessive names leads the state, where the page tells he heads a state (see
    the module's docstring); drop the article's state guessed for his bare title when it is another."""
    heads = _state_heads(reader)
    named: dict[str, set[str]] = {}  # surname -> the states their possessives name
    for state, person in possessed_people(reader.doc, reader.index.mentions):
        sent = reader.doc[person.start].sent
        if _known_head(reader, person, state) or surname(person.name) in heads or _speaks_of_heads(reader, sent):
            reader.emit(person, "LEADS", state, reader.doc[person.start], "state-possessive-head", 0.75)
            named.setdefault(surname(person.name), set()).add(state.key)
    if named:
        reader.facts.relations = [r for r in reader.facts.relations if not _guess_contradicted(reader, r, named)]


def _state_heads(reader: DocReader, within: Span | None = None) -> set[str]:
    """The surnames of the people the page's rules have lead a state (within a sentence, if given)."""
    actors = reader.facts.actors
    return {
        surname(actors[r.subject].name)
        for r in page_leads(reader, {"Country"})
        if within is None or within.start_char <= r.start < within.end_char
    }


def _known_head(reader: DocReader, person: Mention, state: Mention) -> bool:
    """Whether the gazetteer knows the person to lead the state."""
    return state.key in {a.id for a in reader.gazetteer.offices(person.actor_id)}


def _speaks_of_heads(reader: DocReader, sent: Span) -> bool:
    """Whether a sentence speaks of heads of states: a word or phrase of them, or another person it has lead a state
    ("Ghana's president A and Cote d'Ivoire's B")."""
    words, phrases = head_sentence_words()
    text = sent.text.lower()
    return any(t.lower_ in words for t in sent) or any(p in text for p in phrases) or bool(_state_heads(reader, sent))


def _guess_contradicted(reader: DocReader, relation: RelationFact, named: dict[str, set[str]]) -> bool:
    """Whether a link is the article's state guessed for the bare title of a person whose state a possessive names
    as another."""
    if relation.method != GUESSED_STATE or relation.type != "LEADS" or relation.subject not in reader.facts.actors:
        return False
    states = named.get(surname(reader.facts.actors[relation.subject].name))
    return states is not None and relation.object not in states
