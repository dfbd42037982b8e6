"""Sanctions stated across sentences: who sanctions those a later sentence lists.

A designation notice names the sanctioning body once ("The Treasury today designated ...") and then
lists its targets in sentences of their own ("A is being designated pursuant to ...", "B and C have
been designated, the Department said").

Also within a sentence: the office a text names acts, not the department that owns it ("the Treasury's OFAC
sanctioned X"); and who a sanction verb does not sanction ("three leaders of ISIS-K", "the al-Qaida-linked
group", "designated X as his successor").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.date_gaps import days_apart
from loaders.doc_tree import has_child, span_root
from loaders.incident_references import NEWS_DAYS, is_background, is_year
from loaders.mentions import Mention
from loaders.months import event_date
from loaders.possessive import owned_by_of_pairs, possessive_pairs
from loaders.qualified_nouns import qualified_noun
from loaders.sanctions_regimes import names_sanctions_regime
from loaders.syntax import (
    actors_of,
    agents_of,
    is_backer,
    is_passive,
    listed_after,
    names_opening_items,
    passive_subjects,
    prep_objects,
    subjects_of,
)

if TYPE_CHECKING:
    from loaders.cues import NounCue, VerbCue
    from loaders.extract import DocReader

SANCTIONED_BY = "SANCTIONED_BY"
SANCTIONERS = {"Country", "Organization"}
TARGETS = {"Person", "Organization"}
DESCRIBING = {"relcl", "acl"}  # the clauses that describe a noun: a sanction there is its standing, not the news
CARRIED_SANCTIONS = frozenset(  # the rules whose sanctioner is the one a sentence before named
    {
        "sanction-carried",
        "sanction-listed",
        "sanction-bulleted",
        "sanction-counted",
        "sanction-colon-split",
        "sanction-unnamed",
    }
)


def sanction_lemmas(table: Mapping[str, Iterable[VerbCue | NounCue]]) -> frozenset[str]:
    """The lemmas of a cue table (``Cues.verbs`` or ``Cues.nouns``) that cue a sanction (a fixed set: the page's
    words look for it once, :meth:`loaders.doc_words.DocWords.with_lemma`)."""
    return frozenset(lemma for lemma, cues in table.items() if any(c.type == SANCTIONED_BY for c in cues))


def carry_sanctioner(reader: DocReader, each: Callable[[Span, list[Mention]], None] | None = None) -> set[str]:
    """ "X has been designated", "Y is being sanctioned for ...": a sanction with no agent in its sentence is
    by the one reporting it ("..., the Treasury said"), else by the latest sanctioner named before it. Returns
    the keys of every sanctioner named. ``each`` reads every sentence too, with the latest sanctioner before it."""
    lemmas, nouns = sanction_lemmas(reader.cues.verbs), sanction_lemmas(reader.cues.nouns)
    measures = reader.cues.sanction_measures & set(reader.words.lower)  # "impose restrictive measures"
    if not (lemmas | nouns) & set(reader.words.lemma) and not measures and not _names_a_sanctions_list(reader):
        return set()  # no sanction in the document: no sanctioner to carry
    latest: list[Mention] = []
    every: set[str] = set()
    for sent in reader.words.sentences:
        if each is not None:
            each(sent, latest)
        named: list[Mention] = []
        for verb in reader.words.with_lemma(lemmas, sent):
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            passive = is_passive(verb)
            agents = actors_named(agents_of(verb) if passive else subjects_of(verb), reader, SANCTIONERS)
            if agents or not passive:
                earlier = in_the_past(verb, reader) or (latest and _of_an_earlier_year(verb, reader))
                earlier = earlier or (latest and (seconding(verb, reader) or _of_an_earlier_day(verb, reader)))
                standing = passive and verb.dep_ in DESCRIBING  # "M23, which is designated by the US and the UN"
                named += [] if earlier or standing else agents
                continue
            targets = actors_named(passive_subjects(verb), reader, TARGETS)
            sanctioners = same_as(reported_by(verb, reader), latest)
            reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-carried", 0.7)
        named += _imposers(sent, reader, nouns)
        if latest and not named:
            listed_as_sanctioned(reader, sent, latest, lemmas | reader.cues.sanction_participles)
        latest = _distinct(named) or latest
        every.update(m.key for m in named)
    return every


def _names_a_sanctions_list(reader: DocReader) -> bool:
    """ "OFAC added X to the SDN list", "put on its terrorism list", "placed X on the list of terrorist entities": a
    list a word names as one of sanctions."""
    cues = reader.cues
    lists = reader.words.with_lemma(cues.sanction_list_nouns, reader.doc[:])
    listed = [o for t in lists for o in prep_objects(t, {"of"})]  # "the list of terrorist entities"
    return any(c.lower_ in cues.sanction_list_names for t in lists + listed for c in t.children)


def listed_as_sanctioned(reader: DocReader, sent: Span, latest: list[Mention], words: set[str]) -> None:
    """ "The targeted cartels are A, B and C", "Among the individuals sanctioned was X", "Those designated
    include A and B", "The Treasury named the six as A, B and C": names listed as the ones sanctioned, after
    a sentence naming the sanctioner."""
    for verb in reader.words.with_lemma(reader.cues.sanction_list_verbs | {"name"}, sent):
        lemma, by = verb.lemma_.lower(), latest
        if lemma in reader.cues.sanction_list_verbs:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            described = [t for t in subjects + prep_objects(verb, {"among"}) if described_as_sanctioned(t, words)]
            if not described or any(in_the_past(c, reader) for t in described for c in t.children):
                continue  # not "Previously designated officials include A and B": an earlier notice's
            listed = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
            listed += [t for t in subjects if not described_as_sanctioned(t, words)]
        elif lemma == "name" and _names_a_number(verb):
            listed = prep_objects(verb, {"as"})
            by = _distinct(latest + actors_named(subjects_of(verb), reader, SANCTIONERS))  # "the Treasury named"
        else:
            continue
        targets = actors_named(listed, reader, TARGETS)
        reader.emit_all(targets, SANCTIONED_BY, by, verb, "sanction-listed", 0.7)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    return list({m.key: m for m in mentions}.values())


def _names_a_number(verb: Token) -> bool:
    """ "named the six as A, B and C", "named three entities as": a count, not one appointee ("named X as its
    leader")."""
    return any(c.dep_ == "dobj" and (c.pos_ == "NUM" or c.tag_ == "NNS") for c in verb.children)


def described_as_sanctioned(noun: Token, words: set[str]) -> bool:
    """ "the targeted cartels", "the individuals sanctioned", "those designated"."""
    return any(c.dep_ in {"amod", "acl"} and c.lemma_.lower() in words for c in noun.children)


def in_the_past(verb: Token, reader: DocReader) -> bool:
    """ "have previously designated", "had already sanctioned": an earlier sanction, not this notice's."""
    return has_child(verb, {"advmod"}, reader.cues.past_sanction)


def seconding(verb: Token, reader: DocReader) -> bool:
    """ "the United Kingdom, which is also imposing sanctions on X": a sanctioner joining another's action."""
    return has_child(verb, {"advmod"}, reader.cues.seconding_sanction)


def _of_an_earlier_year(verb: Token, reader: DocReader) -> bool:
    """ "whom the Department of State designated in 2019", in a page of 2023: a sanction of a year before the page's.
    After a sanctioner is named, one such does not take its place as the sanctioner of the names listed next."""
    return any(is_background(year, reader.facts.date) for year in _years_stated(verb))


def _of_an_earlier_day(verb: Token, reader: DocReader) -> bool:
    """ "On March 4, the Department of State designated X", in a notice of April 2: a sanction dated more than a week
    before the page's own day is an earlier action, whose sanctioner does not take the notice's place."""
    page = reader.facts.date
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    days = [event_date(" ".join(t.text for t in p.subtree if t.ent_type_ == "DATE"), page) for p in phrases]
    return any(day < page and (days_apart(day, page) or 0) > NEWS_DAYS for day in days)


def _years_stated(verb: Token) -> list[str]:
    """The years the verb's own phrases of time state: "designated X in 2019", "listed it on October 8, 1997".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The State Department designated the group in 2019 and OFAC listed it on October 8, 1997.")
    >>> _years_stated(doc[3]), _years_stated(doc[10])
    (['2019'], ['1997'])
    """
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "on"}]
    return [t.text for p in phrases for t in p.subtree if t.ent_type_ == "DATE" and is_year(t.text)]


@cache
def _sanctionless_kinds() -> frozenset[str]:
    """The kinds of bodies that impose no sanctions (``sanctionless_kinds`` in ``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["sanctionless_kinds"])


def imposes_no_sanctions(actor: Mention) -> bool:
    """Whether an actor is of a kind that sanctions no one: an armed group ("the RSF ... imposed sanctions on X" read
    with the RSF as the subject is a misread clause).

    >>> imposes_no_sanctions(Mention(0, 1, 0, 3, "RSF", "Organization", "RSF", "armed_group"))
    True
    """
    return actor.kind in _sanctionless_kinds()


def actors_named(tokens: list[Token], reader: DocReader, labels: set[str]) -> list[Mention]:
    """The actors the tokens name, of these labels; a news outlet reports sanctions and imposes none."""
    found = [m for t in tokens for m in actors_of(t, reader.index, with_preps=False) if m.label in labels]
    return [m for m in found if labels is TARGETS or m.kind != "media"]


def _imposers(sent: Span, reader: DocReader, nouns: frozenset[str]) -> list[Mention]:
    """Who imposes the sanctions a sentence announces with one of these nouns, or with a measure its words make one:
    "the US Treasury imposed sanctions on ...", "the Council decided to impose restrictive measures on ...", "the UK
    has imposed asset freezes and travel bans on ..." (a verb of imposing whose clause holds such a noun, wherever
    the parse hangs it)."""
    cues = reader.cues
    found = [
        m
        for noun in reader.words.with_lemma(nouns | cues.sanction_means, sent)
        if noun.dep_ == "dobj" and not in_the_past(noun.head, reader) and not seconding(noun.head, reader)
        if noun.lemma_.lower() in nouns or any(c.lower_ in cues.sanction_measures for c in noun.children)
        for m in actors_named(subjects_of(noun.head), reader, SANCTIONERS)
    ]
    imposing = [
        verb
        for verb in reader.words.with_lemma(cues.imposing_verbs, sent)
        if verb.pos_ == "VERB" and not in_the_past(verb, reader) and not seconding(verb, reader)
    ]
    found += [
        m
        for verb in imposing
        if any(t.lemma_.lower() in nouns for t in verb.subtree if t.i > verb.i)
        for m in actors_named(subjects_of(verb), reader, SANCTIONERS)
    ]
    return list({m.key: m for m in found}.values())


def same_as(reporters: list[Mention], latest: list[Mention]) -> list[Mention]:
    """The reporters, or the latest sanctioner when the reporter is it by a shorter name ("the Treasury said",
    after "the US Treasury"), or when no one reports."""
    words = {w.lower() for m in latest for w in m.name.split()}
    if not reporters or all({w.lower() for w in m.name.split()} <= words for m in reporters):
        return latest or reporters
    return reporters


def reported_by(verb: Token, reader: DocReader) -> list[Mention]:
    """Who reports the clause the verb heads: "X was designated, the State Department said"."""
    head = verb
    while head.dep_ in {"ccomp", "conj"} and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in reader.cues.reporting:
            return actors_named(subjects_of(head), reader, SANCTIONERS)
    reporters = [c for c in verb.children if c.dep_ in {"parataxis", "advcl"}]
    reporters = [r for r in reporters if r.lemma_.lower() in reader.cues.reporting]
    return [m for r in reporters for m in actors_named(subjects_of(r), reader, SANCTIONERS)]


def sanctioning_state(reader: DocReader, sanctioners: set[str]) -> None:
    """ "The United States sanctioned X ... the Treasury froze Y's assets": where the article names a state as a
    sanctioner, its ministries' sanctions are the state's too (Y SANCTIONED_BY the United States); a designation or a
    listing ("the State Department designated Z", "listed eight groups: A, B ...", "designated A; B, its leader; and
    C") stays the body's own."""
    relations, gazetteer = reader.facts.relations, reader.gazetteer
    sanctions = [r for r in relations if r.type == SANCTIONED_BY]
    own_lists = {f"verb:{lemma}" for lemma in reader.cues.own_list_verbs} | {
        "sanction-colon-list",
        "sanction-semicolon-list",
        "sanction-listed-by-body",
    }
    states = sanctioners | {r.object for r in sanctions if not r.method.startswith("hyphen:")}  # not "U.S.-designated"
    stated = {(r.start, r.subject, r.object) for r in sanctions}
    for r in sanctions:
        body = gazetteer.actors.get(r.object)
        state = gazetteer.lookup(body.country) if body is not None and body.country else None
        if state is None or state.id not in states or (r.start, r.subject, state.id) in stated or r.method in own_lists:
            continue
        stated.add((r.start, r.subject, state.id))
        relations.append(replace(r, object=state.id, method=f"{r.method}-state"))


def acting_office(reader: DocReader) -> None:
    """ "The Treasury's Office of Foreign Assets Control sanctioned X": the office the text names acts, and a state's
    department that owns it with it (X SANCTIONED_BY both; the UN Security Council's sanctions committee acts alone);
    where a department and its office so named are a sanction verb's subject, the names a later sentence of the notice
    lists ("Y is being designated", "OFAC is also designating the following companies:") are sanctioned by both."""
    doc, offices, together = reader.doc, {}, {}
    partners: dict[str, str] = {}  # a department and its office that designate together, each the other's
    lemmas = sanction_lemmas(reader.cues.verbs)
    of_pairs = [(a, b) for a, b in owned_by_of_pairs(doc, reader.index.mentions) if a.kind == b.kind == "government"]
    for owner, office in [*possessive_pairs(doc, reader.index.mentions), *of_pairs]:  # "OFAC of the Treasury" too
        if owner.label != "Organization" or office.label != "Organization" or names_sanctions_regime(office, doc):
            continue  # not Hezbollah of "the UN Security Council's Hezbollah sanctions committee"
        start = doc[owner.start].sent.start_char
        if not owner.kind == office.kind == "government":
            offices[(start, owner.key)] = office.key
            continue
        together |= {(start, owner.key): office.key, (start, office.key): owner.key}
        if _in_sanctioning_subject(span_root(doc, office.start, office.end), lemmas):
            partners |= {owner.key: office.key, office.key: owner.key}
    relations = reader.facts.relations
    stated = {(r.start, r.subject, r.object) for r in relations if r.type == SANCTIONED_BY}
    for i, r in enumerate(list(relations)):
        if r.type != SANCTIONED_BY:
            continue
        if (office := offices.get((r.start, r.object))) is not None and office != r.subject:
            relations[i] = replace(r, object=office, method=f"{r.method}-office")
            continue
        other = together.get((r.start, r.object))
        if other is None and r.method in CARRIED_SANCTIONS:
            other = partners.get(r.object)
        if other is not None and other != r.subject and (r.start, r.subject, other) not in stated:
            stated.add((r.start, r.subject, other))
            relations.append(replace(r, object=other, method=f"{r.method}-office"))


def _in_sanctioning_subject(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether the token is in the subject of a sanction verb: "the Treasury's OFAC designated", "the Department of the
    Treasury's OFAC designated" (the parser's subject the department, the office within its "of").

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> words = ["Department", "of", "Office", "designated", "X"]
    >>> doc = Doc(English().vocab, words, heads=[3, 0, 1, 3, 3], deps=["nsubj", "prep", "pobj", "ROOT", "dobj"])
    >>> for t, lemma in zip(doc, ["department", "of", "office", "designate", "x"]):
    ...     t.lemma_ = lemma
    >>> _in_sanctioning_subject(doc[2], {"designate"}), _in_sanctioning_subject(doc[4], {"designate"})
    (True, False)
    """
    while token.dep_ in {"pobj", "prep", "poss", "compound", "appos"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in lemmas


def sanctioned_companions(reader: DocReader, verb: Token) -> list[Mention]:
    """Those a sanction verb sanctions beside its object: "sanctioned X, together with Y", "designated X along with
    Y", "listed X alongside Y" (the phrase on the verb or on its object)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    found = [t for h in [verb, *objects] for t in companion_objects(h, reader.cues.sanctioned_companions)]
    found += [t for h in objects for t in names_listed_beside(h, reader)]
    return [m for t in found for m in actors_of(t, reader.index, with_preps=False) if m.label in TARGETS]


def names_listed_beside(head: Token, reader: DocReader) -> list[Token]:
    """The names of a list the parser does not join to a named head as conjuncts: "A as well as B" (B the object of
    the last "as"), and B of "A, B, as well as C" or "A, B and C" that it sets in apposition to A, when B names a person
    or a group and a list follows (not "A, the group's leader, ...": a description; not "A, Lebanon": a place).

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> words = ["Haddad", "as", "well", "as", "Saleh"]
    >>> doc = Doc(English().vocab, words, heads=[0, 3, 3, 0, 3], deps=["dobj", "advmod", "advmod", "cc", "pobj"])
    >>> [t.text for t in _as_well_as_objects(doc[0])]
    ['Saleh']
    """
    found = _as_well_as_objects(head)
    named = reader.index.at(head)
    if named is None or not (found or any(c.dep_ == "conj" for c in head.children)):
        return found
    for c in head.children:
        beside = reader.index.at(c) if c.dep_ == "appos" else None
        if beside is not None and beside.label in TARGETS and beside.key != named.key:
            found.append(c)
    return found


def _as_well_as_objects(head: Token) -> list[Token]:
    """The objects of the "as" of "as well as" hung on the head as its coordinator."""
    joiners = [c for c in head.children if c.dep_ == "cc" and c.lower_ == "as" and has_child(c, {"advmod"}, {"well"})]
    return [p for c in joiners for p in c.children if p.dep_ == "pobj"]


def counted_examples(reader: DocReader, verb: Token) -> list[Mention]:
    """ "OFAC designated six individuals for their roles in the conflict, including A and B": the names an example
    word lists after a counted plural object that names no one, where the parser hangs the word on something else in
    the verb's clause (the reason, the subject); none where a plural noun of its own takes the examples ("for their
    support to armed groups, including X": the groups'; not "human rights abuses, including A": the individuals')."""
    counted = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.tag_ == "NNS"
        and reader.index.at(c) is None
        and any(n.dep_ == "nummod" for n in c.children)
    ]
    if not counted or listed_after(counted[0], reader.index):
        return []  # none counted, or its examples hung on it: the verb's objects give them
    doc, examples = reader.doc, reader.index.examples
    word = next(
        (t for t in doc[counted[0].i + 1 : verb.sent.end] if (t.lower_,) in examples and t.dep_ == "prep"), None
    )
    if word is None or _lists_own_examples(reader, word.head) or not _in_clause_of(word, verb):
        return []
    named = names_opening_items(doc[word.i + 1 : verb.sent.end], reader.index, stop_at_verb=True)
    return [m for m in named if m.label in TARGETS]


def _lists_own_examples(reader: DocReader, noun: Token) -> bool:
    """Whether the noun an example word hangs on takes the examples as its own: a plural noun of groups or of people
    ("armed groups", "militants", "commanders"); not one of acts or things ("abuses", "roles"), nor a singular noun
    or a name ("responsible for the coup, including A", "OFAC ..., including A": the parser's slip)."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return False
    cues, lemma = reader.cues, noun.lemma_.lower()
    people = cues.relative_people_nouns | cues.group_people_nouns | cues.citizen_nouns
    return lemma in reader.index.group_nouns or lemma in people or cues.role_of((lemma,)) is not None


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether the token hangs, through its heads, on the verb with no other verb between them."""
    while token.head.i != verb.i:
        token = token.head
        if token.head.i == token.i or token.pos_ in {"VERB", "AUX"}:
            return False
    return True


def companion_objects(head: Token, words: frozenset[str]) -> list[Token]:
    """The objects of "alongside", of "along with" and of "together with" hung on the head: names added beside it,
    never the body a role noun names ("its leader X, together with Y": not Y's leader).

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> words = ["sanctioned", "Karimi", "along", "with", "Bakri"]
    >>> doc = Doc(English().vocab, words, heads=[0, 0, 0, 2, 3], deps=["ROOT", "dobj", "prep", "prep", "pobj"])
    >>> [t.text for t in companion_objects(doc[0], frozenset({"along", "together"}))]
    ['Bakri']
    """
    found: list[Token] = []
    for prep in (c for c in head.children if c.dep_ == "prep"):
        if prep.lower_ == "with" and any(c.lower_ in words for c in prep.children):  # "together with Y"
            found += [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.lower_ in words:  # "alongside Y", "along with Y"
            found += [c for c in prep.children if c.dep_ == "pobj"] + prep_objects(prep, {"with"})
    return found


def sanctioned_targets(reader: DocReader, verb: Token, targets: list[Mention]) -> list[Mention]:
    """Who a sanction verb sanctions, without the group of "designated three leaders of ISIS-K" or "sanctioned four
    Hamas leaders" (the leaders are), the backer of "the al-Qaida-linked group", nor anyone "designated as his
    successor" (an appointment)."""
    if any(t.lemma_.lower() in reader.cues.appointed_as for t in prep_objects(verb, {"as"})):
        return []
    doc = reader.doc
    return [
        m
        for m in targets
        if not is_backer(m, doc, reader.cues.hyphen)
        and not (_partitive(reader, m) and not _described_by_clause(reader, m, verb))
        and not _holders_named(reader, m)
        and not _reports_within(reader, m, verb)
        and not _speaker_of_next_clause(reader, m, verb)
    ]


def _described_by_clause(reader: DocReader, target: Mention, verb: Token) -> bool:
    """Whether the verb is in a relative clause on the target, or on a common noun beside it ("an offshoot of X,
    which has waged ... and is designated ...", "an offshoot of X, the militia that Y designated": X itself is
    designated, not named as whose the offshoot is)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    described = verb.head
    if described.dep_ == "appos" and described.pos_ == "NOUN":  # "X, the militia that ...": the clause is on X
        described = described.head
    return verb.dep_ == "relcl" and described.i == span_root(reader.doc, target.start, target.end).i


def _speaker_of_next_clause(reader: DocReader, target: Mention, verb: Token) -> bool:
    """ "The FCDO sanctioned the network, and the Foreign Secretary, X, said ...": a name the parser joins to the
    objects, though it is the subject of the verb of saying right after it, which the parser leaves with no subject of
    its own (joined to the sanction verb, or the head of its clause)."""
    root = span_root(reader.doc, target.start, target.end)
    if root.dep_ == "appos":
        root = root.head  # "the Foreign Secretary, X"
    if root.dep_ != "conj":
        return False
    saying = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "ccomp" else [])
    return any(
        c.i > root.i
        and c.lemma_.lower() in reader.cues.reporting
        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        and not any(t.dep_ == "cc" and t.head.i == verb.i for t in reader.doc[root.i : c.i])  # not "sanctioned A
        # and B, and said": the sanctioner's own second verb
        for c in saying
    )


def _reports_within(reader: DocReader, target: Mention, verb: Token) -> bool:
    """ "sanctioned companies, including X, a firm the U.S. Treasury said was used to ...": the subject of a verb of
    saying in a clause below the sanction verb reports on a target; it is none."""
    root = span_root(reader.doc, target.start, target.end)
    said = root.head
    return (
        root.dep_ == "nsubj"
        and said.i != verb.i
        and said.lemma_.lower() in reader.cues.reporting
        and verb in said.ancestors
    )


def _holders_named(reader: DocReader, target: Mention) -> bool:
    """ "sanctioned four Hamas leaders", "two Houthi commanders", "a network of al-Shabaab financial facilitators": a
    name that only says whose the people of a plural role are (the people are sanctioned, not the group)."""
    held = qualified_noun(reader.doc, target, {"compound", "nmod"})
    if held is None or held.tag_ != "NNS" or reader.index.at(held) is not None:
        return False
    words = [t.lower_ for t in reader.doc[target.end : held.i]] + [held.lemma_.lower()]  # "financial facilitator"
    return any(reader.cues.role_of(tuple(words[i:])) is not None for i in range(len(words)))


def _partitive(reader: DocReader, target: Mention) -> bool:
    """ "three leaders of ISIS-K", "members of Hamas": a name after "of" a noun that names no one."""
    root = span_root(reader.doc, target.start, target.end)
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and reader.index.at(of.head) is None
