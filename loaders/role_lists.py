"""Role holders listed with a plural role: "two members of the BLA, A and B", "commanders of al-Shabaab, A and B",
"Hezbollah commanders including A, B and C", "leaders of Hamas such as A and B", "Hamas commanders A, B and C".

The parser hangs the names on the body's name as its conjuncts, on an example preposition of the role ("including",
"such as"), or on the role as the title of the first name; each name listed holds the role. A plural role names
several holders, none of them the head: "leaders" are members of an armed group, as "a leader of" is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.coalition_members import coalition_cues
from loaders.coordination import first_of_list
from loaders.coreference import group_fits
from loaders.doc_tree import span_root
from loaders.mentions import Mention, state_itself_words
from loaders.role_types import bodies_of_role, figure_type, member_type, role_types
from loaders.syntax import MentionIndex, actors_of, conjuncts, is_definite_group, names_opening_items, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader

BODIES = {"Organization", "Country"}
SET_OFF_MARKS = {",", "-", "—", "–"}  # the marks that close a leadership's phrase before its examples
TITLE_REACH = 5  # how many words before a name its title may take: "the M23 military spokesman X"
TITLE_TAGS = {"PROPN", "NOUN", "ADJ"}  # the words of a title before a name


def role_holders_listed(reader: DocReader, noun: Token) -> None:
    """The people listed after "<plural role> of <organisation>," hold the role in it."""
    if noun.tag_ != "NNS":
        return
    rel_type = reader.cues.role_of((noun.lemma_.lower(),))
    if rel_type is None:
        return
    lemma = noun.lemma_.lower()
    rel_type = reader._role_type(rel_type, [lemma], definite_of=False)  # "commanders": members
    doc = reader.doc
    for body in prep_objects(noun, {"of"}):
        org = reader.index.at(body) or _state_of_government(reader, body)
        if org is None or org.label not in BODIES or org.end >= len(doc) or doc[org.end].text != ",":
            continue
        last = doc[org.end - 1]  # "officials of the Government of X, A and B": the names hang on X
        listed = [reader.index.at(x) for x in conjuncts(body)[1:] + conjuncts(last)[1:]]
        people = [m for m in listed if m is not None and m.label == "Person"]
        org_type = figure_type(rel_type, lemma, org)  # "officials of Hamas, A and B": members of the group
        reader.emit_all(people, org_type, [org], noun, f"role-listed:{lemma}", 0.75)


def _state_of_government(reader: DocReader, noun: Token) -> Mention | None:
    """The state "the Government of X" is when the NER left "Government" out of the name, else None."""
    if noun.lower_ not in state_itself_words():
        return None
    states = [m for t in prep_objects(noun, {"of"}) if (m := reader.index.at(t)) is not None and m.label == "Country"]
    return states[0] if states else None


def role_examples(reader: DocReader, noun: Token) -> None:
    """The people a plural role lists as its examples or titles hold it in the body it names: "Hezbollah commanders
    including A and B", "commanders of Hezbollah, including A and B", "Hamas leaders such as A and B" and "Hamas
    commanders A, B and C" make each one a member of the group; "X's lieutenants, including A and B" of the group X
    leads."""
    lemma = noun.lemma_.lower()
    rel_type = reader.cues.role_of((lemma,)) if noun.tag_ == "NNS" else None
    if rel_type is None:
        return
    people = [m for m in _listed(reader, noun) if m.label == "Person"]
    if not people:
        return
    orgs = [m for t in prep_objects(noun, {"of"}) for m in actors_of(t, reader.index, with_preps=False)]
    orgs += [m for t in noun.lefts if t.dep_ in {"poss", "compound", "amod"} for m in actors_of(t, reader.index)]
    orgs = [reader.index.groups.get(m.key, m) if m.label == "Person" else m for m in orgs]  # "X's lieutenants"
    if (owned := _count_owner(reader, noun)) is not None:  # "X and two of its leaders, A and B": X's
        orgs = owned
    orgs = bodies_of_role([m for m in orgs if m.label in BODIES], reader.doc, noun.i)
    if not orgs and (_unowned_listing_subject(reader, noun) or _unowned_ranks(noun, rel_type)):
        orgs = group_told_of(reader.index, noun)  # "Other senior commanders include A and B": the group's
    rel_type = reader._role_type(rel_type, [lemma], definite_of=False)  # "commanders": members
    for org in orgs:
        org_type = _plural_head_type(noun, org) if rel_type == "LEADS" else figure_type(rel_type, lemma, org)
        for person in people:  # "officials including Foreign Minister X": a minister works for it
            own = _staff_title(reader, person)
            own_type = figure_type(own[0], own[1], org) if own else org_type
            reader.emit(person, own_type, org, noun, f"role-examples:{lemma}", 0.75)


def _plural_head_type(noun: Token, org: Mention) -> str:
    """What the people a plural head's role lists are of its body: its heads in turn ("past leaders", "successive
    leaders of the group"), else members of its leadership ("its leaders include A and B")."""
    words = role_types().turn_words | role_types().former_words
    return "LEADS" if any(t.lower_ in words for t in noun.lefts if t.dep_ == "amod") else member_type(org)


def leadership_listed(reader: DocReader, noun: Token) -> None:
    """The people a body's leadership is said to include are its members: "the group's leadership includes A and B",
    "Command is exercised by a leadership that includes A, B and C" (a leadership of no owner is that of the group the
    paragraph tells of); each one's own title before the name gives the staff's type ("the spokesman X"), and a head's
    title none (the title is read as the head's by the title rules). So does a group's own delegation ("the ULFA
    delegation was led by X and included general secretary A and B"), whose people are all its members."""
    verbs = [noun.head, *noun.head.conjuncts] if noun.dep_ in {"nsubj", "nsubjpass"} else []  # "was led by X and
    # included A and B"
    verbs += [c for c in noun.children if c.dep_ == "relcl"]  # "a leadership that includes A and B"
    verbs = [v for v in verbs if v.lemma_.lower() in coalition_cues().listing_verbs]
    items = [x for v in verbs for c in v.children if c.dep_ == "dobj" for x in conjuncts(c)]
    named = [_named_item(reader.index, x) for x in items] + _listed(reader, noun)  # "its leadership, including A"
    named += _examples_set_off(reader, noun)  # "the group's leadership - among them A and B -"
    people = [m for m in dict.fromkeys(named) if m and m.label == "Person"]
    if not people:
        return
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound"}] + prep_objects(noun, {"of"})
    orgs = [m for t in owners for m in actors_of(t, reader.index)]
    delegation = noun.lemma_.lower() in role_types().delegation_nouns
    if not owners and not delegation:  # an unowned "delegation" may be any side's
        orgs = group_told_of(reader.index, noun)
    for org in (m for m in orgs if m.label == "Organization" and member_type(m) == "MEMBER_OF"):
        for person in people:
            own = _own_title(reader, person)
            if _titled_by_other(reader, person, org):
                continue  # "the group's leadership includes the AFC coordinator X": X's title names his own body
            if own is None or own[0] in {"WORKS_FOR", "DEPUTY_OF", "MEMBER_OF"}:
                # on a group's delegation, its secretaries and deputies are its members too
                rel_type = figure_type(own[0], own[1], org) if own and not delegation else "MEMBER_OF"
                reader.emit(person, rel_type, org, noun, f"leadership-listed:{noun.lemma_.lower()}", 0.7)


def _titled_by_other(reader: DocReader, person: Mention, org: Mention) -> bool:
    """Whether the title right before a person's name names a body other than ``org``: "the AFC coordinator X" (the
    AFC), "the M23 president Y", where a leadership of the M23 lists X and Y."""
    doc, left = reader.doc, person.start
    while left > 0 and person.start - left < TITLE_REACH and doc[left - 1].pos_ in TITLE_TAGS:
        left -= 1
    named = (reader.index.at(t) for t in doc[left : person.start])
    return any(m is not None and m.label == "Organization" and m.key != org.key for m in named)


def _named_item(index: MentionIndex, item: Token) -> Mention | None:
    """The name a listed item gives: its own, or the one set beside its title ("the military commander X")."""
    return index.at(item) or next((m for c in item.children if c.dep_ == "appos" and (m := index.at(c))), None)


def listed_by_plural_role(reader: DocReader, person: Mention, rel_type: str) -> bool:
    """Whether a plural role of this type lists the person among its examples ("Among the coalition's leaders are A
    of the X gang and B of the Y gang", "gang leaders, including A of the X gang"): each one named with a body of
    his own holds the role in it."""
    sentence = reader.doc[person.start].sent
    return any(
        noun.tag_ == "NNS"
        and reader.cues.role_of((noun.lemma_.lower(),)) == rel_type
        and person in _listed(reader, noun)
        for noun in sentence
        if noun.lemma_.lower() in reader.cues.role_words
    )


def _unowned_listing_subject(reader: DocReader, noun: Token) -> bool:
    """Whether a plural role with no owner of its own is the subject of a listing verb: "Other senior commanders
    include A and B" (not "commanders of X", "X commanders", "its commanders")."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in coalition_cues().listing_verbs:
        return False
    return not any(c.dep_ in {"poss", "compound"} or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _unowned_ranks(noun: Token, rel_type: str) -> bool:
    """Whether a plural role of a group's ranks (a head's or a member's, not staff's) has no owner of its own:
    "commanders including A and B", "fighters such as A" tell of the group the paragraph is about (not "officials,
    including X", "Iraqi commanders", "commanders of X", "its commanders")."""
    if rel_type not in {"LEADS", "MEMBER_OF"}:
        return False
    return not any(
        c.dep_ in {"poss", "compound", "amod"} or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children
    )


def group_told_of(index: MentionIndex, noun: Token) -> list[Mention]:
    """The group the sentences before a role noun's tell of, as a reference there would stand for it: the latest
    armed group or party named as a subject in its paragraph (the one a "the group" in its place would mean)."""
    earlier = [
        m
        for m in index.mentions + index.chain.subjects_before(noun.sent.start)
        if m.end <= noun.sent.start and m.label == "Organization" and group_fits("group", m)
    ]
    pool = index.scope.pool(noun, sorted(earlier, key=lambda m: m.start))
    return pool[-1:]


def _staff_title(reader: DocReader, person: Mention) -> tuple[str, str] | None:
    """The staff role (WORKS_FOR or DEPUTY_OF) and its last word that a listed person's own title before the name
    gives ("Foreign Minister" of "officials, including Foreign Minister X"), else None."""
    own = _own_title(reader, person)
    return own if own is not None and own[0] in {"WORKS_FOR", "DEPUTY_OF"} else None


def _own_title(reader: DocReader, person: Mention) -> tuple[str, str] | None:
    """The role and its last word that a person's own title before the name gives ("Foreign Minister X": WORKS_FOR,
    "the military commander X": MEMBER_OF, "the president X": LEADS), else None."""
    doc, left = reader.doc, person.start
    while left > 0 and person.start - left < 4 and doc[left - 1].pos_ in {"PROPN", "NOUN"}:
        left -= 1
    words = [t.lower_ for t in doc[left : person.start]]
    for size in range(len(words), 0, -1):
        found = reader.cues.role_of(tuple(words[-size:]))
        if found is None:
            continue
        return reader._role_type(found, words[-size:], definite_of=False), words[-1]
    return None


def _listed(reader: DocReader, noun: Token) -> list[Mention]:
    """The names a plural role lists: the objects of its example prepositions ("including A and B", "such as A"),
    the name it is the title of ("commanders A, B and C"), the names in apposition to it ("two commanders, A and B")
    or the objects of "include" it is the subject of ("its commanders include A and B") or the names a copula pairs
    it with ("Among its commanders are A and B"), with the names coordinated with them."""
    doc, examples = reader.doc, set(reader.cues.examples)
    cues = [
        c
        for c in noun.children
        if c.dep_ in {"prep", "acl"} and tuple(t.lower_ for t in doc[c.left_edge.i : c.i + 1]) in examples
    ]  # "fighters including A and B": "including" a preposition, or a participle the parser made of it
    heads = [p for c in cues for p in c.children if p.dep_ == "pobj"]
    titled = reader.index.at(noun.head)
    if noun.dep_ == "compound" and titled is not None and titled.label == "Person":
        heads.append(noun.head)
    heads += [c for c in noun.children if c.dep_ == "appos"]  # "two Hezbollah commanders, A and B"
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in coalition_cues().listing_verbs:
        heads += [c for c in noun.head.children if c.dep_ in {"dobj", "attr"}]  # "its commanders include A and B"
    heads += _paired_by_copula(noun)  # "Among its commanders are A and B"
    parsed = [m for h in heads for x in conjuncts(h) if (m := reader.index.at(x)) is not None]
    read = [m for c in cues for m in names_opening_items(doc[c.i + 1 : c.sent.end], reader.index, stop_at_verb=True)]
    read += _named_after_count(reader, noun)  # "two of his deputies, A and B"
    read += _named_after_colon(reader, noun)  # "warrants for five LRA leaders: A; B; and C"
    return list(dict.fromkeys(parsed + read))  # "including A (its founder), B and C": a list the parse breaks


def _examples_set_off(reader: DocReader, noun: Token) -> list[Mention]:
    """The names an example cue lists right after the comma or dash that closes a leadership's phrase, where the parser
    hangs the cue on the first name: A and B of "the group's leadership - among them A and B - stayed" (not of
    "rivalries within the leadership, including between A's wing and B's")."""
    doc = reader.doc
    last = max(t.i for t in noun.subtree if not t.is_punct)
    if last + 1 >= len(doc) or doc[last + 1].text not in SET_OFF_MARKS:
        return []
    rest = doc[last + 2 : noun.sent.end]
    cue = next((c for c in reader.cues.examples if tuple(t.lower_ for t in rest[: len(c)]) == c), None)
    if cue is None or len(rest) <= len(cue) or reader.index.at(rest[len(cue)]) is None:
        return []
    return names_opening_items(rest[len(cue) :], reader.index, stop_at_verb=True)


def _count_of(reader: DocReader, noun: Token) -> Token | None:
    """The count a plural role is the partitive object of ("two" of "two of his deputies"), else None."""
    count = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return None
    return count if count.tag_ == "CD" or count.lower_ in reader.cues.quantifiers else None


def _named_after_count(reader: DocReader, noun: Token) -> list[Mention]:
    """The names listed after the comma that closes a counted partitive of a plural role whose owner the sentence
    names (or that a clause of naming gives: "two of its members, whom it named as A and B"): A and B of "X said two
    of his deputies, A and B" or "the group and three of its leaders, A, B and C" (the
    parser hangs them on the count, on the verb or on the first item of a list), or refers to by a group noun before
    it ("The group called for the release of two of its founders, A and B"), or owns as a person known to lead a body
    ("X headed the KNB. Two of his deputies, A and B, ..."); not when "its" reaches back past the sentence alone, where
    a pronoun too often finds the wrong body."""
    doc = reader.doc
    if _count_of(reader, noun) is None or noun.i + 2 >= noun.sent.end or doc[noun.i + 1].text != ",":
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    named = [m for c in owners if (m := reader.index.at(c) or reader.index.antecedent(c)) is not None]
    told_here = any(m.start >= noun.sent.start or _group_noun_before(reader.index, m, noun) for m in named)
    told_here = told_here or any(m.label == "Person" and m.key in reader.index.groups for m in named)  # "his"
    if not _count_owner(reader, noun) and not told_here:
        return []
    return _named_by_clause(reader, noun) or names_opening_items(
        doc[noun.i + 2 : noun.sent.end], reader.index, stop_at_verb=True
    )


def _named_by_clause(reader: DocReader, noun: Token) -> list[Mention]:
    """The names a relative clause of naming gives a counted plural role after "as": A and B of "two of its members,
    whom it named as A and B" (``as_object_verbs``: "named", "identified")."""
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in reader.cues.as_object_verbs]
    named = [m for v in clauses for p in prep_objects(v, {"as"}) for x in conjuncts(p) if (m := reader.index.at(x))]
    return list(dict.fromkeys(named))


def _named_after_colon(reader: DocReader, noun: Token) -> list[Mention]:
    """The names listed after a list opener (``list_openers``) right after a counted plural role: A, B and C of
    "arrest warrants for five LRA leaders: A; B; and C" (the parser hangs them on another noun of the sentence)."""
    doc = reader.doc
    counted = any(c.dep_ == "nummod" and c.tag_ == "CD" for c in noun.children)
    if not counted or noun.i + 2 >= noun.sent.end or doc[noun.i + 1].text not in reader.cues.list_openers:
        return []
    return names_opening_items(doc[noun.i + 2 : noun.sent.end], reader.index, stop_at_verb=True)


def _group_noun_before(index: MentionIndex, owner: Mention, noun: Token) -> bool:
    """Whether a definite group noun before ``noun`` in its sentence ("the group", "the movement") stands for
    ``owner``: the sentence tells of the owner, though by no name."""
    return any(
        t.pos_ == "NOUN" and is_definite_group(t, index) and index.antecedent(t) == owner
        for t in noun.sent
        if t.i < noun.i and t.lower_ in index.group_nouns
    )


def _count_owner(reader: DocReader, noun: Token) -> list[Mention] | None:
    """Whose a counted plural role is when its count is a later item of a list and a pronoun owns the role: the
    first item's, if an organisation ("sanctioned X and two of its leaders": X's, not the subject's), else no one's
    ([]); None for any other role."""
    count = _count_of(reader, noun)
    if count is None or count.dep_ != "conj" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return None
    owner = reader.index.at(first_of_list(count))
    return [owner] if owner is not None and owner.label == "Organization" else []


def _paired_by_copula(noun: Token) -> list[Token]:
    """The names a copula pairs with a plural role after "among" (``among_preps``): A of "Among its commanders are A
    and B" (the copula's attribute or subject), else none.

    >>> import spacy
    >>> doc = spacy.blank("en")("Among its commanders are A")
    >>> for i, (head, dep) in enumerate([(3, "prep"), (2, "poss"), (0, "pobj"), (3, "ROOT"), (3, "attr")]):
    ...     doc[i].head, doc[i].dep_ = doc[head], dep
    >>> doc[3].lemma_ = "be"
    >>> [t.text for t in _paired_by_copula(doc[2])]
    ['A']
    """
    among = role_types().among_preps
    copula = noun.head
    if noun.dep_ == "nsubj" and copula.lemma_ == "be":  # the parser took the role for the subject, "among" apart
        opened = any(c.dep_ == "prep" and c.lower_ in among and c.i < noun.i for c in copula.children)
        return [c for c in copula.children if c.dep_ == "attr" and c.i > noun.i] if opened else []
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in among or prep.head.lemma_ != "be":
        return []
    return [c for c in prep.head.children if c.dep_ in {"attr", "nsubj"} and c.i > noun.i]


def _first_item(noun: Token) -> Token:
    """The first item of a list a role noun closes, read past two slips of the parse: the noun joined to the verb
    whose object the first item is ("sanctioned X, known as Y, and its leader Z"), and the noun joined to the other
    name a participle gives the first item ("X, known locally as Y, and its leader Z"): X either way."""
    first = first_of_list(noun)
    if first.pos_ in {"VERB", "AUX"}:
        return next((c for c in first.children if c.dep_ == "dobj" and c.i < noun.i), first)
    told = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "as" else None
    return told.head if told is not None and told.dep_ == "acl" and told.head.i < first.i else first


def owner_in_list(noun: Token, index: MentionIndex) -> list[Mention] | None:
    """Whose a list's later item is when a possessive pronoun says so: the first item's, if an organisation ("X, a
    shipping firm, and its chief executive, Y": X's, not the subject's), else no one's ([]); None for a noun that is
    no such item."""
    first = _first_item(noun)
    if first.i == noun.i or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return None
    owner = index.at(first)
    return [owner] if owner is not None and owner.label == "Organization" else []


def holders_owned_apart(reader: DocReader, holders: list[Mention]) -> list[Mention]:
    """The holders of a role named beside it less those listed after the first with an owner of their own: in
    "Ghana's president A and Côte d'Ivoire's B", B is Côte d'Ivoire's, not Ghana's president."""
    doc = reader.doc
    return [
        m
        for m in holders
        if not (
            (head := span_root(doc, m.start, m.end)).dep_ == "conj"
            and any(c.dep_ == "poss" and reader.index.at(c) is not None for c in head.children)
        )
    ]
