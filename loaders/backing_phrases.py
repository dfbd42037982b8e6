"""Backing told by what is received or given, by where the backers are, by whose support a deed had, or by a front
(FUNDS).

"The RSF relies on a lifeline of cash and weapons from the UAE", "Hamas received weapons and money from Iran" (a
noun of supply received from a named giver: the giver backs the receiver); "X raised funds for the Taliban", "a firm
that produces weapons for the army" (a noun of supply given for or to a named receiver: the giver backs it); "the
Houthis and their backers in Tehran" (the backers' country, or the country whose capital is named, backs the owner);
"Hezbollah was founded with the support of Iran" (the one whose support it is backs the subject); "X is a front for
Hamas" (the front backs the group). The cue words are the ``backing_phrases`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.doc_tree import has_child
from loaders.mentions import Mention
from loaders.possessive import possessive_pairs
from loaders.syntax import actors_of, conjuncts, is_passive, passive_subjects, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader

GIVERS = {"Country", "Organization", "Person"}
OWNERS = {"Country", "Organization"}  # "Iran's IRGC", "the IRGC's Quds Force": who owns a backing force
RECEIVERS = {"Organization", "Person"}  # money sent to a state is aid, not backing an actor
FRONTS = {"Organization", "Person"}  # a front is a company or a man of straw, never a state
OF_HOPS = 2  # "a lifeline of cash and weapons", "most of its funding": the nouns above the supply


@dataclass(frozen=True)
class BackingCues:
    """The cue words of the ``backing_phrases`` block."""

    supply_nouns: frozenset[str]  # lemmas: "cash", "weapon", "funding", "lifeline"
    receiving_verbs: frozenset[str]  # lemmas: "receive", "rely" (on), "get"
    giver_preps: frozenset[str]  # "from Iran"
    giving_verbs: frozenset[str]  # lemmas: "raise", "generate", "transfer" (funds for or to someone)
    receiver_preps: frozenset[str]  # "for the Taliban", "to the group"
    sourcing_verbs: frozenset[str]  # lemmas: "procure", "buy" (from a seller, who backs no one)
    backer_nouns: frozenset[str]  # lemmas: "backer", "patron"
    backer_place_preps: frozenset[str]  # "their backers in Tehran"
    help_nouns: frozenset[str]  # lemmas: "support", "backing" (of "with the support of Iran")
    founding_help_nouns: frozenset[str]  # lemmas: "help" (of "set up with help from X": backing only in a founding)
    founding_verbs: frozenset[str]  # lemmas: "found", "set" (up)
    help_preps: frozenset[str]  # "with"
    helper_preps: frozenset[str]  # "of", "from" (the one helping: "with the support of Iran", "with support from Iran")
    reason_preps: frozenset[str]  # "designated for having provided support to X"
    supported_preps: frozenset[str]  # "support for X", "in support of X", "transfers to X"
    front_nouns: frozenset[str]  # "front" (of "a front for Hamas", "a front company for X")
    front_preps: frozenset[str]  # "for"
    front_verbs: frozenset[str]  # lemmas: "serve", "act" (as a front)
    conduit_nouns: frozenset[str]  # lemmas: "conduit" (of "a financial conduit for the RSF")
    through_preps: frozenset[str]  # "through", "via" (the IRGC, of a backing given through it)


@cache
def backing_cues() -> BackingCues:
    """The ``backing_phrases`` block of ``seeds/relations.yaml``, loaded once per process."""
    return word_sets(BackingCues, "backing_phrases")


def backing_words() -> frozenset[str]:
    """Every word at which :func:`read_backing` can find something."""
    cues = backing_cues()
    helps = cues.help_nouns | cues.founding_help_nouns
    return cues.supply_nouns | cues.backer_nouns | helps | cues.front_nouns | cues.conduit_nouns


def read_backing(reader: DocReader, noun: Token) -> None:
    """Apply at one noun the rule its lemma sets off."""
    if reader.index.at(noun) is not None:
        return
    lemma, cues = noun.lemma_.lower(), backing_cues()
    if lemma in cues.front_nouns and (noun.pos_ == "NOUN" or noun.dep_ in {"amod", "compound"}):
        front_for(reader, noun, cues)  # "a front company": "front" may be read as an adjective
    if noun.pos_ != "NOUN":
        return
    if lemma in cues.conduit_nouns:
        conduit_for(reader, noun, cues)
    if lemma in cues.supply_nouns:
        supply_received(reader, noun, cues)
        supply_given(reader, noun, cues)
        supply_between(reader, noun, cues)
    if lemma in cues.supply_nouns | cues.help_nouns:
        designated_for_support(reader, noun, cues)
    if lemma in cues.backer_nouns:
        backers_placed(reader, noun, cues)
    if lemma in cues.help_nouns or (lemma in cues.founding_help_nouns and _in_founding(noun, cues)):
        done_with_support(reader, noun, cues)


def supply_received(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "The RSF relies on a lifeline of cash and weapons from the UAE", "Hamas received weapons and money from
    Iran": the one named after "from" (on the supply, the nouns above it or the verb) backs the verb's subject."""
    chain, verb = _supply_verb(noun)
    if verb is None or verb.lemma_.lower() not in cues.receiving_verbs:
        return
    froms = [t for holder in [*chain, verb] for t in prep_objects(holder, cues.giver_preps)]
    givers = _sides([m for t in froms for m in actors_of(t, reader.index, with_preps=False)])
    givers = placed_backers(reader, froms) or givers  # "arms from its backers in Moscow": not the owner of "its"
    givers = givers or _supplying_states(reader, chain)  # "received American weapons": the United States
    receivers = _sides([m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)])
    reader.emit_all(givers, "FUNDS", receivers, noun, f"supply-received:{verb.lemma_.lower()}", 0.65)
    if givers:  # "receives funding from Iran, primarily through the IRGC": the IRGC too
        reader.emit_all(backers_through(reader, verb, receivers), "FUNDS", receivers, noun, "supply-through", 0.65)


def _supplying_states(reader: DocReader, chain: list[Token]) -> list[Mention]:
    """The states a supply received names as its givers by a demonym or a name before it: the United States of
    "received American weapons", Iran of "relies on Iranian missiles and drones"."""
    modifiers = [c for n in chain for c in n.children if c.dep_ in {"amod", "compound"} and c.i < n.i]
    return [m for t in modifiers for m in actors_of(t, reader.index, with_preps=False) if m.label == "Country"]


def supply_between(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "Weapons shipments from Iran to the Houthis", "enables financial transfers from Iran to Hamas", "was used to
    transfer funds from Iran to Hamas": a supply sent from a named giver (after "from" on the supply, the nouns above
    it or the verb that has it) to a named group or person (after "to" or "for") backs the receiver, whoever sends
    it; not a supply bought (`sourcing_verbs`), whose "from" is a seller."""
    chain, verb = _supply_verb(noun)
    if verb is not None and verb.lemma_.lower() in cues.sourcing_verbs:
        return  # "procured weapons from Russia for the group": bought from a seller
    holders = [*chain, *([verb] if verb is not None else [])]
    froms = [t for holder in holders for t in prep_objects(holder, cues.giver_preps)]
    givers = placed_backers(reader, froms) or _sides([m for t in froms for m in actors_of(t, reader.index, False)])
    objects = [h for holder in holders for t in prep_objects(holder, cues.receiver_preps) for h in conjuncts(t)]
    named = [reader.index.at(t) for t in objects]  # named, not "its branches" read back to whoever "its" is
    receivers = [m for m in named if m is not None and m.label in RECEIVERS]
    givers = [m for m in givers if m.key not in {r.key for r in receivers}]
    reader.emit_all(givers, "FUNDS", receivers, noun, f"supply-between:{noun.lemma_.lower()}", 0.65)


def backed_read_as_conjunct(verb: Token, hyphen: dict[str, tuple[str, bool]]) -> list[Token]:
    """The object of a verb of backing that the parser reads as a noun coordinated with the verb, the second verb
    taken for an adjective on it: "fighters" of "Iran trained and armed Houthi fighters" ("armed" one of the words
    that back the actor before their hyphen, ``hyphen``)."""
    joined = [c for c in verb.children if c.dep_ == "cc"]
    return [
        noun
        for noun in verb.children
        if noun.dep_ == "conj"
        and noun.pos_ == "NOUN"
        and any(c.i + 1 == noun.left_edge.i for c in joined)
        and any(
            a.dep_ == "amod" and a.i == noun.left_edge.i and hyphen.get(a.lower_, ("",))[0] == "FUNDS"
            for a in noun.children
        )
    ]


def backers_through(reader: DocReader, verb: Token, backed: list[Mention]) -> list[Mention]:
    """The organisations a backing is given through, who back too: "Russia (through the Wagner Group) backed the
    LNA", "X, through its armed wing Y, has trained Z"; not a state or a place the backing goes through ("supplies
    weapons to the Houthis through Oman"), nor one of the backed."""
    preps = backing_cues().through_preps
    ways = prep_objects(verb, preps) + [t for s in subjects_of(verb) for t in prep_objects(s, preps)]  # "Russia
    # (through the Wagner Group) backed": on the subject
    keys = {m.key for m in backed}
    return [
        m
        for t in ways
        for m in actors_of(t, reader.index, with_preps=False)
        if m.label == "Organization" and m.key not in keys
    ]


def supply_given(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "X raised funds for the Taliban", "a company that produces weapons and vehicles for the army", "X has
    transferred money to the group": the verb's subject backs the group or person named after "for" or "to" (on the
    supply, the nouns above it or the verb); not where the supply is the subject ("arms were sent to X")."""
    chain, verb = _supply_verb(noun)
    if verb is None or verb.lemma_.lower() not in cues.giving_verbs or is_passive(verb):
        return
    objects = [t for holder in [*chain, verb] for t in prep_objects(holder, cues.receiver_preps)]
    receivers = [m for t in objects for m in actors_of(t, reader.index, with_preps=False) if m.label in RECEIVERS]
    reader.emit_all(_own_subjects(reader, verb), "FUNDS", receivers, noun, f"supply-given:{verb.lemma_.lower()}", 0.65)


def designated_for_support(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "X is being designated for having materially assisted, sponsored, or provided financial support for, or goods
    or services to or in support of, Hamas", "OFAC designated X for facilitating money transfers for the IRGC-QF": those
    a sanction verb designates back the one named after the supply it was designated for."""
    verb = _designation_for(reader, noun, cues)
    if verb is None:
        return
    chain, above = _supply_verb(noun)  # "facilitating oil sales and money transfers for X": the verb's "for"
    supported = [
        t for holder in [*chain, *([above] if above else [])] for t in prep_objects(holder, cues.supported_preps)
    ]
    receivers = [m for t in supported for m in actors_of(t, reader.index, with_preps=False) if m.label in RECEIVERS]
    held = passive_subjects(verb) if is_passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]
    givers = _sides([m for t in held for m in actors_of(t, reader.index, with_preps=False)])
    reader.emit_all(givers, "FUNDS", receivers, noun, f"designated-for-support:{noun.lemma_.lower()}", 0.65)


def _designation_for(reader: DocReader, noun: Token, cues: BackingCues) -> Token | None:
    """The sanction verb whose reason ("designated for having provided support ...") holds the noun: the first
    preposition of a reason above the noun decides."""
    for above in noun.ancestors:
        if above.dep_ == "prep" and above.lower_ in cues.reason_preps:
            verb = above.head
            sanctions = any(c.type == "SANCTIONED_BY" for c in reader.cues.verbs.get(verb.lemma_.lower(), ()))
            return verb if verb.pos_ == "VERB" and sanctions else None
    return None


def owners_back_too(reader: DocReader) -> None:
    """ "KH has been armed and funded by the IRGC's Quds Force", "with the support of Iran's Revolutionary Guards": the
    owner named before a backing force's possessive backs what the force backs (a state or an organisation owning an
    organisation)."""
    doc, owners = reader.doc, {}
    for owner, body in possessive_pairs(doc, reader.index.mentions):
        if owner.label in OWNERS and body.label == "Organization":
            owners[(doc[owner.start].sent.start_char, body.key)] = owner
    relations = reader.facts.relations
    stated = {(r.start, r.subject, r.object) for r in relations if r.type == "FUNDS"}
    for r in list(relations):
        owner = owners.get((r.start, r.subject)) if r.type == "FUNDS" else None
        if owner is None or owner.key == r.object or (r.start, owner.key, r.object) in stated:
            continue
        stated.add((r.start, owner.key, r.object))
        relations.append(replace(r, subject=owner.key, method=f"{r.method}-owner"))


def supplied_by_each(reader: DocReader, tokens: list[Token]) -> list[Mention]:
    """The groups and people that words describing the items of a list say each item supplies: "the following
    companies, each of which has been used to generate revenue for Hamas:", "three companies involved in procuring
    military equipment for the RSF:" (a noun of supply given for or to a named receiver, as :func:`supply_given`)."""
    cues = backing_cues()
    found: list[Mention] = []
    for noun in (t for t in tokens if t.pos_ == "NOUN" and t.lemma_.lower() in cues.supply_nouns):
        chain, verb = _supply_verb(noun)
        if verb is None or verb.lemma_.lower() not in cues.giving_verbs or is_passive(verb):
            continue
        objects = [t for holder in [*chain, verb] for t in prep_objects(holder, cues.receiver_preps)]
        found += [m for t in objects for m in actors_of(t, reader.index, with_preps=False) if m.label in RECEIVERS]
    return list({m.key: m for m in found}.values())


def _own_subjects(reader: DocReader, verb: Token) -> list[Mention]:
    """The actors the verb's own subject names, or the noun its relative clause describes; none borrowed from a verb
    above it but the one it is coordinated with ("each of which has been used to generate revenue" is not the
    designator's), and no person for "which" or "that" (a clause the parse hangs on the nearest name: "a firm run by
    X, which has generated revenue")."""
    clause = verb
    while not (own := [c for c in clause.children if c.dep_ == "nsubj"]) and clause.dep_ == "conj":
        clause = clause.head  # "X gave money and sent arms to Y": the subject of the verb "and" joins it to
    if not own and clause.dep_ != "relcl":
        return []
    things = any(c.lower_ in reader.cues.thing_relative_pronouns for c in own)
    givers = [m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)]
    return [m for m in _sides(givers) if not (things and m.label == "Person")]


def _supply_verb(noun: Token) -> tuple[list[Token], Token | None]:
    """The nouns from a supply up to the verb's object ("cash and weapons", "a lifeline of cash", "most of its
    funding") and the verb that has it, directly or through a preposition ("relies on a lifeline"); no verb where the
    noun is not a verb's object."""
    chain = [noun]
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:  # "cash and weapons"
        top = top.head
        chain.append(top)
    for _ in range(OF_HOPS):  # up "of": "a lifeline of cash", "most of its funding"
        if top.dep_ != "pobj" or top.head.lower_ != "of":
            break
        top = top.head.head
        chain.append(top)
    if top.dep_ == "dobj":
        verb = top.head
    elif top.dep_ == "pobj" and top.head.dep_ == "prep":  # "relies on a lifeline"
        verb = top.head.head
    else:
        return chain, None
    return chain, verb if verb.pos_ == "VERB" else None


def backers_placed(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "The Houthis and their backers in Tehran", "Hamas's patrons in Iran": the backers' country (a capital
    stands for its country) backs the owner of the noun."""
    places = [m for t in prep_objects(noun, cues.backer_place_preps) for m in actors_of(t, reader.index, False)]
    states = [state for m in places if (state := state_of_place(reader, m)) is not None]
    owners = _owners_of_backers(reader, noun) if states else []
    reader.emit_all(states, "FUNDS", _sides(owners), noun, f"backers-placed:{noun.lemma_.lower()}", 0.65)


def _owners_of_backers(reader: DocReader, noun: Token) -> list[Mention]:
    """Whose backers a noun names: its possessive's ("Hamas's patrons"), or, for an owner pronoun after "and", the
    phrase it is coordinated after ("Bashar al-Assad and his backers", "the government of X and its backers": X)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    pronouns = reader.cues.owner_pronouns | reader.cues.person_pronouns  # "its", "their", "his", "her"
    if noun.dep_ == "conj" and owners and all(c.lower_ in pronouns for c in owners):
        return actors_of(noun.head, reader.index)
    return [m for c in owners for m in actors_of(c, reader.index, with_preps=False)]


def placed_backers(reader: DocReader, tokens: list[Token]) -> list[Mention]:
    """The states that nouns naming no one place their backers in: "backed by its allies in Moscow and Beijing", "arms
    from its backers in Moscow" (a capital stands for its country)."""
    unnamed = [t for t in tokens if t.pos_ == "NOUN" and reader.index.at(t) is None]
    places = [
        m
        for t in unnamed
        for p in prep_objects(t, backing_cues().backer_place_preps)
        for m in actors_of(p, reader.index, False)
    ]
    return [state for m in places if (state := state_of_place(reader, m)) is not None]


def done_with_support(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "Hezbollah was founded in 1982 with the support of Iran", "X, who came to power with the backing of Y", "the
    militia grew with Iran's backing", "AMISOM, created with the backing of X", "since its founding with the support of
    Iran", "X fought with support from Y": the one named after "of" or "from" (or owning the noun) backs the verb's
    subject (or the noun its participle describes, or the owner of the deed's noun)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in cues.help_preps:
        return
    verb = prep.head
    deed_owners = [c for c in verb.children if c.dep_ == "poss"] if verb.pos_ == "NOUN" else []
    if verb.pos_ not in {"VERB", "AUX"} and not deed_owners:
        return
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, cues.helper_preps)
    givers = _sides([m for t in owners for m in actors_of(t, reader.index, with_preps=False)])
    if deed_owners:
        holders = deed_owners  # "since its founding with the support of Iran": the founded one
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":
        holders = [verb.head]  # "AMISOM, created in 2007 with the backing of X": the noun the participle describes
    elif has_child(verb, {"auxpass"}):
        holders = passive_subjects(verb)
    else:
        holders = subjects_of(verb)
    receivers = _sides([m for t in holders for m in actors_of(t, reader.index, with_preps=False)])
    reader.emit_all(givers, "FUNDS", receivers, noun, f"done-with-support:{noun.lemma_.lower()}", 0.65)


def _in_founding(noun: Token, cues: BackingCues) -> bool:
    """Whether a noun of help is the one a body was founded with: "Jabhat al-Nusra was set up with help from the
    Islamic State of Iraq" (not "the raid was planned with the help of X", help in a deed)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun
    return verb.pos_ == "VERB" and verb.lemma_.lower() in cues.founding_verbs


def front_for(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "X is a front for Hamas", "X, a front company for Lazarus Group", "X serves as a front for the IRGC's oil
    sales", "X acted as a front for the procurement of arms for Y": the front is tied to the group it is a front for
    (AFFILIATED_WITH: a front is one of the group's own, whatever it moves; it is no backer of the group)."""
    phrase = noun.head if noun.dep_ in {"amod", "compound"} and noun.head.pos_ == "NOUN" else noun  # "front company"
    fronts, groups = _serving_for(reader, phrase, cues)
    reader.emit_all(fronts, "AFFILIATED_WITH", groups, noun, "front-for", 0.65)


def conduit_for(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "X serves as a key financial conduit for the RSF", "X, a conduit for Hamas": the conduit backs the group its
    money or goods pass to (FUNDS only: a conduit is not said to be one of the group's own)."""
    fronts, groups = _serving_for(reader, noun, cues)
    reader.emit_all(fronts, "FUNDS", groups, noun, f"conduit-for:{noun.lemma_.lower()}", 0.65)


def _serving_for(reader: DocReader, phrase: Token, cues: BackingCues) -> tuple[list[Mention], list[Mention]]:
    """The names a front's (or a conduit's) phrase describes and the groups it serves: those after "for" on it
    (or on its object), else the organisation named before it as its owner."""
    objects = prep_objects(phrase, cues.front_preps)
    objects += [] if reader.index.within(objects) else [p for t in objects for p in prep_objects(t, cues.front_preps)]
    groups = [m for t in objects for m in actors_of(t, reader.index)]  # "a front for the procurement of X for Y": Y
    groups = groups or _owners_before(reader, phrase)  # "X, a Wagner front company"
    if phrase.dep_ == "appos":
        holders = [phrase.head]
    elif phrase.dep_ == "attr" or (phrase.dep_ == "pobj" and phrase.head.lower_ == "as"):
        verb = phrase.head if phrase.dep_ == "attr" else phrase.head.head
        holders = subjects_of(verb) if phrase.dep_ == "attr" or verb.lemma_.lower() in cues.front_verbs else []
    else:
        holders = []
    fronts = [m for t in holders if (m := _named(reader, t)) is not None and m.label in FRONTS]
    return fronts, _sides(groups)


def _owners_before(reader: DocReader, phrase: Token) -> list[Mention]:
    """The organisation named before a front's noun as its owner: Wagner of "a Wagner front company", Hezbollah of
    "Hezbollah's front"; not a state's demonym ("a Chinese front company" says where the firm is, not whose)."""
    owners = [c for c in phrase.lefts if c.dep_ in {"compound", "nmod", "poss"}]
    return [m for t in owners for m in actors_of(t, reader.index, with_preps=False) if m.label == "Organization"]


def _named(reader: DocReader, token: Token) -> Mention | None:
    """The name a front's noun phrase gives: its own, the name it describes ("X, an Iranian company that serves as a
    front"), or the name beside it ("a newer group, X, is a front"); never a state of its modifiers ("Iranian")."""
    if token.lower_ in reader.cues.relative_pronouns and token.head.dep_ == "relcl":
        token = token.head.head
    if reader.index.at(token) is None and token.dep_ == "attr":  # "X is a company that serves as a front": X
        token = next(iter(subjects_of(token.head)), token)
    while reader.index.at(token) is None and token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    beside = [m for c in token.children if c.dep_ == "appos" and (m := reader.index.at(c)) is not None]
    name = [t for t in token.subtree if t.i == token.i or (t.i < token.i and t.dep_ == "compound")]
    within = reader.index.within(name) if token.pos_ == "PROPN" else []  # "Sepehr Energy Jahan Nama Pars": in part
    return reader.index.at(token) or (within[0] if within else None) or (beside[0] if beside else None)


def state_of_place(reader: DocReader, place: Mention) -> Mention | None:
    """The country a place names: itself, or the country whose capital it is ("Tehran": Iran)."""
    if place.label == "Country":
        return place
    actor = reader.gazetteer.lookup(place.name) if place.label == "Location" else None
    country = reader.gazetteer.lookup(actor.capital_of) if actor is not None and actor.capital_of else None
    return reader.known_mention(country) if country is not None else None


def _sides(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.label in GIVERS]
