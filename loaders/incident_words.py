"""Incident words read in context: which uses of an incident noun name no incident ("fighting the regime", "a general
strike"), and who died in an incident ("X died in an Israeli strike", "X was martyred in an attack", "the death of X
in a car bombing": the incident TARGETED X, and its author, when its phrase names one, ATTACKED X; "X was among the
dead in the strike", "Those killed included X", "the blast left X dead": the incident TARGETED X).

The cue words are the ``incident_words`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.counted_dead import counted_dead
from loaders.cues import load_cues
from loaders.designation_notices import bulleted_after
from loaders.doc_tree import has_child
from loaders.incident_clauses import clause_cues, incidents_during, named_last
from loaders.incident_references import first_news
from loaders.incidents import incident_cues
from loaders.mentions import Mention
from loaders.syntax import MentionIndex, actors_of, conjuncts, is_passive, prep_objects
from loaders.victims_groups import (
    groups_named,
    groups_of_the_dead,
    members_of,
    toll_phrase,
    toll_subject,
    victims_group_words,
)

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader


PEOPLE = frozenset({"Person"})  # who a bulleted list of the dead names, one on each line


@dataclass(frozen=True)
class IncidentWords:
    """The cue words of the ``incident_words`` block."""

    struggle_gerunds: frozenset[str]  # "fighting the regime": a continuing struggle, not one incident
    stoppage_words: frozenset[str]  # "a general strike": a stoppage of work, not an attack
    habit_words: frozenset[str]  # "small-scale attacks", "sporadic raids": a habit of many, not one incident
    lasting_words: frozenset[str]  # "sustained strikes", "daily raids": a campaign, not one day's incidents
    death_verbs: frozenset[str]  # "X died in an Israeli strike", "X was martyred in an attack"
    death_nouns: frozenset[str]  # "the death of X in a car bombing"
    owner_hit_nouns: frozenset[str]  # "Haddad's assassination", "the Mehrtens kidnapping": the person hit
    nouns: frozenset[str]  # more nouns of one incident: "a shootout with troops"
    among_preps: frozenset[str]  # "X was among the dead in the strike"
    including_verbs: frozenset[str]  # "Those killed included X"
    toll_words: frozenset[str]  # "the dead", "the wounded", "the victims" of "among"; "left X dead"
    leaving_verbs: frozenset[str]  # "the blast left X dead"
    dead_naming_verbs: frozenset[str]  # "Officials named the dead as A and B"
    dead_naming_preps: frozenset[str]  # as
    name_nouns: frozenset[str]  # "the names of the dead: A, B and C"
    counted_people_nouns: frozenset[str]  # "the contractors, A and B": people a toll may have counted before
    body_hit_nouns: frozenset[str]  # "the hack of Sony Pictures", "the theft from Cosmos Bank": acts that hit a body
    body_hit_preps: frozenset[str]  # of, at, from: the prepositions that name the body hit
    holding_participles: frozenset[str]  # "an account held by X", "sites used by X": X's thing
    sentence_verbs: frozenset[str]  # "the convicted men were executed": a sentence carried out
    verdict_words: frozenset[str]  # "convicted", "sentenced": who a sentence was carried out on
    custody_words: frozenset[str]  # "was captured", "the capture of X", "in detention": a person taken, no incident
    dated_only_kinds: frozenset[str]  # "fighting in Khartoum": a war's course, one incident only when dated


@cache
def incident_words() -> IncidentWords:
    """The ``incident_words`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["incident_words"]  # a missing key is a one-line SeedKeyError
    return IncidentWords(
        frozenset(block["struggle_gerunds"]),
        frozenset(block["stoppage_words"]),
        frozenset(block["habit_words"]),
        frozenset(block["lasting_words"]),
        frozenset(block["death_verbs"]),
        frozenset(block["death_nouns"]),
        frozenset(block["owner_hit_nouns"]),
        frozenset(block["nouns"]),
        frozenset(block["among_preps"]),
        frozenset(block["including_verbs"]),
        frozenset(block["toll_words"]),
        frozenset(block["leaving_verbs"]),
        frozenset(block["dead_naming_verbs"]),
        frozenset(block["dead_naming_preps"]),
        frozenset(block["name_nouns"]),
        frozenset(block["counted_people_nouns"]),
        frozenset(block["body_hit_nouns"]),
        frozenset(block["body_hit_preps"]),
        frozenset(block["holding_participles"]),
        frozenset(block["sentence_verbs"]),
        frozenset(block["verdict_words"]),
        frozenset(block["custody_words"]),
        frozenset(block["dated_only_kinds"]),
    )


def more_incident_nouns() -> frozenset[str]:
    """Nouns of one incident beside the ``event_nouns``: "a shootout", "a gunbattle"."""
    return incident_words().nouns


def hits_a_body(cue: Token, prep: Token) -> bool:
    """Whether a preposition on an incident noun names the body the act hit, wherever the act was: "the hack of Sony
    Pictures", "the intrusion at Sony", "the theft of $60 million from Cosmos Bank" (a body, not a place).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The theft from Cosmos Bank followed an attack at the bank.")
    >>> hits_a_body(doc[1], doc[2]), hits_a_body(doc[7], doc[8])
    (True, False)
    """
    wanted = incident_words()
    return cue.lemma_.lower() in wanted.body_hit_nouns and prep.lower_ in wanted.body_hit_preps


def holders_of(thing: Token) -> list[Token]:
    """Who a participle after a thing says holds it: "an account held by Cosmos Bank", "sites used by the Quds
    Force" (the objects of its "by").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Thieves emptied an account held by Cosmos Bank and a car seen by police.")
    >>> [t.text for t in holders_of(doc[3])], holders_of(doc[10])
    (['Bank'], [])
    """
    participles = [
        c for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() in incident_words().holding_participles
    ]
    return [p for v in participles for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def names_no_incident(cue: Token) -> bool:
    """Whether an incident word is used here for something that is not one incident: a gerund of struggle with an
    object ("fighting the regime", "fighting local armies in Mali"), a stoppage of work ("a general strike") or a
    habit of many (:func:`habitual`).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Workers held a general strike as rebels kept up hit-and-run raids.")
    >>> [t.text for t in doc if names_no_incident(t)]
    ['strike', 'raids']
    >>> [t.text for t in load_nlp()("The truckers' strike shut the port.") if names_no_incident(t)]
    ['strike']
    """
    wanted = incident_words()
    if cue.pos_ == "VERB" and cue.lemma_.lower() in wanted.struggle_gerunds:
        return has_child(cue, {"dobj"})
    stoppage = any(
        c.dep_ in {"amod", "compound", "poss"} and {c.lower_, c.lemma_.lower()} & wanted.stoppage_words
        for c in cue.lefts
    )  # "a general strike", "the miners' strike"
    return stoppage or habitual(cue)


def into_custody(word: Token) -> bool:
    """Whether a verb or noun is one of taking into custody, which taking a named person is no incident ("X was
    captured in 2021", "the capture of X", "X remains in detention"; the caller reads who was taken).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police captured the bomber after the attack.")
    >>> into_custody(doc[1]), into_custody(doc[6])
    (True, False)
    """
    return word.lemma_.lower() in incident_words().custody_words


def sentence_carried_out(verb: Token) -> bool:
    """Whether a verb of putting to death tells a sentence carried out on the convicted, no incident: "three of the
    men convicted over the bombings were executed in 2008", "X, who was sentenced to death, was hanged" (not
    "gunmen executed 28 passengers").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The two men convicted of the murders were executed in 2011.")
    >>> sentence_carried_out(doc[8]), sentence_carried_out(load_nlp()("Gunmen executed 28 passengers.")[1])
    (True, False)
    """
    wanted = incident_words()
    if verb.lemma_.lower() not in wanted.sentence_verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(t.lemma_.lower() in wanted.verdict_words for s in subjects for t in s.subtree)


def habitual(cue: Token) -> bool:
    """Whether a plural incident noun tells a habit of many attacks by its modifier, written whole ("small-scale
    attacks", "hit-and-run raids", "sporadic ambushes"), and so no one incident."""
    if cue.tag_ != "NNS":
        return False
    modifiers = (left for left in cue.lefts if left.dep_ in {"amod", "compound", "nmod"})
    written = {"".join(t.text_with_ws for t in left.subtree).strip().lower() for left in modifiers}
    return bool(written & incident_words().habit_words)


def lasting(cue: Token) -> bool:
    """Whether plural incidents are told as lasting by a modifier ("sustained strikes", "daily raids"), a campaign
    rather than the incidents of one day.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Trump ordered sustained strikes on the Houthis. Jets carried out strikes on the Houthis.")
    >>> lasting(doc[3]), lasting(doc[11])
    (True, False)
    """
    words = incident_words().lasting_words
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in words for c in cue.lefts)


def suffered_in(cue: Token, verbs: frozenset[str]) -> list[Token]:
    """The verb of harm a new incident is told inside of, whose place and date are the incident's: "X was killed in a
    strike at a home in Qom", "two civilians died in an airstrike near El Buur on April 1", "X was killed by a drone
    strike" (not "killed in the strike", an incident named before).

    >>> import spacy
    >>> doc = spacy.blank("en")("killed in an airstrike")
    >>> for t, head, dep, pos in ((1, 0, "prep", "ADP"), (2, 3, "det", "DET"), (3, 1, "pobj", "NOUN")):
    ...     doc[t].head, doc[t].dep_, doc[t].pos_ = doc[head], dep, pos
    >>> doc[0].pos_, doc[0].lemma_ = "VERB", "kill"
    >>> suffered_in(doc[3], frozenset({"kill"}))
    [killed]
    """
    verb = cue.head.head
    harmed_by = cue.head.dep_ == "agent"  # "X was killed by a drone strike near Gao"
    if cue.dep_ != "pobj" or not (harmed_by or cue.head.lower_ in clause_cues().during_preps) or verb.pos_ != "VERB":
        return []
    indefinite = load_cues().indefinite  # "in a raid", "in another raid": a new one; "in the raid": one told before
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in indefinite) for c in cue.lefts):
        return []
    words = {verb.lemma_.lower(), verb.lower_}
    return [verb] if words & (verbs | incident_words().death_verbs) else []


def places_named_of(pobj: Token, index: MentionIndex, place_preps: set[str]) -> list[Mention]:
    """The places a phrase of place names inside it when its own words name only a country or nothing: "the central
    Somali town of El Buur", "a home in the city of Qom" (the town of, a place in)."""
    nouns = [pobj, *(p for p in prep_objects(pobj, place_preps))]
    named = [m for n in nouns for m in actors_of(n, index)]
    named += [m for n in nouns for p in prep_objects(n, {"of"}) for m in actors_of(p, index, with_preps=False)]
    return list({m.key: m for m in named if m.label == "Location"}.values())


def lays_blame(verb: Token) -> bool:
    """Whether a participle after an incident lays it on someone: "an attack blamed on Turkey" (Turkey did it, it was
    not hit)."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in incident_cues().blame_on_verbs


def laid_on_by_participle(reader: DocReader, event: Event, laid: list[Event] | None = None) -> None:
    """ "an attack blamed on Turkey": the incident laid on Turkey (alleged: someone blames it); ``laid``, when given,
    the incidents the noun is said to be ("the deadliest attack blamed on X remains the bombing of Y")."""
    for verb in (c for c in event.cue.children if lays_blame(c)):
        blamed = [m for p in prep_objects(verb, incident_cues().blame_on_preps) for m in actors_of(p, reader.index)]
        places = [m for m in blamed if m.label == "Location"]
        reader.emit_all(
            [m for m in blamed if m not in places],
            "BLAMED_FOR",
            laid or [event],
            verb,
            "blame-participle",
            0.7,
            "alleged",
        )


def died_in_incident(reader: DocReader, word: Token) -> None:
    """ "X died in an Israeli strike", "X was martyred in an attack by Y", "the death of X in a car bombing", "X, the
    boy killed during the ambush": the incident TARGETED the named dead (people and groups, never a place)."""
    wanted = incident_words()
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB" and lemma in wanted.death_verbs:
        dead = [h for c in word.children if c.dep_ in {"nsubj", "nsubjpass"} for h in conjuncts(c)]
    elif word.pos_ == "VERB" and lemma in reader.cues.violence_verbs and word.dep_ == "acl" and word.tag_ == "VBN":
        dead = [word.head]  # "Joven Cabe, the boy killed during the ambush"
    elif word.pos_ == "NOUN" and lemma in wanted.death_nouns:
        dead = [h for p in prep_objects(word, {"of"}) for h in conjuncts(p)] or owners_hit(word)  # "X's death in"
    elif word.pos_ == "NOUN" and (lemma in wanted.owner_hit_nouns or word.lower_ in wanted.owner_hit_nouns):
        dead = [] if prep_objects(word, {"of"}) else owners_hit(word)  # "his killing in a US strike", not "of Y"
    else:
        return
    events = reader.events.events_at(incidents_during(reader, word))  # "in Friday's strike": found or referred back
    if not dead:
        return
    victims = [m for h in dead for m in actors_of(h, reader.index, with_preps=False) if m.label != "Location"]
    if any(h.tag_ in {"NNS", "NNPS"} for h in dead):  # "The 13 soldiers killed in the attack were:" then "- Sgt. A"
        victims += [m for m in bulleted_after(word, reader, PEOPLE) if m not in victims]  # (not "Marine Corps")
    reader.emit_all(events, "TARGETED", victims, word, f"incident-death:{lemma}", 0.7)
    killers_of_dead(reader, word, victims)  # "X died in a US drone strike": the US, even for a strike told of no more


def owners_hit(noun: Token) -> list[Token]:
    """The people a possessive before a noun of death or killing names as the dead: "Soleimani's death", "his
    killing" (each conjunct: "A and B's deaths").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Qaani took over after Soleimani's death in a US strike.")
    >>> [t.text for t in owners_hit(doc[6])]
    ['Soleimani']
    """
    return [h for c in noun.children if c.dep_ == "poss" for h in conjuncts(c)]


def among_the_dead(reader: DocReader, word: Token) -> None:
    """ "X was among the dead in the strike", "A and B were among those killed in the raid": the incident of the
    toll's "in" or "during" (or, when the sentence names none, the incident just told) TARGETED the subjects of
    "be" (people and groups, never a place)."""
    wanted = incident_words()
    if word.lower_ not in wanted.among_preps or word.head.lemma_ != "be":
        return
    tolls = tolls_or_counted(reader, [c for c in word.children if c.dep_ == "pobj"])  # "among them" too
    if not tolls:
        return
    named = [c for c in word.head.children if c.dep_ == "nsubj"]
    named = named or [c for c in word.head.children if c.dep_ == "attr"]  # "Among the dead were police chief X"
    dead = [h for c in named for h in conjuncts(c)]
    method = f"incident-among:{tolls[0].lower_}"
    hit_by_toll(reader, word, [word.head, *tolls], dead, method)
    if groups := groups_of_the_dead(reader, dead):  # "Among the dead were A and B, both members of X": X
        reader.emit_all(toll_incidents(reader, word, [word.head, *tolls]), "TARGETED", groups, word, method, 0.7)


def victims_group(reader: DocReader, word: Token) -> None:
    """ "The victims belonged to X", "Those killed were members of X", "the dead were X employees": the toll's
    incident TARGETED the organisation X (none when denied: "the victims were not members of X")."""
    toll = toll_phrase(word)
    subject = toll_subject(toll)
    if subject is None or not toll_words(reader, [toll]):
        return
    verb = subject.head
    if any(c.dep_ == "neg" for c in verb.children):
        return
    if verb.lemma_.lower() in victims_group_words()[0]:  # "belonged to X"
        phrases = prep_objects(verb, {"to"})
    elif verb.lemma_ == "be":  # "were members of X"
        phrases = [t for c in verb.children if c.dep_ == "attr" for a in conjuncts(c) for t in members_of(a)]
    else:
        return
    if groups := groups_named(reader, phrases):
        events = toll_incidents(reader, word, [verb, subject])
        reader.emit_all(events, "TARGETED", groups, word, "incident-victims-group", 0.7)


def toll_included(reader: DocReader, word: Token) -> None:
    """ "Those killed included A and B", "The dead included X": the incident of the toll (as for
    :func:`among_the_dead`) TARGETED the objects of the verb of including."""
    wanted = incident_words()
    if word.lemma_.lower() not in wanted.including_verbs or word.pos_ != "VERB":
        return
    tolls = tolls_or_counted(reader, [c for c in word.children if c.dep_ == "nsubj"])  # "They included X" too
    if not tolls:
        return
    dead = [h for c in word.children if c.dep_ == "dobj" for h in conjuncts(c)]
    dead += [c for c in word.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]  # "included A, officials
    hit_by_toll(reader, word, [word, *tolls], dead, f"incident-included:{tolls[0].lower_}")  # said, and B": B too
    if groups := groups_of_the_dead(reader, dead):  # "Those killed included A and B, both members of X": X
        events = toll_incidents(reader, word, [word, *tolls])
        reader.emit_all(events, "TARGETED", groups, word, f"incident-included:{tolls[0].lower_}", 0.7)


def dead_named(reader: DocReader, word: Token) -> None:
    """ "Officials named the dead as A and B", "the victims were identified as A and B", "Hamas named the six others
    killed as A and B", "the council released the names of the dead: A, B and C"; "named the officers as A and B" of
    the people a toll counted before (:func:`loaders.counted_dead.counted_dead`: "killed two officers"): the incident
    of the toll (as for :func:`among_the_dead`) TARGETED the people so named."""
    wanted = incident_words()
    if word.pos_ == "VERB" and word.lemma_.lower() in wanted.dead_naming_verbs:
        role = "nsubjpass" if is_passive(word) else "dobj"
        tolls = tolls_or_counted(reader, [c for c in word.children if c.dep_ == role])  # "named the officers as A"
        named = [p for t in [word, *tolls] for p in prep_objects(t, wanted.dead_naming_preps)]
    elif word.pos_ == "NOUN" and word.lower_ in wanted.name_nouns:
        tolls = toll_words(reader, prep_objects(word, {"of"}))
        named = [c for c in word.children if c.dep_ == "appos"]
    else:
        return
    if tolls and named:
        dead = [h for p in named for h in conjuncts(p)]
        hit_by_toll(reader, word, [word, *tolls], dead, f"incident-named:{tolls[0].lower_}")


def counted_dead_apposed(reader: DocReader, word: Token) -> None:
    """ "The contractors, A and B, worked for Y" after "two contractors were killed": the names set beside a definite
    noun of people a toll counted before (:func:`loaders.counted_dead.counted_dead`) are the dead, whom the toll's
    incident (as for :func:`among_the_dead`) TARGETED."""
    if word.pos_ != "NOUN" or not counted_dead(word, reader.cues.violence_verbs, incident_words().death_verbs):
        return
    dead = [h for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN" for h in conjuncts(c)]
    if dead:
        hit_by_toll(reader, word, [word], dead, f"incident-apposed:{word.lower_}")


def tolls_or_counted(reader: DocReader, nouns: list[Token]) -> list[Token]:
    """The words of a toll among these nouns (:func:`toll_words`), else those that name people a toll counted before
    (:func:`loaders.counted_dead.counted_dead`: "the officers" after "killed two officers", "they" after "seven
    officers died")."""
    found = toll_words(reader, nouns)
    verbs = reader.cues.violence_verbs
    return found or [n for n in nouns if counted_dead(n, verbs, incident_words().death_verbs)]


def toll_words(reader: DocReader, nouns: list[Token]) -> list[Token]:
    """The words of a toll among these nouns, with the verbs of harm that make one: "the dead", "the victims", "those"
    of "those killed" (and "killed")."""
    found: list[Token] = []
    for toll in nouns:
        killed = [c for c in toll.children if c.dep_ == "acl" and c.lemma_.lower() in reader.cues.violence_verbs]
        if toll.lower_ in incident_words().toll_words or killed:  # "the dead", "those killed"
            found += [toll, *killed]
    return found


def hit_by_toll(reader: DocReader, word: Token, holders: list[Token], dead: list[Token], method: str) -> None:
    """The incident a toll belongs to (:func:`toll_incidents`) TARGETED the dead it names."""
    victims = [m for h in dead for m in actors_of(h, reader.index, with_preps=False) if m.label != "Location"]
    victims = [m for m in victims if not qualifies_the_dead(m, word)]
    reader.emit_all(toll_incidents(reader, word, holders), "TARGETED", victims, word, method, 0.7)


def toll_incidents(reader: DocReader, word: Token, holders: list[Token]) -> list[Event]:
    """The incident a toll belongs to: the incident of the toll's "in" or "during" (on one of ``holders``), or, when
    the sentence names none, the incident just told ("A strike hit X on Monday. Among the dead were A and B.") or,
    paragraphs on, the page's own."""
    events = reader.events.events_at([p for h in holders for p in incidents_during(reader, h)])
    if not events and not any(reader.events.is_event_noun(t) for t in word.sent):
        events = named_last(reader, word) or page_incident(reader, word)
    return events


def qualifies_the_dead(mention: Mention, word: Token) -> bool:
    """Whether a name in the toll's sentence only qualifies one of the dead, as a possessor or a nationality ("Among
    the dead were Kenyatta's nephew and the Ghanaian poet X": not Kenyatta, not Ghana)."""
    last = word.doc[mention.end - 1]
    return last.sent == word.sent and last.dep_ in {"poss", "amod"}


def page_incident(reader: DocReader, word: Token) -> list[Event]:
    """The page's own incident (:func:`first_news`), when it is told before this word: the incident a toll told
    paragraphs after it means ("A raid on X killed 20 on Tuesday. ... Among the dead was A."), none when the page
    tells none."""
    news = first_news(reader.events.events, reader.events.doc_date)
    return [news] if news is not None and news.cue.i < word.i else []


def victim_apposed(reader: DocReader, word: Token) -> None:
    """ "One of the victims, X, was a pilot", "X, one of those killed, ...", "X, one of the dead": the incident of the
    toll (as for :func:`among_the_dead`) TARGETED the name set beside "one of" the toll."""
    acl = word.dep_ == "acl" and word.head.pos_ in {"PRON", "DET"}
    toll = word.head if acl else word  # "those" of "those killed", not "X, killed by marines"
    tolls = toll_words(reader, [toll])
    one = toll.head.head if toll.dep_ == "pobj" and toll.head.lower_ == "of" else None
    if not tolls or toll.pos_ == "VERB" or (acl and word not in tolls) or one is None or one.lower_ != "one":
        return
    dead = [c for c in one.children if c.dep_ == "appos"]  # "one of the victims, X"
    dead += [one.head] if one.dep_ == "appos" and one.head.pos_ == "PROPN" else []  # "X, one of the dead"
    hit_by_toll(reader, word, [one, *tolls], dead, f"incident-apposed:{toll.lower_}")


def left_dead(reader: DocReader, word: Token) -> None:
    """ "The blast left X dead", "the ambush left A and B wounded", "the strike left two Y fighters dead": the
    incident that is the subject of a verb of leaving TARGETED the named left dead or wounded (never a place)."""
    wanted = incident_words()
    if word.lower_ not in wanted.toll_words:
        return
    verb, left = word.head, [c for c in word.children if c.dep_ == "nsubj"]  # "left A and B wounded"
    if word.dep_ == "acomp" and verb.dep_ == "ccomp":  # "left two Y fighters dead"
        verb, left = verb.head, [*left, verb]
    if verb.lemma_.lower() not in wanted.leaving_verbs or verb.pos_ != "VERB":
        return
    left += [c for c in verb.children if c.dep_ == "dobj"]  # "left X dead"
    events = reader.events.events_at(h for c in verb.children if c.dep_ == "nsubj" for h in conjuncts(c))
    victims = [
        m
        for t in left
        for h in conjuncts(t)
        for m in actors_of(h, reader.index, with_preps=False)
        if m.label != "Location"
    ]
    reader.emit_all(events, "TARGETED", victims, word, f"incident-left:{word.lower_}", 0.7)


def killers_of_dead(reader: DocReader, word: Token, victims: list[Mention]) -> None:
    """ "X died in an Israeli strike", "X was martyred in an attack by Y": whoever the incident's own phrase names as
    its author ATTACKED the dead (the ontology: killing a named actor is also an attack on it), people and groups, not
    the country of "six Palestinians died in Israeli raids"."""
    nouns = incidents_during(reader, word)
    hit = {m.key for p in nouns if (e := reader.events.event_at(p)) is not None for m in e.targets}
    authors = [m for p in nouns for m in reader.attackers(p) if m.key not in hit]  # not the owner of what was hit
    victims = [m for m in victims if m.label != "Country" and m.key not in {a.key for a in authors}]  # "Palestinians"
    reader.emit_all(authors, "ATTACKED", victims, word, f"incident-death-author:{word.lemma_.lower()}", 0.65)
