"""The office a known person holds, for a head's title that names no body: "President Vladimir Putin" leads Russia,
"caretaker Prime Minister Najib Mikati" Lebanon, "leader Hassan Nasrallah" Hezbollah (``leads:`` in
``seeds/actors.yaml``); and the article's state is no guess for a head known to lead something else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.gazetteer import Actor, Gazetteer
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.extract import DocReader


def heads_a_state(state_head_titles: frozenset[str], words: list[str]) -> bool:
    """Whether a title (lowercased words, up to the name) is a state's head's: "interim president",
    "junta leader"; not "leader" nor "army chief".

    >>> titles = frozenset({"president", "prime minister", "junta leader"})
    >>> [heads_a_state(titles, w.split()) for w in ("caretaker prime minister", "junta leader", "army chief")]
    [True, True, False]
    """
    return any(" ".join(words[start:]) in state_head_titles for start in range(len(words)))


def office_for_title(
    gazetteer: Gazetteer, state_head_titles: frozenset[str], person_id: str | None, words: list[str]
) -> Actor | None:
    """The known office a head's title stands for: a state's head's title a Country the person leads; any other
    head's title ("leader", "emir", "chief") an Organization the person leads, else a Country.

    >>> gaz = Gazetteer.from_entries([
    ...     {"name": "Syria", "label": "Country"},
    ...     {"name": "Hayat Tahrir al-Sham", "label": "Organization", "kind": "armed_group"},
    ...     {"name": "Ahmed al-Sharaa", "label": "Person", "leads": ["Syria", "Hayat Tahrir al-Sham"]},
    ...     {"name": "Abu Obeida", "label": "Person"},
    ... ])
    >>> titles = frozenset({"president"})
    >>> office_for_title(gaz, titles, "ahmed-al-sharaa", ["interim", "president"]).name
    'Syria'
    >>> office_for_title(gaz, titles, "ahmed-al-sharaa", ["leader"]).name
    'Hayat Tahrir al-Sham'
    >>> office_for_title(gaz, titles, "abu-obeida", ["president"]) is None
    True
    """
    offices = gazetteer.offices(person_id)
    states = [a for a in offices if a.label == "Country"]
    if heads_a_state(state_head_titles, words):
        return states[0] if states else None
    groups = [a for a in offices if a.label == "Organization"]
    return next(iter(groups or states), None)


def known_office(reader: DocReader, person: Mention, words: list[str]) -> Mention | None:
    """The body a known person's head's title names with no body before it, as a mention of the known actor."""
    office = office_for_title(reader.gazetteer, reader.cues.state_head_titles, person.actor_id, words)
    return reader.known_mention(office) if office is not None else None


def owned_by_pronoun(tokens: list[Token]) -> bool:
    """Whether a title is a pronoun's ("its leader", "their chief"): whose it is, the references decide, and
    one out of their reach is no known office's."""
    return any(t.dep_ == "poss" and t.pos_ == "PRON" for t in tokens)


def leads_elsewhere(gazetteer: Gazetteer, person: Mention, state: Mention) -> bool:
    """Whether a person is known to head bodies and the state is none of them: "President Faustin-Archange
    Touadera" in an article mostly on Russia does not lead Russia."""
    offices = gazetteer.offices(person.actor_id)
    return bool(offices) and state.key not in {a.id for a in offices}


def offices_named_by(reader: DocReader, noun: Token, holders: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Known people and the office a head's title beside them stands for, when the title names no body:
    "X, the president", "X, the country's prime minister", "X is the group's leader"."""
    title = [t for t in noun.subtree if t.i <= noun.i]
    if owned_by_pronoun(title):
        return []
    words = [t.lower_ for t in title if t.dep_ not in {"det", "punct", "case"}]
    found = ((m, known_office(reader, m, words)) for m in holders if m.label == "Person")
    return [(person, office) for person, office in found if office is not None]


def states_led(reader: DocReader, people: list[Mention]) -> list[Mention]:
    """The state each person leads, as the document has said so far or the gazetteer knows (``leads:``): whom a
    head of state's staff work for ("Putin's spokesman, X", "an adviser to President Erdogan")."""
    found: list[Mention] = []
    for person in people:
        stated = {r.object for r in reader.facts.relations if r.type == "LEADS" and r.subject == person.key}
        named = [m for m in reader.index.mentions if m.key in stated and m.label == "Country"]
        known = [reader.known_mention(a) for a in reader.gazetteer.offices(person.actor_id) if a.label == "Country"]
        found += (named or known)[:1]
    return found
