"""A government named after its head leads to the head's state: "the government of Kim Jong Un", "President Patrice
Talon's government", "the Srettha Thavisin government" make the person LEAD the state: the one the gazetteer knows
him to lead, else a state named in the phrase ("Thailand's Prayut government", "the Iraqi government of Prime Minister
X", "the administration of US President Y"; not one in a name joined to his, "the government of X and Iranian-backed
militias"), else the article's.

The nouns are ``headed_government_nouns`` of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.headed_governments import headed_government_nouns
from loaders.home_state import article_state
from loaders.known_offices import leads_elsewhere
from loaders.mentions import Mention
from loaders.page_state import opens_a_compound
from loaders.syntax import actors_of, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader


def government_heads(reader: DocReader, noun: Token) -> None:
    """Emit that the person a government is named after leads its state (see the module's docstring)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in headed_government_nouns() or reader.index.at(noun) is not None:
        return
    owners = [t for t in noun.children if t.dep_ in {"poss", "compound"}] + prep_objects(noun, {"of"})
    named = [m for t in owners for m in actors_of(t, reader.index, with_preps=False)]
    people = [m for m in named if m.label == "Person"]
    phrase = [t for c in noun.children if c.dep_ == "amod" for t in c.subtree]  # "the Iraqi government of X"
    phrase += [t for o in owners for t in _own_words(o)]  # "the administration of US President X"
    named_states = [
        m for m in named + reader.index.within(phrase) if m.label == "Country" and not opens_a_compound(reader.doc, m)
    ]
    for person in people:
        state = _state_led(reader, person, named_states)
        if state is not None and not _leads_another(reader, person, state):
            reader.emit(person, "LEADS", state, noun, "government-of", 0.75)


def _own_words(owner: Token) -> list[Token]:
    """The words of a government's owner without the names joined to it: "Bashar al-Assad" of "the government of
    Bashar al-Assad and Iranian-backed militias"."""
    joined = {t.i for c in owner.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    return [t for t in owner.subtree if t.i not in joined]


def _state_led(reader: DocReader, person: Mention, named_states: list[Mention]) -> Mention | None:
    """The state a government's head leads: the known one, the one named beside him, or the article's (none for a
    person the page has lead something else)."""
    known = [a for a in reader.gazetteer.offices(person.actor_id) if a.label == "Country"]
    if known:
        return reader.known_mention(known[0])
    if named_states:
        return named_states[-1]
    state = article_state(reader)
    if state is None or leads_elsewhere(reader.gazetteer, person, state):
        return None
    return state


def _leads_another(reader: DocReader, person: Mention, state: Mention) -> bool:
    """Whether the page has said the person leads something else: "Puntland's president, X, whose administration"
    heads Puntland's, not the article's state; "X's government" of a page that has him lead the GNU is the GNU."""
    heads = {r.subject for r in reader.facts.relations if r.type == "LEADS" and r.object != state.key}
    return person.key in heads or any(_same_surname(reader.facts.actors[k].name, person.name) for k in heads)


def _same_surname(name: str, other: str) -> bool:
    """Whether two names of people end in the same word ("Omar Senussi", "Senussi").

    >>> _same_surname("Omar Senussi", "Senussi"), _same_surname("Omar Senussi", "Haftar")
    (True, False)
    """
    return name.split()[-1:] == other.split()[-1:]
