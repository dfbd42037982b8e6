"""References by a word of an earlier name: "the brigade" for the 68th Separate Hunting Brigade named a sentence
before, "the department's coordinator" for the State Department, "the ministry" for the Ministry of Defence.
The noun must be one of the organisation words of ``seeds/relations.yaml`` (``named_heads``) and a word of the
name of an organisation named in its sentence or the three before; the latest such name wins. A ruling body is
referred to so through a whole page, also by the head noun of one of its known names (``alias_heads``): "the
junta" for the State Administration Council, known as the "Myanmar junta". "The army" and "the military" stand
first for the one state's army the page has named before, however far back (``state_army_references``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.gazetteer import load_gazetteer
from graph.seeds import load_seed_yaml
from graph.slug import name_key
from loaders.coreference import described, group_kinds, latest_before, sole_before
from loaders.cues import load_cues
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SENTENCES_BACK = 3  # how many sentences before its own the name may be
PAGE = 10**6  # sentences back for an alias head: the whole document


@cache
def named_head_words() -> frozenset[str]:
    """The nouns that may point back to a name holding them."""
    return frozenset(load_seed_yaml("relations.yaml")["named_heads"])


@cache
def described_head_words() -> frozenset[str]:
    """The nouns that may point back to a name described by them or holding them (``described_heads``)."""
    return frozenset(load_seed_yaml("relations.yaml")["described_heads"])


@cache
def described_only_words() -> frozenset[str]:
    """The nouns that may point back to a name described by them, not to one only holding them
    (``described_only_heads``)."""
    return frozenset(load_seed_yaml("relations.yaml")["described_only_heads"])


@cache
def alias_head_words() -> frozenset[str]:
    """The nouns that may point back to a name or a known alias holding them."""
    return frozenset(load_seed_yaml("relations.yaml")["alias_heads"])


@cache
def bloc_head_words() -> frozenset[str]:
    """The nouns of a body of states that point back to the last one named (``bloc_heads``)."""
    return frozenset(load_seed_yaml("relations.yaml")["bloc_heads"])


@cache
def known_heads(actor_id: str | None) -> frozenset[str]:
    """The head nouns of a known actor's name and aliases, lower-cased: each one's last word, or the word before
    "in" or "of" ("junta" of "military junta in Myanmar"); none for an actor not in the gazetteer.

    >>> sorted(known_heads("state-administration-council")), sorted(known_heads(None))
    (['council', 'junta'], [])
    """
    actor = load_gazetteer().actors.get(actor_id) if actor_id else None
    if actor is None:
        return frozenset()
    return frozenset(name_head(surface) for surface in (actor.name, *actor.aliases))


@cache
def sole_head_words() -> frozenset[str]:
    """The nouns that point back to the one organisation named with them (``sole_named_heads``)."""
    return frozenset(load_seed_yaml("relations.yaml")["sole_named_heads"])


def named_head(token: Token, index: MentionIndex) -> Mention | None:
    """The organisation a definite noun names by a word of its name ("the brigade") or the head of a known alias
    ("the junta"), or None."""
    word = token.lower_
    if word in sole_head_words() and token.tag_ == "NN" and token.i not in index.by_token and described(token, index):
        return _sole_named(token, index)
    by_name, by_alias, by_bloc = word in named_head_words(), word in alias_head_words(), word in bloc_head_words()
    by_description = word in described_head_words() or word in described_only_words() or by_name
    if not (by_description or by_alias or by_bloc) or token.tag_ != "NN" or token.i in index.by_token:
        return None
    if not described(token, index):  # a definite noun whose modifiers name no one else
        return None
    if (army := state_army(token, index)) is not None:
        return army
    if by_name and (
        named := latest_before(
            token, index, SENTENCES_BACK, lambda m: m.label == "Organization" and word in _words_of(m)
        )
    ):
        return named
    if by_description and len(list(token.lefts)) == 1 and (named := described_named(token, word, index)):
        return named
    if by_alias and (named := alias_named(token, word, index)):
        return named
    if (army := ruling_army(token, index)) is not None:
        return army
    return bloc_named(token, word, index) if by_bloc else None


def described_named(token: Token, word: str, index: MentionIndex) -> Mention | None:
    """The organisation named last in a token's sentence or the three before that ``word`` describes ("X, a police
    unit"), or, for a word of ``described_heads``, whose name holds it ("Unit 29155"); None when none was, or when
    another organisation was named after the sentence that named it ("X, a company ... The ship is chartered by Y.
    The company said": Y may be the company meant)."""
    by_name = word in described_head_words()
    named = latest_before(
        token,
        index,
        SENTENCES_BACK,
        lambda m: m.label == "Organization" and (word in described_as(m, index) or (by_name and word in _words_of(m))),
    )
    if named is None:
        return None
    since = index.doc[named.start].sent.end
    later = (m for m in index.mentions if since <= m.start and m.end <= token.i and m.label == "Organization")
    return None if any(m.key != named.key for m in later) else named


def described_as(mention: Mention, index: MentionIndex) -> set[str]:
    """The lower-cased head nouns of the descriptions a name is given: in apposition ("Detachment 88, a police unit")
    or after "is" ("X is a covert unit"); none for a name after "of", on which the parser may hang the description of
    the name before it ("Unit 29155 of the GRU, a covert unit").

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Police formed the Lion Squad, an elite unit.")
    >>> squad = Mention(3, 5, 0, 0, "Lion Squad", "Organization", "Lion Squad", "military")
    >>> sorted(described_as(squad, MentionIndex(doc, [squad])))
    ['unit']
    """
    head = index.doc[mention.end - 1]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return set()
    descriptions = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        descriptions += [c for c in head.head.children if c.dep_ == "attr"]
    return {d.lower_ for d in descriptions if index.at(d) is None}


def bloc_named(token: Token, word: str, index: MentionIndex) -> Mention | None:
    """The body of states named last before a token, anywhere on the page: an international organisation, or an
    organisation whose name holds ``word`` ("the bloc" for the Arab League Bloc), or None."""
    return latest_before(
        token,
        index,
        PAGE,
        lambda m: m.label == "Organization" and (m.kind == "international" or word in m.name.lower().split()),
    )


def alias_named(token: Token, word: str, index: MentionIndex) -> Mention | None:
    """The organisation named last before a token, anywhere on the page, with ``word`` as the head of its name as
    written ("the alliance" for the Three Brotherhood Alliance, "the coalition" for the Saudi-led coalition) or of a
    known name of it ("junta" for the State Administration Council, known as the "Myanmar junta"), or None."""
    return latest_before(
        token,
        index,
        PAGE,
        lambda m: m.label == "Organization" and (word in known_heads(m.actor_id) or word == name_head(m.text)),
    )


def name_head(name: str) -> str:
    """The head noun of a name, lower-cased: its last word, or the word before "in" or "of".

    >>> [name_head(n) for n in ("Three Brotherhood Alliance", "Alliance of Patriots", "Saudi-led coalition")]
    ['alliance', 'alliance', 'coalition']
    """
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in {"in", "of"} and i), len(words))
    return words[cut - 1] if words else ""


def part_named_by_owner(token: Token, index: MentionIndex) -> Mention | None:
    """The organisation a definite noun qualified by another's name stands for when a name of it holds both the noun
    and that name: "The UN force" for UNIFIL (the UN Interim Force in Lebanon) named in its sentence or the three
    before, not the UN; None for any other noun or phrase, or when no such organisation was named."""
    word = token.lower_
    if word not in named_head_words() | group_kinds()[1] or token.tag_ != "NN" or token.i in index.by_token:
        return None
    lefts = list(token.lefts)
    if len(lefts) != 2 or lefts[0].lower_ not in load_cues().definite or lefts[1].dep_ not in {"compound", "nmod"}:
        return None
    owner = index.at(lefts[1])
    if owner is None or owner.label != "Organization" or owner.start != lefts[1].i or owner.end != token.i:
        return None
    owner_words = set(owner.text.lower().split())
    return latest_before(
        token,
        index,
        SENTENCES_BACK,
        lambda m: m.label == "Organization" and m.key != owner.key and _holds(m, word, owner_words),
    )


def _holds(mention: Mention, word: str, owner_words: set[str]) -> bool:
    """Whether a name of a mention (as written, its own or a known one) holds a word and the words of another name."""
    actor = load_gazetteer().actors.get(mention.actor_id) if mention.actor_id else None
    names = [mention.name, mention.text, *(actor.aliases if actor is not None else ())]
    return any(word in (words := set(n.lower().split())) and owner_words <= words for n in names)


def _words_of(mention: Mention) -> set[str]:
    """The lower-cased words of a mention's name and of its text as written ("mission" of "the UN Mission in South
    Sudan", named UNMISS)."""
    return set(f"{mention.name} {mention.text}".lower().split())


def _sole_named(token: Token, index: MentionIndex) -> Mention | None:
    """The one organisation with the noun in its name or a known name's head ("the cartel" for the Gulf Cartel) named
    in the noun's sentence or the three before; None when none or two were."""
    word = token.lower_
    return sole_before(
        token,
        index,
        SENTENCES_BACK,
        lambda m: m.label == "Organization" and (word in m.name.lower().split() or word in known_heads(m.actor_id)),
    )


@cache
def state_army_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns that stand for a state's army named before, and the endings of such an army's name."""
    data = load_seed_yaml("relations.yaml")["state_army_references"]
    return frozenset(data["nouns"]), tuple(data["names"])


def is_state_army(mention: Mention) -> bool:
    """Whether a mention names a state's army: a military organisation whose name, or a known name of it, ends with
    an army's noun before any "of" ("Philippine Army", "Armed Forces of the Philippines", "FARDC"), not a police,
    navy or command.

    >>> army = Mention(0, 2, 0, 14, "Philippine Army", "Organization", "Philippine Army", "military")
    >>> police = Mention(0, 2, 0, 15, "Kenya Police", "Organization", "Kenya Police", "military")
    >>> is_state_army(army), is_state_army(police)
    (True, False)
    """
    if mention.label != "Organization" or mention.kind != "military":
        return False
    actor = load_gazetteer().actors.get(mention.actor_id) if mention.actor_id else None
    names = [mention.name, *((actor.name, *actor.aliases) if actor is not None else ())]
    _, ends = state_army_words()
    heads = [f" {name_key(n).split(' of ')[0]}" for n in names]
    return any(h.endswith(tuple(f" {e}" for e in ends)) for h in heads)


@cache
def ruling_army_words() -> frozenset[str]:
    """The nouns of a ruling body that stand for a state's army named before (``ruling_army_references``)."""
    return frozenset(load_seed_yaml("relations.yaml")["ruling_army_references"])


def ruling_army(token: Token, index: MentionIndex) -> Mention | None:
    """The state army a ruling body's noun ("the junta") stands for when no name known to hold the noun was named: the
    one state's army named before it ("Myanmar's military ... the junta"), as "the army" is read; None otherwise."""
    return one_state_army_before(token, index) if token.lower_ in ruling_army_words() else None


def state_army(token: Token, index: MentionIndex) -> Mention | None:
    """The army "the army" or "the military" stands for (:func:`one_state_army_before`), or None for another noun."""
    return one_state_army_before(token, index) if token.lower_ in state_army_words()[0] else None


def one_state_army_before(token: Token, index: MentionIndex) -> Mention | None:
    """The one state's army named before a token outside aside lines, by its latest mention; None when the page named
    none, or the armies of two states ("the army" of a page on a war between them is either)."""
    found: dict[str, Mention] = {}
    for m in index.mentions:
        if m.end <= token.i and is_state_army(m) and not index.scope.aside(m.start_char):
            found[m.key] = m
    return next(iter(found.values())) if len(found) == 1 else None
