"""The type of a role's link chosen by the body it names and the part it heads.

"X, a senior Hamas official": a senior figure of an armed group or a party is ``MEMBER_OF`` it, where a state's
official ``WORKS_FOR`` the state (the ontology's "people in organisations"). "The commander of Hezbollah's naval
sector": the head of an unnamed part of a body, named by its possessive, leads the part and is a member of the whole.
"An anti-Hamas tribal leader" is of no part of Hamas, "Malian jihadist leader X" does not lead Mali, and "a dissident
faction of the FARC" broke away from the FARC, no member of it. (Whose a
title in apposition is, "A, Chad's interior minister; B, Chad's air force chief; and C", is
:func:`loaders.role_scope.titled_name`'s.)

The cue words are the ``role_types`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml
from loaders.against_names import named_against
from loaders.cues import load_cues
from loaders.described_kinds import UNKNOWN_KIND
from loaders.mentions import Mention
from loaders.syntax import MentionIndex, actors_of, is_definite_group, prep_objects, subjects_of

PHRASE_WORDS = frozenset({"ADJ", "NOUN", "PROPN"})  # the words between a demonym and its role: "Malian jihadist leader"


@dataclass(frozen=True)
class RoleTypes:
    """The cue words of the ``role_types`` block."""

    figure_roles: frozenset[str]  # "figure", "cadre": a member of a group, an employee of a state
    member_kinds: frozenset[str]  # the kinds of organisation whose figures are members
    rank_roles: frozenset[str]  # "general", "colonel": a rank in a force, whose holder is one of its members
    member_funders: frozenset[str]  # "fundraiser": raises money for a group from within, one of its members
    part_nouns: frozenset[str]  # "sector", "command": a part of the body its possessive names
    owned_part_nouns: frozenset[str]  # "wing" of "the commander of Hezbollah's military wing": a member of Hezbollah
    side_words: frozenset[str]  # "jihadist" of "Malian jihadist leader X"
    under_prefixes: frozenset[str]  # "sub" of "sub-leader"
    assistant_words: frozenset[str]  # "assistant" of "assistant secretary-general": an aide's title, no head's
    joint_prefixes: frozenset[str]  # "co" of "co-founder", "co-founded": one of several
    joint_founding_verbs: frozenset[str]  # "found" of "co-founded": each founder a member
    posting_preps: frozenset[str]  # "in" of "Hamas's representative in Lebanon": where the holder is posted
    former_words: frozenset[str]  # "a former leader of Hamas": one of its past heads
    tenure_words: frozenset[str]  # "its then commander": words of time that leave a rank the head's
    turn_words: frozenset[str]  # "past" of "past leaders include A": heads in turn
    direct_whole_roles: frozenset[str]  # "part": of the object of its own "of" only
    partitive_roles: frozenset[str]  # "one" of "B is one of the two groups": one of a set, not its member
    tenure_preps: frozenset[str]  # "for" of "Nasrallah's deputy for three decades": a time, no place
    companion_preps: frozenset[str]  # "a member, with A and B, of Y": A and B are members beside the holder
    bearer_preps: frozenset[str]  # "with Z as his deputy": Z holds the role after the "as"
    shared_whole_roles: frozenset[str]  # "part" of "X is part of Y with A and B": A and B are parts of Y too
    among_preps: frozenset[str]  # "Among its commanders are A and B": the plural role lists A and B
    breakaway_words: frozenset[str]  # "dissident" of "a dissident faction of Y": broke away from Y
    standing_nouns: frozenset[str]  # "terms" of "on good terms with the group": a standing, not the role's body
    public_roles: frozenset[str]  # "figure" of "a Kosovo Serb figure": a state before it is his nationality
    control_participles: frozenset[str]  # "controlled" of "a unit controlled by the IRGC": a part of the IRGC
    deputy_preps: frozenset[str]  # "on" of "his deputy on the council", "to" of "a deputy to JNIM leader Y"
    leadership_nouns: frozenset[str]  # "the group's leadership includes A and B": A and B are its members
    delegation_nouns: frozenset[str]  # "the ULFA delegation included A and B": members of its named owner
    fellow_words: frozenset[str]  # "other" of "A and other members of Y": A is one of them
    body_roles: frozenset[str]  # "bloc" of "A, head of X, the largest bloc within Y": X's role, not A's
    leading_parts: frozenset[str]  # "political bureau": a part whose head heads the whole


@cache
def role_types() -> RoleTypes:
    """The ``role_types`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["role_types"]  # a missing key is a one-line SeedKeyError
    keys = (
        "figure_roles",
        "member_kinds",
        "rank_roles",
        "member_funders",
        "part_nouns",
        "owned_part_nouns",
        "side_words",
        "under_prefixes",
        "assistant_words",
        "joint_prefixes",
        "joint_founding_verbs",
        "posting_preps",
        "former_words",
        "tenure_words",
        "turn_words",
        "direct_whole_roles",
        "partitive_roles",
        "tenure_preps",
        "companion_preps",
        "bearer_preps",
        "shared_whole_roles",
        "among_preps",
        "breakaway_words",
        "standing_nouns",
        "public_roles",
        "control_participles",
        "deputy_preps",
        "leadership_nouns",
        "delegation_nouns",
        "fellow_words",
        "body_roles",
        "leading_parts",
    )
    return RoleTypes(*(frozenset(block[key]) for key in keys))


def leads_the_whole(part: Token) -> bool:
    """Whether a part's noun, with the words set before it, names the part whose head heads the whole body
    (``leading_parts``): the head of "Hamas's political bureau" or of "the politburo" leads the movement; the head of
    its "political office" or "media bureau" is one of its members.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("He heads the political bureau, she the media bureau and he the politburo.")
    >>> [leads_the_whole(doc[i]) for i in (4, 9, 13)]
    [True, False, True]
    """
    modifiers = [t.lower_ for t in part.lefts if t.dep_ in {"amod", "compound"}]
    words = (" ".join([*modifiers, part.lower_]), part.lower_)
    return any(w in role_types().leading_parts for w in words)


def leads_under_another(words: list[str]) -> bool:
    """Whether a role's words make its holder a leader under another ("sub-leader"), one of the members."""
    return any(w in role_types().under_prefixes for w in words)


def assists_the_head(words: list[str]) -> bool:
    """Whether a head's role's words make its holder the head's aide ("assistant secretary-general"), who works for
    the body.

    >>> assists_the_head(["assistant", "secretary", "general"]), assists_the_head(["secretary", "general"])
    (True, False)
    """
    return any(w in role_types().assistant_words for w in words)


def broke_away(noun: Token) -> bool:
    """Whether a part's noun says the part left the whole: "a dissident faction of the FARC", "a breakaway wing of
    the Taliban" name no member of the FARC or the Taliban.

    >>> import spacy
    >>> doc = spacy.blank("en")("a breakaway faction")
    >>> doc[1].head, doc[1].dep_ = doc[2], "amod"
    >>> broke_away(doc[2])
    True
    """
    return any(t.dep_ in {"amod", "compound"} and t.lower_ in role_types().breakaway_words for t in noun.lefts)


def figure_type(rel_type: str, role_word: str, org: Mention) -> str:
    """``MEMBER_OF`` for a figure's role ("figure", "cadre") in an armed group or a party, or a rank ("general",
    "colonel") in one or in a state's force, else the role's own type (its officials, representative or spokesman work
    for it)."""
    cues = role_types()
    if rel_type == "WORKS_FOR" and role_word in cues.figure_roles and org.label == "Organization":
        return "MEMBER_OF" if org.kind in cues.member_kinds else rel_type
    if rel_type == "WORKS_FOR" and role_word in cues.rank_roles and org.label == "Organization":
        ranked = org.kind in cues.member_kinds | {"military"} or _of_no_known_kind(org)
        return "MEMBER_OF" if ranked else rel_type  # "a general of the RDF"
    return rel_type


def raises_funds_within(role_word: str, org: Mention) -> bool:
    """Whether a funder's role ("fundraiser") makes its holder one of the organisation's members as well: an armed
    group's or a party's, or one of no kind the page tells."""
    cues = role_types()
    kinded = org.kind in cues.member_kinds or _of_no_known_kind(org)
    return role_word in cues.member_funders and org.label == "Organization" and kinded


def _of_no_known_kind(org: Mention) -> bool:
    """Whether an organisation is none the gazetteer knows and its name tells no kind: a rank held in it ("X, a
    retired general of the Kivu Rangers") says it is a force, whose ranks are its members."""
    return org.actor_id is None and org.kind in {None, UNKNOWN_KIND}


def heads_a_named_part(objects: list[Token], index: MentionIndex) -> bool:
    """Whether a role's or a verb of leading's object is an unnamed part of a body its possessive or its "of"
    names: "(commander) of Hezbollah's naval sector", "(heads) the naval sector of Hezbollah" (not "of the Quds
    Force", a name of its own), or a pronoun owns: "(later led) its ground forces"; or any unnamed body a named
    organisation's possessive owns ("(the chief) of the Front's gendarmerie", "of Hamas's shura council"), unless
    the noun only describes the organisation itself ("the group's militia"), or is the part whose head heads the
    whole (``leading_parts``)."""
    parts, pronouns = role_types().part_nouns, load_cues().owner_pronouns
    return any(
        index.at(t) is None
        and not leads_the_whole(t)  # "of Hamas's political bureau": the movement's head
        and (
            (
                t.lower_ in parts
                and any(
                    index.at(b) or (b.dep_ == "poss" and b.lower_ in pronouns)
                    for b in [*(c for c in t.children if c.dep_ == "poss"), *prep_objects(t, {"of"})]
                )
            )
            or owned_body(t, index)
            or qualified_part(t, index)
        )
        for t in objects
    )


def part_names(objects: list[Token], index: MentionIndex) -> list[Mention]:
    """The organisations named in apposition to a role's or a verb of leading's object that is a part's noun
    (``part_nouns``): Jamaat-ud-Dawa of "(head) of its charity wing Jamaat-ud-Dawa", "(heads) its armed wing, the
    Gashua Brigade": the part itself, which its head leads.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("He heads its armed wing, the Gashua Brigade.")
    >>> index = MentionIndex(doc, [Mention(7, 9, 30, 44, "Gashua Brigade", "Organization", "Gashua Brigade")])
    >>> [m.name for m in part_names([doc[4]], index)]
    ['Gashua Brigade']
    """
    parts = load_cues().part_nouns
    named = (
        index.at(c)
        for t in objects
        if index.at(t) is None and t.lemma_.lower() in parts
        for c in t.children
        if c.dep_ == "appos"
    )
    return [m for m in named if m is not None and m.label == "Organization"]


def part_owners(objects: list[Token], index: MentionIndex) -> list[Mention]:
    """The organisations whose possessive owns a role's object that is an unnamed wing, branch, cell or front
    (``owned_part_nouns``): Hezbollah of "(the commander) of Hezbollah's military wing", "(a member) of the group's
    Syrian branch" (the possessive a reference back to the group), whose noun names no actor of its own.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("He commands Hamas's armed wing.")
    >>> index = MentionIndex(doc, [Mention(2, 3, 12, 17, "Hamas", "Organization", "Hamas", "armed_group")])
    >>> [m.name for m in part_owners([doc[5]], index)]
    ['Hamas']
    """
    parts = [t for t in objects if index.at(t) is None and t.lower_ in role_types().owned_part_nouns]
    owners = [c for t in parts for c in t.children if c.dep_ == "poss"]
    return [m for c in owners for m in actors_of(c, index) if m.label == "Organization"]


def qualified_part(noun: Token, index: MentionIndex) -> bool:
    """Whether a part's noun (``part_nouns``) is qualified by an organisation's name and by a word of its own: "the
    Houthi air force", "the Houthi general staff", "the Hezbollah naval sector" are parts of the group; "the Houthi
    forces" is the group itself.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("He commands the Houthi general staff and the Houthi forces.")
    >>> index = MentionIndex(doc, [Mention(3, 4, 16, 22, "Houthi", "Organization", "Houthis", "armed_group")])
    >>> [qualified_part(doc[i], index) for i in (5, 9)]
    [True, False]
    """
    if noun.lower_ not in role_types().part_nouns:
        return False
    modifiers = [c for c in noun.lefts if c.dep_ in {"compound", "nmod", "amod"}]
    named = [m for c in modifiers if (m := index.at(c)) is not None and m.label == "Organization"]
    return bool(named) and any(index.at(c) is None for c in modifiers)


def owned_body(noun: Token, index: MentionIndex) -> bool:
    """Whether a common noun names an unnamed body that an organisation's possessive owns, named or referred back:
    "the Front's gendarmerie", "Hamas's shura council", "its political apparatus", "the group's dialogue panel";
    not a noun of the organisation itself ("the group's militia"), nor a state's ("Iran's government": the state's
    own)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in load_cues().group_nouns:
        return False
    owners = [index.at(c) for c in noun.children if c.dep_ == "poss"]
    return any(m is not None and m.label == "Organization" for m in owners) or bool(body_owners_referred([noun], index))


def body_owners_referred(bodies: list[Token], index: MentionIndex) -> list[Mention]:
    """The organisations that own unnamed bodies through a possessive that refers back: Hamas for "its political
    apparatus" or "the group's dialogue panel" after Hamas is named (not the group itself: "its militia")."""
    pronouns, group_nouns = load_cues().owner_pronouns, load_cues().group_nouns
    owners = [
        c
        for t in bodies
        if t.pos_ == "NOUN" and index.at(t) is None and t.lemma_.lower() not in group_nouns
        for c in t.children
        if c.dep_ == "poss" and (c.lower_ in pronouns or is_definite_group(c, index))
    ]
    return [m for c in owners if (m := index.antecedent(c)) is not None and m.label == "Organization"]


def bodies_of_role(orgs: list[Mention], doc: Doc, role_start: int) -> list[Mention]:
    """The organisations and states a role before ``role_start`` can be of: not one named after "anti-" ("an
    anti-Hamas tribal leader"), nor a state whose demonym only gives the nationality of one of a side ("Malian
    jihadist leader"), of one of an owner's people ("its Irish leaders") or of a public figure ("a Kosovo Serb
    figure", "a Russian opposition figure")."""
    cues = role_types()

    def nationality(m: Mention) -> bool:
        between = doc[m.end : role_start] if m.end <= role_start else doc[0:0]
        if m.label != "Country" or not all(t.pos_ in PHRASE_WORDS for t in between):
            return False  # the state of "its spokesman", "its" standing for it far before: no demonym of the role
        public = doc[role_start].lemma_.lower() in cues.public_roles  # "a Kosovo Serb figure"
        owned = any(c.dep_ == "poss" for c in doc[role_start].children)  # "its Irish leaders": the owner's people
        return public or owned or any(t.lower_ in cues.side_words for t in between)

    return [m for m in orgs if not named_against(m, doc) and not nationality(m)]


def member_type(org: Mention) -> str:
    """How one who leads a part, or is one of several leaders, belongs to the whole: MEMBER_OF an armed group or
    party, or a body the gazetteer does not know whose name tells no kind ("a leader of X", "who ran its political
    apparatus": on train's pages read cold, five in six of such links the gold holds are memberships); WORKS_FOR
    anything else.

    >>> member_type(Mention(0, 1, 0, 5, "Front", "Organization", "Front"))
    'MEMBER_OF'
    >>> member_type(Mention(0, 2, 0, 10, "Interior Ministry", "Organization", "Interior Ministry", kind="government"))
    'WORKS_FOR'
    """
    kinded = org.kind in role_types().member_kinds or _of_no_known_kind(org)
    return "MEMBER_OF" if org.label == "Organization" and kinded else "WORKS_FOR"


def deputy_bodies(noun: Token, index: MentionIndex) -> list[Mention]:
    """The body a deputy's own preposition (``deputy_preps``) names, or the group of the head it names: the
    Sovereignty Council of "Burhan's deputy on the Sovereignty Council", JNIM of "a deputy to JNIM leader Y" (once Y
    is known to lead JNIM)."""
    objects = prep_objects(noun, role_types().deputy_preps)
    named = [m for t in objects for m in actors_of(t, index, with_preps=False)]
    bodies = [m for m in named if m.label in {"Organization", "Country"}]
    led = [g for m in named if m.label == "Person" and (g := index.groups.get(m.key)) is not None]
    titled = [m for t in objects for m in index.within(x for x in t.subtree if x.i < t.i) if m.label == "Organization"]
    return bodies or led or titled  # "a deputy to JNIM leader Y": the body of the head's title


def counted_among(noun: Token, index: MentionIndex) -> list[Mention]:
    """The people a plural role counts among its holders with "among" (``among_preps``): X of "X, among Hamas's
    most powerful figures" (the name the phrase hangs on) or "X is among its leaders" (the copula's subject); none
    for another role."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.tag_ != "NNS" or prep.lower_ not in role_types().among_preps:
        return []
    if (named := index.at(prep.head)) is not None:
        return [named] if named.label == "Person" else []
    said = [t for t in subjects_of(prep.head) if t.i < prep.i] if prep.head.lemma_ == "be" else []
    return [m for t in said if (m := index.at(t)) is not None and m.label == "Person"]


def peers_referred(noun: Token, objects: list[Token], index: MentionIndex) -> list[Token]:
    """The objects of a partitive role (``partitive_roles``) that name the set its holder is one of: a plural noun of
    no role, itself no name, right after the role's "of" ("B is one of the two groups that refused", "X, one of the
    suspects"), where any actors it refers back to are the holder's peers, not bodies he is in ("one of its
    commanders" and "one of the groups within Y" name bodies)."""
    if noun.lemma_.lower() not in role_types().partitive_roles:
        return []
    roles = load_cues().role_words
    return [
        t
        for t in objects
        if t.tag_ == "NNS"
        and t.lemma_.lower() not in roles
        and index.at(t) is None
        and t.head.lower_ == "of"
        and t.head.head.i == noun.i
    ]


def tells_time(prep: Token) -> bool:
    """Whether a preposition on a role (``tenure_preps``) opens a phrase of time: "(his deputy) for more than three
    decades", "(deputy) since 2010".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Y, his deputy for more than three decades, and Z, his deputy on the council, spoke.")
    >>> [tells_time(t) for t in doc if t.dep_ == "prep"]
    [True, False]
    """
    timed = any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree if t.i != prep.i)
    return prep.lower_ in role_types().tenure_preps and timed


def group_led_by(person: Mention, index: MentionIndex) -> Mention | None:
    """The group a person is read to lead, by his key or, for a surname alone ("X, Nasrallah's deputy"), through the
    one full name written before it that ends in it and leads a group."""
    if (group := index.groups.get(person.key)) is not None or " " in person.name:
        return group
    earlier = {
        m.key
        for m in index.mentions
        if m.label == "Person"
        and m.start < person.start
        and m.name.split()[-1] == person.name
        and m.key in index.groups
    }
    return index.groups[earlier.pop()] if len(earlier) == 1 else None


def owners_referred(objects: list[Token], index: MentionIndex) -> list[Mention]:
    """The organisations a partitive's role nouns are owned by when the owner refers back: Hamas for "one of its
    leaders" or "one of the group's commanders" after Hamas is named (not a drone of "one of its drones")."""
    pronouns, roles = load_cues().owner_pronouns, load_cues().role_words
    owners = [
        c
        for t in objects
        if t.lemma_.lower() in roles
        for c in t.children
        if c.dep_ == "poss" and (c.lower_ in pronouns or is_definite_group(c, index))
    ]
    return [m for c in owners if (m := index.antecedent(c)) is not None and m.label == "Organization"]
