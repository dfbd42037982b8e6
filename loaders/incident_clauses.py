"""Links an incident gets from clauses after the one that names it: "The strikes targeted the villages of X and Y",
"the blast killed X", "X was killed in Friday's strike", "X killed two soldiers in a raid", "X claimed
responsibility" (for the incident last named); and, once the document is read, whoever an incident is laid on
ATTACKED each actor it hit.

The cue words are the ``incident_clauses`` block of ``seeds/relations.yaml``; the rules emit through the document's
reader.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graph.errors import ActorGraphError
from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.fatal_verbs import kills_outright
from loaders.hit_owners import AIRCRAFT_DOWNED
from loaders.incident_aliases import victim_names, whole_name
from loaders.incident_series import SERIES_ATTACK
from loaders.incidents import route_end, scene_tokens
from loaders.mentions import Mention
from loaders.named_operations import names_operation
from loaders.nlp import PLACE_LABELS
from loaders.sequel_times import comes_after
from loaders.syntax import actors_of, conjuncts, is_passive, prep_objects, subjects_of
from loaders.toll_clauses import toll_clause_incident

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader
    from loaders.facts import ActorFact, RelationFact

VICTIM_LABELS = {"Person", "Organization"}  # who an incident hit as an actor (a country it hit is as often only its
# scene: "strikes on sites in Iraq and Syria")
AUTHOR_LABELS = {"Person", "Organization", "Country"}
NATION_MODIFIERS = {"compound", "amod", "nmod", "poss"}  # "US soldiers", "Afghan civilians", "Iraq's troops"
HARM_METHODS = (
    "incident-victim:",
    "incident-toll:",
    "incident-death:",
    "incident-deaths:",
)  # a country an incident hit through its
# soldiers or servants ("killed 13 U.S. service members"), not its scene: attacked by the incident's stated author
STATE_AIM_METHODS = {"event-target", "event-state-forces"}  # a country an incident was aimed at ("an attack on
# Mali", "the ambush on Nigerien troops"), not only its scene: attacked by the organisation said to have done it (not
# by a state or a person blamed, nor on a suspicion)
UNSIDED_BLAME = {"event-sides", "attacker-of-target"}  # blame that names no one side against the victims: both sides
# of fighting (each loses its own), and blame read back from an attack on the target itself
NAMED_ATTACK = "attack-noun:"  # an attack told by its noun ("Iran's attack on Israel"): an incident of its own
TIED_ONLY = "linked-to"  # blame that only ties an actor to an incident ("officials linked X to the bombing"): it may
# have planned or paid for it, not struck its victims
APPROVED_ONLY = "approved"  # blame of one who only let a deed be done ("X authorised the strike", "on the orders of
# X"): the order given, not the blow struck, so no attack on the incident's victims
NAMED_SUSPECT = "suspect:named"  # one named as a suspect ("police released sketches of two suspects, A and B"): an
# investigation's lead, not said to have struck the incident's victims
LISTED_DOERS = "incident-doers:listed"  # each of a list of people the doers are identified as ("identified the four
# gunmen as A, a Somali-born citizen, B, C and D"): one of a band, not said to have struck each of its victims
FRIENDLY = {"LEADS", "DEPUTY_OF", "MEMBER_OF", "WORKS_FOR", "FUNDS", "ALLIED_WITH", "AFFILIATED_WITH"}  # one side:
# no one vows a response against their own side ("Biden vowed that the United States would respond"), nor is an
# incident its own side is said to have carried out laid on another of its members ("Israel" and "the Israeli military")
SAME_SIDE = FRIENDLY - {"FUNDS", "ALLIED_WITH"}  # one actor's parts and people, not its backer or ally: an incident
# laid on Iran is not its ally Hezbollah's, though Hezbollah fired at what it hit ("Iran launched drones at Israel ...
# Hezbollah, which Iran backs, fired rockets at Israeli positions")
CLAIM_METHODS = {"blame:claim", "blame:responsibility", "perpetrator:claim"}  # an incident laid on its author
# by its own claim
SUBORDINATE = {"advcl", "relcl", "acl", "pcomp", "mark"}  # a clause under another ("..., when X was killed"), or
# an act told under a death ("X was killed when ...", "killed after grabbing ...")
CLAIM_REACH = 80  # tokens before a bare claim's sentence its incident may be named


@dataclass(frozen=True)
class ClauseCues:
    """The cue words of the ``incident_clauses`` block."""

    aim_verbs: frozenset[str]  # "the strikes targeted X", "the blast hit X": what the incident hit
    during_preps: frozenset[str]  # "killed in the strike", "wounded during the raid"
    fight_nouns: frozenset[str]  # "killed in a clash with Y": the fight whose "with" names who fought the victim
    accident_nouns: frozenset[str]  # "killed in a plane crash": a mishap, no incident
    setting_kinds: frozenset[str]  # "shot dead during rioting in X": unrest a harm happened amid, not its act
    claim_nouns: frozenset[str]  # "X claimed responsibility": for the incident last named
    baseline_preps: frozenset[str]  # "the deadliest since the Beslan siege": an incident only measured against
    baseline_verbs: frozenset[str]  # "surpassed only by the Jacarezinho raid": the one measured against, by "by"
    area_strike_nouns: frozenset[str]  # "carried out strikes in X": strikes that hit the area they are in (as written)
    area_preps: frozenset[str]
    when_words: frozenset[str]  # "X was killed when Y struck Z": the clause that tells the act
    scene_words: frozenset[str]  # "the raid on the base at X, where Y killed Z": a clause on the incident's place
    scene_apart_words: frozenset[str]  # "..., where the army later killed Y": a clause that tells another incident
    other_incident_words: frozenset[str]  # "... and seven wounded in a separate attack": another incident's words
    private_people_nouns: frozenset[str]  # "170 Afghan civilians": people of a nation, not its state


@cache
def clause_cues() -> ClauseCues:
    """The ``incident_clauses`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml").get("incident_clauses")
    try:
        return ClauseCues(
            frozenset(block["aim_verbs"]),
            frozenset(block["during_preps"]),
            frozenset(block["fight_nouns"]),
            frozenset(block["accident_nouns"]),
            frozenset(block["setting_kinds"]),
            frozenset(block["claim_nouns"]),
            frozenset(block["baseline_preps"]),
            frozenset(block["baseline_verbs"]),
            frozenset(block["area_strike_nouns"]),
            frozenset(block["area_preps"]),
            frozenset(block["when_words"]),
            frozenset(block["scene_words"]),
            frozenset(block["scene_apart_words"]),
            frozenset(block["other_incident_words"]),
            frozenset(block["private_people_nouns"]) | load_cues().citizen_nouns,
        )
    except (KeyError, TypeError) as exc:
        raise ActorGraphError(f"relations.yaml: the incident_clauses block lacks {exc}") from None


def harm_incident_words(verb: Token) -> list[Token]:
    """The words that may name the incident a harm happened in: the objects of the verb's "in" or "during" ("X was
    killed in a strike", "two died during the raid") and of a passive's "by" ("X was killed by a drone strike"), else
    the incident noun of such a phrase the parse hangs elsewhere in the harm's clause (:func:`shared_harm_incident`)."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    own = prep_objects(verb, clause_cues().during_preps)
    kinds = load_cues().event_kinds
    told = any(w.lemma_.lower() in kinds or w.lower_ in kinds for w in own + agents)  # not "in January 2022"
    return own + agents + ([] if told else shared_harm_incident(verb))


def shared_harm_incident(verb: Token) -> list[Token]:
    """The incident noun of an "in" or "during" phrase the parse hangs on a harm's companion ("X was killed with Y in
    the US strike", "killed alongside Y during the raid") or on a harm joined to it ("four soldiers were killed and
    seven others captured during a clash"): where the harm happened too, for a verb whose own phrases name no
    incident. Not a joined harm's when the first tells its own place or day after it ("killed in Gao on Monday, and
    seven were wounded in an ambush") or is a noun the parse took for a verb ("..., a killing the group blamed on X;
    and Y was killed in a raid"), nor an incident its words set apart ("in a separate attack", "in a raid on a house
    later that month").

    >>> from loaders.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("Karim succeeded Hadi Amiri, who was killed with commander Ali Saleh in the US strike near Erbil.")
    >>> [t.text for t in shared_harm_incident(doc[7])]
    ['strike']
    >>> doc = nlp("Four soldiers were killed and seven others captured during a clash with rebels.")
    >>> [t.text for t in shared_harm_incident(doc[3])]
    ['clash']
    >>> doc = nlp("Four soldiers were killed on Monday and seven others were wounded in an ambush.")
    >>> shared_harm_incident(doc[3])
    []
    """
    cues, kinds = clause_cues(), load_cues().event_kinds
    companions = prep_objects(verb, {"with"} | load_cues().companion_preps)
    heads = {p.head for p in companions}
    own_after = any(c.dep_ in {"prep", "npadvmod"} and c.i > verb.i and c not in heads for c in verb.children)
    told = verb.tag_ in {"VBN", "VBD"} and not own_after  # "were killed", not a noun the parse took for a verb
    harms = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in load_cues().violence_verbs]
    words = [p for c in [*companions, *(harms if told else [])] for p in prep_objects(c, cues.during_preps)]
    return [
        w
        for w in words
        if (w.lemma_.lower() in kinds or w.lower_ in kinds)
        and not any(t.lower_ in cues.other_incident_words for t in w.subtree)
    ]


def in_a_mishap(verb: Token) -> bool:
    """Whether a harm happened in a mishap, no one's deed: "X was killed in a plane crash", "died in a road accident".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Haddad was killed in a helicopter crash, and Farid was killed in an air strike.")
    >>> in_a_mishap(doc[2]), in_a_mishap(doc[10])
    (True, False)
    """
    return any(t.lemma_.lower() in clause_cues().accident_nouns for t in harm_incident_words(verb))


def amid_unrest(noun: Token) -> bool:
    """Whether an incident noun names unrest (riots, an uprising), which a harm may happen amid without being its act.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A reporter was shot dead during riots in the city after a bombing.")
    >>> amid_unrest(doc[6]), amid_unrest(doc[-2])
    (True, False)
    """
    kinds = load_cues().event_kinds
    return kinds.get(noun.lemma_.lower(), kinds.get(noun.lower_)) in clause_cues().setting_kinds


def harmed_amid(noun: Token) -> bool:
    """Whether an incident noun of unrest only says what a harm happened amid: "X was shot dead during rioting in
    Derry" (the shooting is the incident, the rioting its setting).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A reporter was shot dead during riots in the city. The riots began on Monday.")
    >>> harmed_amid(doc[6]), harmed_amid(doc[12])
    (True, False)
    """
    verb = noun.head.head
    during = noun.dep_ == "pobj" and noun.head.lower_ in clause_cues().during_preps and verb.pos_ == "VERB"
    return during and amid_unrest(noun) and verb.lemma_.lower() in load_cues().violence_verbs


def aimed_by_incident(reader: DocReader, verb: Token) -> None:
    """ "The Israeli strikes targeted the villages of X and Y": the incident hit the named actors and places its
    verb's object names (not where they stand: "the site in the X area" happened in X)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in clause_cues().aim_verbs:
        return
    events = reader.events.events_at([c for c in verb.children if c.dep_ == "nsubj"])
    if not events:
        return
    hit: list[Mention] = []
    where: list[Mention] = []
    for obj in (h for c in verb.children if c.dep_ == "dobj" for h in conjuncts(c)):
        scene = scene_tokens(obj, reader.cues, reader.events.is_event_noun)
        found = [m for m in actors_of(obj, reader.index) if not route_end(reader.doc, m)]  # not X of "hit the X-Y
        for m in found:  # bus": where it runs, neither what was hit nor where
            (where if m.start in scene else hit).append(m)
    for event in events:
        reader.emit_all([event], "TARGETED", hit, verb, f"incident-aim:{verb.lemma_.lower()}", 0.7)
        places = [m for m in hit + where if m.label == "Location"]
        reader.emit_all([event], "OCCURRED_AT", places, verb, f"incident-aim:{verb.lemma_.lower()}", 0.7)


def passive_without_be(verb: Token, is_event_noun: Callable[[Token], bool]) -> bool:
    """Whether a harm verb with no object tells of its subject's harm in a named incident, a passive without "was" as
    headlines write it: "Minister killed in Kabul suicide bombing" (the minister is the victim, not the killer), or of
    a harm done by the agent of its "by": "Cartel boss killed by marines in Progreso", a list entry's "- X: killed by
    marines in Progreso in 2012" (the marines killed).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Cartel boss killed by marines in Progreso")
    >>> passive_without_be(doc[2], lambda t: False)
    True
    """
    if has_child(verb, {"dobj", "nsubjpass", "auxpass"}) or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if verb.tag_ == "VBN" and has_child(verb, {"agent"}):
        return True
    return any(is_event_noun(p) for p in prep_objects(verb, clause_cues().during_preps))


def _nationals(victim: Mention, doc: Doc) -> bool:
    """Whether a country a harm names is only the nationality of the people harmed, the noun itself ("killed some 170
    Afghans", "Twelve Palestinians were killed") or a demonym on private people ("170 Afghan civilians"), not the
    owner of the soldiers or servants harmed ("killed 13 U.S. service members", "two American contractors"): people of
    a nation are not the state.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The blast killed 40 Afghans and two US soldiers.")
    >>> _nationals(Mention(4, 5, 0, 0, "Afghans", "Country", "Afghanistan"), doc)
    True
    >>> _nationals(Mention(7, 8, 0, 0, "US", "Country", "United States"), doc)
    False
    """
    last = doc[victim.end - 1]
    return victim.label == "Country" and (last.dep_ not in NATION_MODIFIERS or private_nationality(victim, doc))


def private_nationality(country: Mention, doc: Doc) -> bool:
    """Whether a country is named only as the demonym of private people ("Afghan civilians", "three Israeli
    teenagers": ``private_people_nouns``), not of a state's soldiers, servants or bodies ("US soldiers").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The blast killed 12 Afghan civilians and two US soldiers.")
    >>> private_nationality(Mention(4, 5, 0, 0, "Afghan", "Country", "Afghanistan"), doc)
    True
    >>> private_nationality(Mention(8, 9, 0, 0, "US", "Country", "United States"), doc)
    False
    """
    if country.label != "Country" or country.start < 0:
        return False
    last = doc[country.end - 1]
    return last.dep_ in NATION_MODIFIERS and last.head.lemma_.lower() in clause_cues().private_people_nouns


def victims_of_incident(
    reader: DocReader, verb: Token, agents: list[Mention], victims: list[Mention], by_incident: list[Token]
) -> bool:
    """Whom an incident killed or wounded: "the blast killed X" and "X was killed in Friday's strike" (TARGETED X);
    "X killed two soldiers in a raid" (the raid is X's too); "gunmen stormed X, killing Y" (the storming hit Y).
    Whether the verb told of an incident named before it (the verb then tells of no new one)."""
    during = prep_objects(verb, clause_cues().during_preps)
    events = reader.events.events_at(by_incident + during + relative_incident(reader, verb, during))
    hit = [m for m in victims if m.label != "Location" and not _nationals(m, verb.doc)]
    events += told_by_head(reader, verb)  # "stormed X on Monday, killing Y": the storming's victims
    events += toll_clause_incident(reader, verb, clause_cues().when_words)  # "attacked X in May, when Y were killed"
    method = f"incident-victim:{verb.lemma_.lower()}"
    if not events and not agents and not by_incident and (events := toll_of_last(reader, verb)):
        method = f"incident-toll:{verb.lemma_.lower()}"
    dead = [whole_name(m, reader.index.mentions) for m in hit if m.label == "Person"] if kills_outright(verb) else []
    for event in events:
        event.surfaces += victim_names(event.name, dead) if event.cue.pos_ == "NOUN" else []  # "X strike" of "Israel
        # killed X in a strike on Beirut": an incident told by its noun that killed a person is named by him too
        reader.emit_all([event], "TARGETED", hit, verb, method, 0.7)
    if not by_incident:  # "X killed two soldiers in a raid": X carried out the raid
        in_raid = reader.events.events_at(during)
        reader.emit_all(agents, "BLAMED_FOR", in_raid, verb, f"incident-author:{verb.lemma_.lower()}", 0.7)
    if hit and not agents:
        foes_of_fallen(reader, during, hit)
    return bool(events)


def toll_of_last(reader: DocReader, verb: Token) -> list[Event]:
    """ "Gunmen attacked a police post near X on Monday. Eight soldiers were killed.": a death told in the passive, in
    a main clause with no act of its own ("killed when ...", "killed after ..."), no date, place ("were killed in Y
    village": a harm of its own at another place, made by :meth:`~loaders.events.EventFinder.from_verb`) and no
    incident, author or "when" of its own, is the toll of the incident told last, in that sentence or the one before
    (none when there is none)."""
    sent = verb.sent
    if not is_passive(verb) or any(t.ent_type_ == "DATE" for t in sent):
        return []
    if any(t.ent_type_ in PLACE_LABELS for p in verb.children if p.dep_ == "prep" for t in p.subtree):
        return []
    if any(t.dep_ in SUBORDINATE for t in [verb, *verb.ancestors]) or has_child(verb, SUBORDINATE):
        return []
    if any(t.dep_ == "neg" or t.lower_ == "no" for t in verb.subtree):  # "no US personnel had been hit": no toll
        return []
    clause = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "... was shot down and its pilot was captured"
    if any(comes_after(n) for v in clause for n in prep_objects(v, clause_cues().during_preps)):
        return []  # "In the ensuing engagement a jet was shot down": the toll of what followed, not of the last one
    before = verb.doc[sent.start - 1].sent.start if sent.start else 0
    return [e for e in named_last(reader, verb) if last_told(e, verb.i) >= before]


def foes_of_fallen(reader: DocReader, during: list[Token], hit: list[Mention]) -> None:
    """ "X was killed in a clash with Y", "X was shot dead in a gunfight with Y": the side a fight's "with" names
    fought the victims, so it is blamed for the fight (not one of the victims, nor a place), and, as its author,
    ATTACKED them."""
    fallen = {m.key for m in hit}
    for noun in (n for n in during if n.lemma_.lower() in clause_cues().fight_nouns):
        foes = [m for t in prep_objects(noun, {"with"}) for m in actors_of(t, reader.index, with_preps=False)]
        foes = [m for m in foes if m.label != "Location" and m.key not in fallen]
        fight = reader.events.events_at([noun])
        reader.emit_all(foes, "BLAMED_FOR", fight, noun, f"fought-victims:{noun.lemma_.lower()}", 0.65)


def areas_struck(reader: DocReader, verb: Token, doers: list[Mention]) -> None:
    """ "Pakistan carried out strikes in Khost and Paktika provinces", "Israel conducted airstrikes across southern
    Lebanon": whoever carried out strikes or shelling ATTACKED the named regions and towns they were in (not a
    country: "strikes in Iraq and Syria" hit sites there, not the states)."""
    cues = clause_cues()
    strikes = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in cues.area_strike_nouns]
    if not strikes:
        return
    areas = [p for n in [verb, *strikes] for p in prep_objects(n, cues.area_preps)]
    hit = [m for a in areas for m in actors_of(a, reader.index) if m.label == "Location"]
    reader.emit_all(doers, "ATTACKED", hit, verb, f"area-struck:{strikes[0].lower_}", 0.65)


def told_by_head(reader: DocReader, verb: Token) -> list[Event]:
    """The incident the clause a participle of harm hangs on told by its verb: the raid of "gunmen stormed a school
    in X on Monday, killing three soldiers of Y" (whom it killed, it hit); or, for an act with no date and no author
    named, the incident named last: the attack of "... the drone attack on Tower 22. The drone struck the base's
    living quarters, killing X" (its harm, told after it); a participle coordinated with one hangs on the same clause
    ("ambushed a convoy, killing three soldiers and wounding X": the ambush hit X)."""
    lead = first_participle(verb)
    if lead.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    act = lead.head
    found = [e for e in reader.events.events if e.cue.i == act.i]
    authors = [m for s in subjects_of(act) for m in actors_of(s, reader.index, with_preps=False)]
    dated = any(t.ent_type_ == "DATE" for c in act.children if c.dep_ in {"npadvmod", "prep"} for t in c.subtree)
    return found or ([] if authors or dated else named_last(reader, act))


def first_participle(verb: Token) -> Token:
    """The first of the participles coordinated with this one ("killing" of "killing three and wounding X"), or the
    verb itself.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen ambushed a convoy, killing three soldiers and wounding a colonel.")
    >>> first_participle(next(t for t in doc if t.text == "wounding")).text
    'killing'
    """
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        verb = verb.head
    return verb


def authors_of_acts_aimed(reader: DocReader, verb: Token) -> list[Mention]:
    """Who carried out the incident a participle of attack describes: Saudi Arabia of "Saudi warplanes carried out
    airstrikes targeting X" (the verb the incident is the object of), Israel of "Israeli strikes targeting X"."""
    noun = verb.head
    if verb.dep_ != "acl" or not reader.events.is_event_noun(noun):
        return []
    authors = reader.attackers(noun)
    doer = noun.head
    if not authors and noun.dep_ == "dobj" and doer.lemma_.lower() in reader.cues.perpetration_verbs:
        authors = [m for s in subjects_of(doer) for m in actors_of(s, reader.index, with_preps=False)]
    text, start = reader.facts.text, verb.sent.start  # not the outlet of a byline the parse joined to the sentence
    byline = [m for m in authors if m.start >= start and "\n" in text[m.end_char : verb.idx]]  # "By A, CNN\nThe US"
    return [m for m in authors if m.label != "Location" and m not in byline]


def incidents_during(reader: DocReader, verb: Token) -> list[Token]:
    """The incident nouns after a verb's "in" or "during": the strike of "Hezbollah was targeted in an Israeli
    strike" and of "X died in an Israeli strike", and the ambush of "the ambush at X in which Y died"."""
    during = prep_objects(verb, clause_cues().during_preps)
    return [p for p in during if reader.events.names_the_harm(p)] + relative_incident(reader, verb, during)


def relative_incident(reader: DocReader, verb: Token, during: list[Token]) -> list[Token]:
    """The incident a relative clause's "in which" stands for: the noun the clause describes, or the incident whose
    place or date the parser hung it on ("the ambush at Tongo Tongo in which four soldiers died"), also when the
    parser hung the "in which" on the clause's subject ("..., in which four US soldiers were killed")."""
    if verb.dep_ != "relcl" or not (
        any(p.lower_ in reader.cues.thing_relative_pronouns for p in during) or leading_in_which(verb)
    ):
        return []
    return incident_above(reader, verb.head)


def leading_in_which(verb: Token) -> bool:
    """Whether a relative clause opens with "in which" or "during which" that the parser hung on a word of the
    clause other than its verb ("in which four US soldiers were killed": on "soldiers").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("It was the ambush near the village of Kolo, Mali, in which four US soldiers were killed.")
    >>> leading_in_which(doc[-2]), leading_in_which(doc[1])
    (True, False)
    """
    first = min(verb.subtree, key=lambda t: t.i)
    pronoun = verb.doc[first.i + 1] if first.i + 1 < verb.i else None
    return (
        first.lower_ in clause_cues().during_preps
        and pronoun is not None
        and pronoun.lower_ in load_cues().thing_relative_pronouns
        and pronoun.head == first
    )


def incident_above(reader: DocReader, noun: Token, *, past_descriptions: bool = False) -> list[Token]:
    """The incident noun a relative clause describes: the noun it hangs on, or the incident whose place or date the
    parser hung it on ("the bombing at Kabul airport, which killed X", "the ambush at Tongo Tongo in which ..."), also
    when that date or place hangs on the verb before it ("was behind the bombing at Kabul airport in August 2021 that
    killed X": the bombing the date follows). With ``past_descriptions`` (a clause whose subject did the harm, which no
    place does), also past a description set beside the place or target ("the attack on Tower 22, a US base near the
    Syrian border, which killed three soldiers": the attack, not the base; but "the raid at X, a town in which nine
    soldiers died" tells of the town's deaths)."""
    for _ in range(4):  # the noun, then up through "at Tongo Tongo", "of October 2017", ", a US base"
        if reader.events.is_event_noun(noun):
            return [noun]
        if past_descriptions and noun.dep_ == "appos" and noun.head.dep_ == "pobj":
            noun = noun.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return []
        if noun.head.head.pos_ in {"VERB", "AUX"}:
            return _incident_before(reader, noun.head)
        noun = noun.head.head
    return []


def _incident_before(reader: DocReader, prep: Token) -> list[Token]:
    """The incident noun of the phrase a date or place's preposition follows, the parser having hung the date or place
    on the verb: "bombing" of "behind the bombing at Kabul airport in August 2021", "ambush" of "recalled the ambush
    of 12 May near the village of X"; none across a verb or a clause's comma (nor when the word after the phrase is
    set off by one)."""
    for token in reversed(prep.doc[prep.sent.start : prep.i]):
        if token.pos_ in {"VERB", "AUX"} or token.text in {",", ";", ":"}:
            return []
        if reader.events.is_event_noun(token):
            return [token]
    return []


def relative_subject_incident(reader: DocReader, verb: Token) -> list[Token]:
    """The incident that is the subject of a relative clause of harm hung on the incident's place or target: the
    bombing of "a suicide bombing at Kabul airport, which killed 13 U.S. service members" (the airport killed no one),
    the attack of "an attack on an army post that killed four soldiers" (nor did the army); also a relative clause the
    parser took for a clause of the verb before it ("claimed an attack on a checkpoint in August 2016 that killed two
    officers": the attack the pronoun follows)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ not in reader.cues.thing_relative_pronouns:
        return []
    if verb.dep_ in {"ccomp", "advcl"} and subjects[0].i == min(t.i for t in verb.subtree):
        return _incident_before(reader, subjects[0])
    if verb.dep_ != "relcl" or reader.events.is_event_noun(verb.head):
        return []
    return incident_above(reader, verb.head, past_descriptions=True)


def scene_incident(reader: DocReader, verb: Token) -> list[Token]:
    """The incident a "where" clause of harm hung on its place tells: the raid of "the raid on the army base at
    Kolofata, where Boko Haram fighters killed 40 soldiers"; none for a place no incident's phrase names ("the town of
    Kolofata, where the army killed 40 fighters" tells an incident of its own), nor for a clause dated apart ("the
    bombing in Gao, where the army later killed two commanders", "..., where in 2021 X killed Y")."""
    wanted = clause_cues()
    scene = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in wanted.scene_words]
    if verb.dep_ != "relcl" or not scene or reader.index.at(verb.head) is None:
        return []
    if any(t.lower_ in wanted.scene_apart_words or t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return []
    return incident_above(reader, verb.head)


def authors_during(reader: DocReader, verb: Token) -> list[Mention]:
    """Who the incident a passive verb of attack happened in is by: Israel of "Hezbollah was targeted in an Israeli
    strike"."""
    return [m for p in incidents_during(reader, verb) for m in reader.attackers(p)]


def acts_when(reader: DocReader, verb: Token) -> list[Token]:
    """The verbs of attack or violence of the "when" clauses of a verb of harm: "struck" of "X was killed when Israeli
    aircraft struck a building in Beirut", the act the harm was done by (``violence`` verbs, ``aim_verbs`` and the
    verbs of ``ATTACKED``)."""
    wanted = clause_cues()
    cues = reader.cues
    acts = cues.violence_verbs | wanted.aim_verbs
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(a.dep_ == "advmod" and a.lower_ in wanted.when_words for a in c.children)
    ]
    return [
        c
        for c in clauses
        if c.lemma_.lower() in acts or any(q.type == "ATTACKED" for q in cues.verbs.get(c.lemma_.lower(), ()))
    ]


def authors_when(reader: DocReader, acts: list[Token]) -> list[Mention]:
    """Who did these acts (:func:`acts_when`): Israel of "X was killed when Israeli aircraft struck a building"."""
    found = [m for c in acts for s in subjects_of(c) for m in actors_of(s, reader.index, with_preps=False)]
    return [m for m in found if m.label != "Location"]


def claimed_last(reader: DocReader, noun: Token) -> list[Event]:
    """The incident a bare claim is for: "Al-Shabaab claimed responsibility." (the one named last, not far back)."""
    wanted = clause_cues()
    if noun.lemma_.lower() not in wanted.claim_nouns:
        return []
    return named_last(reader, noun)


def named_last(reader: DocReader, token: Token) -> list[Event]:
    """The incident named last before a claim's word, by its own word or a reference back to it, not far back, and not
    one named only to measure another by (none when there is none)."""
    start = token.sent.start  # read once: ``token.sent`` walks the parse at each reading
    told = [e for e in reader.events.events if e.cue.i < token.i]
    recent = [e for e in told if start - last_told(e, token.i) < CLAIM_REACH and not is_baseline(e.cue)]
    return [max(reversed(recent), key=lambda e: last_told(e, token.i))] if recent else []


def last_told(event: Event, before: int) -> int:
    """Where an incident was last told before a word: its own word, or a reference back that joined it ("A gunman shot
    two men in X on Sunday. ... The attack, in which ..., was claimed by Y")."""
    return max(i for i in [event.cue.i, *event.told_at] if i < before)


def is_baseline(cue: Token) -> bool:
    """Whether an incident is named only as the measure of another: "the deadliest attack since the Beslan siege",
    "worse than the 2015 bombing", "the second-deadliest raid, surpassed only by last year's raid in X".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("It was the deadliest raid, surpassed only by last year's operation in Kano.")
    >>> is_baseline(doc[12]), is_baseline(doc[4])
    (True, False)
    """
    if cue.dep_ != "pobj":
        return False
    cues = clause_cues()
    by_measure = cue.head.lower_ == "by" and cue.head.head.lemma_.lower() in cues.baseline_verbs
    return cue.head.lower_ in cues.baseline_preps or by_measure


def incident_authors(reader: DocReader) -> dict[str, list[str]]:
    """The keys of the actors the document lays each incident on (by the incident's key): blame not denied, that names
    one side (not "fighting between X and Y") and does more than tie an actor to it."""
    labels = {key: actor.label for key, actor in reader.facts.actors.items()}
    authors: dict[str, list[str]] = {}
    for r in reader.facts.relations:
        if r.type != "BLAMED_FOR" or r.certainty == "negated" or r.method in UNSIDED_BLAME | {TIED_ONLY}:
            continue
        if labels.get(r.subject) in AUTHOR_LABELS and r.subject not in authors.setdefault(r.object, []):
            authors[r.object].append(r.subject)
    return authors


def attackers_of_targets(reader: DocReader) -> None:
    """ "A bombing hit the Frontier Corps convoy ... The BLA attacked the convoy": whoever the document says attacked
    what an incident targeted is blamed for the incident, on the sentence that tells of the attack; not an incident
    the document lays on another side ("the Hamas-led attack on Israel ... Hezbollah fired at Israeli positions": the
    attack is Hamas's, and Hezbollah's fire another act; an ally or a backer is another side), nor one that hit the
    owner of an aircraft shot down ("Iran's attack on Israel ... British jets shot down Iranian drones")."""
    facts = reader.facts
    events_hitting: dict[str, list[str]] = {}
    for r in facts.relations:
        if r.type == "TARGETED":
            events_hitting.setdefault(r.object, []).append(r.subject)
    known = {(r.subject, r.type, r.object) for r in facts.relations}
    authors = incident_authors(reader)
    friends = {frozenset((r.subject, r.object)) for r in facts.relations if r.type in SAME_SIDE}
    attacks = [r for r in facts.relations if r.type == "ATTACKED" and r.certainty != "negated"]
    laid = [r for r in attacks if not r.method.startswith("violence") and r.method != SERIES_ATTACK]  # not "some of
    # them wounded X", nor "blamed for a string of attacks on X" (a series, no one incident)
    laid = [r for r in laid if AIRCRAFT_DOWNED not in r.method]  # nor "shot down Iranian drones": Iran's aircraft hit
    laid = [r for r in laid if not r.method.startswith(NAMED_ATTACK)]  # nor "the Hamas-led attack on Israel": an
    # attack a noun names is an incident of its own, not every one that hit the same side
    for r in laid:
        for event in dict.fromkeys(events_hitting.get(r.object, ())):
            others = [a for a in authors.get(event, ()) if a != r.subject and frozenset((a, r.subject)) not in friends]
            if others:
                continue  # laid on another side
            if (r.subject, "BLAMED_FOR", event) not in known:
                known.add((r.subject, "BLAMED_FOR", event))
                facts.relations.append(replace(r, type="BLAMED_FOR", object=event, method="attacker-of-target"))


def claimed_targets(reader: DocReader) -> None:
    """ "X claimed the attack in a statement, saying its fighters had targeted Y": what the claimant says, in the
    sentence of its claim, that it struck (an attack told by a verb, on an actor) is what the incident TARGETED."""
    facts = reader.facts
    labels = {key: actor.label for key, actor in facts.actors.items()}
    laid = [r for r in facts.relations if r.type == "BLAMED_FOR" and r.method in CLAIM_METHODS]
    struck = [r for r in facts.relations if r.type == "ATTACKED" and r.method.startswith("verb:")]
    struck = [r for r in struck if labels.get(r.object) in VICTIM_LABELS]  # not the sea or the area it fired into
    known = {(r.subject, r.type, r.object) for r in facts.relations}
    for blame in laid:
        for hit in (r for r in struck if r.subject == blame.subject and r.start == blame.start):
            if (blame.object, "TARGETED", hit.object) not in known:
                known.add((blame.object, "TARGETED", hit.object))
                facts.relations.append(
                    replace(hit, subject=blame.object, type="TARGETED", certainty="asserted", method="claimed-target")
                )


def state_of_the_harmed(reader: DocReader, hit: RelationFact) -> bool:
    """Whether the country an incident hit is named as the state of those it harmed, the modifier of their noun ("13
    U.S. service members", "four Nigerien soldiers"), not its people ("three Palestinians died": no attack on the
    state)."""
    span = reader.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    named = [m for m in reader.index.within(span or []) if m.key == hit.object]
    return any(reader.doc[m.end - 1].dep_ in {"compound", "amod", "nmod"} for m in named)


def unlaid_retellings(
    hit_by: dict[str, list[str]], labels: dict[str, str], authors: dict[str, list[str]]
) -> dict[str, list[str]]:
    """The incidents laid on no one that hit a person whom exactly one incident laid on someone also hit, by that
    incident: one death told twice ("X was killed in an Israeli drone strike ... Hamas named the six others killed
    as A and B": the killing the names are told of is the strike), so the author of the one is the other's."""
    laid_hitting: dict[str, list[str]] = {}
    for event in authors:
        for victim in hit_by.get(event, ()):
            if labels.get(victim) == "Person":
                laid_hitting.setdefault(victim, []).append(event)
    retold: dict[str, list[str]] = {}
    for event, victims in hit_by.items():
        if authors.get(event):
            continue
        laid = {e for v in victims for e in laid_hitting.get(v, ())}
        if len(laid) == 1:
            retold.setdefault(laid.pop(), []).append(event)
    return retold


@cache
def ousting_kinds() -> frozenset[str]:
    """The kinds of incident that oust whom they hit rather than strike them (``ousting_kinds``: a coup)."""
    return frozenset(load_seed_yaml("relations.yaml")["ousting_kinds"])


def _ousts(event: ActorFact | None) -> bool:
    """Whether an event is an incident of an ousting kind ("the coup in Niger, in which X ousted President Y")."""
    return event is not None and event.incident is not None and event.incident.kind in ousting_kinds()


def authors_attacked_targets(reader: DocReader) -> None:
    """ "The ADF was behind the raid ... The raid killed X": whoever the document lays an incident on ATTACKED each
    actor the incident hit (the ontology: killing or striking a named actor is an attack on it), with the blame's
    certainty, on the sentence that lays it (places only happen to be where it was: not attacked), and an organisation
    said to have done it the states it was aimed at ("X was behind the attack on Malian troops": Mali); not its own
    side, which the page ties to the author (a commander of the group, the umbrella it belongs to): an incident that
    hit them is another side's, told beside the author's own. A coup's authors are set against whom it ousted (OPPOSES),
    not said to have struck them."""
    facts = reader.facts
    labels = {key: actor.label for key, actor in facts.actors.items()}
    friends = {frozenset((r.subject, r.object)) for r in facts.relations if r.type in FRIENDLY}
    hit_by: dict[str, list[str]] = {}
    states_aimed_at: dict[str, list[str]] = {}
    for r in facts.relations:
        harmed_state = labels.get(r.object) == "Country" and r.method.startswith(HARM_METHODS)
        harmed_state = harmed_state and state_of_the_harmed(reader, r)
        if r.type == "TARGETED" and (labels.get(r.object) in VICTIM_LABELS or harmed_state):
            hit_by.setdefault(r.subject, []).append(r.object)
        elif r.type == "TARGETED" and labels.get(r.object) == "Country" and r.method in STATE_AIM_METHODS:
            states_aimed_at.setdefault(r.subject, []).append(r.object)
    for event in (e for e in reader.events.events if e.bodies_hit):  # "killed X, the commander of Y": Y, attacked
        # through its commander, though not the incident's target
        hit_by.setdefault(reader._actor(event), []).extend(m.key for m in event.bodies_hit if m.key in labels)
    known = {(r.subject, r.type, r.object) for r in facts.relations}
    blamed = [r for r in facts.relations if r.type == "BLAMED_FOR" and r.certainty != "negated"]
    blamed = [r for r in blamed if labels.get(r.subject) in AUTHOR_LABELS and r.method not in UNSIDED_BLAME]
    names = {key: actor.name for key, actor in facts.actors.items()}
    retold = unlaid_retellings(hit_by, labels, incident_authors(reader))
    blamed = [r for r in blamed if r.method not in {TIED_ONLY, NAMED_SUSPECT, APPROVED_ONLY, LISTED_DOERS}]
    for r in (r for r in blamed if not names_operation(names.get(r.object, ""))):
        hit = [*hit_by.get(r.object, ()), *(v for e in retold.get(r.object, ()) for v in hit_by[e])]
        aimed_at = states_aimed_at.get(r.object, []) if labels.get(r.subject) == "Organization" else []
        for victim in dict.fromkeys([*hit, *aimed_at]):
            if labels.get(victim) == "Country" and r.certainty != "asserted":
                continue  # a state hit through its dead is attacked only by who is said to have done it
            if frozenset((r.subject, victim)) in friends:
                continue  # its own side
            rel_type = "OPPOSES" if _ousts(facts.actors.get(r.object)) else "ATTACKED"  # "the coup ousted X"
            if victim != r.subject and (r.subject, rel_type, victim) not in known:
                known.add((r.subject, rel_type, victim))
                facts.relations.append(replace(r, type=rel_type, object=victim, method="author-of-incident"))
