"""Acts only intended, prevented or foreseen: "was planning imminent attacks", "warned of intensified attacks",
"wants to carry out 80 attacks on US forces", "prevented them from attacking the villages". Nothing happened, so the
phrase names no incident (the ontology's conventions leave hypotheticals and the future out of the gold). Acts
refused: "refused to condemn Hamas", "declined to fund the militia" state no act and no link. And acts
told as a habit: "groups conducting attacks in Kabul", "fighters have conducted kidnappings in the Sahel": a trend, no
one incident.

The cue words are the ``unreal_acts`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.qualifying_gerunds import qualifying_gerund

CLIMBING = {"dobj", "pobj", "prep", "pcomp", "xcomp", "nsubjpass", "advcl"}  # how an act hangs under its intent
PENDING_HEADS = {"have", "be"}  # the verbs "yet" leaves an act pending on: "has yet to", "is yet to"
REACH = 3  # how far up the parse an intent is looked for: "warned (1) of (2) attacks", "wants (1) to carry out (2)"


@dataclass(frozen=True)
class UnrealCues:
    """The cue words of the ``unreal_acts`` block."""

    intent_words: frozenset[str]
    refusal_words: frozenset[str]
    pending_words: frozenset[str]
    modal_words: frozenset[str]
    keeping_words: frozenset[str]
    partitive_words: frozenset[str]
    condition_nouns: frozenset[str]
    supposed_determiners: frozenset[str]
    none_determiners: frozenset[str]


@cache
def unreal_cues() -> UnrealCues:
    """The ``unreal_acts`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["unreal_acts"]  # a missing key is a one-line SeedKeyError
    return UnrealCues(
        frozenset(block["intent_words"]),
        frozenset(block["refusal_words"]),
        frozenset(block["pending_words"]),
        frozenset(block["modal_words"]),
        frozenset(block["keeping_words"]),
        frozenset(block["partitive_words"]),
        frozenset(block["condition_nouns"]),
        frozenset(block["supposed_determiners"]),
        frozenset(block["none_determiners"]),
    )


def is_unreal(cue: Token) -> bool:
    """Whether an incident word names an act only intended, prevented or foreseen: under a verb or noun of intent
    ("planning attacks", "attempts at operations") or a modal on a verb of doing ("will carry out attacks"; not
    "could be behind an attack", a doubt about who did it), within a few steps up the parse, and not made specific
    by a determiner or a possessive ("plotted the attack", "its attack"); or an act denied by its determiner
    ("claimed no attacks outside X")."""
    cues = unreal_cues()
    if has_child(cue, {"det"}, cues.none_determiners):
        return True  # "the group has claimed no attacks outside X": an act denied
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in load_cues().specific) for c in cue.children):
        return False
    token = cue
    for _ in range(REACH):
        if (token.dep_ not in CLIMBING and not _infinitive_conjunct(token)) or token.head is token:
            return False
        token = token.head
        if token.pos_ == "VERB" and has_child(token, {"aux"}, cues.modal_words):
            return True
        if _intent_is_subject(token, cues):
            return True  # "the plan was to install X as head of state", "their aim was to kill Y"
        if token.lemma_.lower() in cues.intent_words and token.pos_ in {"VERB", "NOUN"}:
            prevention = token.lemma_.lower() in load_cues().prevention_verbs
            return not (prevention and failed(token))  # "failed to prevent X from attacking Y", "did not foil the
            # attack": it happened (not "did not seek war with X", an intention denied)
    return False


def _infinitive_conjunct(token: Token) -> bool:
    """Whether a verb is joined to an infinitive and shares its intent: "install" of "plans to arrest X and install
    Y" (not "wounded" of "tried to kill X and wounded him", joined to the verb of trying, a deed done).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("They plan to arrest him and install her. They tried to kill him and wounded him.")
    >>> _infinitive_conjunct(doc[6]), _infinitive_conjunct(doc[15])
    (True, False)
    """
    return token.dep_ == "conj" and has_child(token.head, {"aux"}, {"to"})


def _intent_is_subject(token: Token, cues: UnrealCues) -> bool:
    """Whether a token is a "be" whose subject is a noun of intent: "the plan was (to install X)", "its aim is (to
    kill Y)".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Their plan was to kill him. Their car was parked.")
    >>> _intent_is_subject(doc[2], unreal_cues()), _intent_is_subject(doc[9], unreal_cues())
    (True, False)
    """
    if token.lemma_.lower() != "be":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(c.lemma_.lower() in cues.intent_words for c in subjects)


def failed(verb: Token) -> bool:
    """Whether a verb names what its subject failed or did not do: "failed to prevent", "did not stop"."""
    return is_refused(verb) or has_child(verb, {"neg"})


def is_refused(verb: Token) -> bool:
    """Whether a verb names an act its subject refused or failed to do, or has yet to do: "refused to condemn Hamas",
    "declined to fund the militia", "was reluctant to sanction X", "has yet to name a leader", "is yet to sanction X"
    (no act, so no link of any type, hostile ones too). Only the verb right under the refusal: in "refused to stop
    attacking ships" the attacks go on.

    >>> import spacy
    >>> doc = spacy.blank("en")("refused to condemn")
    >>> doc[2].head, doc[2].dep_, doc[0].pos_, doc[0].lemma_ = doc[0], "xcomp", "VERB", "refuse"
    >>> is_refused(doc[2])
    True
    """
    head, cues = verb.head, unreal_cues()
    if verb.dep_ != "xcomp" or head.pos_ not in {"VERB", "ADJ", "AUX"}:
        return False
    pending = head.lemma_.lower() in PENDING_HEADS and has_child(head, {"advmod"}, cues.pending_words)
    return pending or head.lemma_.lower() in cues.refusal_words


def is_modal(verb: Token) -> bool:
    """Whether a verb carries a modal of its own, putting it in the future or in doubt: "would not cooperate".

    >>> import spacy
    >>> doc = spacy.blank("en")("would cooperate")
    >>> doc[1].head, doc[0].head, doc[0].dep_ = doc[1], doc[1], "aux"
    >>> is_modal(doc[1])
    True
    """
    return has_child(verb, {"aux"}, unreal_cues().modal_words)


def is_conditional(noun: Token) -> bool:
    """Whether a noun names a fight only as a condition: "in the event of a war between X and Y", "in case of an
    attack on Z".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("In the event of a war with Iran, they would fight. The war with Iran began.")
    >>> is_conditional(doc[5]), is_conditional(doc[14])
    (True, False)
    """
    of, condition = noun.head, noun.head.head
    if of.lower_ != "of" or condition.lemma_.lower() not in unreal_cues().condition_nouns:
        return False
    return condition.dep_ == "pobj" and condition.head.lower_ == "in"


def is_supposed(noun: Token) -> bool:
    """Whether a noun names an act only supposed by its determiner: "any assassination targeting X would draw a
    reaction".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Any attack would fail. The attack failed.")
    >>> is_supposed(doc[1]), is_supposed(doc[6])
    (True, False)
    """
    return has_child(noun, {"det"}, unreal_cues().supposed_determiners)


def is_habitual(cue: Token) -> bool:
    """Whether an incident word is a bare plural telling a habit, not one incident: "conducting attacks in Kabul",
    "have conducted kidnappings in the Sahel", "accused of killings in X", or any plural kept up ("kept up drone
    strikes on X"), or drawn from a class ("some of the deadliest attacks"). Otherwise not
    when anything singles the acts out: a determiner, a possessive, a count, a modifier ("suicide attacks", "Israeli
    strikes"), a date, "a series of", or a clause they are the subject of ("airstrikes on X killed two civilians")."""
    if cue.tag_ not in {"NNS", "NNPS"} or cue.dep_ in {"nsubj", "nsubjpass"}:
        return False
    if cue.head.lower_ == "of":
        return _part_of_a_class(cue) or (_bare(cue) and _of_a_verb(cue) and not _dated(cue))
    if qualifying_gerund(cue) is not None:  # "a string of shooting attacks": a series, counted
        return False
    if cue.dep_ == "dobj" and cue.head.lemma_.lower() in unreal_cues().keeping_words:
        return True  # "has kept up drone strikes on X", "stepped up attacks on Y": a campaign, whatever its words
    if not _bare(cue):
        return False
    return not _dated(cue) and not done_on_a_day(cue)


def _bare(cue: Token) -> bool:
    """Whether a plural incident noun has nothing that singles its acts out: no determiner, possessive, count or
    modifier ("attacks", not "the attacks", "four attacks", "suicide attacks", "Israeli strikes")."""
    return not has_child(cue, {"det", "poss", "nummod", "amod", "compound"})


def _dated(cue: Token) -> bool:
    """Whether a plural incident noun's own phrase states a date ("attacks in Kabul in May")."""
    return any(t.ent_type_ == "DATE" for t in cue.subtree)


def _of_a_verb(cue: Token) -> bool:
    """Whether the "of" an incident noun hangs on belongs to a verb or adjective ("accused of killings in X"), not to
    a noun that counts or names the acts ("a series of attacks", "the wave of bombings")."""
    return cue.head.head.pos_ in {"VERB", "AUX", "ADJ"}


def _part_of_a_class(cue: Token) -> bool:
    """Whether a plural incident noun is the class a quantity is drawn from: "some of the deadliest attacks in Kabul",
    "many of the worst massacres of the war" (not "one of the bloodiest attacks", which is one incident)."""
    return cue.head.head.lower_ in unreal_cues().partitive_words


def done_on_a_day(cue: Token) -> bool:
    """Whether a bare plural is what a past verb dated to a month or a day carried out: one round of strikes, "In
    March, Pakistan carried out strikes in Khost" (not "in 2019 the group carried out attacks in Kabul", a year of
    them, nor "has conducted kidnappings")."""
    verb = cue.head
    if cue.dep_ != "dobj" or verb.tag_ != "VBD":
        return False
    dated = [t for c in verb.children if c.dep_ in {"prep", "npadvmod"} and c != cue for t in c.subtree]
    return any(t.ent_type_ == "DATE" and not t.like_num and not t.is_punct for t in dated)
