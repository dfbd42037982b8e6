"""Who an incident is laid on, where it happened, what it was aimed at, and the phrases that name it on one line.

"intense fighting between the ELN and the FARC dissidents" is an incident of both sides; "the Islamic
State-claimed attack" is one of the group that claimed it; "the attack was attributed to X" lays it on X;
"the bombing took place in X" happened there; "the siege of El Fasher" hit the town. The cue words are the
``incidents`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from graph.errors import ActorGraphError
from graph.seeds import load_seed_yaml
from loaders.coordination import first_of_list
from loaders.cues import Cues, load_cues
from loaders.doc_tree import has_child, tree_of
from loaders.doc_words import span_text
from loaders.mentions import Mention
from loaders.months import month_numbers
from loaders.named_operations import operation_title
from loaders.place_names import named_after_place_noun
from loaders.qualifying_gerunds import qualifying_gerund
from loaders.syntax import MentionIndex, actors_of, conjuncts, naming_participles, prep_objects, subjects_of

_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")  # "X - Y", "X – Y": a break between two phrases, no hyphen

ROUTE_HYPHENS = {"-", "–"}  # "the Lagos-Ibadan train", "the Lagos–Ibadan train"
ROUTE_MODIFIERS = {"compound", "amod", "npadvmod", "nmod"}  # the words between a route's end and its noun


@dataclass(frozen=True)
class IncidentCues:
    """The cue words of the ``incidents`` block."""

    sides_preps: frozenset[str]  # "fighting between X and Y", "clashes with Y"
    claim_words: frozenset[str]  # "X-claimed attack"
    attribution_verbs: frozenset[str]  # "was attributed to X"
    attribution_preps: frozenset[str]
    series_nouns: frozenset[str]  # "a series of raids": one incident told in parts
    example_preps: frozenset[str]  # "bombings in X, including a blast at Y": an example, one of its own
    aimed_kinds: frozenset[str]  # kinds of incident whose place is the thing hit: "the siege of El Fasher"
    aimed_settlement_kinds: frozenset[str]  # kinds whose place is hit unless an installation: "an attack on Kokorou"
    installation_words: frozenset[str]  # "the K-1 base": where an attack happened, not what it hit
    ground_nouns: frozenset[str]  # "an attack on Russian soil": the state's ground, not a target
    mission_nouns: frozenset[str]  # "a bombing outside the Russian embassy": the state's mission, hit
    standing_preps: frozenset[str]  # "an attack on a camp at X": where the thing hit stands
    through_preps: frozenset[str]  # "a camp for displaced people at X": the chain down to it
    site_preps: frozenset[str]  # "a bombing outside the Interior Ministry": the body named as its place was hit
    aiming_verbs: frozenset[str]  # "launched an offensive against X": the verb's preposition names its aim
    placing_verbs: frozenset[str]  # "carried out the strike in X": the verb's place phrase is the incident's
    route_nouns: frozenset[str]  # "the Lagos-Ibadan train": the places it runs between, not where it was hit
    bound_words: frozenset[str]  # "the Quetta-bound train": where it was going
    responsible_words: frozenset[str]  # "X is responsible for the bombing"
    holding_verbs: frozenset[str]  # "officials held X responsible for the bombing"
    occurrence_verbs: frozenset[str]  # "the blast occurred in X"
    occurrence_phrases: tuple[tuple[str, str], ...]  # "the attack took place in X": (verb, object)
    blame_on_verbs: frozenset[str]  # "officials blamed the bombing on X"
    blame_on_preps: frozenset[str]
    hedged_doer_words: frozenset[str]  # "suspected X fighters attacked": only alleged
    hedged_doer_types: frozenset[str]
    hedged_tie_words: frozenset[str]  # "militants linked to X attacked": only alleged of X
    referred_as_kinds: dict[str, str]  # "an offensive ... the assault": the kind a reference back may name it by
    own_kind_references: frozenset[str]  # "the unrest": a reference back of a kind that means only its own kind
    plural_referred_nouns: dict[str, frozenset[str]]  # "a massacre ... the killings": plural nouns naming one incident
    open_end_words: frozenset[str]  # "an ambush near X in May 2019 in" of "... in which": no name ends so
    crossing_preps: frozenset[str]  # "across the border from X": a line crossed ...
    crossed_line_nouns: frozenset[str]  # ... whose phrase names the side the incident was not on


@cache
def incident_cues() -> IncidentCues:
    """The ``incidents`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml").get("incidents")
    try:
        return IncidentCues(
            frozenset(block["sides_preps"]),
            frozenset(block["claim_words"]),
            frozenset(block["attribution_verbs"]),
            frozenset(block["attribution_preps"]),
            frozenset(block["series_nouns"]),
            frozenset(block["example_preps"]),
            frozenset(block["aimed_kinds"]),
            frozenset(block["aimed_settlement_kinds"]),
            frozenset(block["installation_words"]),
            frozenset(block["ground_nouns"]),
            frozenset(block["mission_nouns"]),
            frozenset(block["standing_preps"]),
            frozenset(block["through_preps"]),
            frozenset(block["site_preps"]),
            frozenset(block["aiming_verbs"]),
            frozenset(block["placing_verbs"]),
            frozenset(block["route_nouns"]),
            frozenset(block["bound_words"]),
            frozenset(block["responsible_words"]),
            frozenset(block["holding_verbs"]),
            frozenset(block["occurrence_verbs"]),
            tuple(tuple(phrase.split()) for phrase in block["occurrence_phrases"]),
            frozenset(block["blame_on_verbs"]),
            frozenset(block["blame_on_preps"]),
            frozenset(block["hedged_doer_words"]),
            frozenset(block["hedged_doer_types"]),
            frozenset(block["hedged_tie_words"]),
            dict(block["referred_as_kinds"]),
            frozenset(block["own_kind_references"]),
            {noun: frozenset(plurals) for noun, plurals in block["plural_referred_nouns"].items()},
            frozenset(block["open_end_words"]),
            frozenset(block["crossing_preps"]),
            frozenset(block["crossed_line_nouns"]),
        )
    except (KeyError, TypeError) as exc:
        raise ActorGraphError(f"relations.yaml: the incidents block lacks {exc}") from None


def _not_places(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.label != "Location"]


def sides(cue: Token, index: MentionIndex, cues: Cues) -> list[Mention]:
    """Who fights in fighting that goes both ways: "fighting between X and Y"; "X engaged in clashes with Y"
    (the verb's subject too)."""
    if cue.lemma_.lower() not in cues.mutual and cue.lower_ not in cues.mutual:
        return []
    found = [m for p in prep_objects(cue, incident_cues().sides_preps) for m in _side(p, index)]
    if found and prep_objects(cue, {"with"}) and cue.dep_ == "pobj" and cue.head.head.pos_ == "VERB":
        verb = cue.head.head  # "engaged in clashes with Y"
        found = [m for s in subjects_of(verb) for m in _side(s, index)] + found
    found = list(dict.fromkeys(found))
    return found if len({m.key for m in found}) > 1 else []  # fighting has two sides


def _side(token: Token, index: MentionIndex) -> list[Mention]:
    """The actors a side names, or those it is part of ("fighters from the Fano militia"), never the places
    it fights in ("the two forces in Mali")."""
    named = actors_of(token, index, with_preps=False) or [
        m for p in prep_objects(token, load_cues().membership_preps) for m in actors_of(p, index, with_preps=False)
    ]
    return _not_places(named)


def claimants(cue: Token, index: MentionIndex) -> list[Mention]:
    """Who a participle before the incident says claimed it: "the Islamic State-claimed attack"."""
    words = incident_cues().claim_words
    return _not_places(
        [m for left in cue.lefts if left.lower_ in words for m in index.within(list(left.subtree)) if m.end <= left.i]
    )


def authors(cue: Token, index: MentionIndex, cues: Cues) -> list[Mention]:
    """Who the incident's own phrase lays it on: both sides of fighting, the group that claimed it."""
    return list(dict.fromkeys(sides(cue, index, cues) + claimants(cue, index)))


def series_of(cue: Token) -> Token | None:
    """The noun an incident is a series of ("a series of raids in Germany", "a wave of attacks"): the phrase that
    holds its place, its date and its author."""
    first = cue
    while first.dep_ == "conj" and first.head.i < first.i:  # "a wave of bombings and shootings in X": of both
        first = first.head
    gerund = qualifying_gerund(first)
    of = "pcomp" if gerund is not None else "pobj"  # "a string of shooting attacks": the parse's gerund is "of"'s
    first = gerund or first
    holder = first.head.head if first.dep_ == of and first.head.lower_ == "of" else None
    if holder is None or holder.lemma_.lower() not in incident_cues().series_nouns:
        return None
    return holder


def across_a_line(pobj: Token) -> bool:
    """Whether a place phrase's noun is a line an incident is placed across ("struck targets across the border from
    X"), whose own phrase names the other side, not the incident's place.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Jets struck targets across the border from Kidal, and across northern Mali.")
    >>> across_a_line(doc[5]), across_a_line(doc[12])
    (True, False)
    """
    cues = incident_cues()
    return pobj.head.lower_ in cues.crossing_preps and pobj.lemma_.lower() in cues.crossed_line_nouns


def is_example(prep: Token) -> bool:
    """Whether a preposition lists examples of the incidents its head names: "bombings in X, including a blast at Y",
    "attacks such as the Z bombings", "raids, among them the abduction of W"."""
    return prep.dep_ == "prep" and prep.lower_ in incident_cues().example_preps


def listed_under(cue: Token, other: Token) -> bool:
    """Whether an incident noun is an example listed under another incident noun ("bombings in Kano and Zaria,
    including a blast at a Kano market in June": the blast under the bombings; "a string of raids, among them the
    abduction of 80 pupils", whose example the parse sets beside them): one incident of the many, not the same one."""
    whole = series_of(other) or other  # "a string of raids": the series holds the examples
    between = _heads_below(cue, whole)
    if between is None or cue == other:
        return False
    beside = [*cue.children, *cue.head.children] if cue.dep_ == "appos" else list(cue.children)
    if any(is_example(c) for c in beside if c.i < cue.i):  # "..., among them the abduction", wherever "among" hangs
        return True
    doc = cue.doc
    return any(is_example(doc[i]) for i in between)


def _heads_below(token: Token, top: Token) -> list[int] | None:
    """The positions of a token's heads below ``top``, from the nearest, when ``top`` is the token or one of its heads
    (the token is in ``top.subtree``, found by walking up the parse rather than making a ``Token`` of every word under
    ``top``); None when it is not.

    >>> from spacy.vocab import Vocab
    >>> words, deps = ["a", "string", "of", "raids"], ["det", "ROOT", "prep", "pobj"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2], deps=deps)
    >>> _heads_below(doc[3], doc[1]), _heads_below(doc[1], doc[1]), _heads_below(doc[1], doc[3])
    ([2], [], None)
    """
    head, i, found = tree_of(token.doc).head, token.i, []
    while i != top.i:
        if head[i] == i:
            return None
        i = head[i]
        found.append(i)
    return found[:-1]


def series_names(cue: Token, told: list[Token]) -> list[str]:
    """What a series of incidents is called: "a series of raids", "series of raids" ("long series of raids" with its
    own adjectives), and with the phrase of their place or target that follows them (``told``): "a wave of bombings
    in X and Y", "wave of bombings in X and Y".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels staged a wave of bombings in Tumaco and Ipiales.")
    >>> series_names(doc[5], list(doc[6:10]))[-1]
    'wave of bombings in Tumaco and Ipiales'
    """
    series = series_of(cue)
    if series is None:
        return []
    first = min([series.i, *(c.i for c in series.lefts if c.dep_ in {"det", "amod", "nummod"})])
    own = min([series.i, *(c.i for c in series.lefts if c.dep_ in {"amod", "nummod"})])  # "long series of ..."
    ends = [cue.i, *([max(t.i for t in told)] if told and min(t.i for t in told) == cue.i + 1 else [])]
    return list(dict.fromkeys(cue.doc[start : end + 1].text for end in ends for start in (first, own, series.i)))


def performers(cue: Token, index: MentionIndex, cues: Cues) -> list[Mention]:
    """Who the verb an incident is the object of says did it: "X carried out a series of raids", "the bombing was
    attributed to X" (one incident: a singular or counted noun)."""
    counted = cue.tag_ not in {"NNS", "NNPS"} or has_child(cue, {"nummod"})
    if (series := series_of(cue)) is not None:  # "X launched a series of raids"
        cue, counted = series, True
    verb = cue.head
    if cue.dep_ in {"nsubjpass", "dobj"} and counted and (laid_on := attributed_to(verb, index)):
        return laid_on
    if series is None or cue.dep_ != "dobj" or verb.pos_ != "VERB":
        return []  # "X launched an attack" alone is not yet an incident: its place, date or target makes it one
    if verb.lemma_.lower() not in cues.perpetration_verbs and verb.lower_ not in cues.perpetration_verbs:
        return []
    return _not_places([m for s in subjects_of(verb) for m in actors_of(s, index, with_preps=False)])


def attributed_to(verb: Token, index: MentionIndex) -> list[Mention]:
    """Who an incident is attributed to: "the attack was attributed to X" (the verb's subject is the incident)."""
    wanted = incident_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in wanted.attribution_verbs:
        return []
    held = prep_objects(verb, wanted.attribution_preps)
    named = [m for p in held for m in actors_of(p, index)] + [m for p in held for m in named_in_phrase(p, index)]
    return _not_places(list(dict.fromkeys(named)))


def named_in_phrase(noun: Token, index: MentionIndex) -> list[Mention]:
    """The organisations a participle of naming gives as the name of a noun that names no one, or of the one after
    its "of", wherever the parse hangs it, also inside a relative clause: "a faction of X known as Y", "the faction of
    X that is allied to Z and known as Y" (Y, beside X).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Analysts attributed the raid to a faction of Boko Haram known as ISWAP.")
    >>> iswap = Mention(12, 13, 65, 70, "ISWAP", "Organization", "ISWAP")
    >>> [m.text for m in named_in_phrase(doc[6], MentionIndex(doc, [iswap]))]
    ['ISWAP']
    """
    if index.at(noun) is not None:
        return []
    hosts = [noun, *prep_objects(noun, {"of"})]
    clauses = [c for h in hosts for c in h.children if c.dep_ in {"acl", "relcl"}]
    verbs = [v for c in clauses for v in conjuncts(c) if v.lemma_.lower() in naming_participles()]
    names = [n for v in verbs for n in prep_objects(v, {"as"}) + [c for c in v.children if c.dep_ in {"oprd", "attr"}]]
    return [m for n in names if (m := index.at(n)) is not None and m.label == "Organization"]


def blames_on(cue: Token) -> bool:
    """Whether an incident is the object of a verb that lays it on someone with "on": "blamed the bombing on X"."""
    verb = cue.head
    wanted = incident_cues()
    return cue.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in wanted.blame_on_verbs


def blamed_on(
    verb: Token, said: list[Token], index: MentionIndex, is_incident: Callable[[Token], bool]
) -> tuple[list[Mention], list[Token]]:
    """Who a verb lays an incident on, and the incident's words among the words it is said of: "officials blamed
    the bombing in X on Y" (the parse hangs "on Y" on the verb or on the incident), "the bombing was blamed on Y",
    "the massacre, which police blamed on Y"; none when a clause names no incident the parse kept ("a killing the
    group blamed on Y", read as a clause on "the group": the blame is for the incident named last, not the group's)."""
    wanted = incident_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in wanted.blame_on_verbs:
        return [], []
    incidents = [c for c in said if is_incident(c)]
    laid = prep_objects(verb, wanted.blame_on_preps) or _laid_after(verb, incidents)
    blamed = [m for p in laid for m in actors_of(p, index)]
    speakers = [c for c in said if actors_of(c, index) or (verb.dep_ == "acl" and c.dep_ == "nsubj")]
    if not incidents and verb.dep_ in {"relcl", "acl"} and speakers == said:
        return _not_places(blamed), []  # "a killing the police blamed on X", read as a clause on "the police"
    return (_not_places(blamed), incidents) if incidents else ([], [])


def _laid_after(verb: Token, incidents: list[Token]) -> list[Token]:
    """The objects of the last "on" after an incident that the parse hangs on a word after it, in the verb's own
    clause: "blamed the bombing at a market in X on Y" ("on Y" hung on the market)."""
    wanted = incident_cues().blame_on_preps
    after = [t for c in incidents for t in c.head.subtree if t.i > c.i and t.dep_ == "prep" and t.lower_ in wanted]
    own = [t for t in after if next((a for a in t.ancestors if a.pos_ == "VERB"), None) == verb]
    return [p for t in own[-1:] for p in t.children if p.dep_ == "pobj"]


def scene_tokens(pobj: Token, cues: Cues, is_incident: Callable[[Token], bool]) -> set[int]:
    """Tokens of the phrases inside what an incident was aimed at that tell where it stood or another incident,
    not what was hit: "a drone strike on a base in northeast Jordan", "attacks on civilians since the 2008
    Mumbai attacks conducted by X"."""
    inner = [t for t in pobj.subtree if t.i != pobj.i]
    heads = [
        t
        for t in inner
        if (t.dep_ == "prep" and cues.event_preps.get(t.lower_) == "place") or (t.pos_ == "NOUN" and is_incident(t))
    ]
    return {x.i for h in heads for x in h.subtree}


def date_before(cue: Token) -> list[Token]:
    """The date written just before an incident's word that the parse hung elsewhere: "the January 20, 2019,
    attack" (its words, without the article)."""
    if cue.i == 0:
        return []
    doc, i = cue.doc, cue.i - 1
    i -= doc[i].text == ","
    found: list[Token] = []
    while i >= 0 and doc[i].ent_type_ == "DATE" and doc[i].lower_ != "the" and doc[i] not in cue.subtree:
        found.insert(0, doc[i])
        i -= 1
    return found or month_day_before(cue)


def month_day_before(cue: Token) -> list[Token]:
    """A month and day written right before an incident's word that the NER took for no date ("the June 5 massacre
    at St. Francis Catholic Church", read into the church's name; "the 5 June massacre"), or none.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The gang was also blamed by the Federal Government for the June 5 massacre at St. Peter's.")
    >>> [t.text for t in month_day_before(doc[13])]
    ['June', '5']
    >>> doc = load_nlp()("ISWAP was blamed for the June 5 massacre and the 2019 attack.")
    >>> month_day_before(doc[7]), month_day_before(doc[12])
    ([], [])
    """
    words = cue.doc[max(cue.i - 2, 0) : cue.i]
    months = [t for t in words if t.lower_ in month_numbers()]
    days = [t for t in words if t.like_num and t.text.isdecimal() and 1 <= int(t.text) <= 31]
    missed = not any(t.ent_type_ == "DATE" for t in words)  # a date the NER saw is read as such
    return list(words) if missed and len(words) == 2 and len(months) == 1 and len(days) == 1 else []


def hedged_doer(mention: Mention, rel_type: str, doc: Doc) -> bool:
    """Whether the text only suspects the actor of the act: "suspected ISWAP fighters attacked", "alleged
    members of the cartel killed", "militants linked to ISWAP attacked" (a tie only suspected)."""
    wanted = incident_cues()
    if rel_type not in wanted.hedged_doer_types:
        return False
    if tied_by_suspicion(mention, doc, wanted.hedged_tie_words):
        return True
    name = noun = doc[mention.end - 1]
    if noun.dep_ in {"compound", "amod", "nmod"}:  # "suspected ISWAP fighters"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":  # "suspected members of X"
        noun = noun.head.head
    return any(t.lower_ in wanted.hedged_doer_words for t in [*name.lefts, *noun.lefts])


def tied_by_suspicion(mention: Mention, doc: Doc, tie_words: frozenset[str]) -> bool:
    """Whether a name is set right after a tie only suspected: ISWAP of "militants linked to ISWAP", "fighters
    attributed to the CODECO militia" (the people named by it are only suspected to be its).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Militants linked to ISWAP and fighters loyal to Boko Haram attacked.")
    >>> tied = frozenset({"linked"})
    >>> [tied_by_suspicion(Mention(s, e, 0, 0, "", "Organization", ""), doc, tied) for s, e in ((3, 4), (8, 10))]
    [True, False]
    """
    before = [t.lower_ for t in doc[max(mention.start - 3, 0) : max(mention.start, 0)] if t.lower_ != "the"]
    return len(before) >= 2 and before[-1] in {"to", "with"} and before[-2] in tie_words


def held_responsible(word: Token, index: MentionIndex) -> tuple[list[Mention], list[Token]] | None:
    """Who a predicate adjective holds responsible, and for what: "X is responsible for the bombing and the
    siege of Y" (the incidents' words, each conjunct)."""
    if word.pos_ != "ADJ" or word.lower_ not in incident_cues().responsible_words:
        return None
    if word.dep_ == "acomp":
        held = _not_places([m for s in subjects_of(word.head) for m in actors_of(s, index, with_preps=False)])
    elif held_by_another(word) and word.dep_ != "amod":  # "officials held X responsible"
        holders = [c for c in word.head.children if c.dep_ == "dobj"] + [c for c in word.children if c.dep_ == "nsubj"]
        if not holders and prep_objects(word, {"for"}):  # "X was held responsible for the attack" (not "X must be
            holders = [c for c in word.head.children if c.dep_ == "nsubjpass"]  # held accountable": for nothing told)
        held = _not_places([m for h in holders for m in actors_of(h, index, with_preps=False)])
    elif word.dep_ == "amod" and word.i > word.head.i:  # "the group responsible for the attack"
        held = _not_places(_holders(word.head, index)) or listed_holders(word, index)
    else:
        return None
    named = [c for p in prep_objects(word, {"for"}) for c in conjuncts(p)]
    dated = [a for c in named if c.ent_type_ == "DATE" for a in c.children if a.dep_ == "appos"]
    return held, named + dated  # "responsible for the January 20, 2019, attack": the parse hangs it on the date


def listed_holders(word: Token, index: MentionIndex) -> list[Mention]:
    """The people (or the bodies) a noun that names no one lists as the ones responsible: "designated ten officers
    responsible for the coup, including A and B" (the parse may hang "including" on the noun or on the incident), of
    the kind of the first listed ("..., including A and B, as well as three firms, C and D": A and B)."""
    noun = word.head
    if actors_of(noun, index, with_preps=False):
        return []
    hung = [noun, *(c for p in prep_objects(word, {"for"}) for c in conjuncts(p))]
    listed = [c for h in hung for p in prep_objects(h, incident_cues().example_preps) for c in conjuncts(p)]
    found = [m for c in listed if (m := index.at(c)) is not None and m.label in {"Person", "Organization"}]
    return [m for m in found if m.label == found[0].label]  # not "as well as three firms" after the officers


def held_by_another(word: Token) -> bool:
    """Whether a word of responsibility is one side's charge, the complement of a verb of holding: "officials held X
    responsible for the attack", "Kenya holds the group accountable" (alleged, not stated)."""
    verbs = incident_cues().holding_verbs
    if word.dep_ == "amod" and word.head.dep_ == "dobj":  # the parse may hang it on the object
        return word.head.head.lemma_.lower() in verbs
    return word.dep_ in {"oprd", "ccomp", "xcomp", "advcl"} and word.head.lemma_.lower() in verbs


def _holders(noun: Token, index: MentionIndex) -> list[Mention]:
    """Who a noun a phrase is said of stands for: its own name ("the ADF, a group responsible for ..."), the name it
    is in apposition to ("Zubeidi, a militiaman responsible for ..."), or the subject it is said of and the group it
    names ("He was among the group responsible for ...": he and the group named before)."""
    if noun.dep_ == "appos":
        return actors_of(noun.head, index, with_preps=False)
    own = actors_of(noun, index, with_preps=False)  # "the group" stands for the group named before
    if noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ == "among"):
        clause = noun.head if noun.dep_ == "attr" else noun.head.head
        return [m for s in subjects_of(clause) for m in actors_of(s, index, with_preps=False)] + own
    return own


def tells_place(verb: Token) -> bool:
    """Whether a verb with an incident as its subject says where it happened: "the attack took place near X",
    "the blast occurred in X", "the strike hit a building in X", "a second bomb went off outside X"."""
    if verb.pos_ != "VERB":
        return False
    wanted = incident_cues()
    if verb.lemma_.lower() in wanted.occurrence_verbs:
        return True
    objects = {c.lower_ for c in verb.children if c.dep_ in {"dobj", "prt"}}  # "took place", "went off"
    return any(verb.lemma_.lower() == v and o in objects for v, o in wanted.occurrence_phrases)


def place_objects(noun: Token) -> list[Token]:
    """The verb that says where an incident happened, and its object: the words whose prepositions hold the place
    ("the attack took place in X", "the strike hit a car in X")."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or not tells_place(verb):
        return []
    return [verb, *(c for c in verb.children if c.dep_ == "dobj")]


def later_places(noun: Token, index: MentionIndex, cues: Cues) -> list[Mention]:
    """Where a later name of an incident says it happened: "The attack took place near Ngouboua"."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or not tells_place(verb):
        return []
    return _places_after([prep for holder in place_objects(noun) for prep in holder.children], index, cues)


def inner_places(cue: Token, index: MentionIndex, cues: Cues) -> list[Mention]:
    """Places named inside an incident's phrase, wherever the parse hangs them: "fighting between X and the
    dissidents in the Catatumbo region"; not inside a clause with a doer of its own ("in March, when Kenyan troops
    killed twelve fighters in Baidoa": another act's place)."""
    return _places_after(without_acts_apart(cue, cues), index, cues)


def without_acts_apart(root: Token, cues: Cues) -> list[Token]:
    """A word's phrase without the clauses inside it that have a doer of their own: "in March 2023" of "in March 2023,
    when Kenyan troops killed twelve fighters in Baidoa" (another act, told apart).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("They attacked in March, when Kenyan troops killed twelve fighters in Baidoa.")
    >>> " ".join(t.text for t in without_acts_apart(doc[2], load_cues()))
    'in March ,'
    """
    apart = {t.i for c in root.subtree if c.i != root.i and own_doer_clause(c, cues) for t in c.subtree}
    return [t for t in root.subtree if t.i not in apart]


def own_doer_clause(verb: Token, cues: Cues) -> bool:
    """Whether a word heads a clause with a doer of its own, named by a subject other than a relative pronoun: "when
    Kenyan troops killed twelve fighters" (another act), not "that lies near X" (the noun it describes).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("They hit a base that lies here in March, when Kenyan troops killed twelve fighters.")
    >>> [t.text for t in doc if own_doer_clause(t, load_cues())]
    ['killed']
    """
    return verb.dep_ in {"relcl", "advcl"} and any(
        c.dep_ == "nsubj" and c.lower_ not in cues.relative_pronouns for c in verb.children
    )


def _places_after(preps: list[Token], index: MentionIndex, cues: Cues) -> list[Mention]:
    """The places named by those of these tokens that are prepositions of place ("in", "near", "at")."""
    return [
        m
        for prep in preps
        if prep.dep_ == "prep" and cues.event_preps.get(prep.lower_) == "place"
        for p in prep.children
        if p.dep_ == "pobj" and not across_a_line(p)  # not X of "across the border from X"
        for m in actors_of(p, index)
        if m.label == "Location"
    ]


def on_ground(prep: Token) -> bool:
    """Whether a preposition's object is a state's ground ("on Russian soil", "against Iraqi territory"): the scene
    of an incident, not its target (not a named piece of land: "on the farm land of X").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The deadliest attack on Russian soil was an attack on a concert hall.")
    >>> on_ground(doc[3]), on_ground(doc[9])
    (True, False)
    """
    ground = incident_cues().ground_nouns
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in ground and not any(c.dep_ == "compound" for c in p.lefts)
        for p in prep.children
    )


def carried_object(cue: Token) -> Token:
    """The word a verb takes as its object for an incident's word: the word itself, or the name its title word opens
    ("launched Operation Shujaa": "Shujaa", whose compound "Operation" is the incident's word).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Uganda launched Operation Shujaa against the rebels and an attack on the camp.")
    >>> carried_object(doc[2]).text, carried_object(doc[9]).text
    ('Shujaa', 'attack')
    """
    if cue.dep_ == "compound" and cue.head.i > cue.i and cue.head in operation_title(cue):
        return cue.head
    return cue


def places_its_object(verb: Token) -> bool:
    """Whether a verb that takes an incident as its object says where the incident happened by its own place phrase
    ("carried out the strike in X", "opened its offensive in X"), not where someone spoke of or ordered it ("In X, Y
    called the seizure a violation", "who authorised the operation while in X").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels carried out the raid in Goma. In Kigali, officials called the raid a crime.")
    >>> places_its_object(doc[1]), places_its_object(doc[12])
    (True, False)
    """
    return bool({verb.lemma_.lower(), verb.lower_} & incident_cues().placing_verbs)


def route_end(doc: Doc, place: Mention) -> bool:
    """Whether a place only names where the thing an incident hit runs between or to: one a hyphen joins to another
    place before a noun of a route or a vehicle ("the Lagos-Ibadan train", "the Kabul-Jalalabad highway"; not "the
    Narayanpur-Dantewada border"), or the place of "X-bound" ("the Quetta-bound train").

    >>> from loaders.mentions import Mention
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen attacked the Lagos-Ibadan train and the Quetta-bound bus near Sibi.")
    >>> places = [Mention(n, n + 1, 0, 0, doc[n].text, "Location", doc[n].text) for n in (3, 5, 9, 14)]
    >>> [route_end(doc, place) for place in places]
    [True, True, True, False]
    """
    if place.start < 0 or not _hyphen_joined(doc, place):
        return False
    cues = incident_cues()
    word = doc[place.end - 1]
    while word.dep_ in ROUTE_MODIFIERS and word.head.i > word.i:
        word = word.head
        if word.lower_ in cues.bound_words:
            return True
    return word.i >= place.end and word.lemma_.lower() in cues.route_nouns


def _hyphen_joined(doc: Doc, place: Mention) -> bool:
    """Whether a hyphen stands right before or right after a name."""
    before = doc[place.start - 1].text if place.start > 0 else ""
    after = doc[place.end].text if place.end < len(doc) else ""
    return bool(ROUTE_HYPHENS & {before, after})


def bodies_at_site(prep: Token, pobj: Token, found: list[Mention], index: MentionIndex) -> list[Mention]:
    """The bodies a place phrase of an incident is named by, which the incident hit: the Interior Ministry of "a
    bombing outside the Interior Ministry", the Ministry of Education of "a bombing at the Ministry of Education" (a
    name holding the phrase's head; not the ADF of "an attack at an ADF camp")."""
    if prep.lower_ not in incident_cues().site_preps:
        return []
    heads = [t.i for t in conjuncts(pobj)]
    return [m for m in found if m.label == "Organization" and any(m.start <= h < m.end for h in heads)]


def continued_preps(cue: Token, laying_preps: frozenset[str]) -> list[Token]:
    """The prepositional phrases a parse hung on a verb that lays an incident on someone, right after the incident's
    own phrase, which go on naming it: "at a school in X" of "blamed Y for the massacre at a school in X" or "accused
    Y of the massacre at a school in X" (the verb's other phrases are not the incident's).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police blamed the ADF for the massacre at a school in Mpondwe in June.")
    >>> [t.text for t in continued_preps(doc[6], frozenset({"for"}))]
    ['at', 'in']
    """
    prep = cue.head
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "accused Y of the massacre"
    if cue.dep_ != "pobj" or prep.lower_ not in laying_preps or verb.pos_ != "VERB":
        return []
    return _preps_right_after(verb, cue)


def object_continued_preps(cue: Token, event_preps: Iterable[str]) -> list[Token]:
    """The incident's phrases a parse hung on a verb that takes the incident as its object but does not carry it out
    (:func:`places_its_object`), right after the incident's own phrase: "near a hotel in X" of "the police blamed the
    bombing near a hotel in X on Y"; not "In X, Y called the seizure a crime", nor "Z, who authorised the strike
    while in X", where the verb's phrases say where someone spoke of or ordered it.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The police blamed the car bombing near a hotel in Baidoa on al-Shabaab.")
    >>> [t.text for t in object_continued_preps(doc[5], {"near", "in"})]
    ['near']
    """
    carried = carried_object(cue)
    if carried.dep_ != "dobj" or places_its_object(carried.head):
        return []
    return _preps_right_after(carried.head, carried, set(event_preps))


def _preps_right_after(verb: Token, word: Token, allowed: set[str] | None = None) -> list[Token]:
    """A verb's prepositions that follow a word's phrase unbroken, one after another (each of ``allowed``, if given)."""
    found: list[Token] = []
    follows = word.right_edge.i + 1
    for c in (c for c in verb.children if c.i > word.i):
        if c.dep_ != "prep" or c.i != follows or (allowed is not None and c.lower_ not in allowed):
            break
        found.append(c)
        follows = c.right_edge.i + 1
    return found


def launched_at(cue: Token) -> bool:
    """Whether an incident is the object of a verb that carries it out toward its aim: "launched Operation 1027
    against the junta", "mounted an offensive on X" (the verb's "against" or "on" names what it was aimed at)."""
    obj = carried_object(cue)
    return obj.dep_ == "dobj" and obj.head.lemma_.lower() in incident_cues().aiming_verbs


def aim_holders(cue: Token) -> list[Token]:
    """The words whose prepositions name what an incident was aimed at: its noun, and the verb that carries it out
    when the parse hangs the aim there ("conducted air strikes on Raqqa": "on" hangs on "conducted")."""
    return [cue, carried_object(cue).head] if launched_at(cue) else [cue]


def standing_places(pobj: Token, index: MentionIndex) -> list[Mention]:
    """The places where what an incident hit stands, down the chain of the phrase that names it: Nguetechewe of "an
    attack on a camp for displaced people at Nguetechewe", El Adde of "a raid on a base at El Adde" (the incident
    happened there; the first place of each branch, not the wider places it is in), and of the things listed with it
    (Borobekra of "an attack on a police station and a relief camp at Borobekra"), and where the people hit were busy
    (Reutlingen of "opened fire on officers carrying out a search in Reutlingen")."""
    wanted = incident_cues()
    found: list[Mention] = []
    nouns = conjuncts(pobj)
    for _ in range(3):  # "a camp" -> "for displaced people" -> "at Nguetechewe"
        found += [
            m
            for n in nouns
            for p in prep_objects(n, wanted.standing_preps)
            for named in [p, *_called_by_place_noun(p, index)]  # "police stations in the port town of X"
            for m in actors_of(named, index, with_preps=False)
            if m.label == "Location" and m not in found
        ]
        nouns = [p for n in nouns for p in prep_objects(n, wanted.through_preps) if index.at(p) is None] + [
            w for n in nouns if index.at(n) is None for w in busy_with(n)
        ]
    return found


def _called_by_place_noun(noun: Token, index: MentionIndex) -> list[Token]:
    """The names an unnamed noun of a settlement or a division calls a place's: X of "the port town of X", "the
    village of X"."""
    if index.at(noun) is not None:
        return []
    return [name for prep in noun.children for name in prep.children if named_after_place_noun(name)]


def busy_with(noun: Token) -> list[Token]:
    """The participle clause that says what the people a noun names were doing, with what it was done to: "carrying"
    and "search" of "officers carrying out a search" (where they did it is where they were hit).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen fired on soldiers guarding a depot in Gao.")
    >>> [t.text for t in busy_with(doc[3])]
    ['guarding', 'depot']
    """
    clauses = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > noun.i]
    return [t for c in clauses for t in [c, *(o for o in c.children if o.dep_ == "dobj")]]


def named_by_head(place: Token, heads: list[Token]) -> bool:
    """Whether a place's name (its last word) is the one a settlement noun at one of these heads is called: Moura of
    "the village of Moura", "the villages of Yater and Shebaa" (the village is the place, what was hit)."""
    place = first_of_list(place)
    return named_after_place_noun(place) and place.head.head in heads


def hit_places(cue: Token, places: list[Mention], index: MentionIndex, cues: Cues) -> list[Mention]:
    """The places an incident of an aimed kind is aimed at, not only held in: "the siege of El Fasher", "an
    offensive on Manbij", "an attack on Kokorou" (not "an offensive in Manbij"; "an attack on the K-1 base" only
    happens there)."""
    wanted = incident_cues()
    kind = cues.event_kinds.get(cue.lemma_.lower(), cues.event_kinds.get(cue.lower_))
    if kind not in wanted.aimed_kinds | wanted.aimed_settlement_kinds:
        return []
    if kind not in wanted.aimed_kinds:  # an attack on a town hit it; one on a base only happened there
        places = [m for m in places if not set(m.name.lower().split()) & wanted.installation_words]
    preps = {p for p, role in cues.event_preps.items() if role == "target"}
    if cue.lemma_.lower() in cues.patient_of_nouns or cue.lower_ in cues.patient_of_nouns:
        preps.add("of")
    aims = [p for holder in aim_holders(cue) for p in prep_objects(holder, preps)]
    aimed = {m.key for p in aims for m in actors_of(p, index, with_preps=False)}
    targets = [h for p in aims for h in conjuncts(p)]
    aimed |= {m.key for m in places if named_by_head(cue.doc[m.end - 1], targets)}  # "the siege of the town of X"
    if kind not in wanted.aimed_kinds:  # "the bombing of a Kabul mosque" hit the mosque, not Kabul
        heads = {h.i for h in targets}
        aimed = {
            k
            for k in aimed
            if any(m.key == k and (m.end - 1 in heads or named_by_head(cue.doc[m.end - 1], targets)) for m in places)
        }
    return [m for m in places if m.key in aimed]


def besieged_places(cue: Token, places: list[Mention], index: MentionIndex, cues: Cues) -> list[Mention]:
    """The places an incident TARGETED as a whole: those of an offensive or siege ("the siege of El Fasher", "an
    offensive on Manbij"); an attack, killing or abduction "on" a town happened there (its ``OCCURRED_AT``, as "attack
    on K-1 base" in the ontology), and its ``TARGETED`` is left to the actors it hit."""
    kind = cues.event_kinds.get(cue.lemma_.lower(), cues.event_kinds.get(cue.lower_))
    return hit_places(cue, places, index, cues) if kind in incident_cues().aimed_kinds else []


def one_line(phrases: list[str], cue: Token) -> list[str]:
    """The phrases cut to the line the incident's word stands on: a name never spans a line break (a byline
    "12:30\\n9 Reads\\nIsrael kills ..." is not part of it) nor a dash set apart by spaces ("the attack at X -
    AUGUST 26" is "the attack at X"); a phrase left without a space names nothing."""
    text, at = span_text(cue.sent), cue.idx - cue.sent.start_char  # a phrase never leaves its sentence
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1].lower()
    kept = []
    for phrase in phrases:
        if "\n" in phrase:
            pieces = [p.strip() for p in phrase.split("\n")]
            phrase = next((p for p in pieces if cue.lower_ in p.lower() and p.lower() in line), "")
        pieces = _SPACED_DASH.split(phrase)  # "X's crackdown on Y - detentions": a dash set apart ends the name
        phrase = next((p for p in pieces if cue.lower_ in p.lower()), phrase) if len(pieces) > 1 else phrase
        phrase = closed_end(" ".join(phrase.split()))
        if " " in phrase:
            kept.append(phrase)
    return list(dict.fromkeys(kept))


def closed_end(phrase: str) -> str:
    """A phrase without the words a cut clause left at its end (``open_end_words``) and the marks before them: "an
    ambush near Tongo Tongo in May 2019" of "an ambush near Tongo Tongo in May 2019 in", "the 2013 assault" of "the
    2013 assault, in".

    >>> closed_end("an ambush near Tongo Tongo in May 2019 in"), closed_end("the 2013 assault, in which")
    ('an ambush near Tongo Tongo in May 2019', 'the 2013 assault')
    """
    words, ends = phrase.split(" "), incident_cues().open_end_words
    while len(words) > 1 and (words[-1].lower() in ends or not words[-1].strip(",;:")):
        words.pop()
        words[-1] = words[-1].rstrip(",;:")
    return " ".join(words)
