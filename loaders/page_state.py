"""The state a page is about, one notion for every rule that needs it: the state a generic body without its state
belongs to (:mod:`loaders.state_bodies`), the one a title naming no state serves (:mod:`loaders.home_state`), the one a
bare "the government" stands for (:mod:`loaders.government_references`)."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import span_root
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.reference_scope import ReferenceScope


def state_mentions(mentions: list[Mention], scope: ReferenceScope, before: int | None = None) -> list[Mention]:
    """The mentions of the state the page is about, up to the token ``before`` if given: the first country the page
    names (:func:`page_countries`), when it names it at least twice ("Mozambican soldiers fought the insurgents ...
    Rwanda sent troops, Rwandan police followed ... Mozambique": Mozambique), not counting a demonym that tells where
    a group or a person comes from (:func:`of_origin`: "the Somali militant group al-Shabaab stormed a college in
    Kenya ... Kenya": Kenya). Not the country named most: a page about one state names its neighbours and backers
    too, often (Rwanda, on that page). When the sentence that first names it names another as often, the one of them
    that sentence has act (:func:`acting_state`: "Burundi closed its border with Rwanda ... Rwanda ... Burundi ...
    Rwanda": Burundi), else none ("Sudan and Chad closed their border ... Sudan and Chad": a page on both; but "The
    United States struck militia depots in Syria", a page on the United States when Syria is named less). When that
    state is named once only, or none is found so, the state the whole page names at least twice and twice as often
    as any other (:func:`named_most`: "A Swiss charity said ... Kenya ... Kenyan police ... Kenya": Kenya), else none.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.reference_scope import ReferenceScope
    >>> def states(text, before=None):
    ...     doc = load_nlp()(text)
    ...     names = {"Chad": "Chad", "Mali": "Mali", "Malian": "Mali"}
    ...     found = [Mention(t.i, t.i + 1, 0, 0, t.text, "Country", names[t.text]) for t in doc if t.text in names]
    ...     return [m.start for m in state_mentions(found, ReferenceScope(doc), before)]
    >>> states("Chad fought in Gao. Mali and Mali's allies met. Chad left. Chad and Mali spoke.")
    [0, 12, 15]
    >>> states("Chad fought in Gao. Mali and Mali's allies met. Chad left.", before=10)
    []
    >>> states("Mali sent aid. Chad fought in Gao. Chad and Chad's allies met.")
    [4, 9, 11]
    >>> states("Chad and Mali closed their border. Chad and Mali met.")
    []
    >>> states("Chad and Mali closed their border. Chad left.")
    [0, 7]
    >>> states("A Malian militant group struck Chad. Mali and Mali's allies met. Chad left.")
    [5, 14]
    """
    countries = page_countries(mentions, scope, before)
    state = _state_named(countries, mentions, scope)
    return [m for m in countries if m.key == state] if state is not None else []


def _state_named(countries: list[Mention], mentions: list[Mention], scope: ReferenceScope) -> str | None:
    """The id of the state the page is about, as the mentions of states given tell it (:func:`state_mentions`)."""
    if not countries:
        return None
    counts = Counter(m.key for m in countries)
    named = [m for m in countries if not of_origin(scope.doc, m)]
    if not named:
        return None
    first = named[0]
    sentence = scope.doc[first.start].sent
    opening = [m for m in named if sentence.start <= m.start < sentence.end]
    rivals = {m.key for m in opening} - {first.key}
    state: str | None = first.key
    if any(counts[k] >= counts[first.key] for k in rivals):
        state = acting_state(scope.doc, opening)  # "Burundi closed its border with Rwanda": Burundi's page
    if state is None or counts[state] < 2:  # "... a Swiss charity said. ... Kenya ... Kenyan police ... Kenya": Kenya
        state = named_most(Counter(m.key for m in page_countries(mentions, scope)))
    return state


def named_most(counts: Counter[str]) -> str | None:
    """The state a page names at least twice and at least twice as often as any other, if one is.

    >>> named_most(Counter({"Kenya": 4, "Somalia": 2, "Switzerland": 1}))
    'Kenya'
    >>> named_most(Counter({"Kenya": 3, "Somalia": 2})), named_most(Counter({"Kenya": 1}))
    (None, None)
    """
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def page_countries(mentions: list[Mention], scope: ReferenceScope, before: int | None = None) -> list[Mention]:
    """The mentions of states that may tell the state a page is about, up to the token ``before`` if given: not one in
    an aside line (a byline, a caption) or opening a hyphened word (:func:`opens_a_compound`)."""
    return [
        m
        for m in mentions
        if m.label == "Country"
        and (before is None or m.end <= before)
        and not scope.aside(m.start_char)
        and not opens_a_compound(scope.doc, m)
    ]


def of_origin(doc: Doc, mention: Mention) -> bool:
    """Whether a state's name or demonym only tells where a group or a person comes from ("the Somali militant group
    al-Shabaab", "a Ghanaian poet", ``origin_nouns``): no sign of the state a page is about."""
    root = span_root(doc, mention.start, mention.end)
    return root.dep_ in {"amod", "compound"} and root.head.lower_ in origin_nouns()


@cache
def origin_nouns() -> frozenset[str]:
    """The nouns of a group or a person whose demonym tells where it comes from (``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["origin_nouns"])


ACTING = {"nsubj", "nsubjpass"}
OF_SUBJECT = {"amod", "compound", "poss"}  # "Syrian troops", "Chad's army"


def acting_state(doc: Doc, named: list[Mention]) -> str | None:
    """The one state among those a sentence names that is written as the subject of a clause, the state that acts
    ("Burundi closed its border with Rwanda", "UK sanctions Libyan militia"); None when none is, when several are
    ("Sudan and Chad closed their border"), or when another qualifies a subject ("Israel struck Damascus as Syrian
    troops left": a page on both).

    >>> from loaders.nlp import load_nlp
    >>> states = {"Chad": "Chad", "Mali": "Mali", "Malian": "Mali"}
    >>> def acting(text):
    ...     doc = load_nlp()(text)
    ...     found = [Mention(t.i, t.i + 1, 0, 0, t.text, "Country", states[t.text]) for t in doc if t.text in states]
    ...     return acting_state(doc, found)
    >>> acting("Chad closed its border with Mali on Thursday.")
    'Country:Chad'
    >>> acting("Chad and Mali closed their border on Thursday.")
    >>> acting("Chad struck Kidal as Malian troops left the town.")
    """
    acting = {m.key for m in named if _subject(span_root(doc, m.start, m.end))}
    qualifying = {m.key for m in named if _subject(span_root(doc, m.start, m.end), OF_SUBJECT)}
    return next(iter(acting)) if len(acting) == 1 and qualifying <= acting else None


def _subject(word: Token, through: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a word is a clause's subject or joined to one ("Sudan and Chad"), or, through the given relations,
    qualifies one ("Syrian troops")."""
    while word.dep_ in through | {"conj"} and word.head is not word:
        word = word.head
    return word.dep_ in ACTING


def page_state(doc: Doc, mentions: list[Mention], scope: ReferenceScope) -> Mention | None:
    """The state the page is about (:func:`state_mentions`), by its first mention written as its name, else by its
    first demonym: a page may name its own state only so ("the French state", "a French prison", on a page about
    Corsica)."""
    named = state_mentions(mentions, scope)
    return next((m for m in named if doc[m.end - 1].pos_ == "PROPN"), named[0] if named else None)


def opens_a_compound(doc: Doc, mention: Mention) -> bool:
    """Whether a name opens a hyphened word that describes someone or something else ("a Saudi-trained cleric",
    "Iranian-made drones", "a Turkey-based firm"): neither the state a page is about nor the setting of a sentence.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The court ruled, and a Saudi-trained cleric left Saudi Arabia.")
    >>> opens_a_compound(doc, Mention(6, 7, 0, 0, "Saudi", "Country", "Saudi Arabia"))
    True
    """
    end = mention.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
    )
