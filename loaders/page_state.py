"""The state a page is about, one notion for every rule that needs it: the state a generic body without its state
belongs to (:mod:`loaders.state_bodies`), the one a title naming no state serves (:mod:`loaders.home_state`), the one a
bare "the government" stands for (:mod:`loaders.government_references`)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.reference_scope import ReferenceScope


def state_mentions(mentions: list[Mention], scope: ReferenceScope, before: int | None = None) -> list[Mention]:
    """The mentions of the state the page is about, up to the token ``before`` if given: the first country the page
    names outside aside lines and hyphened words ("Saudi-trained", :func:`opens_a_compound`), when it names it at
    least twice ("Mozambican soldiers fought the insurgents ... Rwanda sent troops, Rwandan police followed ...
    Mozambique": Mozambique). Not the country named most: a page about one state names its neighbours and backers
    too, often (Rwanda, on that page). None when it is named once
    only, or when the sentence that first names it names another as often ("Sudan and Chad closed their border ...
    Sudan and Chad": a page on both; but "The United States struck militia depots in Syria", a page on the United
    States when Syria is named less).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.reference_scope import ReferenceScope
    >>> def states(text, before=None):
    ...     doc = load_nlp()(text)
    ...     found = [Mention(t.i, t.i + 1, 0, 0, t.text, "Country", t.text) for t in doc if t.text in {"Chad", "Mali"}]
    ...     return [m.start for m in state_mentions(found, ReferenceScope(doc), before)]
    >>> states("Chad fought in Gao. Mali and Mali's allies met. Chad left. Chad and Mali spoke.")
    [0, 12, 15]
    >>> states("Chad fought in Gao. Mali and Mali's allies met. Chad left.", before=10)
    []
    >>> states("Chad and Mali closed their border. Chad and Mali met.")
    []
    >>> states("Chad and Mali closed their border. Chad left.")
    [0, 7]
    """
    countries = [
        m
        for m in mentions
        if m.label == "Country"
        and (before is None or m.end <= before)
        and not scope.aside(m.start_char)
        and not opens_a_compound(scope.doc, m)
    ]
    if not countries:
        return []
    first = countries[0]
    counts = Counter(m.key for m in countries)
    sentence = scope.doc[first.start].sent
    rivals = {m.key for m in countries if sentence.start <= m.start < sentence.end} - {first.key}
    if counts[first.key] < 2 or any(counts[k] >= counts[first.key] for k in rivals):
        return []
    return [m for m in countries if m.key == first.key]


def page_state(doc: Doc, mentions: list[Mention], scope: ReferenceScope) -> Mention | None:
    """The state the page is about (:func:`state_mentions`), by its first mention written as its name, if any
    ("Spanish" alone does not make an article Spain's)."""
    return next((m for m in state_mentions(mentions, scope) if doc[m.end - 1].pos_ == "PROPN"), None)


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
