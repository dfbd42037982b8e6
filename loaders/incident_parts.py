"""Who took part in an incident and whom it killed, told by a verb around it: "X took part in the massacre", "X was
involved in the bombing", "officials named the attackers as X and Y", "the bomber, X, was a student" (BLAMED_FOR X);
"the attack resulted in the deaths of A and B" (TARGETED A and B).

The cue words are the ``incident_parts`` block of ``seeds/relations.yaml``; the rules emit through the document's
reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.blame_phrases import news_told_last, with_listed
from loaders.counted_lists import counted, names_run
from loaders.doc_tree import has_child
from loaders.incident_clauses import LISTED_DOERS, named_last
from loaders.incident_references import incident_doer_nouns
from loaders.syntax import actors_of, conjuncts, negative_determiner, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader


@dataclass(frozen=True)
class PartCues:
    """The cue words of the ``incident_parts`` block."""

    verbs: frozenset[str]  # "X participated in the attack", "X was involved in the bombing"
    phrases: dict[str, frozenset[str]]  # "X took part in", "X played a role in": verb -> its objects
    disowning: dict[str, frozenset[str]]  # "X had nothing to do with": object -> the prepositions after it
    part_preps: frozenset[str]
    death_nouns: frozenset[str]  # "resulted in the deaths of A and B"
    causing_verbs: frozenset[str]  # "the attack caused the death of A"
    resulting_verbs: frozenset[str]  # "the attack resulted in the death of A" (through "in" or "to")
    resulting_preps: frozenset[str]
    doer_naming_verbs: frozenset[str]  # "police named the attackers as A and B"
    doer_naming_preps: frozenset[str]
    bare_verbs: frozenset[str]  # "Iran said it was not involved.": in the incident told just before
    bare_deeds: dict[str, frozenset[str]]  # "X said its fighters also took part.": so is an act told as done
    doer_clause_preps: frozenset[str]  # "A, the gunman taken alive in the assault": the doers' incident

    @property
    def words(self) -> frozenset[str]:
        """The words the rules act at."""
        return self.verbs | frozenset(self.phrases) | self.death_nouns


@cache
def part_cues() -> PartCues:
    """The ``incident_parts`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["incident_parts"]  # a missing key is a one-line SeedKeyError
    return PartCues(
        frozenset(block["verbs"]),
        {verb: frozenset(objects) for verb, objects in block["phrases"].items()},
        {word: frozenset(preps) for word, preps in block["disowning"].items()},
        frozenset(block["part_preps"]),
        frozenset(block["death_nouns"]),
        frozenset(block["causing_verbs"]),
        frozenset(block["resulting_verbs"]),
        frozenset(block["resulting_preps"]),
        frozenset(block["doer_naming_verbs"]),
        frozenset(block["doer_naming_preps"]),
        frozenset(block["bare_verbs"]),
        {verb: frozenset(objects) for verb, objects in block["bare_deeds"].items()},
        frozenset(block["doer_clause_preps"]),
    )


def _incidents(reader: DocReader, tokens: list[Token]) -> list[Event]:
    """The incidents these tokens (and their conjuncts) name, found at them or referred back to."""
    return reader.events.events_at(h for t in tokens for h in conjuncts(t))


def took_part(reader: DocReader, verb: Token) -> None:
    """ "X took part in the massacre", "X participated in the attack", "X was involved in the bombing": X is blamed
    for the incident (as certain as the clause says; denied by "X had no role in it", "X had nothing to do with it")."""
    wanted = part_cues()
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in wanted.verbs and lemma not in wanted.phrases):
        return
    holders = [verb]
    if lemma in wanted.phrases:  # "took part in": the "in" may hang on "part"
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in wanted.phrases[lemma]]
        if not objects:
            return
        holders += objects
    named = [p for h in holders for p in prep_objects(h, wanted.part_preps)] + _disowned(holders[1:])
    events = _incidents(reader, with_listed(named) + with_listed([verb])[1:])  # ", including the kidnapping of X"
    events = events or _answered(reader, verb)
    if not events:
        return
    subjects = subjects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    doers = [
        m
        for s in subjects
        if s.lower_ not in reader.cues.relative_pronouns
        for m in actors_of(s, reader.index, with_preps=False)
        if m.label != "Location"
    ]
    denied = any(h.lower_ in wanted.disowning or negative_determiner(h, reader.cues) for h in holders[1:])
    certainty = "negated" if denied else reader.certainty(verb)
    reader.emit_all(doers, "BLAMED_FOR", events, verb, f"incident-part:{lemma}", 0.7, certainty)


def is_bare_part(verb: Token) -> bool:
    """Whether a verb of taking part stands with no phrase of its own, as a state said of its subject: "Iran said it
    was not involved.", "officials say the TTP was involved" (not "was involved in the talks", nor "the operation
    involved the army"); or an act of `bare_deeds` told as done: "X said its fighters also took part." (not "is
    expected to take part", "will take part": a part meant, in what is yet to come).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Iran said it was not involved. Iran was involved in the talks.")
    >>> is_bare_part(doc[5]), is_bare_part(doc[10])
    (True, False)
    >>> doc = load_nlp()("The group said its fighters also took part. Kagame is expected to take part.")
    >>> is_bare_part(doc[6]), is_bare_part(doc[14])
    (True, False)
    """
    cues = part_cues()
    lemma = verb.lemma_.lower()
    if lemma in cues.bare_deeds:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 1 or objects[0].lemma_.lower() not in cues.bare_deeds[lemma]:
            return False
        meant = any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children)
        return not meant and not has_child(verb, {"prep", "agent"}) and not has_child(objects[0], {"prep"})
    if lemma not in cues.bare_verbs or has_child(verb, {"dobj", "prep", "agent"}):
        return False
    return has_child(verb, {"nsubjpass", "auxpass"})


def _answered(reader: DocReader, verb: Token) -> list[Event]:
    """The incident a bare verb of taking part is about: the one named last, in its sentence or the one before (a
    denial or an attribution answers what was just told), else the page's own incident when no other was told since
    (:func:`news_told_last`)."""
    if not is_bare_part(verb):
        return []
    start = verb.sent.start
    start = verb.doc[start - 1].sent.start if start else start
    return [e for e in named_last(reader, verb) if e.cue.i >= start] or news_told_last(reader, verb)


def doers_named(reader: DocReader, verb: Token) -> None:
    """ "Police named the two assailants as A and B", "the gunmen were identified as A and B", "one of the gunmen was
    identified as A": the people (or the group of "identified the attackers as members of X") the doers of an incident
    are named as are blamed for it: the incident the doer noun's own phrase names, else the one told last, not far
    back, else the page's own when no other was told since (:func:`news_told_last`)."""
    wanted = part_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in wanted.doer_naming_verbs:
        return
    role = "nsubjpass" if has_child(verb, {"auxpass"}) else "dobj"
    doers = [d for c in verb.children if c.dep_ == role for d in _doer_nouns(c, reader.cues.definite)]
    if not doers:
        return
    named = [h for t in [verb, *doers] for p in prep_objects(t, wanted.doer_naming_preps) for h in conjuncts(p)]
    if not named:  # "identified the gunmen, all of whom died, as A and B", "were named by police as A and B": the
        agents = [a for c in verb.children if c.dep_ == "agent" for a in c.subtree]  # parse hangs "as" on a word
        hung = [t for d in doers for t in d.subtree] + agents  # of the doers' clause or of the agent's phrase
        named = [p for t in hung for p in prep_objects(t, wanted.doer_naming_preps) if reader.index.at(p) is not None]
    blamed = [m for h in named for m in actors_of(h, reader.index) if m.label != "Location"]
    method = f"incident-doers:{verb.lemma_.lower()}"
    count = max(counted(d) for d in doers)
    if named and len(blamed) < count and (first := reader.index.at(named[0])) is not None:  # "identified the four
        listed = names_run(reader.doc, first.start, count, reader.index)  # gunmen as A, a Somali-born citizen, B, C
        if len(listed) == count:  # and D": the parse breaks the list, its commas hold it
            blamed, method = listed, LISTED_DOERS
    if not blamed:
        return
    events = _incidents(reader, [p for d in doers for p in prep_objects(d, wanted.part_preps | {"of"})])
    events = events or named_last(reader, verb) or news_told_last(reader, verb)
    reader.emit_all(blamed, "BLAMED_FOR", events, verb, method, 0.7, reader.certainty(verb))


def _doer_nouns(noun: Token, definite: frozenset[str]) -> list[Token]:
    """The doer noun a verb's object or passive subject is, or is one of: "the gunmen", "the four attackers"; "one of
    the gunmen", "two of the bombers", "another of the assailants" (the doers told, with the definite article; not
    "one of the victims").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("One of the gunmen was named. One of the victims was named.")
    >>> [t.text for t in _doer_nouns(doc[0], frozenset({"the"}))], _doer_nouns(doc[7], frozenset({"the"}))
    (['gunmen'], [])
    """
    if noun.lemma_.lower() in incident_doer_nouns():
        return [noun]
    return [
        p
        for p in prep_objects(noun, {"of"})
        if p.lemma_.lower() in incident_doer_nouns() and has_child(p, {"det"}, definite)
    ]


def doers_described(reader: DocReader, noun: Token) -> None:
    """ "The bomber, A, was a student", "the gunman was A", "the attackers were members of X", "A, the gunman in the
    attack", "A, one of the gunmen taken alive in the assault": the people set beside the incident's doer noun,
    or named as what it is, are blamed for the incident its own phrase names, else the one
    told last, not far back, else the page's own when no other was told since (only a doer noun with "the", one of the
    incident told; not "a gunman, A"; only people and organisations the phrase names, not "Afghan nationals" nor "a
    Kashmiri")."""
    definite = reader.cues.definite
    if noun.lemma_.lower() not in incident_doer_nouns() or not any(c.lower_ in definite for c in noun.children):
        return
    named = [c for c in noun.children if c.dep_ == "appos"] + _described_by(noun)
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "the attackers were (members of) X"
        named += [c for c in noun.head.children if c.dep_ == "attr"]
    heads = [c for h in named for c in conjuncts(h) if not _kind_only(c, reader.cues.indefinite_articles)]
    heads += [c for h in heads if reader.index.at(h) is None for p in prep_objects(h, {"of"}) for c in conjuncts(p)]
    blamed = [m for h in heads if (m := reader.index.at(h)) is not None and m.label in {"Person", "Organization"}]
    if not blamed:
        return
    clauses = [c for c in noun.children if c.dep_ == "acl"]  # "the gunman taken alive in the assault"
    told = prep_objects(noun, part_cues().part_preps | {"of"})
    told += [p for c in clauses for p in prep_objects(c, part_cues().doer_clause_preps)]
    events = _incidents(reader, told) or named_last(reader, noun)
    events = events or news_told_last(reader, noun)  # the page's own, told paragraphs before
    reader.emit_all(blamed, "BLAMED_FOR", events, noun, "incident-doers:described", 0.7, reader.certainty(noun))


def _described_by(noun: Token) -> list[Token]:
    """The name a doer noun describes, set beside it: "A, the gunman in the attack" (A), "A, one of the gunmen in the
    attack" (A, through a count "of" the doers).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("India hanged Kasab, one of the gunmen in the assault.")
    >>> [t.text for t in _described_by(doc[7])]
    ['Kasab']
    """
    if noun.dep_ == "appos":
        return [noun.head]
    count = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if count is not None and count.dep_ == "appos" and count.pos_ == "NUM":
        return [count.head]
    return []


def _kind_only(noun: Token, articles: frozenset[str]) -> bool:
    """Whether a word said of the doers names only a kind, with an indefinite article and no "of" phrase: "the bomber
    was a Kashmiri" (not "a member of X")."""
    has_article = has_child(noun, {"det"}, articles)
    return has_article and not prep_objects(noun, {"of"})


def _disowned(objects: list[Token]) -> list[Token]:
    """The incidents named after a disowning object: "the attack" of "(had) nothing to do with the attack"."""
    disowning = part_cues().disowning
    return [
        p
        for o in objects
        if o.lower_ in disowning
        for clause in o.children
        if clause.dep_ == "relcl"
        for p in prep_objects(clause, disowning[o.lower_])
    ]


def deaths_caused(reader: DocReader, noun: Token) -> None:
    """ "The attack resulted in the deaths of A and B", "a blast that caused the death of A", "the ambush claimed the
    lives of A and B": the incident TARGETED the dead (people and groups, never a place)."""
    wanted = part_cues()
    if noun.pos_ != "NOUN" or noun.lower_ not in wanted.death_nouns:
        return
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in wanted.resulting_preps:
        verb = noun.head.head
        if verb.lemma_.lower() not in wanted.resulting_verbs:
            return
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in wanted.causing_verbs:
        return
    if verb.pos_ != "VERB":
        return
    subjects = subjects_of(verb)
    events = _incidents(reader, [s for s in subjects if s.lower_ not in reader.cues.relative_pronouns])
    dead = [h for p in prep_objects(noun, {"of"}) for h in conjuncts(p)]
    victims = [m for h in dead for m in actors_of(h, reader.index, with_preps=False) if m.label != "Location"]
    reader.emit_all(events, "TARGETED", victims, noun, f"incident-deaths:{verb.lemma_.lower()}", 0.7)
