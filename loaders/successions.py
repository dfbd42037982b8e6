"""Who held a head's role before the one given it: "X was named leader of Y after Z was killed", "X became leader
of Y following the death of Z", "X took over as leader of Y after Z's resignation" (Z led Y too: former leaders
count); who takes the role a verb of succession gives: "Y chose X to succeed Z as its leader" (X, the one chosen);
who takes the lead a predecessor was given: "Z led Y ... Z was succeeded by X", "X replaced Z" (X leads Y too); and
who takes over an organisation: "A replaced B as leader of X, and C took over Y" (C leads Y).

The cue words are the ``successions`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.mentions import Mention
from loaders.syntax import (
    MentionIndex,
    actors_of,
    agents_of,
    conjuncts,
    is_passive,
    passive_subjects,
    prep_objects,
    subjects_of,
)

if TYPE_CHECKING:
    from loaders.extract import DocReader

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class SuccessionCues:
    """The cue words of the ``successions`` block."""

    after_words: frozenset[str]  # "after", "following"
    departure_verbs: frozenset[str]  # "after Z was killed", "after Z resigned"
    departure_nouns: frozenset[str]  # "following the death of Z", "after Z's resignation"
    takeover_verbs: frozenset[str]  # "take" of "C took over Y"
    takeover_particles: frozenset[str]  # "over"
    takeover_role_nouns: frozenset[str]  # "took over the leadership of Y"
    takeover_from_preps: frozenset[str]  # "took over Y from D"
    handover_verbs: frozenset[str]  # "pass" of "the leadership passed to C"
    handover_preps: frozenset[str]  # "to"
    heir_nouns: frozenset[str]  # "his predecessor, Z"
    post_nouns: frozenset[str]  # "succeeded Z in that post"
    post_preps: frozenset[str]  # "in"
    body_preps: frozenset[str]  # "at" of "Z was succeeded at the Quds Force by X": the body whose head Z was
    head_posts: frozenset[str]  # "leader" of "X succeeded him as leader": a bare post, the head's


@cache
def succession_cues() -> SuccessionCues:
    """The ``successions`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["successions"]  # a missing key is a one-line SeedKeyError
    return SuccessionCues(
        *(
            frozenset(block[key])
            for key in (
                "after_words",
                "departure_verbs",
                "departure_nouns",
                "takeover_verbs",
                "takeover_particles",
                "takeover_role_nouns",
                "takeover_from_preps",
                "handover_verbs",
                "handover_preps",
                "heir_nouns",
                "post_nouns",
                "post_preps",
                "body_preps",
                "head_posts",
            )
        )
    )


def departed_before(verb: Token, index: MentionIndex) -> list[Mention]:
    """The people who held the role before, told in a clause or phrase on the verb that gives it: their end ("after
    Z was killed", "after Z resigned", "following the killing of Z", "after Z's death") or their succession ("...,
    replacing Z", "..., succeeding Z")."""
    cues = succession_cues()
    gone: list[Token] = []
    for child in verb.children:
        marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ in cues.after_words]
        if child.dep_ == "advcl" and marks and child.lemma_.lower() in cues.departure_verbs:
            gone += passive_subjects(child) if is_passive(child) else subjects_of(child)
            gone += [p for m in marks for p in m.children if p.dep_ == "pobj"]  # the parse's "after (Z) was killed"
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in load_cues().succession_verbs:
            gone += [c for c in child.children if c.dep_ == "dobj"]  # "..., replacing Z"
        if child.dep_ == "prep" and child.lower_ in cues.after_words:
            ends = [p for p in prep_objects(verb, {child.lower_}) if p.lemma_.lower() in cues.departure_nouns]
            gone += [t for p in ends for t in [*prep_objects(p, {"of"}), *(c for c in p.children if c.dep_ == "poss")]]
        if child.dep_ == "mark" and child.lower_ in cues.after_words:  # "After Z's death the group was taken over"
            # parsed with "death" a subject of the verb
            ends = [c for c in verb.children if c.dep_ in SUBJECTS and c.lemma_.lower() in cues.departure_nouns]
            gone += [t for p in ends for t in [*prep_objects(p, {"of"}), *(c for c in p.children if c.dep_ == "poss")]]
    return [m for t in gone for m in actors_of(t, index, with_preps=False) if m.label == "Person"]


def successors(verb: Token) -> list[Token]:
    """Who a verb of succession makes the successor: its subject, or the object of the verb that controls it ("Y
    chose X to succeed Z": X, not Y)."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if own or verb.dep_ != "xcomp":
        return subjects_of(verb)
    return [c for c in verb.head.children if c.dep_ == "dobj"] or subjects_of(verb)


def verb_giving(noun: Token) -> Token | None:
    """The verb that gives a role noun to its subject: "X became leader of Y" (an attribute), "X took over as leader
    of Y" (after "as"); None for a role in any other place."""
    if noun.dep_ == "attr":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in {"VERB", "AUX"}:
        return noun.head.head
    return None


def names_a_post(verb: Token) -> bool:
    """Whether a verb of succession names the post handed on in a phrase of its own: "X succeeded Z in that post"."""
    cues = succession_cues()
    return any(t.lemma_.lower() in cues.post_nouns for t in prep_objects(verb, cues.post_preps))


def heirs_of_heads(reader: DocReader, verb: Token) -> None:
    """The one who succeeded and the one succeeded lead what either was said to lead before, when the verb names no
    role of its own: "Z led Y ... Z was succeeded by X", "Y is led by X, who replaced Z" (former leaders lead too; a
    role after "as" is :meth:`DocReader.appointment`'s), or what it names after "at" ("Z was succeeded at the Quds
    Force by X")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in load_cues().succession_verbs or prep_objects(verb, {"as"}):
        return
    if names_a_post(verb):
        return  # "X succeeded Z in that post": the post told before, not what Z leads
    if is_passive(verb):  # "Z was killed and was succeeded by X": the subject of the verb it is coordinated with
        heirs, gone = agents_of(verb), [c for c in verb.children if c.dep_ == "nsubjpass"] or subjects_of(verb)
    else:
        heirs, gone = successors(verb), [c for c in verb.children if c.dep_ == "dobj"]
    method = f"succession:{verb.lemma_.lower()}"
    if bodies := _body_handed_on(reader, verb):  # "Z was succeeded at the Quds Force by X": not all Z led
        people = [m for t in heirs + gone for m in actors_of(t, reader.index, with_preps=False) if m.label == "Person"]
        reader.emit_all(people, "LEADS", bodies, verb, f"{method}-at", 0.7)
        return
    for ones, others in ((gone, heirs), (heirs, gone)):
        holders = [m for t in ones for m in actors_of(t, reader.index, with_preps=False) if m.label == "Person"]
        people = [m for t in others for m in actors_of(t, reader.index, with_preps=False) if m.label == "Person"]
        for led in (g for m in holders if (g := reader.index.groups.get(m.key)) is not None):
            reader.emit_all([p for p in people if p.key not in reader.index.groups], "LEADS", [led], verb, method, 0.7)


def _body_handed_on(reader: DocReader, verb: Token) -> list[Mention]:
    """The organisation a verb of succession names as the one whose head was succeeded ("succeeded at the Quds
    Force")."""
    named = [m for t in prep_objects(verb, succession_cues().body_preps) for m in actors_of(t, reader.index, False)]
    return [m for m in named if m.label == "Organization"]


def heirs_named(reader: DocReader, noun: Token) -> None:
    """ "X, who was named emir after his predecessor, Z, was killed", "his successor, Z, was seized": Z leads (or led)
    what the head the possessive stands for leads."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in succession_cues().heir_nouns:
        return
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    head = reader.index.antecedent(owners[0]) if owners else None
    led = reader.index.groups.get(head.key) if head is not None and head.label == "Person" else None
    if led is None:
        return
    named = [c for c in noun.children if c.dep_ == "appos"]  # "his predecessor, Z"
    named += [noun.head] if noun.dep_ in {"compound", "appos"} else []  # "his predecessor Z", "Z, his predecessor"
    people = [m for t in named for m in actors_of(t, reader.index, with_preps=False) if m.label == "Person"]
    people = [m for m in people if m.key != head.key]
    reader.emit_all(people, "LEADS", [led], noun, f"heir-noun:{noun.lemma_.lower()}", 0.7)


def took_over(reader: DocReader, verb: Token) -> None:
    """ "C took over Y", "A replaced B as leader of X, and C took over Y", "C took over the leadership of Y from D", "Y
    was taken over by C": a person who takes over an organisation, or its leadership, heads it, as did the one it was
    taken from; "took over as leader of Y" is an appointment, and a place or a state taken over is none of this."""
    cues = succession_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.takeover_verbs:
        return
    if not has_child(verb, {"prt"}, cues.takeover_particles):
        return
    passive = is_passive(verb)
    taking = agents_of(verb, shared=False) if passive else subjects_of(verb)
    objects = [t for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj") for t in conjuncts(c)]
    roles = [t for t in objects if t.lemma_.lower() in cues.takeover_role_nouns]  # "the leadership of Y"
    taken = [p for t in roles for p in prep_objects(t, {"of"})] if roles else objects
    bodies = [m for t in taken for m in actors_of(t, reader.index, with_preps=False) if m.label == "Organization"]
    if taken and all(reader.index.at(t) is None for t in taken):  # "after Z's death the movement was taken over by
        bodies = _led_by_departed(reader, verb) or bodies  # C": Z's group, whatever "the movement" reads back to
    holders = [p for t in [verb, *objects, *taken] for p in prep_objects(t, cues.takeover_from_preps)]  # "from D"
    people = [m for t in taking + holders for m in actors_of(t, reader.index, with_preps=False)]
    heads = [m for m in people if m.label == "Person"]
    reader.emit_all(heads, "LEADS", bodies, verb, "succession:take-over", 0.7)


def passed_on(reader: DocReader, verb: Token) -> None:
    """ "The group's command passed to C", "the leadership of Y passed to C", "after Z was killed, leadership passed
    to C", "Z was captured in 2009; command then passed to C": a head's role handed on makes its new holder a head of
    the organisation the role's owner names, or else of the one the departed head led, the one gone in a clause
    before the verb or the subject of the clause it is coordinated with."""
    cues = succession_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.handover_verbs:
        return
    roles = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in cues.takeover_role_nouns]
    heirs = [m for t in prep_objects(verb, cues.handover_preps) for m in actors_of(t, reader.index, False)]
    heirs = [m for m in heirs if m.label == "Person"]
    if not roles or not heirs:
        return
    owners = [t for r in roles for t in [*prep_objects(r, {"of"}), *(c for c in r.children if c.dep_ == "poss")]]
    bodies = [m for t in owners for m in actors_of(t, reader.index, with_preps=False) if m.label == "Organization"]
    if not owners:  # "after Z was killed, leadership passed to C", "Z was captured; command then passed to C"
        gone = _coordinated_subjects(verb, reader.index)
        bodies = _led_by_departed(reader, verb) or [g for m in gone if (g := _group_led(reader, m)) is not None]
    reader.emit_all(heirs, "LEADS", bodies, verb, "succession:passed-to", 0.7)


def _led_by_departed(reader: DocReader, verb: Token) -> list[Mention]:
    """The organisations led by the heads whose end a clause or phrase on the verb tells ("after Z's death", "after Z
    was killed")."""
    return [g for m in departed_before(verb, reader.index) if (g := _group_led(reader, m)) is not None]


def _group_led(reader: DocReader, person: Mention) -> Mention | None:
    """The organisation the page has a person lead, also when he is named by his surname alone ("Ardel" of "Tomas
    Ardel", when no other head has that surname)."""
    groups = reader.index.groups
    if person.key in groups or len(person.name.split()) > 1:
        return groups.get(person.key)
    actors = reader.facts.actors
    led = [g for k, g in groups.items() if k in actors and actors[k].name.split()[-1:] == [person.name]]
    return led[0] if len(led) == 1 else None


def _coordinated_subjects(verb: Token, index: MentionIndex) -> list[Mention]:
    """The people who are the subject of the clause before a verb, coordinated with it or set before it by a
    semicolon ("Z was captured, and command passed to C", "Z was captured; command passed to C": Z)."""
    clauses = [verb.head] if verb.dep_ == "conj" else []
    clauses += [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i]
    said = [c for v in clauses for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [m for t in said for m in actors_of(t, index, with_preps=False) if m.label == "Person"]


def appointed_names(verb: Token, index: MentionIndex, objects: list[Token]) -> tuple[list[Token], list[Token]]:
    """Who an active verb of appointing appoints and the roles it gives, read past two shapes: a role as the object
    with the name beside it ("appointed its wali, X": X and "wali") and a name the parser takes for the role given
    ("named X as ISWAP's leader" parsed with X an ``oprd``: X, no role).

    >>> import spacy
    >>> from loaders.syntax import MentionIndex
    >>> doc = spacy.blank("en")("ISWAP named its wali , Barnawi")
    >>> parse = [(1, "nsubj"), (1, "ROOT"), (3, "poss"), (1, "dobj"), (3, "punct"), (3, "appos")]
    >>> for i, (head, dep) in enumerate(parse):
    ...     doc[i].head, doc[i].dep_ = doc[head], dep
    >>> holders, roles = appointed_names(doc[1], MentionIndex(doc, [], [], set()), [doc[3]])
    >>> [t.text for t in holders], [t.text for t in roles]
    (['Barnawi'], ['wali'])
    """
    holders: list[Token] = []
    roles: list[Token] = []
    for obj in objects:
        named = [c for c in obj.children if c.dep_ == "appos"] if index.at(obj) is None else []
        holders += named or [obj]
        roles += [obj] if named else []
    if not objects:  # "named X as its leader": X hung on the verb as the role it is given
        holders = [c for c in verb.children if c.dep_ == "oprd" and index.at(c) is not None]
    return holders, roles


def self_named_roles(verb: Token, reflexives: frozenset[str]) -> list[Token]:
    """The roles a verb gives its own subject through a reflexive: "X declared himself head of Y" (the parser takes
    the reflexive for the role's subject), "X declared himself the head of Y" (the reflexive its object, the role an
    ``oprd``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Sadi declared himself head of Y")
    >>> parse = [(1, "nsubj"), (1, "ROOT"), (3, "nsubj"), (1, "ccomp"), (3, "prep"), (4, "pobj")]
    >>> for i, (head, dep) in enumerate(parse):
    ...     doc[i].head, doc[i].dep_ = doc[head], dep
    >>> [t.text for t in self_named_roles(doc[1], frozenset({"himself"}))]
    ['head']
    """
    if has_child(verb, {"dobj"}, reflexives):
        return [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp"}]
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}]
    return [c for c in clauses if any(g.dep_ == "nsubj" and g.lower_ in reflexives for g in c.children)]
