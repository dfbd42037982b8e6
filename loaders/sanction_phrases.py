"""Sanctions and employment said in more ways than a sanction verb with its subject and object.

"The Treasury froze the assets of X" (a freeze is a sanction), "Russia declared X a terrorist organisation", "X was
listed as a terrorist group in Australia", "X was designated a terrorist organisation by the United States" (the "by"
hung on the designation), "X, which is under US sanctions", "X is subject to sanctions by the EU", "sanctions on X
were announced by the EU", "X was among those sanctioned by Y", "X is on the EU terrorism list"; "X, an adviser to
the foreign ministry", "A, B and C of Hamas" (each a member), "X, who belongs to Hamas".

The cue words are the ``sanction_phrases`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import has_child
from loaders.mentions import Mention
from loaders.role_scope import name_before_comma
from loaders.sanctions import (
    SANCTIONED_BY,
    SANCTIONERS,
    TARGETS,
    actors_named,
    companion_objects,
    names_listed_beside,
    sanctioned_companions,
    sanctioned_targets,
)
from loaders.syntax import (
    actors_of,
    agents_of,
    conjuncts,
    gapped_objects,
    is_passive,
    prep_objects,
    subjects_of,
)
from loaders.unreal_acts import is_unreal

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class SanctionPhrases:
    """The cue words of the ``sanction_phrases`` block."""

    freezing_verbs: frozenset[str]  # "froze the assets of X"
    asset_nouns: frozenset[str]
    designating_verbs: frozenset[str]  # "declared X a terrorist organisation"
    designation_words: frozenset[str]  # what X is named as: "terrorist", "SDGT"
    plain_verbs: frozenset[str]  # a sanction by themselves: "outlawed in Russia"
    sanction_nouns: frozenset[str]  # "under US sanctions", "sanctions on X were announced by Y"
    under_words: frozenset[str]  # "under", "subject (to)"
    sanctioner_preps: frozenset[str]  # "sanctions by X", "under sanctions from X"
    on_list_verbs: frozenset[str]  # "is on the EU terrorism list"
    placing_verbs: frozenset[str]  # "was placed on the UN's sanctions list"
    placing_preps: frozenset[str]
    to_roles: frozenset[str]  # "an adviser to the Y"
    relative_listing_words: frozenset[str]  # "X, which Turkey and the US list as a terrorist group"
    listing_relatives: frozenset[str]
    lister_joiners: frozenset[str]
    listing_verbs: frozenset[str]  # "The Council of the EU listed X"
    unlisting_preps: frozenset[str]  # "listed on the stock exchange", "listed as a partner": no sanction
    listing_body_kinds: frozenset[str]
    membership_verbs: dict[str, frozenset[str]]  # "belongs to Hamas": a verb and its prepositions


@cache
def sanction_phrases() -> SanctionPhrases:
    """The ``sanction_phrases`` block of ``seeds/relations.yaml``, loaded once per process (its
    ``designating_verbs`` with the ``plain_verbs``)."""
    block = load_seed_yaml("relations.yaml")["sanction_phrases"]  # a missing key is a one-line SeedKeyError
    lists = {
        key: frozenset(block[key])
        for key in (
            "freezing_verbs",
            "asset_nouns",
            "designating_verbs",
            "designation_words",
            "plain_verbs",
            "sanction_nouns",
            "under_words",
            "sanctioner_preps",
            "on_list_verbs",
            "placing_verbs",
            "placing_preps",
            "to_roles",
            "relative_listing_words",
            "listing_relatives",
            "lister_joiners",
            "listing_verbs",
            "unlisting_preps",
            "listing_body_kinds",
        )
    }
    lists["designating_verbs"] |= lists["plain_verbs"]  # "designated X an SDGT" as well as "designated by the US"
    return SanctionPhrases(
        **lists, membership_verbs={verb: frozenset(preps) for verb, preps in block["membership_verbs"].items()}
    )


def frozen_assets(reader: DocReader, verb: Token) -> None:
    """ "The Treasury froze the assets of X and Y", "X's assets were frozen by the EU": X SANCTIONED_BY the freezer."""
    cues = sanction_phrases()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.freezing_verbs or is_unreal(verb):
        return
    passive = is_passive(verb)
    assets = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    owners = [
        o
        for a in assets
        for h in conjuncts(a)
        if h.lemma_.lower() in cues.asset_nouns or h.lower_ in cues.asset_nouns
        for o in [c for c in h.children if c.dep_ == "poss"] + prep_objects(h, {"of"})
    ]
    targets = actors_named(owners, reader, TARGETS)  # the owners "of" the assets, not a part of them
    sanctioners = actors_named(agents_of(verb) if passive else subjects_of(verb), reader, SANCTIONERS)
    reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-frozen", 0.8)


def designated_as(reader: DocReader, verb: Token) -> None:
    """ "Russia declared X a terrorist organisation", "classified X as SDGTs", "X was listed as a terrorist group in
    Australia", "X is banned in Russia", "X was designated a terrorist organisation by the United States"."""
    cues, lemma = sanction_phrases(), verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in cues.designating_verbs or is_unreal(verb):
        return
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "attr", "ccomp"}]
    named_as = prep_objects(verb, {"as"}) + objects
    described = any(t.lower_ in cues.designation_words for n in named_as for t in n.subtree)
    if not (described or lemma in cues.plain_verbs):
        return
    passive = is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    direct_agents = agents_of(verb) if passive else subjects_of(verb)
    if lemma in reader.cues.verbs and direct_agents and not has_child(verb, {"dative"}):
        return  # "the US designated X", "designated by Washington": the verb rule reads it (not "designated X an FTO")
    if passive:
        held = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
        if not held and verb.dep_ == "conj":
            held = subjects_of(verb)  # "X, which has waged an insurgency and is designated a terrorist group by Y"
        if verb.dep_ == "relcl" and all(h.lower_ in reader.cues.relative_pronouns for h in held):
            held = [verb.head]  # "the group, which was designated a terrorist organisation by Y"
        by = [p for n in named_as for p in prep_objects(n, {"by"})]  # the "by" hung on the designation
        by += prep_objects(verb, {"by"}) if by else []  # "by A in 2006 and by B in 2019": B's joined to "in"
        sanctioners = actors_named(by, reader, SANCTIONERS) or _states_in(reader, [verb, *named_as])
    else:
        held = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        small = [o for o in objects if o.dep_ == "ccomp" and o.i > verb.i]  # a small clause follows its verb: not the
        # designator of "The US designated X an FTO; the UN lists the group too", the first clause hung on "lists"
        held += [c for o in small for c in o.children if c.dep_ == "nsubj"]
        sanctioners = actors_named(direct_agents, reader, SANCTIONERS)
    named = actors_named(held, reader, TARGETS) + sanctioned_companions(reader, verb)  # "..., alongside Y"
    targets = sanctioned_targets(reader, verb, named)
    if verb.dep_ == "acl" and verb.head.dep_ == "appos" and (named := name_before_comma(reader, verb.head)):
        targets = [named] if named.label in TARGETS else []  # "Y, which Z calls part of X (XB), a group designated
        # by W": X, the name before the comma, wherever the parser hangs the apposition
    reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-designated-as", 0.75)


def listed_in_relative(reader: DocReader, word: Token) -> None:
    """ "X, which both Turkey and the United States list as a terrorist group", "X, which Ankara, Washington and the EU
    list as a terrorist organisation": X SANCTIONED_BY each lister, read from the words where the parser takes the
    verb for a noun (a verb's clause is :func:`designated_as`'s)."""
    cues, doc = sanction_phrases(), word.doc
    if word.pos_ in {"VERB", "AUX"} or word.lower_ not in cues.relative_listing_words or is_unreal(word):
        return
    after = doc[word.i + 1 : word.sent.end]
    if not len(after) or after[0].lower_ != "as" or not _designation_follows(after[1:], cues.designation_words):
        return
    listers, i = [], word.i - 1
    while i >= word.sent.start and doc[i].lower_ not in cues.listing_relatives:
        named = reader.index.at(doc[i])
        if named is None and doc[i].lower_ not in cues.lister_joiners:
            return  # "which its critics list as ...": not names alone
        if named is not None:
            listers.append(named)
            i = named.start
        i -= 1
    if i <= word.sent.start:
        return  # no relative word after a name: no clause describing one
    named_end = i - 1 if doc[i - 1].text == "," else i  # "X, which" or "X which"
    named_end = _before_brackets(doc, named_end, word.sent.start)  # "X (XB), which"
    target = reader.index.at(doc[named_end - 1]) if named_end > word.sent.start else None
    if target is None or target.label not in TARGETS:
        return
    sanctioners = [m for m in reversed(listers) if m.label in SANCTIONERS and m.kind != "media"]
    reader.emit_all([target], SANCTIONED_BY, sanctioners, word, "sanction-listed-by", 0.75, "asserted")  # the
    # writer's own clause, whatever the sentence's verb denies ("X, which A lists as ..., denied the charge")


def _before_brackets(doc: Doc, end: int, start: int) -> int:
    """Where a name ends before the words in brackets that end at ``end`` ("the Kurdistan Workers' Party (PKK)"), else
    ``end``.

    >>> from spacy.lang.en import English
    >>> doc = English()("the Workers' Party (PKK), which")
    >>> _before_brackets(doc, 7, 0), _before_brackets(doc, 4, 0)
    (4, 4)
    """
    if end - 1 <= start or doc[end - 1].text != ")":
        return end
    opening = next((i for i in range(end - 2, start - 1, -1) if doc[i].text in {"(", ")"}), None)
    return opening if opening is not None and doc[opening].text == "(" else end


def _designation_follows(words: Span, designations: frozenset[str]) -> bool:
    """Whether the phrase after "as" (to its first punctuation) names a designation: "as a terrorist group"."""
    for t in words:
        if t.is_punct:
            return False
        if t.lower_ in designations:
            return True
    return False


def listed_by_body(reader: DocReader, verb: Token) -> None:
    """ "The Council of the EU listed X", "Canada listed X in 2012": a state or a government or international body
    that lists a name outright sanctions it; a list "among" others, "as" what is no designation, or by anyone else is
    no sanction."""
    cues = sanction_phrases()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.listing_verbs or is_unreal(verb):
        return
    if any(c.dep_ == "prep" and c.lower_ in {"as", "among"} for c in verb.children):
        return  # "listed X as a party to the talks": the designation's words are designated_as's
    if _added_to_no_list(verb, reader.cues.sanction_list_nouns):
        return  # "added X to the talks"
    passive = is_passive(verb) or (verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head))
    if passive and verb.dep_ not in {"ROOT", "conj"}:
        return  # "a group listed by the UN": the standing a participle describes is the verb rules'
    listers = agents_of(verb, shared=False) if passive else subjects_of(verb)
    bodies = [
        m
        for m in actors_named(listers, reader, SANCTIONERS)
        if m.label == "Country" or m.kind in cues.listing_body_kinds
    ]
    if passive:  # "X was designated by the Treasury and listed by the UN"
        named = [reader.index.at(h) for s in subjects_of(verb) for h in conjuncts(s)]
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj" and reader.index.at(c)]
        named = [m for c in objects for h in conjuncts(c) for m in _named_or_titled(reader, h)]
        named += [m for c in objects for t in names_listed_beside(c, reader) for m in actors_of(t, reader.index)]
        gapped = gapped_objects(verb) + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        named += [m for h in gapped if named for m in _named_or_titled(reader, h)]  # "listed A, a Russian official,
        # and B, a Moldovan businessman", "and its founder, B": B, the parser's conjunct of the verb
    targets = sanctioned_targets(reader, verb, [m for m in named if m is not None and m.label in TARGETS])
    reader.emit_all(targets, SANCTIONED_BY, bodies, verb, "sanction-listed-by-body", 0.75)


def _named_or_titled(reader: DocReader, head: Token) -> list[Mention]:
    """The name a listed head is, or else the names it is given in apposition ("and its founder, X": X)."""
    named = reader.index.at(head)
    if named is not None:
        return [named]
    return [m for c in head.children if c.dep_ == "appos" and (m := reader.index.at(c)) is not None]


def _added_to_no_list(verb: Token, list_nouns: frozenset[str]) -> bool:
    """Whether a verb puts its object "to" something other than a list: "Canada added X to the talks" (not "added X to
    its terrorism list", nor "added X" alone, which a body's own list is meant by)."""
    places = prep_objects(verb, {"to"})
    return bool(places) and not any(p.lemma_.lower() in list_nouns for p in places)


def _states_in(reader: DocReader, heads: list[Token]) -> list[Mention]:
    """The states an "in" phrase after its word names: "listed as a terrorist organisation in Australia", "banned in
    Russia"; not a scene set before the clause ("In Sudan, X was sanctioned" says where X is, not who acted)."""
    phrases = [t for h in heads for t in prep_objects(h, {"in"}) if t.i > h.i]
    found = [m for t in phrases for m in actors_of(t, reader.index, with_preps=False)]
    return [m for m in found if m.label == "Country"]


def sanction_nouns(reader: DocReader, noun: Token) -> None:
    """ "X, which is under US sanctions", "X is subject to sanctions by the EU", "sanctions on X were announced by
    the EU": the sanctioner named with the noun or as the agent of its passive verb."""
    cues = sanction_phrases()
    if noun.pos_ not in {"NOUN", "PROPN"} or reader.index.at(noun) is not None:
        return
    targets = prep_objects(noun, {"on", "against"})
    sanctioners = prep_objects(noun, cues.sanctioner_preps)
    holders: list[Mention] = []
    head = noun.head
    if noun.dep_ == "nsubjpass":  # "sanctions on X were announced by the EU"
        sanctioners += agents_of(head)
    elif noun.dep_ == "pobj" and (head.lower_ in cues.under_words or _subject_to(head, cues.under_words)):
        clause = head.head.head if head.lower_ == "to" else head.head  # "is subject to", "is under"
        put = [c for c in clause.children if c.dep_ == "dobj"]  # "the US put X under sanctions": the subject imposes
        if clause.pos_ in {"VERB", "AUX"} and put:
            targets += put
            sanctioners += subjects_of(clause)
        elif clause.pos_ in {"VERB", "AUX"}:
            named = [m for s in subjects_of(clause) for h in conjuncts(s) for m in _named_or_referred(reader, h)]
            holders = [m for m in named if m.label in TARGETS]  # not the group of "its head"
            sanctioners += [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod", "poss"}]  # "US sanctions"
    found = actors_named(sanctioners, reader, SANCTIONERS)
    listed = [m for m in actors_named(targets, reader, TARGETS) + holders if m.key not in {s.key for s in found}]
    reader.emit_all(listed, SANCTIONED_BY, found, noun, "sanction-noun-phrase", 0.75)


def _named_or_referred(reader: DocReader, token: Token) -> list[Mention]:
    """The actor a word names, or the one a personal pronoun refers to ("he was under UN sanctions"), else none."""
    named = reader.index.at(token)
    if named is None and token.tag_ == "PRP":
        named = reader.index.antecedent(token)
    return [named] if named is not None else []


def on_sanctions_list(reader: DocReader, noun: Token) -> None:
    """ "X is on the US and EU terrorism lists", "X, who remains on Britain's sanctions list", "X was placed on the
    UN Security Council's sanctions list", "X was added to the sanctions list of the EU": X SANCTIONED_BY each body
    named with the list."""
    cues, phrases = reader.cues, sanction_phrases()
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in cues.sanction_list_nouns:
        return
    clause, prep = noun.head.head, noun.head.lower_
    being = prep == "on" and clause.lemma_.lower() in phrases.on_list_verbs
    placed = prep in phrases.placing_preps and clause.lemma_.lower() in phrases.placing_verbs and is_passive(clause)
    if not (being or placed) or has_child(clause, {"neg"}):
        return
    if not any(c.lower_ in cues.sanction_list_names for c in noun.children):
        return
    bodies = [c for c in noun.children if c.dep_ in {"compound", "nmod", "poss", "amod"}] + prep_objects(noun, {"of"})
    holders = [c for c in clause.children if c.dep_ == "nsubjpass"] if placed else subjects_of(clause)
    targets = actors_named(holders, reader, TARGETS)
    reader.emit_all(targets, SANCTIONED_BY, actors_named(bodies, reader, SANCTIONERS), noun, "sanction-on-list", 0.75)


def list_holds(reader: DocReader, verb: Token) -> None:
    """ "The Committee's sanctions list includes eight individuals designated for targeted measures: A, B and C", "the
    EU's terrorist list includes X and Y": the names a sanctions list holds, SANCTIONED_BY each body named with it."""
    cues = reader.cues
    if verb.pos_ not in {"VERB", "AUX"}:
        return
    lists = [
        s
        for s in subjects_of(verb)
        if s.lemma_.lower() in cues.sanction_list_nouns
        and any(c.lower_ in cues.sanction_list_names for c in s.children)
    ]
    if not lists or is_unreal(verb) or has_child(verb, {"neg"}):
        return  # no sanctions list for a body to hold names on (asked first: most verbs of holding have none)
    bodies = [c for s in lists for c in s.children if c.dep_ in {"compound", "nmod", "poss", "amod"}]
    bodies += [p for s in lists for p in prep_objects(s, {"of"})]
    held = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    targets = [m for h in held for m in actors_of(h, reader.index, with_preps=False) if m.label in TARGETS]
    reader.emit_all(
        targets, SANCTIONED_BY, actors_named(bodies, reader, SANCTIONERS), verb, "sanction-list-holds", 0.75
    )


def _subject_to(prep: Token, words: frozenset[str]) -> bool:
    """ "subject to": the "to" of one of the words."""
    return prep.lower_ == "to" and prep.head.lower_ in words


def employers_after_to(noun: Token) -> list[Token]:
    """The objects of "to" after an adviser's role: "an adviser to the foreign ministry" (not "the envoy to France")."""
    return prep_objects(noun, {"to"}) if noun.lemma_.lower() in sanction_phrases().to_roles else []


def sanctioned_among(reader: DocReader, verb: Token) -> None:
    """ "X was among those sanctioned by Britain", "X, one of five men sanctioned by the EU", "X is one of the
    individuals designated by the Treasury": the participle describes a group the person is named as one of."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in sanction_phrases().designating_verbs:
        return
    group = verb.head
    if reader.index.at(group) is not None or group.dep_ != "pobj":
        return
    prep = group.head
    if prep.lower_ == "among":  # "X was among those sanctioned"
        clause = prep.head
        holders = subjects_of(clause) if clause.pos_ in {"VERB", "AUX"} else [clause]
    elif prep.lower_ == "of" and prep.head.pos_ in {"NUM", "PRON"} and prep.head.dep_ in {"appos", "attr"}:
        one = prep.head  # "X, one of five men", "X is one of the individuals"
        clause = one.head
        holders = [clause] if one.dep_ == "appos" else subjects_of(clause)
    else:
        return
    if clause.pos_ in {"VERB", "AUX"}:  # "X was one of two men sanctioned by Y, alongside Z": Z too
        heads = dict.fromkeys((clause, prep.head, group, verb))  # wherever the parser hangs "alongside"
        holders += [t for h in heads for t in companion_objects(h, reader.cues.sanctioned_companions)]
    targets = actors_named(holders, reader, TARGETS)
    reader.emit_all(
        targets, SANCTIONED_BY, actors_named(agents_of(verb), reader, SANCTIONERS), verb, "sanction-among", 0.75
    )


def listed_with(reader: DocReader, head: Token) -> list[Mention]:
    """The people listed before the last one of a list: "A, B and C of Hamas" (the "of" hangs on C)."""
    found, doc, preps = [], head.doc, reader.cues.person_body_preps
    while head.dep_ in {"conj", "appos"} and head.head.i < head.i:
        if any(t.text == ";" for t in doc[head.head.i : head.i]) or prep_objects(head.head, preps):
            break  # "A of X; B and C of Y": a list of its own, or a name with its own body
        if _set_apart(reader, doc[head.head.i + 1 : head.i]):
            break  # "A, who led the talks, and B of X", "A, flanked by B of X and C of Y": not A's
        head = head.head
        if (m := reader.index.at(head)) is not None and m.label == "Person":
            found.append(m)
    return found


def listed_before_body(reader: DocReader, head: Token, prep: Token) -> list[Mention]:
    """The people listed after the first one of a list and before its body's preposition, which the parser hangs on the
    first: "A and B of the FDLR" ("of" on A: B too); not one with a body of its own ("A of X and B of Y")."""
    doc, preps = head.doc, reader.cues.person_body_preps
    found = []
    for listed in head.conjuncts:
        if not head.i < listed.i < prep.i or any(t.text == ";" for t in doc[head.i : listed.i]):
            continue
        if _set_apart(reader, doc[head.i + 1 : listed.i]):
            continue
        if not prep_objects(listed, preps) and (m := reader.index.at(listed)) is not None and m.label == "Person":
            found.append(m)
    return found


def _set_apart(reader: DocReader, between: Span) -> bool:
    """Whether the words between two listed names hold a relative clause or a person with a body of his own, so that a
    body named after the second is not the first's: "A, who led the talks, and B of X", "A, flanked by B of X and C
    of Y"."""
    preps = reader.cues.person_body_preps
    return any(
        t.dep_ == "relcl" or (prep_objects(t, preps) and (m := reader.index.at(t)) is not None and m.label == "Person")
        for t in between
    )


def belongs_to(reader: DocReader, verb: Token) -> None:
    """ "X, who belongs to Hamas", "X fought for the Wagner Group": MEMBER_OF the organisation."""
    preps = sanction_phrases().membership_verbs.get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or preps is None or is_unreal(verb):
        return
    people = [m for t in subjects_of(verb) for m in actors_of(t, reader.index, with_preps=False) if m.label == "Person"]
    bodies = [m for t in prep_objects(verb, preps) for m in actors_of(t, reader.index, with_preps=False)]
    reader.emit_all(people, "MEMBER_OF", [m for m in bodies if m.label == "Organization"], verb, "belongs-to", 0.7)
