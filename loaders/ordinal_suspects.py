"""The next one of people blamed together, named after an ordinal: "a court convicted two men, A and B, of the
bombing, and acquitted a third, C"; "police charged three men over the shooting; a fourth man, D, was charged days
later"; "three of the men convicted over the bombing, A, B and C, were executed; a fourth, D, is serving a life
sentence". The person set beside the ordinal is blamed for the incidents the people before are blamed for in that
sentence, as the ordinal's own verb of blame says (acquitted: negated; charged: alleged; convicted: stated), else as
they are. The ordinals are the ``ordinal_suspects`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from graph.seeds import load_seed_yaml
from loaders.court_cases import cleared, proven
from loaders.scorer import end_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.extract import DocReader
    from loaders.facts import RelationFact
    from loaders.mentions import Mention
    from loaders.syntax import MentionIndex

METHOD = "ordinal-suspect"


@dataclass(frozen=True)
class OrdinalCues:
    """The cue words of the ``ordinal_suspects`` block."""

    ordinals: frozenset[str]  # "a third", "a fourth man"
    sentencing_verbs: frozenset[str]  # "a fourth, D, is serving a life sentence": said of one found guilty


@cache
def ordinal_cues() -> OrdinalCues:
    """The ``ordinal_suspects`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["ordinal_suspects"]
    return OrdinalCues(frozenset(block["ordinals"]), frozenset(block["sentencing_verbs"]))


def ordinal_suspects(reader: DocReader) -> None:
    """BLAMED_FOR of the person set beside an ordinal after people blamed in its sentence, for what they are blamed
    for, when a verb of blame or of sentencing tells of the person."""
    people = {key for key, actor in reader.facts.actors.items() if actor.label == "Person"}
    by_sentence: dict[int, list[RelationFact]] = {}
    for r in reader.facts.relations:
        if r.type == "BLAMED_FOR" and r.subject in people and r.certainty != "negated":
            by_sentence.setdefault(r.start, []).append(r)
    events = {end_key(e): e for e in reader.events.events}
    for sent in reader.words.sentences:
        blamed = by_sentence.get(sent.start_char)
        if not blamed:
            continue
        incidents = [events[k] for k in dict.fromkeys(r.object for r in blamed) if k in events]
        for ordinal, person in _ordinal_names(sent, reader.index):
            certainty = _certainty(ordinal, person, reader.cues.blame_verbs, blamed[0].certainty)
            if certainty is not None and person.key not in {r.subject for r in blamed}:
                reader.emit_all([person], "BLAMED_FOR", incidents, ordinal, METHOD, 0.7, certainty)


def _ordinal_names(sent: Span, index: MentionIndex) -> list[tuple[Token, Mention]]:
    """Each ordinal of a sentence after a determiner ("a third", "a fourth man") with the person named just after it
    and a comma (read by the words: the parse may hang the name anywhere)."""
    wanted = ordinal_cues().ordinals
    doc = sent.doc
    found = []
    for token in sent:
        if token.lower_ not in wanted or token.i == sent.start or doc[token.i - 1].pos_ != "DET":
            continue
        comma = token.i + 1
        if comma < sent.end and doc[comma].pos_ == "NOUN":  # "a fourth man, D"
            comma += 1
        if comma + 1 >= sent.end or doc[comma].text != ",":
            continue
        person = index.at(doc[comma + 1])
        if person is not None and person.label == "Person" and person.start == comma + 1:
            found.append((token, person))
    return found


def _certainty(ordinal: Token, person: Mention, blame_verbs: frozenset[str], theirs: str) -> str | None:
    """The certainty of the blame of the person after an ordinal, from the verb that tells of them: the verb before
    that the ordinal or the name hangs on ("acquitted a third, C": negated) or the next after the name ("a fourth
    man, D, was charged": alleged; "convicted": stated; "a fourth, D, is serving a life sentence": as the others
    are); None for any other verb ("a second man, D, was shot")."""
    doc = ordinal.doc
    holders = [ordinal.head, doc[person.end - 1].head]  # the parse may hang the name on the verb
    verb = next((h for h in holders if h.pos_ == "VERB" and h.i < ordinal.i), None)
    after = (t for t in doc[person.end : ordinal.sent.end] if t.pos_ == "VERB" or t.text in {";", "."})
    verb = verb or next(after, None)
    if verb is None or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in blame_verbs:
        return "negated" if cleared(verb) else "asserted" if proven(verb) else "alleged"
    return theirs if verb.lemma_.lower() in ordinal_cues().sentencing_verbs else None
