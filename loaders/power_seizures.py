"""Power seized: "Colonel X's special forces seized power on 5 September, detaining President Y at the palace in Z",
"A and B seized power in the October 2021 coup". A seizure of power is a coup, one incident laid on who seized it
(BLAMED_FOR), at the places its clause names (OCCURRED_AT), hitting the people its participle ousts (TARGETED,
"after ousting X" too); told with a coup of its own ("in the 2021 coup"), that coup is laid on them and hit whom it
ousted. A state's head ousted ("In Mali, X ousted
President Y", "Mali's President Y was overthrown by X") and whoever ousted him both lead the state; the coup a
relative clause tells so of is laid on the ousters and hit the head ousted ("the coup in Niger, in which soldiers led
by X ousted President Y").

The cue words are the ``power_seizures`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.capital_states import capital_state
from loaders.doc_tree import has_child
from loaders.known_offices import heads_a_state
from loaders.mentions import Mention
from loaders.syntax import actors_of, agents_of, is_passive, prep_objects, subjects_of
from loaders.unreal_acts import is_unreal

if TYPE_CHECKING:
    from loaders.extract import DocReader

_WHERE = {"in", "at"}  # "in Conakry", "at the presidential palace in Conakry"
TITLE_WORDS = 4  # a state head's title before a name, with its state's possessive: "Mali's interim prime minister"


@dataclass(frozen=True)
class PowerSeizureCues:
    """The ``power_seizures`` block of ``seeds/relations.yaml``."""

    verbs: frozenset[str]
    objects: frozenset[str]
    ousting_verbs: frozenset[str]
    head_ousting_verbs: frozenset[str]


@cache
def power_seizure_cues() -> PowerSeizureCues:
    """The project's cues of power seized, loaded once per process.

    >>> "seize" in power_seizure_cues().verbs, "power" in power_seizure_cues().objects
    (True, True)
    """
    block = load_seed_yaml("relations.yaml")["power_seizures"]  # a missing key is a one-line SeedKeyError
    return PowerSeizureCues(**{name: frozenset(block[name]) for name in PowerSeizureCues.__dataclass_fields__})


def seizes_power(verb: Token) -> bool:
    """Whether a verb tells power seized as a fact: "seized power", "took power" (not "plans to seize power")."""
    cues = power_seizure_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.verbs:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.objects for c in verb.children) and not is_unreal(verb)


def ousting_clauses(verb: Token) -> list[Token]:
    """The participles after a seizure of power that say whom it ousted: "..., detaining X", "ousting X", and one
    after "after" ("seized power after ousting X")."""
    ousting = power_seizure_cues().ousting_verbs
    clauses = [c for c in verb.children if c.dep_ in {"advcl", "conj"}]
    clauses += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" for p in c.children]
    return [c for c in clauses if c.dep_ in {"advcl", "conj", "pcomp"} and c.lemma_.lower() in ousting]


def places_of(holders: list[Token], reader: DocReader) -> list[Mention]:
    """The named places the "in" and "at" phrases on these words give, and those the places' own phrases give ("at
    the presidential palace in X")."""
    pobjs = [p for h in holders for p in prep_objects(h, _WHERE)]
    pobjs += [inner for p in pobjs for inner in prep_objects(p, _WHERE)]
    found = [m for p in pobjs for m in actors_of(p, reader.index, with_preps=False) if m.label == "Location"]
    return list(dict.fromkeys(found))


def seized_power(reader: DocReader, verb: Token) -> None:
    """BLAMED_FOR from who seized power to the coup it was: the coup its "in" phrase names, else a new incident at its
    places or on whom it ousted, when its clause dates it or says where."""
    if not seizes_power(verb):
        return
    seizers = [m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)]
    seizers = [m for m in seizers if m.label in {"Person", "Organization"}]
    told = [e for n in prep_objects(verb, {"in"}) if (e := reader.events.event_at(n)) is not None]
    event = told[0] if told else None
    ousting = ousting_clauses(verb)
    ousted = [d for o in ousting for d in o.children if d.dep_ == "dobj"]
    targets = [m for d in ousted for m in actors_of(d, reader.index, with_preps=False) if m.label == "Person"]
    if event is None:
        seized = [c for c in verb.children if c.dep_ == "dobj"]  # "seized power in X": the parse may hang it there
        event = reader.events.from_power_seized(verb, places_of([verb, *seized, *ousting, *ousted], reader), targets)
        if event is not None:
            reader.event_links(event)
    if event is not None:
        reader.emit_all(seizers, "BLAMED_FOR", [event], verb, "power-seized", 0.7)
        if told:  # "seized power in the 2022 coup, ousting X": the coup hit X
            reader.emit_all([event], "TARGETED", targets, verb, "power-seized-ousted", 0.7, "asserted")
    people = [m for m in seizers if m.label == "Person"]
    reader.emit_all(people, "LEADS", states_seized(reader, verb), verb, "power-seized-state", 0.7)


def states_seized(reader: DocReader, verb: Token) -> list[Mention]:
    """The states whose power a seizure took, by the "in" phrase on the verb or on "power": the state named ("seized
    power in Mali") or the one whose capital is named ("seized power in Ouagadougou")."""
    seized = [c for c in verb.children if c.dep_ == "dobj"]
    places = [p for t in [verb, *seized] for p in prep_objects(t, {"in"})]
    named = [m for p in places for m in actors_of(p, reader.index, with_preps=False)]
    states = [m for m in named if m.label == "Country"]
    return states + [s for m in named if m.label == "Location" and (s := capital_state(m)) is not None]


def ousted_heads(reader: DocReader, verb: Token) -> None:
    """LEADS from who ousted a state's head, and from the head ousted, to the state the clause names: "In Mali, X
    ousted President Y", "Mali's President Y was overthrown by X", "..., only to be removed by Z" (Z after X);
    BLAMED_FOR from the ousters to the coup whose relative clause it is ("the coup, in which X ousted Y"), and
    TARGETED from that coup to the head ousted."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in power_seizure_cues().head_ousting_verbs or is_unreal(verb):
        return
    passive = is_passive(verb) or (verb.tag_ == "VBN" and has_child(verb, {"agent"}))
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]  # else the subject of the verb it hangs on
    ousted = (own or subjects_of(verb)) if passive else [c for c in verb.children if c.dep_ == "dobj"]
    ousters = agents_of(verb) if passive else subjects_of(verb)
    heads = [m for t in ousted for m in actors_of(t, reader.index, with_preps=False) if m.label == "Person"]
    follows = verb.dep_ in {"advcl", "conj"} and verb.head.lemma_.lower() in power_seizure_cues().head_ousting_verbs
    heads = [m for m in heads if follows or _titled_head(reader, m)]
    if not heads:
        return
    doers = [m for t in ousters for m in actors_of(t, reader.index, with_preps=False) or _leaders_of(reader, t)]
    people = heads + [m for m in doers if m.label == "Person"]
    states = _states_named(reader, verb, heads)
    reader.emit_all(people, "LEADS", states, verb, "ousted-head-state", 0.7)
    told = reader.events.event_at(verb.head) if verb.dep_ == "relcl" else None  # "the coup in which X ousted Y"
    if told is not None:
        doers = [m for m in doers if m.label in {"Person", "Organization"}]
        reader.emit_all(doers, "BLAMED_FOR", [told], verb, "ousted-head-coup", 0.7)
        reader.emit_all([told], "TARGETED", heads, verb, "ousted-head-coup-target", 0.7, "asserted")


def _leaders_of(reader: DocReader, noun: Token) -> list[Mention]:
    """Who leads the unnamed people a noun names, by a participle of a LEADS verb: "soldiers led by X" (X)."""
    led = [c for c in noun.children if c.dep_ == "acl" and _leads(reader, c)]
    return [m for v in led for t in agents_of(v) for m in actors_of(t, reader.index, with_preps=False)]


def _leads(reader: DocReader, verb: Token) -> bool:
    """Whether a verb is one of LEADS ("led", "commanded")."""
    return any(cue.type == "LEADS" for cue in reader.cues.verbs.get(verb.lemma_.lower(), ()))


def _titled_head(reader: DocReader, person: Mention) -> bool:
    """Whether a state head's title comes right before a person's name: "President Y", "Mali's prime minister Y"."""
    words = [t.lower_ for t in reader.doc[max(person.start - TITLE_WORDS, 0) : person.start]]
    return heads_a_state(reader.cues.state_head_titles, words)


def _states_named(reader: DocReader, verb: Token, heads: list[Mention]) -> list[Mention]:
    """The states an ousting's clause names: in the "in" phrase of the verb or of the verbs it hangs on ("In Mali, X
    ousted Y, only to be removed by Z"), or as the owner of an ousted head's title ("Mali's President Y")."""
    verbs = [verb]
    while verbs[-1].dep_ in {"advcl", "conj", "relcl"} and len(verbs) < 3:
        verbs.append(verbs[-1].head)  # "the coup in Niger, in which X ousted Y": the coup's "in" phrase
    named = [m for v in verbs for p in prep_objects(v, {"in"}) for m in actors_of(p, reader.index, with_preps=False)]
    titles = [t for h in heads for t in reader.doc[max(h.start - TITLE_WORDS, 0) : h.start]]
    named += [m for t in titles if t.dep_ == "case" and (m := reader.index.at(t.head)) is not None]
    states = [m for m in named if m.label == "Country"]
    return states + [s for m in named if m.label == "Location" and (s := capital_state(m)) is not None]
