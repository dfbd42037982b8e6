"""Who is named as a suspect of an incident, however far from it: "A, a suspect in the bombing, was arrested", "police
released sketches of two suspects, A and B", "the main suspect is X", "X is the prime suspect", "police identified the
suspects as A and B", "X was named as a suspect", "one of the suspects, A", "Suspicion fell on X", "the evidence points
to X" (BLAMED_FOR from each one named: alleged, as a suspicion is; negated when the clause denies it, "X is not a
suspect").

The incident is the one the suspect noun's own phrase names ("a suspect in the bombing"), else the one told last, not
far back, else the page's own (:func:`suspected_incidents`: the suspects named in the paragraphs after the news, with
no incident or only older ones told between). A phrase that names something else ("a suspect in a fraud case")
links nothing, and neither does a suspect left unnamed ("police arrested two suspects"). The cue words are the
``named_suspects`` block of ``seeds/relations.yaml``; the rules emit through the document's reader.

>>> from loaders.extract import DocReader
>>> from loaders.nlp import load_nlp
>>> text = "A bomb exploded at a market in Gadra on Monday. Suspicion fell on the Gadra Liberation Front."
>>> reader = DocReader(load_nlp()(text), "doc", "2024-03-04")
>>> [(f.subject, f.object, f.certainty) for f in reader.read("rules").relations if f.type == "BLAMED_FOR"]
[('Organization:Gadra Liberation Front', 'Event:gadra-attack-2024-03', 'alleged')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.blame_phrases import news_told_last
from loaders.cues import word_sets
from loaders.incident_clauses import NAMED_SUSPECT, named_last
from loaders.incident_references import first_news, is_background
from loaders.named_operations import is_operation
from loaders.syntax import actors_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader
    from loaders.mentions import Mention


@dataclass(frozen=True)
class SuspectCues:
    """The cue words of the ``named_suspects`` block."""

    suspect_nouns: frozenset[str]  # "A, a suspect in the bombing"
    incident_preps: frozenset[str]  # "a suspect in the bombing", "suspects over the attack"
    naming_verbs: frozenset[str]  # "named A as a suspect", "identified the suspects as A and B"
    naming_preps: frozenset[str]
    copulas: frozenset[str]  # "A is the main suspect", "the suspects were A and B"
    counted_words: frozenset[str]  # "one of the suspects, A"
    member_nouns: frozenset[str]  # "the suspects were members of X"
    suspicion_nouns: frozenset[str]  # "Suspicion fell on X"
    suspicion_verbs: frozenset[str]
    suspicion_preps: frozenset[str]
    evidence_nouns: frozenset[str]  # "the evidence pointed to X"
    evidence_preps: frozenset[str]  # "the investigation into the bombing pointed to X"
    pointing_verbs: frozenset[str]
    pointed_share_nouns: frozenset[str]  # "pointed to the involvement of X"


@cache
def suspect_cues() -> SuspectCues:
    """The ``named_suspects`` block of ``seeds/relations.yaml``, loaded once per process."""
    return word_sets(SuspectCues, "named_suspects")  # a missing key is a one-line SeedKeyError


BLAMED_LABELS = frozenset({"Person", "Organization", "Country"})


def named_as_suspects(noun: Token) -> list[Token]:
    """The words that name who a suspect noun is: set beside it ("A, a suspect", "the suspects, A and B", "one of the
    suspects, A"), said to be it ("A is the main suspect", "the prime suspect is A") or named as it ("named A as a
    suspect", "identified the suspects as A and B").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police named two suspects, Karim Osman and Ali Tahir. Osman is the main suspect.")
    >>> [t.text for t in named_as_suspects(doc[3])], [t.text for t in named_as_suspects(doc[15])]
    (['Osman', 'Tahir'], ['Osman'])
    """
    wanted = suspect_cues()
    head = noun.head
    named = [c for c in noun.children if c.dep_ == "appos"]  # "the suspects, A and B"
    if noun.dep_ == "appos":  # "A, a suspect in the bombing"
        named.append(head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in wanted.counted_words:  # "one of the
        named += [c for c in head.head.children if c.dep_ == "appos"]  # suspects, A"
    if head.lemma_.lower() in wanted.copulas and noun.dep_ == "attr":  # "A is the main suspect"
        named += subjects_of(head)
    if head.lemma_.lower() in wanted.copulas and noun.dep_ == "nsubj":  # "the prime suspect is A"
        named += [c for c in head.children if c.dep_ == "attr"]
    if noun.dep_ == "pobj" and head.lower_ in wanted.naming_preps:  # "named A as a suspect", "A was named as one"
        verb = head.head
        if verb.lemma_.lower() in wanted.naming_verbs:
            named += [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in wanted.naming_verbs:  # "identified the suspects
        named += prep_objects(head, wanted.naming_preps) + prep_objects(noun, wanted.naming_preps)  # as A and B"
    named = [c for t in named for c in conjuncts(t)]
    members = [c for t in named if t.lemma_.lower() in wanted.member_nouns for c in prep_objects(t, {"of"})]
    return named + [c for t in members for c in conjuncts(t)]  # "the suspects were members of X"


def suspects_named(reader: DocReader, noun: Token) -> None:
    """ "A, a suspect in the bombing", "the suspects, A and B", "A is the main suspect": those named are blamed for the
    incident (alleged)."""
    wanted = suspect_cues()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in wanted.suspect_nouns:
        return
    blamed = _blamed(reader, named_as_suspects(noun))
    if blamed:
        _emit(reader, blamed, noun, prep_objects(noun, wanted.incident_preps), NAMED_SUSPECT)


def suspicion_fell(reader: DocReader, noun: Token) -> None:
    """ "Suspicion fell on X", "suspicion turned to X and Y": X (and Y) blamed for the incident (alleged)."""
    wanted = suspect_cues()
    verb = noun.head
    if noun.lemma_.lower() not in wanted.suspicion_nouns or noun.dep_ != "nsubj":
        return
    if verb.lemma_.lower() not in wanted.suspicion_verbs:
        return
    objects = prep_objects(verb, wanted.suspicion_preps)
    objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]  # "on X and on Y",
    # the second hung on the verb
    blamed = _blamed(reader, [c for t in objects for c in conjuncts(t)])
    if blamed:  # "Suspicion fell on X after the bombing": that incident, else the one told last
        _emit(reader, blamed, noun, prep_objects(verb, wanted.incident_preps | {"after"}), "suspect:suspicion")


def evidence_pointed(reader: DocReader, verb: Token) -> None:
    """ "The evidence points to X", "clues found at the scene pointed to X", "the trail led to X", "the profile of the
    suspects pointed to the involvement of X": X blamed for the incident (alleged): the one the evidence's own phrase
    names ("the investigation into the bombing"), else the one told last or the page's own."""
    wanted = suspect_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in wanted.pointing_verbs:
        return
    evidence = [s for s in subjects_of(verb) if s.lemma_.lower() in wanted.evidence_nouns]
    if not evidence:
        return
    objects = [c for t in prep_objects(verb, wanted.suspicion_preps) for c in conjuncts(t)]
    shares = [t for t in objects if t.lemma_.lower() in wanted.pointed_share_nouns]
    objects += [c for t in shares for o in prep_objects(t, {"of"}) for c in conjuncts(o)]  # "the involvement of X"
    blamed = _blamed(reader, objects)
    if blamed:
        _emit(reader, blamed, verb, [p for e in evidence for p in prep_objects(e, wanted.evidence_preps)], "evidence")


def _blamed(reader: DocReader, tokens: list[Token]) -> list[Mention]:
    """The actors these words name (people, bodies and states; never a place)."""
    found = [m for t in tokens for m in actors_of(t, reader.index, with_preps=False)]
    return list({m.key: m for m in found if m.label in BLAMED_LABELS}.values())


def _emit(reader: DocReader, blamed: list[Mention], cue: Token, phrase: list[Token], method: str) -> None:
    """Blame these for the incident the phrase names, else the one told last or the page's own (alleged, or
    negated)."""
    events = suspected_incidents(reader, cue, phrase)
    if not events:
        return
    certainty = reader.certainty(cue)
    certainty = "alleged" if certainty == "asserted" else certainty
    reader.emit_all(blamed, "BLAMED_FOR", events, cue, method, 0.7, certainty)


def suspected_incidents(reader: DocReader, cue: Token, phrase: list[Token]) -> list[Event]:
    """The incident a suspicion is about: the one its phrase names (none when the phrase names no incident), else the
    one told last, not far back, unless that is an older incident told in passing (of a year before the page's) and the
    page has news of its own: then the page's own, as when no incident was told since (:func:`news_told_last`). An
    inquiry's suspects and evidence are the news's: "a wave of bombings in 2015-2017, including ... Analysts said the
    profile of the suspects pointed to X"."""
    if phrase:
        return reader.events.events_at(h for t in phrase for h in conjuncts(t))
    doc_date = reader.events.doc_date
    last = named_last(reader, cue)
    if not last or not is_background(last[0].date, doc_date):
        return last or news_told_last(reader, cue)
    news = first_news(reader.events.events, doc_date)
    return [news] if news is not None and news.cue.i < cue.i and not is_operation(news.cue) else last
