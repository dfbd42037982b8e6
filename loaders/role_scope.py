"""How far a role reaches and whose it is: "a leader of X" and "leaders of X" are some of its leaders, "the UN
peacekeeping chief" and "Uganda's military chief" head one of its services (both belong to it rather than lead it);
"Hamas's representative in Lebanon" serves Hamas, not the country posted to; a singular title in apposition is of the
name written right before it, not of the names coordinated with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graph.slug import name_key
from loaders.cues import load_cues
from loaders.described_kinds import UNKNOWN_KIND
from loaders.doc_tree import has_child
from loaders.hostility import load_hostility_cues
from loaders.mentions import Mention
from loaders.role_types import role_types
from loaders.syntax import MentionIndex, actors_of, agents_of, is_definite_group, prep_chain, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader


def one_of_several(noun: Token) -> bool:
    """ "X, a leader of Y", "X is a Hamas leader", "X and Z, leaders of Y": one of the leaders, not the head; but "X,
    a former leader of Y" is one of its past heads."""
    if noun.tag_ in {"NNS", "NNPS"}:
        return True
    if has_child(noun, {"amod"}, role_types().former_words):
        return False
    return has_child(noun, {"det"}, load_cues().indefinite)


def sole_rank(noun: Token, index: MentionIndex) -> bool:
    """Whether a singular rank is held by the one who heads the body: owned by a possessive ("the SDF's commander, X",
    "its then commander X") or given with "of" a name and no article ("X, then commander of the Hamza Division"),
    with only words of time before it, or right after a body's name that "the" opens ("the TDF commander X", "the
    late IRGC-QF commander X"); not "its military commander", "a commander of Y" nor "Hezbollah commander X" (one of
    its members) nor "commander of the Houthi air force" (of a part)."""
    if noun.tag_ not in {"NN", "NNP"}:
        return False
    doc, at = noun.doc, _before_time_words(noun.doc, noun.i - 1, noun.sent.start)
    before = doc[at] if at >= noun.sent.start else None
    if before is not None and (before.tag_ in {"PRP$", "POS"} or _title_of_body_named_with_the(noun, before, index)):
        return True
    bare = before is None or before.is_punct or before.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}
    return bare and any(index.at(t) is not None for t in prep_objects(noun, {"of"}))


def _title_of_body_named_with_the(rank: Token, word: Token, index: MentionIndex) -> bool:
    """Whether a rank titles the name right after it and follows a word ending an organisation's name that "the"
    opens, with only words of time between ("the TDF commander X", "the late IRGC-QF commander X"): the one body's
    commander; not "X, the Abu Sayyaf commander who ..." (said of a name before it: one of its commanders)."""
    named, titled = index.at(word), index.at(rank.nbor()) if rank.i + 1 < len(rank.doc) else None
    if named is None or named.label != "Organization" or named.end != word.i + 1:
        return False
    if titled is None or titled.label != "Person" or titled.start != rank.i + 1:
        return False
    at = _before_time_words(word.doc, named.start - 1, word.sent.start)
    return at >= word.sent.start and word.doc[at].lower_ == "the"


def _before_time_words(doc: Doc, at: int, floor: int) -> int:
    """The position of the first word at or before ``at`` (down to ``floor``) that is no word of time or tenure
    ("then", "late", "former"), or ``floor - 1`` when there is none."""
    cues = role_types()
    words = cues.tenure_words | cues.former_words
    while at >= floor and doc[at].lower_ in words:
        at -= 1
    return at


def commands_a_state_force(title: Span, named: list[Mention]) -> bool:
    """Whether a rank that ends a title is held by the head of the force, branch, command or service named right
    before it: "CENTCOM commander General Y", of a body of a state's kind, or "Quds Force commander X", of a body whose
    name ends in a unit's noun (``part_bodies``) when the page tells no kind (such a unit has one commander);
    "Hezbollah commander X", of an armed group or a party, or "JAN commander X", of a body of no kind, is one of
    many.

    >>> from spacy.lang.en import English
    >>> doc = English()("Quds Force commander Qassem Soleimani")
    >>> force = Mention(0, 2, 0, 10, "Quds Force", "Organization", "Quds Force", kind=UNKNOWN_KIND)
    >>> group = Mention(0, 2, 0, 10, "Quds Force", "Organization", "Quds Force", kind="armed_group")
    >>> commands_a_state_force(doc[:3], [force]), commands_a_state_force(doc[:3], [group])
    (True, False)
    """
    body = named[-1] if named else None
    if body is None or body.label != "Organization" or body.end != title.end - 1:
        return False
    if body.kind in role_types().member_kinds:
        return False
    unit = body.name.lower().split()[-1] in load_cues().part_bodies
    return body.kind not in {None, UNKNOWN_KIND} or unit


def led_by_owner(index: MentionIndex, owner: Token) -> list[Mention]:
    """What the person named last before a possessive pronoun in its sentence leads, for a deputy's title after it:
    "Hamas leader Z and his deputy X" (X is Hamas's deputy); none for any other word, no person named before it in
    the sentence, or one said to lead nothing."""
    if owner.tag_ != "PRP$" or owner.lower_ not in load_cues().person_pronouns:
        return []
    start = owner.sent.start  # read once: ``token.sent`` walks the parse at each reading
    named = [m for m in index.mentions if start <= m.start and m.end <= owner.i and m.label == "Person"]
    led = index.groups.get(named[-1].key) if named else None
    return [led] if led is not None else []


def heads_a_service(reader: DocReader, words: Span | list[Token]) -> bool:
    """Whether the words before a head's title name a service: "UN peacekeeping chief", "military chief"."""
    return any(t.lower_ in reader.cues.service_words for t in words)


def names_the_service(reader: DocReader, words: Span | list[Token], org: Mention) -> bool:
    """Whether every service word before a head's title is a word of the body's own name, so that he heads that body:
    the Israeli military of "Israeli military chief X", the Colombian National Police of "Colombia's national police
    chief"; not the UN of "UN peacekeeping chief X", the Israeli military of "Israeli military intelligence chief",
    nor the Kenya Defence Forces of "chief of staff of the Kenya Defence Forces under President X".

    >>> from types import SimpleNamespace
    >>> from spacy.lang.en import English
    >>> reader = SimpleNamespace(cues=load_cues())
    >>> doc = English()("Israeli military intelligence chief")
    >>> force = Mention(0, 2, 0, 16, "Israeli military", "Organization", "Israeli military")
    >>> names_the_service(reader, doc[:2], force), names_the_service(reader, doc[:3], force)
    (True, False)
    """
    own = {w.strip("'’").removesuffix("'s").removesuffix("’s") for w in f"{org.text} {org.name}".lower().split()}
    services = [t.lower_ for t in words if t.lower_ in reader.cues.service_words]
    right_before = len(words) > 0 and words[-1].lower_ in reader.cues.service_words  # not "Y under" of "Y under Z"
    return right_before and all(w in own for w in services)


CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}


def objects_outside_clauses(noun: Token) -> list[Token]:
    """The objects of a role noun's prepositions, however deep ("one of the factions of the Y"), but not those of a
    clause on it ("a commander in the militia X, where he led attacks against the Iraqi army" is not of the army) nor
    of a side by side ("the police's battalion, X, together with the Highway Police" is not of the Highway Police)
    nor of a standing ("one of the commanders on good terms with the group" is not of the group; `standing_nouns`)."""
    found, stack, beside = [], [noun], set(companions(noun))
    standings = role_types().standing_nouns
    while stack:
        for child in stack.pop().children:
            if child.dep_ in CLAUSES or (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}) or _beside(child):
                continue
            if child.dep_ == "pobj" and {child.lower_, child.lemma_.lower()} & standings:
                continue
            if child.dep_ == "pobj" and child not in beside:
                found.append(child)
            stack.append(child)
    return sorted(found, key=lambda t: t.i)


def shared_role_objects(noun: Token, preps: frozenset[str], role_words: frozenset[str]) -> list[Token]:
    """The objects a role noun with no owner of its own shares with the role coordinated right beside it, however
    the parse hangs the preposition: Hamas for both roles of "a former leader and spokesman of Hamas" (on "leader")
    and of "the spokesman and deputy leader of Hamas" (on "leader"); not Hamas for "member" in "the leader of Hamas
    and a member of parliament" (the phrase comes before it).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("X, a former leader and spokesman of Hamas, was arrested.")
    >>> [t.text for t in shared_role_objects(doc[6], frozenset({"of"}), frozenset({"leader", "spokesman"}))]
    ['Hamas']
    """
    if any(_owner_word(c) for c in noun.lefts):
        return []  # "the group's founder and leader of its wing", "a GRU officer and commander of Y": its own owner
    if noun.dep_ == "conj" and _coordinated_roles(noun.head, noun, role_words):
        return [o for o in prep_chain(noun.head, preps) if o.i > noun.i]
    partners = [c for c in noun.children if c.dep_ == "conj" and _coordinated_roles(noun, c, role_words)]
    return [o for p in partners for o in prep_chain(p, preps)]


def own_role_objects(noun: Token, objects: list[Token], role_words: frozenset[str]) -> list[Token]:
    """The objects of a role noun's prepositions that are its own: for a role with an owner of its own, none written
    after a role coordinated right beside it, whose they are though the parse hangs them on the first ("Lashkar's
    founder and head of its charity wing": the wing is the head's, Lashkar the founder's)."""
    if not any(_owner_word(c) for c in noun.lefts):
        return objects
    partners = [c.i for c in noun.children if c.dep_ == "conj" and _coordinated_roles(noun, c, role_words)]
    return [o for o in objects if not partners or o.i < min(partners)]


def _owner_word(word: Token) -> bool:
    """Whether a word before a role noun names whose role it is: a possessive or a name ("Hamas's", "GRU")."""
    return word.dep_ == "poss" or (word.dep_ in {"compound", "nmod"} and word.pos_ == "PROPN")


def _coordinated_roles(first: Token, second: Token, role_words: frozenset[str]) -> bool:
    """Whether two role nouns are joined by a bare "and", the second with no article of its own ("leader and
    spokesman", "chairman and chief executive"; not "the vice-president and a former chief of Y")."""
    doc = first.doc
    joined = first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "and" and second.left_edge.i == first.i + 2
    joined = joined and not has_child(second, {"det"})
    return joined and all({t.lower_, t.lemma_.lower()} & role_words for t in (first, second))


def bearers_beside(as_prep: Token) -> list[Token]:
    """The names a "with" phrase sets beside an "as" that gives a role: Z of "X leads Y, with Z as his deputy", however
    the parse hangs the "as" (on Z, on the name or the verb the "with" hangs on); none for "X, as head of Y, met Z".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hezbollah is led by Hassan Nasrallah, with Naim Qassem as its deputy leader.")
    >>> [t.text for t in bearers_beside(doc[10])]
    ['Qassem']
    """
    preps, head = role_types().bearer_preps, as_prep.head
    if head.dep_ == "pobj" and head.head.lower_ in preps:
        return [head]
    beside = [c for c in head.children if c.dep_ == "prep" and c.lower_ in preps and c.i < as_prep.i]
    return [o for c in beside for o in c.children if o.dep_ == "pobj" and o.i < as_prep.i]


def controllers(noun: Token) -> list[Token]:
    """The bodies a participle of control gives a part's noun to: the IRGC of "a unit controlled by the IRGC" (the
    whole the unit is a part of, as in "a unit of the IRGC").

    >>> from loaders.nlp import load_nlp
    >>> [t.text for t in controllers(load_nlp()("The brigade is a unit controlled by the IRGC.")[4])]
    ['IRGC']
    """
    participles = role_types().control_participles
    found = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in participles]
    return [a for c in found for a in agents_of(c)]


def companions(noun: Token) -> list[Token]:
    """The names a role noun shares its role with, set off by a comma right after it: A of "X is a member, with A
    and B, of Y" (the preposition's objects; their coordinated names come with them); "a commander with Y" has none.

    >>> import spacy
    >>> doc = spacy.blank("en")("X is a member , with A , of Y")
    >>> for i, (head, dep) in enumerate([(1, "nsubj"), (1, "ROOT"), (3, "det"), (1, "attr"), (3, "punct"),
    ...                                  (3, "prep"), (5, "pobj"), (6, "punct"), (6, "prep"), (8, "pobj")]):
    ...     doc[i].head, doc[i].dep_ = doc[head], dep
    >>> [t.text for t in companions(doc[3])]
    ['A']
    """
    words = role_types()
    preps = [
        c
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in words.companion_preps and c.i > 0 and c.nbor(-1).text == ","
    ]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"] + _companions_after_whole(noun)


def fellows_before(noun: Token) -> list[Token]:
    """The names coordinated before a plural role that a word of fellowship opens: A and B of "killed A, B and other
    members of Y", of "arrested A and three fellow commanders of Y" (each one of the role's holders); none for any
    other role noun, nor for the parts of a whole ("Swat, Shangla and other parts of Y").

    >>> import spacy
    >>> doc = spacy.blank("en")("killed A , B and other members of Y")
    >>> for i, (head, dep) in enumerate([(0, "ROOT"), (0, "dobj"), (1, "punct"), (1, "conj"), (3, "cc"), (6, "amod"),
    ...                                  (3, "conj"), (6, "prep"), (7, "pobj")]):
    ...     doc[i].head, doc[i].dep_ = doc[head], dep
    >>> doc[6].tag_, doc[1].pos_, doc[3].pos_ = "NNS", "PROPN", "PROPN"
    >>> [t.text for t in fellows_before(doc[6])]
    ['A', 'B']
    """
    words = role_types()
    if noun.dep_ != "conj" or noun.tag_ not in {"NNS", "NNPS"} or noun.lemma_.lower() in words.direct_whole_roles:
        return []  # not "Swat, Shangla and other parts of Khyber Pakhtunkhwa"
    if not has_child(noun, {"amod"}, words.fellow_words):
        return []
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return [t for t in [first, *first.conjuncts] if t.i < noun.i and t.pos_ == "PROPN" and not _titled_head(t)]


def role_past_object(noun: Token, role_words: frozenset[str]) -> Token | None:
    """The role a second role is coordinated with when the parser hangs it on the first role's object: "founder" of
    "X, the founder of A and deputy chairman of B" and of "X is the founder of A and deputy chairman of B" (whose
    holder holds both); None unless the first role's object is told with "of" and the second role, a common noun
    with a preposition of its own, follows it.

    >>> import spacy
    >>> doc = spacy.blank("en")("X , the founder of A and chairman of B")
    >>> for i, (head, dep) in enumerate([(0, "ROOT"), (0, "punct"), (3, "det"), (0, "appos"), (3, "prep"),
    ...                                  (4, "pobj"), (5, "cc"), (5, "conj"), (7, "prep"), (8, "pobj")]):
    ...     doc[i].head, doc[i].dep_ = doc[head], dep
    >>> doc[3].pos_, doc[7].pos_ = "NOUN", "NOUN"
    >>> role_past_object(doc[7], frozenset({"founder", "chairman"})).text
    'founder'
    >>> role_past_object(doc[3], frozenset({"founder", "chairman"})) is None
    True
    """
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or not has_child(noun, {"prep"}):
        return None
    owned, prep = noun.head, noun.head.head
    if owned.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of" or owned.i > noun.i:
        return None
    first = prep.head
    if first.pos_ != "NOUN" or not {first.lower_, first.lemma_.lower()} & role_words:
        return None
    return first


def _titled_head(name: Token) -> bool:
    """Whether a name carries a title of a head or a deputy ("Political Bureau Chief X", "his deputy X"), whose
    holder the fellows of a plural role do not count among them; a rank ("senior commander X") does not."""
    cues = load_cues()
    titles = [c for c in name.children if c.dep_ in {"compound", "appos"}]
    if name.dep_ == "appos":
        titles.append(name.head)
    types = {cues.role_of((t.lower_,)) for t in titles if t.lower_ not in cues.rank_roles}
    return bool(types & {"LEADS", "DEPUTY_OF"})


def _companions_after_whole(noun: Token) -> list[Token]:
    """The names a part shares its whole with, after the whole: A and B of "X is part of Y with A and B" (the
    preposition hung on the whole or on the role noun after it); only names, and only for a role of
    ``shared_whole_roles`` ("a commander of Y with A" is no such sharing).

    >>> import spacy
    >>> doc = spacy.blank("en")("X is part of Y with A")
    >>> for i, (head, dep, pos) in enumerate([(1, "nsubj", "PROPN"), (1, "ROOT", "AUX"), (1, "attr", "NOUN"),
    ...                                       (2, "prep", "ADP"), (3, "pobj", "PROPN"), (4, "prep", "ADP"),
    ...                                       (5, "pobj", "PROPN")]):
    ...     doc[i].head, doc[i].dep_, doc[i].pos_ = doc[head], dep, pos
    >>> [t.text for t in _companions_after_whole(doc[2])]
    ['A']
    """
    words = role_types()
    if noun.lemma_.lower() not in words.shared_whole_roles and noun.lower_ not in words.shared_whole_roles:
        return []
    wholes = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if not wholes:
        return []
    preps = [
        c
        for holder in [noun, *wholes]
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in words.companion_preps and c.i > wholes[0].i
    ]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]


def owner_of_part(reader: DocReader, part: Mention) -> Mention | None:
    """The organisation a named part is written as owned by: the FARC of "the FARC's Eastern Bloc", or the one a
    possessive that refers back stands for, Hezbollah of "its Radwan Force" or "the group's Executive Council" after
    Hezbollah is named (a member of the bloc is one of the FARC too), else None."""
    if part.label != "Organization":
        return None
    sent = reader.doc[part.start].sent
    before = [m for m in reader.index.inside(sent) if m.end <= part.start]
    owner = before[-1] if before and before[-1].label == "Organization" else None
    gap = reader.words.lower[owner.end : part.start] if owner is not None else []
    if gap[:1] in (["'s"], ["'"], ["’s"]) and all(t.pos_ == "ADJ" for t in reader.doc[owner.end + 1 : part.start]):
        return owner
    return _owner_referred_to(reader, part)


def _owner_referred_to(reader: DocReader, part: Mention) -> Mention | None:
    """The organisation a possessive before a named part refers back to ("its", "the group's"), not the part itself."""
    root = reader.doc[part.end - 1]
    owners = [c for c in root.children if c.dep_ == "poss" and c.i < part.start]
    pronouns = load_cues().owner_pronouns
    for owner in (c for c in owners if c.lower_ in pronouns or is_definite_group(c, reader.index)):
        found = reader.index.antecedent(owner)
        if found is not None and found.label == "Organization" and found.key != part.key:
            return found
    return None


def _beside(prep: Token) -> bool:
    """Whether a preposition sets its object beside, not above: "alongside Y", "together with Y"."""
    cues = load_hostility_cues()
    return prep.dep_ == "prep" and (
        prep.lower_ in cues.side_by_side_preps or any(c.lower_ in cues.together_words for c in prep.children)
    )


def named_elsewhere(reader: DocReader, whole: Mention) -> bool:
    """Whether the text names an organisation on its own, not only inside a body's name: the UN of "UN Security
    Council" is a node only where the article names the UN too."""
    return any(m.actor_id == whole.actor_id for m in reader.index.mentions)


EMPLOYER_DEPS = {"poss", "compound", "amod", "nmod"}


def employer_before_posting(reader: DocReader, noun: Token, objects: list[Token], orgs: list[Mention]) -> list[Mention]:
    """The bodies a role serves: "Hamas's representative in Lebanon", "the representative of Hamas in Lebanon" and
    "the UN special envoy for Yemen" serve the body named with the title; the country or place after "in" or "for"
    is where or to whom they are posted, not their employer."""
    posted = {
        m.key
        for t in objects
        if t.dep_ == "pobj" and t.head.lower_ in role_types().posting_preps
        for m in actors_of(t, reader.index, with_preps=False)
        if m.label in {"Country", "Location"}
    }
    if not posted & {m.key for m in orgs}:
        return orgs
    before = [
        m
        for t in noun.lefts
        if t.dep_ in EMPLOYER_DEPS
        for m in actors_of(t, reader.index, with_preps=False)
        if m.label in {"Organization", "Country"}
    ]
    employers = [m for m in before + orgs if m.key not in posted]
    return list({m.key: m for m in employers}.values()) or orgs


def titled_name(reader: DocReader, noun: Token, holders: list[Mention]) -> list[Mention]:
    """Who a singular title in apposition to a name is of: the name written right before it, or else the name it
    hangs on, not the names coordinated with it ("A, a former member of parliament, and B, the current leader of
    the gang": B leads it); a plural title ("A and B, leaders of X") is of them all. A noun of a body is the
    organisation's written before it, not the person's it hangs on ("A, head of X, the largest bloc within Y": X's)."""
    own = reader.index.at(noun.head)
    if own is None or noun.tag_ in {"NNS", "NNPS"}:
        return holders
    before = name_before_comma(reader, noun)
    if before is not None and before.label == "Organization" and noun.lemma_.lower() in role_types().body_roles:
        return [before]  # "A, head of X, the largest bloc within Y": X is the bloc, whatever A is
    return [before] if before is not None and before.label == own.label else [own]


# The most words a bracket between a name and its apposition may hold: "X (XA)", "X ("Toro")", "X (also spelled Y Z)".
ASIDE_WORDS = 8


def name_before_comma(reader: DocReader, noun: Token) -> Mention | None:
    """The name written right before the comma that opens a noun's apposition, past a closing quote or a short
    bracket after it (X of "X (XA), the armed wing of Y", wherever the parser hangs the apposition), else None."""
    edge = noun.left_edge
    doc, comma = reader.doc, edge.i if edge.text == "," else edge.i - 1  # the parser may hang the comma on the noun
    if comma < 1 or doc[comma].text != ",":
        return None
    last = comma - 1
    if doc[last].text in {'"', "”", "’"} and last > 0:  # 'X, alias "Y", a commander of Z': Y
        last -= 1
    if doc[last].text == ")":  # "X (also spelled Y), a commander of Z": a bracket of a few words
        opened = next((t.i for t in doc[max(last - ASIDE_WORDS, 0) : last] if t.text == "("), None)
        last = opened - 1 if opened else last
    return reader.index.at(doc[last]) if last >= 0 else None


def set_off_after_bracket(reader: DocReader, noun: Token) -> Mention | None:
    """The name a noun phrase is set off after when a bracket closes the name before the comma ("the Y Cartel (YC),
    the X Cartel's main rival"), where the parser, lost at the bracket, hangs the noun on the verb: the name, or
    None when no bracket stands there."""
    comma = noun.left_edge.i - 1
    if comma < 2 or reader.doc[comma].text != "," or reader.doc[comma - 1].text != ")":
        return None
    return name_before_comma(reader, noun)


def joint_word(word: Token) -> bool:
    """Whether a role noun or a verb is written with a prefix of several holders: "co-founder", "co-founded".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("X, a co-founder of Y, founded Z.")
    >>> [t.text for t in doc if joint_word(t)]
    ['founder']
    """
    doc, at = word.doc, word.i
    if at < 2 or doc[at - 1].text != "-" or doc[at - 1].whitespace_ or doc[at - 2].whitespace_:
        return False
    return doc[at - 2].lower_ in role_types().joint_prefixes


def founded_jointly(verb: Token) -> bool:
    """Whether a verb of founding is written with a prefix of several founders ("co-founded Y"): each founder is a
    member of what they founded, not its head (gold splits on "founded by A and B", so two founders alone are not
    enough)."""
    return verb.lemma_.lower() in role_types().joint_founding_verbs and joint_word(verb)


def bracketed_notes(holders: list[Mention], doc: Doc) -> list[Mention]:
    """The holders that are no place noted in brackets after another holder's name: "nationals - A (Senegal), B
    (Sierra Leone) - as Hezbollah fundraisers" holds A and B, not Senegal or Sierra Leone.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A (Senegal)")
    >>> a = Mention(0, 1, 0, 1, "A", "Person", "A")
    >>> senegal = Mention(2, 3, 3, 10, "Senegal", "Country", "Senegal")
    >>> [m.name for m in bracketed_notes([a, senegal], doc)]
    ['A']
    """
    ends = {m.end for m in holders if m.label in {"Person", "Organization"}}
    return [m for m in holders if not (m.label in {"Country", "Location"} and _bracket_before(doc, m.start) in ends)]


def _bracket_before(doc: Doc, start: int) -> int | None:
    """The index of the opening bracket just before a name ("(Senegal)", "(The Gambia)"), else None."""
    i = start - 1 if start >= 1 and doc[start - 1].lower_ != "the" else start - 2
    return i if i >= 0 and doc[i].text == "(" else None


def state_force_titled(reader: DocReader, before: Span) -> Mention | None:
    """The state's force a title's words open with, where the page names that force as a body of its own: the Israeli
    military of "Israeli military spokesman X" on a page that writes "the Israeli military said" (gold links such a
    spokesman to the force, not to the state), else None."""
    words = [t for t in before if t.lower_ != "the"]
    states = [m for m in reader.index.within(before) if m.label == "Country"]
    if not states or not words or states[0].start != words[0].i:
        return None
    rest = [t for t in reader.doc[states[0].end : before.end] if t.text not in {"'s", "’s", "'"}]
    size = next(
        (n for n in range(len(rest), 0, -1) if " ".join(t.lower_ for t in rest[:n]) in reader.cues.state_forces), 0
    )  # "military" of "Israeli military spokesman Colonel"
    if not size or not all(t.is_lower for t in rest[:size]):
        return None
    key = name_key(reader.doc[words[0].i : rest[size - 1].i + 1].text)
    return next((m for m in reader.index.mentions if m.label == "Organization" and name_key(m.text) == key), None)


def lone_state_force(reader: DocReader, before: Span) -> Mention | None:
    """The one state force of its kind a title with no owner names: the army of "Army spokesman Colonel X said" on a
    page whose only army named is the Egyptian army (gold links the spokesman to the force); None where the title
    has other words, its kind is no force below the state ("Government spokesman X"), or the page names no force of
    that kind or more than one ("the Sudanese army" and "the Chadian army")."""
    words = [t for t in before if not t.is_punct]  # '"We won," military spokesman X said': not the quote mark
    kind = " ".join(t.lower_ for t in words)
    if kind not in reader.cues.state_forces or kind not in reader.cues.below_state_words:
        return None
    if words[0].i > 0 and reader.doc[words[0].i - 1].pos_ in {"DET", "PRON"}:
        return None  # "the military spokesman X" of a group the page is about, "its army chief X"
    forces = {m.key: m for m in reader.index.mentions if m.label == "Organization" and _state_force_of(reader, m, kind)}
    return next(iter(forces.values())) if len(forces) == 1 else None


def _state_force_of(reader: DocReader, mention: Mention, kind: str) -> bool:
    """Whether a mention names a state's force of a kind: a state's name or demonym, then the kind's words ("Egyptian
    army", "Nigeria's army", "Sri Lanka's military"); not a group that only calls itself one ("Arakan Army")."""
    tokens = [t for t in reader.doc[mention.start : mention.end] if t.lower_ not in {"the", "'s", "’s", "'"}]
    size = len(kind.split())
    if len(tokens) <= size or " ".join(t.lower_ for t in tokens[-size:]) != kind:
        return False
    state = reader.gazetteer.lookup(reader.doc[tokens[0].i : tokens[-size - 1].i + 1].text)
    return state is not None and state.label == "Country"
