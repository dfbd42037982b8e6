"""Who an incident is laid on, said in more ways (BLAMED_FOR, fourth pass).

"Al-Qaeda claimed credit for the attack", "Police blamed Al-Shabaab." (for the incident named last); "officials blamed
Iran-backed militias for the attack" (the militias, not their backer); "the army accused X of carrying out the bombing"
(the incident is what the act was done to); "investigators established X's responsibility for the strike" (the possessor
is blamed); "X was the group behind the attack", "singled out X as the force behind it" (X); "the army killed the
mastermind of the attack" (the army is not); "the attack bore the hallmarks of X" (X, alleged); "officials linked X to
the bombing" (X, alleged); "Its best-known attacks include:" and a list (each incident listed); "the group denied
involvement." (the incident named last, negated). The cue words are the ``blame_phrases`` block of
``seeds/relations.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.counted_lists import names_listed_after
from loaders.counted_nouns import one_of
from loaders.court_cases import connected_incidents, court_case_cues
from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.incident_clauses import CLAIM_REACH, TIED_ONLY, clause_cues, is_baseline, named_last
from loaders.incident_references import first_news
from loaders.incidents import series_of
from loaders.list_lines import list_end
from loaders.member_claims import claimed_for
from loaders.mentions import Mention
from loaders.named_operations import is_operation
from loaders.own_claims import own_claim_cues, phrase_heads
from loaders.syntax import (
    MentionIndex,
    actors_of,
    agents_of,
    certainty_of,
    conjuncts,
    gapped_objects,
    is_backer,
    is_passive,
    prep_objects,
    subjects_of,
)
from loaders.token_rules import tokens_with

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader


@dataclass(frozen=True)
class BlamePhraseCues:
    """The cue words of the ``blame_phrases`` block."""

    credit_nouns: frozenset[str]  # "claimed credit for the attack"
    credit_verbs: frozenset[str]  # the verbs that take credit: "claim", "take"
    credit_preps: frozenset[str]  # "credit for the attack"
    listing_preps: frozenset[str]  # "numerous attacks, including the bombing of X": the incidents a plural lists
    list_marks: frozenset[str]  # "claimed the bombing in Gao; the ambush near Kalo": the next of a list
    pronoun_deed_verbs: frozenset[str]  # "its fighters carried it out": the incident named last
    deed_pronouns: frozenset[str]  # "it"
    unit_nouns: frozenset[str]  # "a team from X carried it out": X did it
    unit_preps: frozenset[str]
    doer_nouns: frozenset[str]  # "the mastermind of the attack": a doer, not the verb's subject, as an object
    bare_verbs: frozenset[str]  # "Officials blamed Al-Shabaab.": for the incident named last
    blamed_for_preps: frozenset[str]  # "blamed X for the protests": what X is blamed for, hung on X
    share_preps: frozenset[str]  # "accused of involvement in the attack": the incident a blame noun is about
    bare_share_verbs: frozenset[str]  # "The Taliban denied involvement.": for the incident named last
    bare_claim_verbs: frozenset[str]  # "X claimed responsibility.": a claim noun's verb, for the page's incident
    mark_nouns: frozenset[str]  # "the attack bore the hallmarks of X"
    bearing_verbs: frozenset[str]  # "bore", "had" the hallmarks
    mark_preps: frozenset[str]  # the hallmarks "of" X
    work_nouns: frozenset[str]  # "the bombing was the work of X"
    listing_verbs: frozenset[str]  # "Its best-known attacks include:" and a list of incidents after it
    partner_preps: frozenset[str]  # "Y, alongside X, carried out the raid": X did it too
    help_nouns: frozenset[str]  # "carried out the raid with the help of X": X helped do it
    help_preps: frozenset[str]  # "with" the help of X
    opening_preps: frozenset[str]  # "Since launching Operation X, the army ...": the army launched it
    naming_verbs: frozenset[str]  # "an operation it called Linda Nchi": whoever names its operation runs it
    named_deeds: frozenset[str]  # the nouns of such an operation: "operation", "offensive"
    joining_verbs: frozenset[str]  # "the operation brings together X and Y", "the offensive involved X"
    pair_words: frozenset[str]  # "denied involvement in both attacks": the two incidents named last
    counting_determiners: frozenset[str]  # "the two bombings": as many as the number says
    together_words: frozenset[str]  # "together with X"
    linking_verbs: frozenset[str]  # "officials linked X to the bombing", "a unit tied to the poisoning"
    linking_preps: frozenset[str]  # linked "to" the bombing
    planning_verbs: frozenset[str]  # "accused X of planning the attack": the incident a gerund of preparing names
    among_preps: frozenset[str]  # "blamed for, among others, A, B and C": the list in apposition to "others"
    predicate_preps: frozenset[str]  # "singled out X as the force behind the attack": the noun says who X is
    working_verbs: frozenset[str]  # "its brigade, working with X, carried it out": X did it too


@cache
def blame_phrase_cues() -> BlamePhraseCues:
    """The ``blame_phrases`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["blame_phrases"]
    return BlamePhraseCues(
        frozenset(block["credit_nouns"]),
        frozenset(block["credit_verbs"]),
        frozenset(block["credit_preps"]),
        frozenset(block["listing_preps"]),
        frozenset(block["list_marks"]),
        frozenset(block["pronoun_deed_verbs"]),
        frozenset(block["deed_pronouns"]),
        frozenset(block["unit_nouns"]),
        frozenset(block["unit_preps"]),
        frozenset(block["doer_nouns"]),
        frozenset(block["bare_verbs"]),
        frozenset(block["blamed_for_preps"]),
        frozenset(block["share_preps"]),
        frozenset(block["bare_share_verbs"]),
        frozenset(block["bare_claim_verbs"]),
        frozenset(block["mark_nouns"]),
        frozenset(block["bearing_verbs"]),
        frozenset(block["mark_preps"]),
        frozenset(block["work_nouns"]),
        frozenset(block["listing_verbs"]),
        frozenset(block["partner_preps"]),
        frozenset(block["help_nouns"]),
        frozenset(block["help_preps"]),
        frozenset(block["opening_preps"]),
        frozenset(block["naming_verbs"]),
        frozenset(block["named_deeds"]),
        frozenset(block["joining_verbs"]),
        frozenset(block["pair_words"]),
        frozenset(block["counting_determiners"]),
        frozenset(block["together_words"]),
        frozenset(block["linking_verbs"]),
        frozenset(block["linking_preps"]),
        frozenset(block["planning_verbs"]),
        frozenset(block["among_preps"]),
        frozenset(block["predicate_preps"]),
        frozenset(block["working_verbs"]),
    )


def blamed_holders(holders: list[Token], index: MentionIndex, hyphen_words: Iterable[str]) -> list[Mention]:
    """The actors a blame verb's object names, each conjunct on its own, never a backer or a name that only
    qualifies another: "blamed Iran-backed militias and Kataib Hezbollah" blames Kataib Hezbollah, not Iran."""
    found = [m for h in holders for c in conjuncts(h) for m in actors_of(c, index)]
    shared = [o for h in holders if (o := coordinated_object(h)) is not None]  # "arrested A and B and charged them"
    found = found or [m for o in shared for c in conjuncts(o) for m in actors_of(c, index)]
    found = found or [m for h in holders for m in linked_holders(h, index)]  # "blamed fighters linked to X"
    named = [a for h in holders + shared for a in apposed_names(h)]  # "convicted two men, A and B, of the attack"
    found = found or [m for a in named for c in conjuncts(a) for m in actors_of(c, index)]
    found = found or [m for h in holders + shared for m in names_listed_after(h, index)]  # the list walked by token
    return [
        m for m in dict.fromkeys(found) if not is_backer(m, index.doc, hyphen_words) and not _qualifies_named(m, index)
    ]


def coordinated_object(pronoun: Token) -> Token | None:
    """The object a pronoun object of a verb coordinated with an earlier one stands for, the earlier verb's object:
    "police arrested three men, A, B and C, and charged them over the shooting" ("them": the three men), else None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police arrested two traders, Ali Musa and Omar Bile, and charged them over the raid.")
    >>> coordinated_object(doc[13]).text
    'traders'
    """
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or pronoun.lower_ not in load_cues().pronouns or verb.dep_ != "conj":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)


def apposed_names(noun: Token) -> list[Token]:
    """The names set in apposition to a common noun that names no one, or to the number or pronoun it counts from:
    "two men, A and B" and "three of the men convicted over the bombings, A, B and C" (each conjunct is the caller's).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A court convicted two men, Ali Musa and Omar Bile, of the attack.")
    >>> [t.text for t in apposed_names(doc[4])]
    ['Musa']
    """
    if noun.pos_ != "NOUN":
        return []
    heads = dict.fromkeys((noun, one_of(noun)))  # "three of the men ..., A, B and C": the names hang on "three"
    return [c for h in heads for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


def listed_on_after_incident(verb: Token, incident_preps: frozenset[str]) -> list[Token]:
    """The objects of a blame verb that come after its incident's preposition and a comma, which the parse makes
    objects of the verb but are the next incidents of the preposition's list: "charged him over the attack on X, the
    bank theft and the hack" ("theft" and its conjuncts are incidents, not the people charged).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Prosecutors charged him over the Gao attack, the Kalo bank theft and the hack.")
    >>> [t.text for t in listed_on_after_incident(doc[1], frozenset({"over"}))]
    ['theft']
    """
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in incident_preps and has_child(p, {"pobj"})]
    if not preps:
        return []
    doc = verb.doc
    return [
        o
        for o in verb.children
        if o.dep_ == "dobj" and o.i > preps[0].i and doc[o.left_edge.i - 1].text == "," and o.pos_ == "NOUN"
    ]


def linked_holders(noun: Token, index: MentionIndex) -> list[Mention]:
    """The actors a noun that names no one is said to be linked to: X of "blamed fighters linked to X" (the blame is
    laid on X through them)."""
    cues = blame_phrase_cues()
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in cues.linking_verbs]
    return [
        m for v in verbs for o in prep_objects(v, cues.linking_preps) for m in actors_of(o, index, with_preps=False)
    ]


def apposed_holders(prep: Token, index: MentionIndex) -> list[Mention]:
    """The actors a noun with a blame preposition describes in apposition, each conjunct: "al-Shabaab, the group
    behind the bombings", "Boko Haram and ISWAP, the jihadists behind the Gwoza bombings"."""
    noun = prep.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN":
        return []
    return [m for c in conjuncts(noun.head) for m in actors_of(c, index, with_preps=False)]


def predicated_holders(noun: Token, index: MentionIndex) -> list[Mention]:
    """The actors a noun of blame (or a noun with a blame preposition) is said to be, each conjunct: "X was the group
    behind the attack" (the copula's subject), "officials singled out X as the force behind it", "police named X as
    the mastermind of the attack" and "X was named as the group behind it" (the verb's object or passive subject,
    through ``predicate_preps``), also as one of several: "police named X as one of the organisers of the raid"."""
    if noun.pos_ != "NOUN":
        return []
    noun = one_of(noun)  # "named X as one of the organisers of the raid"
    if noun.dep_ == "attr":
        holders = subjects_of(noun.head)
    elif noun.dep_ == "pobj" and noun.head.lower_ in blame_phrase_cues().predicate_preps:
        holders = [c for c in noun.head.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        return []
    return [m for h in holders for c in conjuncts(h) for m in actors_of(c, index, with_preps=False)]


def _qualifies_named(mention: Mention, index: MentionIndex) -> bool:
    """Whether a name only qualifies another name: "Russian" in "the Russian paramilitary group Wagner" (the group
    is blamed, not its country)."""
    word = index.doc[mention.end - 1]
    while word.dep_ in {"amod", "compound", "nmod"} and word.head.i > word.i:
        word = word.head
        found = index.at(word)
        if found is not None and found.key != mention.key:
            return True
    return False


def described_by(participle: Token) -> list[Token]:
    """The noun a blame participle describes: "Denis Sergeev, accused by the UK of killing X", "a commander
    blamed for the massacre" (a reduced relative clause has no subject of its own), also as the second of two
    participles on it: "X, founded by Y and blamed for the bombing".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Harbor Brigade, founded by Ali Musa and blamed for the bombing, denies it.")
    >>> [t.text for t in described_by(doc[9])]
    ['Brigade']
    """
    first = participle
    while first.dep_ == "conj" and first.tag_ in {"VBN", "VBD"} and first.head.tag_ == "VBN":
        first = first.head  # the parse may tag the second participle as a past tense
    return [first.head] if first.dep_ == "acl" and first.tag_ == "VBN" else []


def to_blame(verb: Token) -> list[Token]:
    """Who a blame verb's infinitive after a copula says is at fault, the copula's subject: "Kyiv said Moscow was to
    blame for the strike", "officials say the militia is to blame".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Officials said the Harbor Brigade was to blame for the raid.")
    >>> [t.text for t in to_blame(doc[7])]
    ['Brigade']
    """
    copula = verb.head
    if verb.dep_ != "xcomp" or copula.lemma_ != "be" or not has_child(verb, {"aux"}, {"to"}):
        return []
    return [c for c in copula.children if c.dep_ == "nsubj"]


def with_listed(tokens: list[Token]) -> list[Token]:
    """The tokens, and the incidents each lists: "kidnappings of foreigners, including the kidnapping of a Canadian
    diplomat" (what is said of them all is said of each one listed); "the bombing in Gao; the ambush near Kalo; and a
    raid in Tessit" (the next of a list the parse hangs on the first)."""
    wanted = blame_phrase_cues().listing_preps
    listed = [p for t in tokens for p in prep_objects(t, wanted) + hung_inside(t) + listed_after_mark(t)]
    listed += [p for t in tokens for p in listed_in_apposition(t) if p not in listed]
    listed += [p for t in tokens for p in hung_in_clause(t) if p not in listed]
    listed += [p for t in tokens for p in listed_later(t, wanted) if p not in listed]
    return tokens + [c for p in listed for c in conjuncts(p)]


def listed_among(verb: Token, laying_preps: frozenset[str]) -> list[Token]:
    """The incidents a list set off by "among others" names when the parse leaves a blame verb's preposition bare:
    "has been blamed for, among others, the 2001 attack on X, the 2016 attack on Y and the raid on Z" (the list in
    apposition to "others", or left a loose dependent of the verb after it), each one listed (read when the
    preposition has no object of its own).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group has been blamed for, among others, the 2016 attack on Kalo and the raid on Gao.")
    >>> [t.text for t in listed_among(doc[4], frozenset({"for"}))]
    ['attack', 'raid']
    """
    if not any(p.dep_ == "prep" and p.lower_ in laying_preps for p in verb.children):
        return []
    wanted = blame_phrase_cues().among_preps
    among = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in wanted]
    listed = [a for p in among for o in p.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
    listed += [d for d in verb.children if d.dep_ == "dep" and d.pos_ == "NOUN" and any(p.i < d.i for p in among)]
    return [c for a in listed for c in conjuncts(a)]  # in apposition to "others", or left unattached after it


def listed_later(noun: Token, wanted: frozenset[str]) -> list[Token]:
    """The objects of a listing preposition that the parse hangs on a word after an incident noun, within the phrase
    of the word it hangs on (or of the verb a gerund holding it completes): "carried out a wave of attacks in Gao since
    2020, including the assault on X" ("including" hung on "2020"), "responsible for a wave of attacks on police
    stations, including the assault on X", "accused X of orchestrating attacks, including the bombing of Y".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The brigade carried out a wave of raids in Gao since 2020, including the assault on Kalo.")
    >>> [t.text for t in listed_later(doc[5], frozenset({"including"}))]
    ['assault']
    >>> doc = load_nlp()("Israel accused Arouri of orchestrating attacks in the territory, including the 2014 bombing.")
    >>> [t.text for t in listed_later(doc[5], frozenset({"including"}))]
    ['bombing']
    """
    holder = noun.head if noun.dep_ in {"dobj", "pobj", "nsubjpass"} else noun
    while (
        holder != noun and holder.dep_ == "pcomp" and holder.head.dep_ == "prep"
    ):  # "accused X of orchestrating attacks in Y,
        holder = holder.head.head  # including the bombing of Z" ("including" hung on "accused")
    return [
        o
        for t in holder.subtree
        if t.i > noun.i and t.dep_ == "prep" and t.lower_ in wanted and t.head.i != noun.i
        for o in t.children
        if o.dep_ == "pobj"
    ]


def listed_in_apposition(noun: Token) -> list[Token]:
    """The next members of a list of three or more that the parse hangs on its first as an apposition with the rest
    its conjuncts: "blamed for the 2019 attack on Gao's port, the 2020 attack on the air base and the 2021 attack on
    Tessit" (the second "attack" in apposition, the third its conjunct); not an apposition that renames ("the bombing,
    a suicide attack"), which has no conjunct.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Harbor Brigade has been blamed for the March 2019 attack on Gao's port, the June 2020 "
    ...                  "attack on the Kalo air base and the May 2021 attack on the barracks at Tessit.")
    >>> [(t.text, t.i) for t in listed_in_apposition(doc[10])]
    [('attack', 19)]
    """
    return [
        c
        for c in noun.children
        if c.dep_ == "appos" and c.i > noun.i and c.pos_ == "NOUN" and any(x.dep_ == "conj" for x in c.children)
    ]


def listed_after_mark(noun: Token) -> list[Token]:
    """The nouns in apposition to a noun that a list mark sets off, the next members of its list: "claimed the
    bombing at Gao airport, which killed 12; the ambush near Kalo; and a raid in Tessit" ("ambush" hangs on
    "bombing", "raid" on "ambush"); not an apposition that renames ("the bombing, a suicide attack").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Ansar Dine claimed the 2019 bombing at the Gao airport, which killed 12 soldiers; the ambush "
    ...                  "near Kalo; and a raid in Tessit.")
    >>> [t.text for t in listed_after_mark(doc[5])]
    ['ambush']
    """
    marks = blame_phrase_cues().list_marks
    doc = noun.doc
    return [
        c
        for c in noun.children
        if c.dep_ == "appos" and c.i > noun.i and c.left_edge.i and doc[c.left_edge.i - 1].text in marks
    ]


def marked_on_subject(verb: Token, is_event_noun: Callable[[Token], bool]) -> list[Token]:
    """The next incidents of a list a verb's object opens that the parse hangs on its subject: "The group claimed the
    bombing at the airport, which killed 13; the bombing outside the embassy; and an attack in Herat" ("bombing" in
    apposition to "group", set off by a list mark: no name of the group, a list member of the object)."""
    return [a for s in subjects_of(verb) for a in listed_after_mark(s) if is_event_noun(a)]


def gapped_deeds(verb: Token) -> list[Token]:
    """The objects of a verb's second clause that the parse left without its verb (:func:`syntax.gapped_objects`),
    or hung on a time of the first clause: "launched Operation Falcon in 1990 and Operation Sable in 1991" ("Sable"
    a conjunct of "1990"), "launched Operation Falcon that year and Operation Sable in 1991" (of "year").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Mali launched Operation Falcon in 1990 and Operation Sable in 1991.")
    >>> [t.text for t in gapped_deeds(doc[1])]
    ['Sable']
    """
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    times = [c for c in verb.children if c.dep_ == "npadvmod"] + prep_objects(verb, {"in", "on"})
    times = [t for t in times if t.ent_type_ in {"DATE", "TIME"}]
    later = [c for t in times for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    return gapped_objects(verb) + [c for c in later if c.ent_type_ not in {"DATE", "TIME"}]


def hung_inside(noun: Token) -> list[Token]:
    """The nouns of a list that the parse hangs on a name inside its first member's phrase: "claimed the bombing of a
    market in Gao, the ambush near Tessit and a suicide attack in Kidal" ("ambush" in apposition to Gao, "attack" a
    conjunct of Tessit), or as a conjunct of a common noun there: "was behind the 2016 attack on a base at Kalo and
    the 2019 assault on a hotel" ("assault" a conjunct of "base"; only an incident noun among them names an incident).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Katiba Macina claimed the bombing of a market in Gao, the ambush near Tessit and a suicide "
    ...                  "attack in Kidal.")
    >>> [t.text for t in hung_inside(doc[4])]
    ['ambush', 'attack']
    """
    inside = [t for t in noun.subtree if t.i > noun.i and t.dep_ in {"appos", "conj"} and t.pos_ == "NOUN"]
    return [t for t in inside if t.head.dep_ == "pobj" and (t.head.pos_ == "PROPN" or t.dep_ == "conj")]


def hung_in_clause(noun: Token) -> list[Token]:
    """The nouns of a list that the parse hangs on the object of a relative clause on its first member: "claimed a
    bombing in Gao that killed two police officers and an attack in Kidal that killed another" ("attack" a conjunct of
    "officers"; only an incident noun among them names an incident).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The front claimed a bombing in Gao that killed two police officers and a 2017 attack in "
    ...                  "Kidal that killed another.")
    >>> [t.text for t in hung_in_clause(doc[4])]
    ['attack']
    """
    objects = [o for c in noun.children if c.dep_ == "relcl" for o in c.children if o.dep_ == "dobj"]
    return [c for o in objects for c in o.conjuncts if c.i > o.i and c.pos_ == "NOUN"]


def perpetrated(head: Token, perpetration_verbs: frozenset[str]) -> list[Token]:
    """The incidents a gerund of doing or of planning names: "accused X of carrying out the bombing", "accused X of
    planning the assassination", "accused of helping plan the attack" (the objects of the verb it completes), each
    conjunct; a verb with no object of its own shares that of the verb joined to it ("convicted of conspiring to
    commit and supporting the attack").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police accused the cell of helping plan the bombing and the raid.")
    >>> [t.text for t in perpetrated(doc[5], frozenset({"carry"}))]
    ['bombing', 'raid']
    """
    if head.pos_ != "VERB":
        return []
    done = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]  # "helping plan", "conspired to commit"
    doing = perpetration_verbs | blame_phrase_cues().planning_verbs
    verbs = [v for v in [head, *done] if {v.lemma_.lower(), v.lower_} & doing]
    return [c for v in verbs for o in _objects_or_shared(v) for c in conjuncts(o)]


def _objects_or_shared(verb: Token) -> list[Token]:
    """A verb's objects, or, when it has none, those of the verbs joined to it ("to commit and support the attack")."""
    own = [o for o in verb.children if o.dep_ == "dobj"]
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return own or [o for c in joined for o in c.children if o.dep_ == "dobj"]


def possessors(noun: Token, index: MentionIndex) -> list[Mention]:
    """Who a blame noun belongs to: "their responsibility for the strike", "the group's role in the attack"."""
    return [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, index, with_preps=False)]


def bare_blame(reader: DocReader, verb: Token) -> list[Event]:
    """The incident a blame verb with no incident of its own is for: "Police blamed Al-Shabaab." (the one named
    last, not far back)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in blame_phrase_cues().bare_verbs:
        return []
    return named_last(reader, verb)


def blamed_for_other(verb: Token) -> bool:
    """Whether the ones a blame verb blames carry a phrase of what they are blamed for ("blamed the US and exiled
    groups for the protests", "blamed a faction for establishing X"): no incident, as the phrase hangs on no incident
    noun, so not the one told last either.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Officials blamed the US and exiled groups for the protests. Police blamed the rebels.")
    >>> blamed_for_other(doc[1]), blamed_for_other(doc[12])
    (True, False)
    """
    preps = blame_phrase_cues().blamed_for_preps  # not "in" of "blamed the Islamic Resistance in Iraq"
    held = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
    return any(
        p.dep_ == "prep" and p.lower_ in preps and has_child(p, {"pobj", "pcomp"}) for h in held for p in h.children
    )


def is_bare_blame(token: Token) -> bool:
    """Whether a blame word may stand with no incident of its own: a bare claim ("claimed responsibility", "pointed
    the finger at X": the claim noun the object of one of ``bare_claim_verbs``), a bare verb of blame ("Police blamed
    Al-Shabaab.") or a share owned or denied ("denied involvement")."""
    wanted = blame_phrase_cues()
    lemma = token.lemma_.lower()
    if lemma in clause_cues().claim_nouns:  # "claimed responsibility", not "upholds its responsibilities"
        return token.dep_ == "dobj" and token.head.lemma_.lower() in wanted.bare_claim_verbs | wanted.bare_share_verbs
    if token.pos_ == "VERB":
        return lemma in wanted.bare_verbs
    return token.dep_ == "dobj" and token.head.lemma_.lower() in wanted.bare_share_verbs


def news_told_last(reader: DocReader, token: Token) -> list[Event]:
    """The page's own incident (:func:`first_news`, the one its headline or first paragraph tells) when it is the
    incident told last before a bare blame, however far back: "A drone strike hit X on Sunday. [paragraphs with no
    other incident] Kyiv denied any involvement." (none when another incident was told since, nor when the page's is
    a named operation, a campaign whose own acts a blame paragraphs on is about)."""
    news = first_news(reader.events.events, reader.events.doc_date)
    if news is not None and is_operation(news.cue):
        return []
    told = [e for e in reader.events.events if e.cue.i < token.i and not is_baseline(e.cue)]
    return [news] if news is not None and told and told[-1].key == news.key else []


def deed_of_pronoun(reader: DocReader, verb: Token) -> list[Event]:
    """The incident a verb of doing names by a pronoun: "X claimed the bombing, saying its fighters had carried it out",
    "officials say its Afghan branch carried it out" (the one named last, in its sentence or the one before)."""
    wanted = blame_phrase_cues()
    if verb.lemma_.lower() not in wanted.pronoun_deed_verbs:
        return []
    if not has_child(verb, {"dobj"}, wanted.deed_pronouns):
        return []
    start = verb.sent.start
    start = verb.doc[start - 1].sent.start if start else start
    return [e for e in named_last(reader, verb) if e.cue.i >= start]


def unit_owners(verb: Token, index: MentionIndex) -> list[Mention]:
    """The bodies a verb's subject is a unit of: "a team from its Immortals Battalion carried out the bombing", "a cell
    of X staged the attack", "a Hamza Division cell which carried out the killing" (the body did the deed)."""
    wanted = blame_phrase_cues()
    subjects = [_relative_antecedent(s) or s for s in subjects_of(verb)]  # "a cell which carried out the killing"
    subjects = subjects or [g for g in [gap_subject(verb)] if g is not None]  # "a cell it said had carried it out"
    units = [s for s in subjects if s.lemma_.lower() in wanted.unit_nouns and index.at(s) is None]
    owners = [o for u in units for o in prep_objects(u, wanted.unit_preps)]
    named = [m for o in owners for m in actors_of(o, index, with_preps=False)]
    qualifiers = [t for u in units for c in u.lefts if c.dep_ in {"compound", "amod", "nmod"} for t in c.subtree]
    named += index.within(qualifiers)  # "a Hamza Division cell carried out the killing", "an al-Shabaab unit"
    return [m for m in named if m.label in {"Organization", "Country"}]


def gap_subject(verb: Token) -> Token | None:
    """The noun a verb with no subject of its own, in a clause reported inside a relative clause, tells of: "a cell
    (that) it said had carried out the killing", "the group officials say staged the raid" ("cell", "group"); else
    None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police arrested a cell it said had carried out the killing.")
    >>> gap_subject(doc[7])
    cell
    """
    if subjects_of(verb) or verb.dep_ != "ccomp" or verb.head.dep_ != "relcl":
        return None
    return verb.head.head if verb.head.head.pos_ in {"NOUN", "PROPN"} else None


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("a cell which carried out the killing": "cell"), else None."""
    if pronoun.lower_ not in {"which", "that", "who"} or pronoun.head.dep_ != "relcl":
        return None
    return pronoun.head.head if pronoun.head.head.pos_ == "NOUN" else None


def bare_share(reader: DocReader, noun: Token) -> list[Event]:
    """The incident a share owned or denied with none of its own is in: "The Taliban denied involvement.", "the group
    admitted a role." (the one named last, in its sentence or the one before: a denial answers what was just told)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in blame_phrase_cues().bare_share_verbs:
        return []
    start = noun.sent.start
    start = noun.doc[start - 1].sent.start if start else start
    return [e for e in named_last(reader, noun) if e.cue.i >= start]


def held_on_accused(holders: list[Token], preps: frozenset[str], is_event_noun: Callable[[Token], bool]) -> list[Token]:
    """The incidents a blame verb's phrase names when the parser hangs it on the name of the accused: "the army
    accused Ansar Dine of the ambush", "police blamed the ELN for the attack" ("of" and "for" on the name); only an
    incident noun, never a name's own part ("accused the leader of Ansar Dine").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The army accused Ansar Dine of the ambush near Kalo.")
    >>> [t.text for t in held_on_accused([doc[4]], frozenset({"of"}), lambda t: t.lower_ == "ambush")]
    ['ambush']
    """
    linking = blame_phrase_cues().linking_verbs  # "blamed fighters linked to X for the attack": on the participle
    words = [w for h in holders for c in conjuncts(h) for w in [c, *(a for a in c.children if a.lemma_ in linking)]]
    closing = [o for h in holders for c in conjuncts(h) for p in after_apposition(c, preps) for o in p.children]
    return [p for w in words for p in prep_objects(w, preps) if is_event_noun(p)] + [
        o for o in closing if o.dep_ == "pobj" and is_event_noun(o)
    ]


def after_apposition(holder: Token, preps: frozenset[str]) -> list[Token]:
    """The blame verb's preposition that the comma closing a description set beside the accused leaves inside it, the
    last phrase of the accused's words: "blamed X, an umbrella of groups that includes A and B, for the attack" ("for"
    hung on "umbrella"), "accused X, a group that includes rebels from Kidal, of the ambush" ("of" on "rebels"); not a
    phrase of the description itself ("X, a group that, in the 2012 uprising, took Gao").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Officials accused Ansar Dine, a group that includes former rebels from Kidal, of the attack.")
    >>> [(t.text, t.i) for t in after_apposition(doc[3], frozenset({"of"}))]
    [('of', 14)]
    """
    beside = [c.i for c in holder.children if c.dep_ in {"appos", "relcl", "acl"} and c.i > holder.i]
    if not beside:
        return []
    return [
        t
        for t in holder.subtree
        if t.dep_ == "prep"
        and t.lower_ in preps
        and t.i > min(beside)
        and t.head is not holder
        and t.doc[t.i - 1].text == ","
        and t.right_edge.i >= holder.right_edge.i - 1  # the accused's last phrase (a stop may end it)
    ]


def blamed_share(token: Token, blame_nouns: frozenset[str]) -> list[Token]:
    """The incidents a blame noun inside a blame phrase is about: "suspected of involvement in the attack", "accused
    X of a role in the bombing"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in blame_nouns:
        return []
    return [c for p in prep_objects(token, blame_phrase_cues().share_preps) for c in conjuncts(p)]


def verb_held_share(noun: Token) -> list[Token]:
    """The incidents a blame noun is about when the parser hangs the phrase on the noun's verb: "X denied any role in
    the bombing", "X admitted involvement in the attack" (the noun has no incident of its own)."""
    if noun.dep_ != "dobj" or prep_objects(noun, blame_phrase_cues().share_preps):
        return []
    return [c for p in prep_objects(noun.head, blame_phrase_cues().share_preps) for c in conjuncts(p)]


def repeated_prep_objects(noun: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of a blame noun's preposition said again after "and", which the parse joins to the noun's verb:
    "the attack" of "claimed responsibility for the assassination of X, in August 2016, and for a failed attack on Y"
    (only a preposition the noun itself has).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("X claimed responsibility for the killing of A, in May, and for a failed attack on B.")
    >>> [t.text for t in repeated_prep_objects(doc[2], frozenset({"for"}))]
    ['attack']
    """
    own = {c.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ in preps}
    again = [c for c in noun.head.children if c.dep_ == "conj" and c.i > noun.i and c.lower_ in own]
    return [o for p in again for o in p.children if o.dep_ == "pobj"]


def laid_words(verb: Token) -> list[Token]:
    """The words a verb that lays an incident on someone may name it by: its object ("blamed the bombing on X"), its
    passive subject ("the bombing was blamed on X", "the attack was attributed to X") or the noun its relative clause
    or participle describes ("the massacre, which police blamed on X", "killings blamed on X")."""
    pronouns = load_cues().relative_pronouns
    own = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in pronouns]
    return own + [h for n in relative_object(verb) + described_by(verb) for h in phrase_heads(n)]


def relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause's verb takes as its object: "the attack, which Al-Shabaab claimed", "the bombing
    that the group carried out", "the bombing, which killed 500 people and which police blamed on X" (a second
    relative clause joined to the first)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    pronoun = any(c.lower_ in load_cues().relative_pronouns for c in objects)
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and pronoun:
        return [verb.head.head]
    if verb.dep_ != "relcl":
        return []
    if pronoun or (not objects and _contact_clause(verb)):
        return [verb.head]
    return []


def _contact_clause(verb: Token) -> bool:
    """Whether a relative clause with no object opens on its own subject, no pronoun between: "an attack the group
    claimed", "the bombing the rebels carried out" (its object is the noun it describes)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ not in load_cues().relative_pronouns and verb.head.i < verb.i


def names_another(noun: Token) -> bool:
    """Whether a noun of the doer is the object of a verb, naming someone the subject acted on: "the army killed the
    mastermind of the attack", "police arrested the perpetrators" (not "X is the mastermind")."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in blame_phrase_cues().doer_nouns


def having(noun: Token, index: MentionIndex) -> list[Mention]:
    """Who a blame noun after "with" is had by: "Omurbekov, a commanding officer with involvement in the Bucha
    massacre" (the one the officer is), "a group with a role in the attack"."""
    holder = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or holder.pos_ not in {"NOUN", "PROPN"}:
        return []
    if index.at(holder) is None and holder.dep_ == "appos":
        holder = holder.head
    return [m for m in actors_of(holder, index, with_preps=False) if m.label != "Location"]


def claimants(verb: Token, index: MentionIndex, claim: bool | None = None) -> list[Mention]:
    """The actors a verb's subjects name; for a claim (a claim verb unless ``claim`` says), a spokesperson's group
    in place of the spokesperson: "Its spokesman, X, claimed the attack", "a spokesman for Y claimed responsibility"
    (the group claims the deed, the spokesperson only voices it); a serving member's group beside the member: "A, a
    commander of Y, claimed the attack" (``member_claims.claimed_for``).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A spokesman for Hamas claimed the attack.")
    >>> hamas = Mention(3, 4, 16, 21, "Hamas", "Organization", "Hamas", "armed_group")
    >>> [m.name for m in claimants(doc[4], MentionIndex(doc, [hamas]))]
    ['Hamas']
    """
    said = subjects_of(verb)
    if not (verb.lemma_.lower() in own_claim_cues().verbs if claim is None else claim):
        return [m for s in said for m in actors_of(s, index, with_preps=False) or reporters_of(s, index)]
    return [
        m
        for s in said
        for m in (
            spoken_for(s, index)
            or (actors_of(s, index, with_preps=False) or reporters_of(s, index)) + claimed_for(s, index)
        )
    ]


def reporters_of(pronoun: Token, index: MentionIndex) -> list[Mention]:
    """Who a pronoun the index resolves to no one stands for when it opens a clause its speakers report of themselves:
    "A and B" of "they" in "Two groups, A and B, said they had carried out the raid" (the reporting verb's subject).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Two groups, Hamas and Fatah, said they had carried out the raid.")
    >>> found = [Mention(i, i + 1, 0, 0, doc[i].text, "Organization", doc[i].text) for i in (3, 5)]
    >>> [m.name for m in reporters_of(doc[8], MentionIndex(doc, found))]
    ['Hamas', 'Fatah']
    """
    if pronoun.lower_ not in own_claim_cues().self_pronouns or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp":
        return []
    speakers = [c for c in pronoun.head.head.children if c.dep_ == "nsubj" and c.lower_ not in load_cues().pronouns]
    return [m for s in speakers for m in actors_of(s, index, with_preps=False)]


def spoken_for(subject: Token, index: MentionIndex) -> list[Mention]:
    """The groups or states a spokesperson speaks for, when the subject is one ("its spokesman", "a spokesman for
    X", "X spokesman Y", "Y, a spokesman for X"): an owner, a name before the noun or after "for"; none else."""
    cues = own_claim_cues()
    nearby = [subject, *(c for c in subject.children if c.dep_ in {"appos", "compound"})]
    nearby += [subject.head] if subject.dep_ == "appos" else []
    noun = next((t for t in nearby if t.lemma_.lower() in cues.voice_nouns), None)
    if noun is None:
        return []
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound"}] + prep_objects(noun, cues.voice_preps)
    if noun.head.i == subject.i and noun.dep_ == "compound":  # "Hamas spokesman X": the name before the title
        owners += [c for c in subject.children if c.dep_ in {"poss", "compound"} and c.i < noun.i]
    found = []
    for owner in owners:
        named = index.at(owner)
        if named is None and owner.lower_ in load_cues().owner_pronouns:
            named = index.antecedent(owner)  # "Its spokesman claimed the attack"
        if named is not None and named.label in {"Organization", "Country"}:
            found.append(named)
    return list(dict.fromkeys(found))


def claimed_credit(reader: DocReader, noun: Token) -> None:
    """ "AQAP claimed credit for the attack", "the BLA took credit for the attack": the incident is the claimant's;
    "X claimed credit." alone is for the incident named last."""
    wanted = blame_phrase_cues()
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.lemma_.lower() not in wanted.credit_verbs:
        return
    found = [m for m in claimants(verb, reader.index, claim=True) if m.label != "Location"]
    if not found:
        return
    objects = prep_objects(noun, wanted.credit_preps) + prep_objects(verb, wanted.credit_preps)
    said = [c for p in objects for c in conjuncts(p)]
    events = [e for t in said if (e := reader.events.event_at(t)) is not None]
    if not said:
        events = named_last(reader, noun)
    certainty = reader.certainty(noun)
    reader.emit_all(found, "BLAMED_FOR", events, noun, f"blame:{noun.lemma_.lower()}", 0.75, certainty)


def bore_marks(reader: DocReader, noun: Token) -> None:
    """ "the attack bore the hallmarks of ISSP", "it had the footprints of Kataib Hezbollah": the incident the verb's
    subject names is laid on whoever left the marks, as a suspicion (alleged; negated when denied)."""
    wanted = blame_phrase_cues()
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in wanted.bearing_verbs:
        return
    marked = blamed_holders(prep_objects(noun, wanted.mark_preps), reader.index, reader.cues.hyphen)
    marked = [m for m in marked if m.label != "Location"]
    events = [e for s in subjects_of(verb) if (e := reader.events.event_at(s)) is not None]
    certainty = certainty_of(noun, reader.cues, reader.words, "alleged")
    certainty = "alleged" if certainty == "asserted" else certainty
    reader.emit_all(marked, "BLAMED_FOR", events, noun, f"blame:{noun.lemma_.lower()}", 0.7, certainty)


def work_of(reader: DocReader, noun: Token) -> None:
    """ "the bombing was the work of X", "officials said the attack was the handiwork of X": the incident the subject of
    "be" names is laid on the actor whose work it is said to be, each one named ("it was the work of X": the incident
    named last); negated when denied ("was not the work of X"); none for a noun that only a name qualifies ("the work
    of a Russian group")."""
    wanted = blame_phrase_cues()
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() != "be" or noun.lemma_.lower() not in wanted.work_nouns:
        return
    owners = [c for o in prep_objects(noun, wanted.mark_preps) for c in conjuncts(o)]
    doers = [m for c in owners if (m := reader.index.at(c)) is not None]  # the name itself: not "Russian" of "the
    # work of a Russian group"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    events = [e for s in subjects if (e := reader.events.event_at(s)) is not None]
    if not events and any(s.lower_ in wanted.deed_pronouns for s in subjects):
        events = named_last(reader, noun)
    certainty = certainty_of(noun, reader.cues, reader.words, "asserted")
    doers = [m for m in doers if m.label != "Location"]
    reader.emit_all(doers, "BLAMED_FOR", events, noun, f"blame:{noun.lemma_.lower()}", 0.7, certainty)


def linked_to(reader: DocReader, verb: Token) -> None:
    """ "officials linked X to the bombing", "a unit that investigators have tied to the poisoning and to the blasts",
    "police linked the killing to X": the incident is laid on the actor the link names, as a suspicion (alleged;
    negated when denied), whichever end the verb takes as its object; a tie only (``TIED_ONLY``): the actor may have
    planned or paid for it, so it is not said to have attacked the incident's victims."""
    wanted = blame_phrase_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in wanted.linking_verbs:
        return
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in wanted.linking_preps]
    others = [p for p in verb.children if p.dep_ == "prep"]  # "and to" on the first, on a place set off after it
    preps += [t for p in others for t in p.subtree if t.dep_ == "conj" and t.lower_ in wanted.linking_preps]  # ("to
    # the blasts in X, in the Czech Republic, and to the poisoning of Y") or on the verb itself
    preps += [c for c in verb.children if c.dep_ == "conj" and c.lower_ in wanted.linking_preps and c not in preps]
    linked_to = with_listed([c for p in preps for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)])
    actors, incidents = (linked_to, held) if any(reader.events.event_at(h) for h in held) else (held, linked_to)
    linked = [m for m in blamed_holders(actors, reader.index, reader.cues.hyphen) if m.label != "Location"]
    events = [e for t in incidents if (e := reader.events.event_at(t)) is not None]
    certainty = certainty_of(verb, reader.cues, reader.words, "alleged")
    certainty = "alleged" if certainty == "asserted" else certainty
    reader.emit_all(linked, "BLAMED_FOR", events, verb, TIED_ONLY, 0.7, certainty)
    reader.blame_listed_lines(linked, incidents, verb, TIED_ONLY, 0.7, certainty)  # "to attacks, including:"


def listed_deeds(reader: DocReader) -> None:
    """ "Its best-known attacks include:" then a list, a line each: every incident of the list is laid on whoever the
    incidents are said to be of ("its attacks": the group named before; "attacks by X"; "attacks claimed by X"). Read
    once the whole document is (the list's incidents come after the verb)."""
    wanted = blame_phrase_cues()
    for colon in tokens_with(reader.doc, [":"]):
        verb = reader.doc[colon.i - 1] if colon.i else colon
        if verb.lemma_.lower() not in wanted.listing_verbs:
            continue
        deeds = [c for c in verb.children if c.dep_ == "nsubj" and reader.events.is_event_noun(c)]
        owners = [o for d in deeds for o in deed_owners(d)]
        doers = [m for o in owners for m in actors_of(o, reader.index, with_preps=False) if m.label != "Location"]
        end = list_end(colon)
        events = [e for e in reader.events.events if colon.idx < e.cue.idx < end]
        certainty = reader.certainty(verb)
        reader.emit_all(doers, "BLAMED_FOR", events, verb, "listed-deeds", 0.7, certainty)


def deed_owners(deeds: Token) -> list[Token]:
    """Whose the incidents a noun names are: its possessor ("its attacks", "the group's attacks"), or the agent of "by"
    after it or after its participle ("attacks by X", "attacks claimed by X")."""
    participles = [c for c in deeds.children if c.dep_ == "acl"]
    by = [p for t in [deeds, *participles] for p in prep_objects(t, {"by"})] + [
        a for c in participles for a in agents_of(c)
    ]
    return [c for c in deeds.children if c.dep_ == "poss"] + by


def said_doers(verb: Token) -> list[Token]:
    """The doers of a deed's clause that the parse made objects of the verb of saying the clause completes, when the
    clause has no subject of its own: "X claimed the hijacking, saying its Y Brigade, working with Z, had carried it
    out" ("Brigade" hung on "saying"); only words before the deed's verb.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The BLA claimed the hijacking within hours, saying its Majeed Brigade, working with the "
    ...                  "Fateh Squad, had carried it out.")
    >>> [t.text for t in said_doers(doc[20])]
    ['Brigade']
    """
    head = verb.head  # a participle of saying ("..., saying X had carried it out"), not the claim it explains
    if (
        verb.dep_ != "ccomp"
        or subjects_of(verb)
        or head.tag_ != "VBG"
        or head.lemma_.lower() not in load_cues().reporting
    ):
        return []
    return [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in {"PROPN", "NOUN"}]


def partners_working(doers: list[Token], index: MentionIndex) -> list[Mention]:
    """Who the doers worked with, by a participle set beside them: "its Y Brigade, working with Z and W, had
    carried it out" (the participle's "with" phrase, each conjunct; the parse may hang it on the doers' head)."""
    wanted = blame_phrase_cues().working_verbs
    heads = [*doers, *(d.head for d in doers)]
    verbs = [c for h in heads for c in h.children if c.lemma_.lower() in wanted and c.tag_ == "VBG"]
    verbs = [v for v in verbs if any(v.i > d.i and v.i - d.i <= 3 for d in doers)]  # right after the doers
    return [m for v in verbs for o in prep_objects(v, {"with"}) for c in conjuncts(o) for m in actors_of(c, index)]


def partners(verb: Token, index: MentionIndex) -> list[Mention]:
    """Who did a deed with the doer a verb names: "Together with X, Y carried out the theft", "the raid was carried out
    by Y, together with X", "Y, alongside X, carried out the raid" (the parse hangs the phrase on the verb, its subject
    or its object)."""
    wanted = blame_phrase_cues()
    held = [verb, *(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"})]
    preps = [p for h in held for p in h.children if p.dep_ == "prep"]
    joint = [p for p in preps if p.lower_ in wanted.partner_preps] + [
        p for p in preps if p.lower_ == "with" and any(c.lower_ in wanted.together_words for c in p.lefts)
    ]
    return [m for p in joint for o in p.children if o.dep_ == "pobj" for m in actors_of(o, index, with_preps=False)]


def helped_deed(reader: DocReader, noun: Token) -> None:
    """ "Two bombers carried out the blasts with the help of X militants", "the raid had been carried out with the
    support of X and Y": whoever helped the verb's doers is laid on the deed its object (or passive subject) names,
    as certain as the clause says it; each helper "of" names, and a name the parse joins to the help noun itself."""
    wanted = blame_phrase_cues()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in wanted.help_preps or prep.dep_ != "prep":
        return
    verb = prep.head
    if verb.pos_ != "VERB" or {verb.lemma_.lower(), verb.lower_}.isdisjoint(reader.cues.perpetration_verbs):
        return
    holders = prep_objects(noun, wanted.mark_preps)
    holders += [c for c in conjuncts(noun)[1:] if reader.index.at(c) is not None]  # "the support of X and Y's Z"
    helpers = [m for m in blamed_holders(holders, reader.index, reader.cues.hyphen) if m.label != "Location"]
    deeds = [h for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for h in conjuncts(c)]
    events = reader.events.events_at(deeds)
    reader.emit_all(helpers, "BLAMED_FOR", events, noun, f"blame:{noun.lemma_.lower()}", 0.7, reader.certainty(verb))


def named_operation(reader: DocReader, verb: Token) -> None:
    """ "sent troops in an operation it called Linda Nchi", "the offensive, which the army named Operation Kelka": a
    side names its own operation, so the operation is laid on whoever names it in a clause on it."""
    wanted = blame_phrase_cues()
    if verb.pos_ != "VERB" or verb.dep_ not in {"relcl", "acl"} or verb.lemma_.lower() not in wanted.naming_verbs:
        return
    named = [h for h in phrase_heads(verb.head) if h.lemma_.lower() in wanted.named_deeds]
    events = [e for h in named[:1] if (e := reader.events.event_at(h)) is not None]
    namers = [m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)]
    namers = [m for m in namers if m.label != "Location"]
    reader.emit_all(namers, "BLAMED_FOR", events, verb, f"named-operation:{verb.lemma_.lower()}", 0.7)


def operation_named_last(reader: DocReader, token: Token) -> list[Event]:
    """The operation named last before a token, not far back: "Kenya launched Operation Linda Nchi in 2011. The
    operation also involved X" (none when there is none)."""
    start = token.sent.start
    return [
        e for e in reader.events.events if e.cue.i < token.i and start - e.cue.i < CLAIM_REACH and is_operation(e.cue)
    ][-1:]


@cache
def joining_lemmas() -> frozenset[str]:
    """The lemmas the joining verbs open on ("bring" of "bring together"), where the rule reads a token."""
    return frozenset(phrase.split()[0] for phrase in blame_phrase_cues().joining_verbs)


def joined_bodies(reader: DocReader, verb: Token) -> None:
    """ "The operation, known as Shujaa, brings together the army and the police", "the offensive also involved X": an
    operation is laid on each body it joins (stated; negated when denied)."""
    wanted = blame_phrase_cues()
    lemma = verb.lemma_.lower()
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "advmod"}}  # "together"
    if verb.pos_ != "VERB" or not phrases & wanted.joining_verbs:
        return
    named = [s for s in subjects_of(verb) if s.lemma_.lower() in wanted.named_deeds]
    events = [e for s in named[:1] if (e := reader.events.event_at(s)) is not None]
    events = events or (operation_named_last(reader, verb) if named else [])  # "The operation also involved X"
    objects = [c for o in verb.children if o.dep_ == "dobj" for c in conjuncts(o)]
    joined = [m for o in objects for m in actors_of(o, reader.index, with_preps=False) if m.label != "Location"]
    certainty = certainty_of(verb, reader.cues, reader.words, "asserted")
    reader.emit_all(joined, "BLAMED_FOR", events, verb, f"joined-operation:{lemma}", 0.7, certainty)


def deed_verbs(cue: Token) -> list[Token]:
    """The verbs that may say who did an incident besides its participles: a relative clause on its phrase, even one
    the parser hangs on the place ("the bombing of a market in Kano, which was claimed by X") or on the series it is
    one of ("a pair of bombings that were claimed by X"), and the verbs its
    subject shares ("a bombing in Kano killed 30 people and was claimed by X"), each with the verbs coordinated with it.

    >>> from loaders.nlp import load_nlp
    >>> [v.text for v in deed_verbs(load_nlp()("A bombing in Kano killed 30 people and was claimed by X.")[1])]
    ['killed', 'claimed']
    """
    series = series_of(cue)  # "a pair of bombings in Kampala that were claimed by X": the clause is on the series
    phrase = [cue] if series is None else [cue, series]
    for word in phrase:
        phrase += [c for c in word.children if c.dep_ in {"prep", "pobj", "appos"}]
    verbs = [c for w in phrase for c in w.children if c.dep_ == "relcl"]
    if cue.dep_ == "nsubj":
        verbs.append(cue.head)
    return list(dict.fromkeys(c for v in verbs for c in conjuncts(v) if c.pos_ in {"VERB", "AUX"}))


def names_scene(modifier: Token, mention: Mention) -> bool:
    """Whether a name set before an incident noun names its scene or its victim, not its author: a person ("the
    Westgate siege", "the Soleimani strike") or a body the text does not say what it is ("the Daraban attack", "the
    Tadmetla ambush"); "a Hamas attack", "Israeli strikes" and "Iran's attack" keep their author."""
    if modifier.dep_ not in {"compound", "nmod"}:
        return False
    unknown = mention.label == "Organization" and mention.kind in {None, "other"} and mention.actor_id is None
    return mention.label == "Person" or unknown


def arrested_over(reader: DocReader, verb: Token) -> None:
    """ "police arrested X and two associates in connection with the bombing", "X was detained over the attack", "a
    man arrested over the raid": the incident is laid on whoever is arrested for it, as a suspicion (alleged); an arrest
    in a raid or at a place names no deed of theirs, and one not made says nothing."""
    cues = court_case_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.arrest_verbs:
        return
    held = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")] or described_by(verb)
    said = [verb, *(c for h in held for c in conjuncts(h))]  # the parse may hang the phrase on the last one arrested
    incidents = [o for t in said for o in connected_incidents(t) + prep_objects(t, cues.arrest_preps)]
    events = [e for t in with_listed(incidents) for c in conjuncts(t) if (e := reader.events.event_at(c)) is not None]
    arrested = [m for m in blamed_holders(held, reader.index, reader.cues.hyphen) if m.label != "Location"]
    if certainty_of(verb, reader.cues, reader.words, "alleged") == "negated":
        return  # "X was not arrested over the attack": no suspicion voiced, and no denial of a part in it either
    reader.emit_all(arrested, "BLAMED_FOR", events, verb, f"arrested:{verb.lemma_.lower()}", 0.7, "alleged")


def counted_back(reader: DocReader, noun: Token) -> list[Event]:
    """The incidents a plural incident noun counts back to: "Hezbollah and Iran denied involvement in both attacks"
    (the two named last), "X claimed the three bombings"; none when it counts none, or fewer were named before."""
    if noun.tag_ not in {"NNS", "NNPS"} or not reader.events.is_event_noun(noun):
        return []
    count = reference_count(noun)
    earlier = list({id(e): e for e in reader.events.events if e.cue.i < noun.i}.values())
    return earlier[-count:] if 1 < count <= len(earlier) else []


def reference_count(noun: Token) -> int:
    """How many incidents a plural noun refers back to: 2 for "both attacks", the number of "the three bombings", else 0
    ("two attacks in Kabul" tells of new ones).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Both attacks and the three bombings, unlike two raids, were claimed.")
    >>> [reference_count(doc[i]) for i in (1, 5, 9)]
    [2, 3, 0]
    """
    wanted = blame_phrase_cues()
    if any(c.lower_ in wanted.pair_words for c in noun.children if c.i < noun.i):
        return 2
    if not has_child(noun, {"det"}, wanted.counting_determiners):
        return 0
    numbers = load_cues().number_words
    return next((numbers.index(c.lower_) + 1 for c in noun.children if c.dep_ == "nummod" and c.lower_ in numbers), 0)


def harm_including(reader: DocReader, verb: Token) -> None:
    """ "X has attacked soldiers and civilians in Niger, including the 2017 ambush near Y", "X has struck the capital
    repeatedly, including the 2019 bombing of Z": an incident a verb of harm lists ("including", on the verb or on its
    object) is laid on the verb's subject, as certain as the clause says (not the passive's "Y was attacked many
    times, including the raid on Z", whose subject was hit)."""
    if verb.pos_ != "VERB" or is_passive(verb):
        return
    wanted = blame_phrase_cues().listing_preps
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    listed = [h for t in holders for o in prep_objects(t, wanted) for h in conjuncts(o)]
    events = reader.events.events_at(listed)
    if not events:
        return
    doers = [
        m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False) if m.label != "Location"
    ]
    reader.emit_all(doers, "BLAMED_FOR", events, verb, "harm-including", 0.7, reader.certainty(verb))
