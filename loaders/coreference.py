"""References across sentences beyond the bare "the group" and the pronouns: a definite description with
modifiers ("the Iran-backed militia", "the Sunni extremist movement") and "the country", "the kingdom"; and
which earlier mentions any reference may stand for ("the militia" not a ministry, "it" not a news outlet,
"he" not a byline or a quotation's speaker)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.described_kinds import describing_nouns, kind_unread
from loaders.doc_tree import has_child, tree_of
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

MODIFIER_DEPS = {"amod", "compound", "npadvmod", "advmod", "nmod", "punct"}  # "the Iran-backed", "the jihadist"


@cache
def reference_words() -> tuple[frozenset[str], frozenset[str]]:
    """Modifiers that make a description name another actor ("the other group"), and the nouns of a country."""
    data = load_seed_yaml("relations.yaml")["references"]
    return frozenset(data["other_words"]), frozenset(data["country_nouns"])


@cache
def claiming_verbs() -> frozenset[str]:
    """The verbs (lemmas) whose subject "it" claims a deed for a group (``claiming_verbs`` of ``references``)."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["claiming_verbs"])


def claims_a_deed(pronoun: Token) -> bool:
    """Whether "it" is the subject of a claim of a deed: "It claimed the 2017 assaults", "it claimed responsibility"
    (not "it claimed that ...", a clause).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("It claimed the bombing. It claimed that the bombing was staged.")
    >>> claims_a_deed(doc[0]), claims_a_deed(doc[5])
    (True, False)
    """
    verb = pronoun.head
    return (
        pronoun.lower_ == "it"
        and pronoun.dep_ == "nsubj"
        and verb.lemma_.lower() in claiming_verbs()
        and has_child(verb, {"dobj"})
    )


def described(token: Token, index: MentionIndex, tag: str = "NN", demonyms: bool = False) -> bool:
    """A definite noun (singular unless ``tag`` says otherwise), not inside a name, whose left modifiers name no
    one (a backer aside: "the Iran-backed"; with ``demonyms``, a state's adjective: "the Malian militant group")
    and say nothing that sets it apart from the one last named ("the other", "the largest")."""
    if token.tag_ != tag or token.i in index.by_token or token.dep_ in {"attr", "appos"}:
        return False
    lefts = list(token.lefts)
    definite = load_cues().definite
    if not lefts or lefts[0].lower_ not in definite or any(t.lower_ in definite for t in lefts[1:]):
        return False
    other_words, _ = reference_words()
    hyphen = load_cues().hyphen
    for modifier in lefts[1:]:
        if modifier.dep_ not in MODIFIER_DEPS:
            return False
        for t in modifier.subtree:
            named = index.at(t)
            if t.lower_ in other_words or t.tag_ in {"JJS", "RBS", "CD"}:
                return False
            if named is not None and not _backer(named.end, index, hyphen) and not (demonyms and _demonym(t, named)):
                return False
            if named is None and unknown_name(t):  # "the M-19 guerrilla group": a group the NER did not name
                return False
    return not any(c.dep_ in {"appos", "compound"} or (c.dep_ == "prep" and c.lower_ == "of") for c in token.rights)


def unknown_name(token: Token) -> bool:
    """Whether a modifier is written as a name of its own, an acronym or a code ("ADF", "M-19"), not joined by a
    hyphen to the next word ("the ISWAP-linked group" is a backer aside).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["the", "M-19", "ADF", "Sunni", "group"])
    >>> [unknown_name(t) for t in doc]
    [False, True, True, False, False]
    """
    text = token.text
    letters = [c for c in text if c.isalpha()]
    code = any(c.isdigit() for c in text) and any(c.isupper() for c in letters)
    acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
    hyphened = token.i + 1 < len(token.doc) and token.nbor().text == "-"
    return (code or acronym) and not hyphened


def latest_before(token: Token, index: MentionIndex, back: int, fits: Callable[[Mention], bool]) -> Mention | None:
    """The last mention that ``fits`` of those that end before the token and begin no more than ``back`` sentences
    before its own: the one a reference ("the brigade", "the president") stands for."""
    scope = index.scope
    start = scope.sentences_back_start(token, back)
    return next(
        (
            m
            for m in reversed(index.mentions)
            if start <= m.start and m.end <= token.i and fits(m) and not scope.aside(m.start_char)
        ),
        None,
    )


def sole_before(token: Token, index: MentionIndex, back: int, fits: Callable[[Mention], bool]) -> Mention | None:
    """The one actor that ``fits`` among the mentions that end before the token and begin no more than ``back``
    sentences before its own; None when none or two were (a reference that may stand for either stands for neither)."""
    start = index.scope.sentences_back_start(token, back)
    found = {m.key: m for m in index.mentions if start <= m.start and m.end <= token.i and fits(m)}
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def pair_order_words() -> dict[str, str]:
    """ "former" and "latter", each with the end of a pair it picks ("first", "last")."""
    return dict(load_seed_yaml("relations.yaml")["references"]["pair_order_words"])


def pair_member(token: Token, index: MentionIndex) -> Mention | None:
    """The actor "the latter" (or "the former") stands for: the last (or the first) of the last two distinct actors
    named in its sentence before it or in the sentence before; none when the two differ in label (a person and a
    group: the reader cannot tell which pair is meant) or fewer than two were named. "the former president" is no
    reference.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Hamas and Hezbollah met. The latter said it would fight.")
    >>> hamas = Mention(0, 1, 0, 5, "Hamas", "Organization", "Hamas", "armed_group")
    >>> hezbollah = Mention(2, 3, 10, 19, "Hezbollah", "Organization", "Hezbollah", "armed_group")
    >>> index = MentionIndex(doc, [hamas, hezbollah])
    >>> pair_member(doc[6], index).name, pair_member(doc[0], index)
    ('Hezbollah', None)
    """
    end = pair_order_words().get(token.lower_)
    if end is None or not has_child(token, {"det"}, {"the"}):
        return None
    start = index.scope.sentences_back_start(token, 1)
    named: dict[str, Mention] = {}
    for m in index.mentions:
        if start <= m.start and m.end <= token.i and m.label in {"Person", "Organization", "Country"}:
            named.pop(m.key, None)  # ordered by each actor's last mention
            named[m.key] = m
    pair = list(named.values())[-2:]
    if len(pair) < 2 or pair[0].label != pair[1].label:
        return None
    return pair[-1] if end == "last" else pair[0]


def demonstrative_group(token: Token, index: MentionIndex) -> Mention | None:
    """The organisation "that gang" or "this militia" points at: the last one its noun may stand for named in its
    own sentence or the one before, whatever its part there ("freed men of X. That gang, led by Y, ..." is X, not
    the group the page is about); None for any other noun.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Police freed men of Kraze Bari. That gang controls the port.")
    >>> gang = Mention(4, 6, 0, 0, "Kraze Bari", "Organization", "Kraze Bari", "armed_group")
    >>> demonstrative_group(doc[8], MentionIndex(doc, [gang], group_nouns=["gang"])).name
    'Kraze Bari'
    """
    cues = load_cues()
    pointing = cues.group_reference - cues.definite
    if token.pos_ != "NOUN" or token.lower_ not in index.group_nouns or token.i in index.by_token:
        return None
    if not has_child(token, {"det"}, pointing):
        return None
    return latest_before(token, index, 1, lambda m: m.label == "Organization" and group_fits(token.lower_, m))


def _backer(end: int, index: MentionIndex, hyphen_words: Iterable[str]) -> bool:
    """Whether a name ending at ``end`` only qualifies the noun: "Iran" in "the Iran-backed militia"."""
    doc = index.doc
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in hyphen_words


def _demonym(token: Token, named: Mention) -> bool:
    """Whether a modifier is a state's adjective: "Malian" in "the Malian militant group", not "Mali" itself."""
    return named.label == "Country" and token.pos_ == "ADJ" and token.dep_ == "amod" and token.text != named.name


def is_described_group(token: Token, index: MentionIndex) -> bool:
    """ "The Iran-backed militia", "the jihadist group": a group noun with modifiers that points back to an
    organisation named before."""
    if token.pos_ != "NOUN" or token.lower_ not in index.group_nouns or len(list(token.lefts)) < 2:
        return False
    return described(token, index, demonyms=True)


def is_country_reference(token: Token, index: MentionIndex) -> bool:
    """ "The country", "the kingdom": the country named before."""
    return token.pos_ == "NOUN" and token.lower_ in reference_words()[1] and described(token, index)


SUBJECT_DEPS = {"nsubj", "nsubjpass"}  # a clause's subject
QUOTES = {'"', "“", "”", "«", "»"}


@cache
def group_kinds() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Kinds a group noun never stands for, the nouns that may stand for a state's force or a mission's all the
    same, and the kinds of those."""
    data = load_seed_yaml("relations.yaml")["references"]
    return frozenset(data["not_group_kinds"]), frozenset(data["force_nouns"]), frozenset(data["force_kinds"])


@cache
def armed_nouns() -> frozenset[str]:
    """The nouns that stand only for an armed group ("the militia", "the rebels")."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["armed_nouns"])


@cache
def party_nouns() -> frozenset[str]:
    """The nouns that stand only for a party ("the party")."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["party_nouns"])


def group_fits(word: str, mention: Mention) -> bool:
    """Whether a group noun may stand for an organisation: "the militia" for an armed group only, "the group" for
    no army, ministry, international body or news outlet, "the force" for an army or a mission too.

    >>> m = Mention(0, 1, 0, 3, "Ansar", "Organization", "Ansar", "political_party")
    >>> group_fits("group", m), group_fits("militia", m)
    (True, False)
    """
    never, forces, force_kinds = group_kinds()
    if word in armed_nouns():
        return mention.kind == "armed_group"
    return mention.kind not in never or (word in forces and mention.kind in force_kinds)


@cache
def movement_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that stand for an armed group or a party where one was named ("the movement"), and those kinds."""
    data = load_seed_yaml("relations.yaml")["references"]
    return frozenset(data["movement_nouns"]), frozenset(data["movement_kinds"])


@cache
def business_nouns() -> frozenset[str]:
    """The nouns (lemmas) a page describes a business by ("TotalEnergies, the French oil company")."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["business_nouns"])


def _unread_body(mention: Mention, index: MentionIndex) -> bool:
    """Whether an organisation is one of no kind read that the page never describes as a business: "the movement"
    may stand for it ("Al-Karama seized three ships ... The movement's leader"), not for "X, an oil company"."""
    if not kind_unread(mention):
        return False
    same = (m for m in index.mentions if m.name == mention.name)
    nouns = (n for m in same for n in describing_nouns(index.doc[m.start : m.end]))
    return all(n.lemma_.lower() not in business_nouns() for n in nouns)


def is_party(mention: Mention) -> bool:
    """Whether an organisation is a party: by its kind or by its name ("Communist Party of India (Maoist)").

    >>> is_party(Mention(0, 1, 0, 4, "PLGA", "Organization", "PLGA", "armed_group"))
    False
    """
    return mention.kind == "political_party" or "party" in mention.name.lower().split()


@cache
def inner_body_words() -> frozenset[str]:
    """The words that name a body inside an organisation ("Jihad Council", "Unit 29155")."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["inner_body_words"])


def is_inner_body(mention: Mention) -> bool:
    """Whether an organisation's name is that of a body inside another (a council, a unit), which "the group"
    stands for only when no other organisation fits.

    >>> is_inner_body(Mention(0, 2, 0, 13, "Jihad Council", "Organization", "Jihad Council", "armed_group"))
    True
    >>> is_inner_body(Mention(0, 1, 0, 9, "Hezbollah", "Organization", "Hezbollah", "armed_group"))
    False
    """
    return not inner_body_words().isdisjoint(mention.name.lower().split())


@cache
def armed_owners() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of fighters, whose owner is an organisation under arms, and the kinds of organisation never one."""
    data = load_seed_yaml("relations.yaml")["references"]
    return frozenset(data["armed_member_nouns"]), frozenset(data["unarmed_kinds"])


def may_own_fighters(reference: Token, mention: Mention) -> bool:
    """Whether a possessive reference may stand for a mention given what it owns: "its fighters" an organisation
    that is not an army, a ministry, an international body or a news outlet, never a state; anything else anyone.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["its", "fighters"], heads=[1, 1], deps=["poss", "ROOT"])
    >>> state = Mention(0, 1, 0, 13, "United States", "Country", "United States")
    >>> group = Mention(0, 1, 0, 4, "JNIM", "Organization", "JNIM", "armed_group")
    >>> may_own_fighters(doc[0], state), may_own_fighters(doc[0], group)
    (False, True)
    """
    nouns, unarmed = armed_owners()
    if reference.dep_ != "poss" or reference.head.text.lower() not in nouns:
        return True
    return mention.label == "Organization" and mention.kind not in unarmed


def fitting(reference: Token, earlier: list[Mention], index: MentionIndex) -> list[Mention]:
    """The earlier mentions a reference may stand for: "the militia" only an armed group, "the group" not an army
    or a ministry, "the party" a party where one was named, "the movement" an armed group, a party or a body of no
    kind the page reads where one was named, "it" not a news outlet (nor a state when it claims a deed), "he" in a
    later sentence not a byline nor the speaker of a quotation, nor anyone named before them (but the speaker himself
    when "he" speaks on in the next sentence: :func:`speaks_on`), "its fighters" no state nor ministry."""
    earlier = [m for m in earlier if may_own_fighters(reference, m)]
    word = reference.lower_
    if reference.pos_ == "NOUN" and word in index.group_nouns:
        fits = [m for m in earlier if group_fits(word, m)]
        parties = [m for m in fits if is_party(m)] if word in party_nouns() else []
        whole = [m for m in fits if not is_inner_body(m)]
        movements, movement_kinds = movement_words()
        if word in movements:  # "the movement": an armed group, a party or a group of no kind read; not a company
            whole = [m for m in whole if m.kind in movement_kinds or is_party(m) or _unread_body(m, index)] or whole
        return parties or whole or fits  # "the party": a party where one was named, not the armed wing named since
    if reference.pos_ == "NOUN":
        return earlier
    if word in load_cues().person_pronouns:
        start = reference.sent.start  # read once: ``token.sent`` walks the parse at each reading
        before = [m for m in earlier if m.end <= start]
        silent = (m for m in reversed(before) if not m.refers_back and _byline_or_speaker(m, index))
        last = next(silent, None)  # a "he" carried on (:mod:`loaders.reference_chain`) silences no one
        if last is not None and speaks_on(reference, start, last, index):
            return [m for m in earlier if m.key == last.key]  # 'X said "...". He added': X speaks on
        last_silent = -1 if last is None else last.start
        return [m for m in earlier if m.start > last_silent]
    if claims_a_deed(reference):  # "It claimed the bombing": a group, not a state
        earlier = [m for m in earlier if m.label == "Organization"]
    return [m for m in earlier if m.kind != "media"]


def relative_clause_owner(pronoun: Token, index: MentionIndex, labels: set[str]) -> Mention | None:
    """The name a relative clause holding a pronoun tells of, when its relative pronoun is the clause's subject: "X,
    a former commander who led the group until he was killed" (X), "X, which says its fighters" (X); None outside
    such a clause or when the name's label does not fit."""
    relatives = load_cues().relative_pronouns
    for clause in pronoun.ancestors:
        if clause.dep_ != "relcl":
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in relatives and c.i < pronoun.i for c in clause.children):
            return None
        described = clause.head.head if clause.head.dep_ == "appos" else clause.head  # "X, a commander who ..."
        named = index.at(clause.head) or index.at(described) or _named_part_owner(clause, index)
        return named if named is not None and named.label in labels else None
    return None


def _named_part_owner(clause: Token, index: MentionIndex) -> Mention | None:
    """The name that closes the "of" phrase of the unnamed noun a relative clause hangs on, right before its comma:
    "the armed wing of X, which ruled the city until troops drove it out" tells of X (the parser hangs the clause
    on "wing")."""
    relative = clause.left_edge
    doc = clause.doc
    if relative.i < 2 or doc[relative.i - 1].text != "," or index.at(clause.head) is not None:
        return None
    named = index.at(doc[relative.i - 2])
    if named is None:
        return None
    head = doc[named.end - 1]
    of = head.head
    return named if head.dep_ == "pobj" and of.lower_ == "of" and of.head == clause.head else None


FRONTED_DEPS = {"prep", "advcl", "npadvmod"}  # a phrase set before a clause's subject: "After his ...", "When he ..."


def fronted_subject(pronoun: Token, index: MentionIndex, labels: set[str]) -> Mention | None:
    """The name the clause's subject gives, after a pronoun in a phrase set before that subject: "After his mutiny
    against the ministry, Prigozhin died", "In a letter released by his lawyer, X said", "When he took office, X"
    (X); a thing pronoun only in a phrase without a clause of its own ("In its annual report, X said", not "After its
    fighters took Goma, Rwanda denied"). None when the subject is no name or its label does not fit.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("After his arrest, Ali Musa was sent to Rome.")
    >>> ali = Mention(4, 6, 0, 0, "Ali Musa", "Person", "Ali Musa")
    >>> fronted_subject(doc[1], MentionIndex(doc, [ali]), {"Person"}).name
    'Ali Musa'
    """
    person = pronoun.lower_ in load_cues().person_pronouns
    branch, doc = pronoun, pronoun.doc
    tree = tree_of(doc)  # each head's children read by position, a token made only of its subjects
    for head in pronoun.ancestors:
        subjects = [doc[c] for c in tree.children[head.i] if tree.dep[c] in SUBJECT_DEPS]
        if head.pos_ in {"VERB", "AUX"} and subjects and branch.dep_ in FRONTED_DEPS:
            subject = subjects[0]
            named = index.at(subject)
            if subject.i <= pronoun.i or branch.i > subject.left_edge.i or named is None:
                return None
            return named if named.label in labels else None
        if subjects and not person and pronoun not in subjects:  # "After its fighters took Goma": a clause of its own
            return None
        branch = head
    return None


def named_in_own_sentence(pronoun: Token, earlier: list[Mention]) -> Mention | None:
    """The actor a person pronoun or a possessive inside a relative or adverbial clause stands for when its own
    sentence names one before it and names none as a subject there: the latest of them ("X's death came days after
    the group released a recording in which he claimed"; "... then by X, a commander who led the group until he
    was killed"; "X had led the group since 2009, when its founder died": the group's founder), not a subject of
    the sentences before."""
    if not any(t.dep_ in {"relcl", "advcl"} for t in pronoun.ancestors):
        return None
    start = pronoun.sent.start  # read once: ``token.sent`` walks the parse at each reading
    named = [m for m in earlier if m.start >= start and m.end <= pronoun.i]
    if not named or any(pronoun.doc[m.end - 1].dep_ in SUBJECT_DEPS for m in named):
        return None
    return named[-1]


def coordinated_owner(pronoun: Token, index: MentionIndex) -> tuple[bool, Mention | None]:
    """Whether a possessive pronoun's noun is coordinated with a name ("Fly Sahara, a cargo airline, and its
    chief", "Khazali and his deputy": the name, or the one a description in apposition stands for), and the
    mention it names, or None when the name is read only in part ("Fly Baghdad" with "Baghdad" alone named)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.i <= noun.head.i:
        return False, None
    partner = noun.head
    if index.at(partner) is None and partner.dep_ == "appos":
        partner = partner.head
    named = index.at(partner)
    if named is None:
        return False, None
    whole = all(index.at(c) is named for c in partner.lefts if c.dep_ == "compound")
    return True, named if whole else None


@cache
def owner_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of an actor left unnamed that a pronoun in their clause may belong to ("the junta", "officials"),
    and those of them that are references themselves ("the group", "the militants")."""
    data = load_seed_yaml("relations.yaml")
    references = data["references"]["country_nouns"] + data["group_nouns"] + data["named_heads"]
    references = frozenset(references + data["plural_references"])
    return frozenset(data["references"]["owner_nouns"]) | references, references


@cache
def observer_nouns() -> frozenset[str]:
    """The nouns (lemmas) of people who tell of others ("analysts", "experts", the hostility block's
    ``observer_nouns``): a pronoun other than a subject in what they say is never theirs ("analysts say rivalries
    among them sharpened")."""
    return frozenset(load_seed_yaml("relations.yaml")["hostility"]["observer_nouns"])  # else a SeedKeyError


def told_of_by_observers(noun: Token, pronoun: Token) -> bool:
    """Whether a noun names observers and the pronoun is no subject: "them" of "analysts say rivalries among them
    sharpened" is not the analysts."""
    return pronoun.dep_ not in SUBJECT_DEPS and noun.lemma_.lower() in observer_nouns()


def owning_noun(pronoun: Token, index: MentionIndex) -> Token | None:
    """The unnamed actor's noun before a thing pronoun in its sentence that the pronoun belongs to, rather than to a
    name further back: the noun its own noun is coordinated with ("the junta and its backers", "to the junta and to
    its backers"), or the subject of its clause when that is an actor's noun of the pronoun's number ("the
    government said its forces", "the party is headed by its secretary", "officials said they"; never its own
    verb's subject when it is the verb's object: "the government blamed it"); None when a name stands there or no
    such noun does.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("The government said its forces had killed the commander.")
    >>> owning_noun(doc[3], MentionIndex(doc, [])).text
    'government'
    """
    plural = pronoun.lower_ in {"they", "their", "them"}
    possessive = pronoun.dep_ == "poss"
    partner = _coordinated_noun(pronoun.head) if possessive else None
    if partner is not None:
        return None if partner.i in index.by_token or partner.pos_ != "NOUN" else partner
    verbs = [t for t in pronoun.ancestors if t.pos_ in {"VERB", "AUX"}]
    if not possessive and pronoun.dep_ not in SUBJECT_DEPS:
        verbs = verbs[1:]  # "the government blamed it": never its own verb's subject
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
        subject = next((c for c in subjects if pronoun not in c.subtree), None)
        if subject is None:
            continue
        fits = subject.lower_ in owner_nouns()[0] and subject.tag_ == ("NNS" if plural else "NN")
        fits = fits and not told_of_by_observers(subject, pronoun)
        return subject if fits and subject.i not in index.by_token and subject.pos_ == "NOUN" else None
    return None


def subject_noun_before(pronoun: Token, index: MentionIndex) -> Token | None:
    """The unnamed actor's noun that the sentence before a thing pronoun, in its paragraph, has as its main subject,
    of the pronoun's number, when nothing named is a subject between them: "The military government, led by X, has
    reshaped the country's alliances. It ordered French troops to leave" (the government, not a court named in the
    paragraph before)."""
    start = pronoun.sent.start
    if start == 0:
        return None
    before, paragraph = pronoun.doc[start - 1].sent, index.scope.paragraph_start
    if paragraph(before.start_char) != paragraph(pronoun.idx):
        return None
    if any(index.deps[m.end - 1] in SUBJECT_DEPS for m in index.inside(pronoun.sent) if m.end <= pronoun.i):
        return None
    plural = pronoun.lower_ in {"they", "their", "them"}
    subject = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i in index.by_token or subject.pos_ != "NOUN":
        return None
    fits = subject.lower_ in owner_nouns()[0] and subject.tag_ == ("NNS" if plural else "NN")
    return subject if fits and any(c.lower_ in load_cues().definite for c in subject.lefts) else None


OBJECT_DEPS = {"dobj", "dative", "pobj"}  # a pronoun as a verb's object, or in a phrase below it ("sanctions on it")


def is_object_reference(reference: Token) -> bool:
    """Whether a reference is its verb's object: a pronoun as one, or in a phrase below one ("sanctions on it"); a
    noun only as the direct object ("The Centre banned the group"; "X named Y leader of the group" may be X's).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The army banned the group and named a leader of the party.")
    >>> is_object_reference(doc[4]), is_object_reference(doc[11])
    (True, False)
    """
    if reference.pos_ == "PRON":
        return reference.dep_ in OBJECT_DEPS
    return reference.pos_ == "NOUN" and reference.dep_ == "dobj"


def own_verb_subjects(pronoun: Token, index: MentionIndex) -> list[Mention]:
    """The mentions an object pronoun cannot stand for: the subject of its own verb ("The State Department
    designated it", "The UN imposed sanctions on it", "Khazali met him": not the department, the UN, Khazali; a
    reflexive would say so); so for a noun as its verb's direct object ("The Centre banned the group": not the
    Centre). A verb without a subject of its own takes that of the verb it is coordinated with.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("The UN sanctioned it.")
    >>> un = Mention(1, 2, 4, 6, "UN", "Organization", "United Nations", "international")
    >>> [m.name for m in own_verb_subjects(doc[3], MentionIndex(doc, [un]))]
    ['United Nations']
    """
    if not is_object_reference(pronoun):
        return []
    verb = next((t for t in pronoun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    while verb is not None and verb.dep_ == "conj" and not has_child(verb, SUBJECT_DEPS):
        verb = verb.head  # "The UN met in May and sanctioned it": the UN
    if verb is None:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i]
    return [m for c in subjects for t in c.subtree if (m := index.at(t)) is not None and index.doc[m.end - 1] == c]


def object_before(pronoun: Token, earlier: list[Mention]) -> Mention | None:
    """For an object pronoun, the latest of the mentions it may stand for that its own sentence names before it as the
    object of a verb of the same lemma as its own: "The State Department designated Hizballah in 1997, and OFAC
    designated it in 2001" (Hizballah, not the department, the first clause's subject; "X was named leader,
    succeeding Y; the Treasury designated him" is X).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Canada listed Hamas in 2002 and Japan listed it in 2005.")
    >>> hamas = Mention(2, 3, 14, 19, "Hamas", "Organization", "Hamas", "armed_group")
    >>> object_before(doc[8], [hamas]).name
    'Hamas'
    """
    if not is_object_reference(pronoun):
        return None
    verb = next((t for t in pronoun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    objects = []
    for m in earlier:
        head = pronoun.doc[m.end - 1]
        if m.start >= pronoun.sent.start and head.dep_ in {"dobj", "dative"} and head.head.lemma_ == verb.lemma_:
            objects.append(m)
    return objects[-1] if objects else None


@cache
def deed_verbs() -> frozenset[str]:
    """The verbs whose object is a deed, not an actor ("condemned it": the attack), from ``condemned_deeds``."""
    return frozenset(load_seed_yaml("relations.yaml")["condemned_deeds"]["verbs"])


def names_a_deed(pronoun: Token) -> bool:
    """Whether "it" is the object of a verb of condemning: "Gunmen bombed a market. The AU condemned it" (the
    bombing, no actor).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The AU condemned it.")
    >>> names_a_deed(doc[3]), names_a_deed(doc[1])
    (True, False)
    """
    return pronoun.lower_ == "it" and pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in deed_verbs()


def own_clause_subject(pronoun: Token, index: MentionIndex, earlier: list[Mention]) -> Mention | None:
    """The named subject of the clause whose object a possessive stands in: "The Houthis say they will stop when
    Israel ends its war in Gaza" (Israel's war, not the Houthis'), among the mentions it may stand for."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "dobj":
        return None
    verb = pronoun.head.head
    return _sole_named([c for c in verb.children if c.dep_ == "nsubj"], index, earlier)


def passive_agent(pronoun: Token, index: MentionIndex, earlier: list[Mention]) -> Mention | None:
    """The named "by" agent of the passive verb whose phrase a possessive stands in: "drones used by Russia in its
    war against Ukraine" (Russia's war, not the war of the sentence's subject), among the mentions it may stand for.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("The EU listed drones used by Chad in its war.")
    >>> chad = Mention(6, 7, 29, 33, "Chad", "Country", "Chad", None)
    >>> passive_agent(doc[8], MentionIndex(doc, [chad]), [chad]).name
    'Chad'
    """
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    by = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return _sole_named(by, index, earlier)


def _sole_named(tokens: list[Token], index: MentionIndex, earlier: list[Mention]) -> Mention | None:
    """The one mention the tokens end, if it is among those a possessive may stand for."""
    named = [m for t in tokens if (m := index.at(t)) is not None and m.end - 1 == t.i]
    return named[0] if len(named) == 1 and named[0] in earlier else None


def _coordinated_noun(noun: Token) -> Token | None:
    """The noun an earlier one is coordinated with: "junta" for "backers" in "the junta and its backers" or "to the
    junta and to its backers"."""
    if noun.dep_ == "conj" and noun.head.i < noun.i:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "conj" and prep.head.dep_ == "prep" and prep.head.i < prep.i:
        return next((c for c in prep.head.children if c.dep_ == "pobj"), None)
    return None


@cache
def speech_verbs() -> frozenset[str]:
    """The verbs (lemmas) by which a quoted speaker goes on speaking in the next sentence: the reporting verbs and
    ``references.continued_speech_verbs`` ("He warned", "He vowed")."""
    return load_cues().reporting | frozenset(load_seed_yaml("relations.yaml")["references"]["continued_speech_verbs"])


def speaks_on(pronoun: Token, start: int, speaker: Mention, index: MentionIndex) -> bool:
    """Whether a pronoun, the subject of a verb of saying in the sentence starting at token ``start``, goes on with the
    quoted speaker of the sentence just before it in its paragraph: 'X said the attack had been "repulsed". He added
    that ...', '... "We will respond," he said', 'He warned that ...' (X); not a "he" of another deed ("He was
    appointed head of Y")."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.lemma_.lower() not in speech_verbs():
        return False
    if start == 0 or speaker.start < index.doc[start - 1].sent.start:
        return False  # named two sentences back or more
    return index.scope.paragraph_start(speaker.start_char) == index.scope.paragraph_start(pronoun.idx)


def _byline_or_speaker(mention: Mention, index: MentionIndex) -> bool:
    """Whether a person is named in a byline ("By Jane Doe") or as the speaker of a quotation (asked once a
    mention: the answers are kept with the document)."""
    known = index.doc.user_data.setdefault("silent_persons", {})
    if mention.start not in known:
        known[mention.start] = _silent(index.doc[mention.end - 1])
    return known[mention.start]


def _silent(head: Token) -> bool:
    sent = head.sent
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.i <= sent.start + 1:
        return True
    if not any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return True
    reporting = load_cues().reporting
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in reporting and any(t.text in QUOTES for t in sent)
