"""The ministry a minister's portfolio names: "Interior Minister X" leads the page's interior ministry, "Home
Secretary X" its Home Office, "Iraqi Foreign Minister X" Iraq's foreign ministry (not Iran's, told beside it);
"Deputy Defence Minister X" is the defence ministry's deputy; "Secretary of State X" leads the page's State
Department, "Secretary of the Treasury X" its Treasury Department (the portfolio after the title's "of").

A title's portfolio word (``portfolio_words`` of ``seeds/relations.yaml``, its spellings made one by
``portfolio_spellings``) before a minister's title (``minister_titles``) picks the page's organisation named with the
same word and a ministry noun (``ministry_nouns``). Of several, the one of the minister's state when the title or
the article gives it, else the one named nearest before the title.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Span

from loaders.home_state import article_state, state_told
from loaders.mentions import Mention, title_portfolios

if TYPE_CHECKING:
    from loaders.extract import DocReader


def portfolio_of(reader: DocReader, title: Span, role: list[str]) -> frozenset[str]:
    """The portfolio words of a minister's title ("interior" of "Interior Minister"), one spelling each, or the
    portfolio after the "of" of a head's title ("state" of "Secretary of State"); none for another title.

    >>> from spacy.lang.en import English
    >>> from loaders.cues import load_cues
    >>> from types import SimpleNamespace
    >>> reader = SimpleNamespace(cues=load_cues())
    >>> sorted(portfolio_of(reader, English()("Defense Minister")[:], ["minister"]))
    ['defence']
    >>> sorted(portfolio_of(reader, English()("Defence Spokesman")[:], ["spokesman"]))
    []
    """
    cues = reader.cues
    if role[-1] in cues.minister_titles:
        return frozenset(cues.portfolio_spellings.get(w, w) for t in title if (w := t.lower_) in cues.portfolio_words)
    if role[0] not in cues.minister_titles or _aide_title(reader, title, role[0]):
        return frozenset()
    return _portfolio_after_of(role)


def _portfolio_after_of(role: list[str]) -> frozenset[str]:
    """The portfolio a head's title names after its "of" (``title_portfolios``): "state" of "secretary of state",
    "treasury" of "secretary of the treasury".

    >>> sorted(_portfolio_after_of(["secretary", "of", "the", "treasury"])), sorted(_portfolio_after_of(["secretary"]))
    (['treasury'], [])
    """
    words = [w for w in role if w != "the"]
    return frozenset(w for before, w in pairwise(words) if before == "of" and w in title_portfolios())


def _aide_title(reader: DocReader, title: Span, head: str) -> bool:
    """Whether the word before a title's head noun makes a role of its own with it ("Under Secretary of the Treasury",
    "Assistant Secretary of State": an aide's office, not the ministry's head)."""
    heads = [t.i for t in title if t.lower_ == head]
    before = reader.doc[heads[0] - 1].lower_ if heads and heads[0] > title.start else None
    return before is not None and reader.cues.role_of((before, head)) is not None


def ministry_of_portfolio(
    reader: DocReader, person: Mention, portfolio: frozenset[str], state: Mention | None
) -> Mention | None:
    """The page's ministry of a minister's portfolio, of his state when known (see the module's docstring)."""
    if not portfolio:
        return None
    found = [m for m in reader.index.mentions if _names_ministry(reader, m, portfolio)]
    found = [m for m in found if _allowed(reader, m, state) and (state is not None or _owner_around(reader, person, m))]
    if len({m.key for m in found}) > 1:
        before = [m for m in found if m.end <= person.start]
        found = before[-1:] or found[:1]
    return found[0] if found else None


def _allowed(reader: DocReader, ministry: Mention, state: Mention | None) -> bool:
    """Whether a minister may lead a ministry: any, when his state is unknown; else one of his state, or one of no
    stated state when his state is the article's or the page is on none (an Indian foreign secretary leads no
    Pakistani foreign office, nor a Japanese minister the foreign ministry a page on Iran names)."""
    if state is None:
        return True
    owner = ministry_state(reader, ministry)
    if owner is not None:
        return owner == state.key
    return of_page_state(reader, state)


def _owner_around(reader: DocReader, person: Mention, ministry: Mention) -> bool:
    """Whether a minister whose title names no state may lead a ministry: one of no stated state, or one of a state
    his sentence names or the text before tells (:func:`state_told`), when his sentence names any state ("U.S. and
    Iranian negotiators, led by Foreign Minister X" leads no Chinese foreign ministry named elsewhere on the page)."""
    owner = ministry_state(reader, ministry)
    near = {m.key for m in reader.index.inside(reader.doc[person.start].sent) if m.label == "Country"}
    if owner is None or not near:
        return True
    told = state_told(reader, person)
    return owner in near | ({told.key} if told is not None else set())


def ministry_state(reader: DocReader, ministry: Mention) -> str | None:
    """The id of the state a ministry belongs to: the known actor's country, or a country named in it or right
    before it ("Iran's foreign ministry", "the Iraqi Foreign Ministry")."""
    known = reader.gazetteer.actors.get(ministry.actor_id or "")
    if known is not None and known.country is not None:
        state = reader.gazetteer.lookup(known.country)
        return state.id if state is not None else None
    doc = reader.doc
    around = doc[max(ministry.start - 2, 0) : ministry.end]
    states = [m.key for m in reader.index.within(around) if m.label == "Country"]
    states = states or _states_in_name(reader, doc[ministry.start : ministry.end])
    return states[-1] if states else None


def _states_in_name(reader: DocReader, name: Span) -> list[str]:
    """The ids of the states a ministry's own name opens with, as the gazetteer knows them ("Russia's defence
    ministry", "the Iraqi foreign ministry" read as one name)."""
    words = [t for t in name if t.lower_ not in reader.cues.definite and t.tag_ != "POS"][:1]
    states = [a for t in words if (a := reader.gazetteer.lookup(t.text)) is not None and a.label == "Country"]
    return [a.id for a in states]


def _names_ministry(reader: DocReader, mention: Mention, portfolio: frozenset[str]) -> bool:
    """Whether a mention is an organisation named with a ministry noun and one of the portfolio's words."""
    if mention.label != "Organization" or mention.refers_back:
        return False
    cues = reader.cues
    words = {
        cues.portfolio_spellings.get(w, w) for w in f"{mention.text} {mention.name}".lower().replace(",", " ").split()
    }
    return bool(words & cues.ministry_nouns) and portfolio <= words


def lead_ministry(reader: DocReader, person: Mention, title: Span, role: list[str], states: list[Mention]) -> None:
    """Emit that a minister leads his portfolio's ministry on the page, and works for its state when his title named
    none."""
    state = states[-1] if states else None
    ministry = ministry_of_portfolio(reader, person, portfolio_of(reader, title, role), state)
    if ministry is None:
        return
    cue = reader.doc[person.start]
    certainty = reader._described(cue)
    deputy = any(t.lower_ in reader.cues.deputy_words for t in title)  # "Deputy Defence Minister X": its deputy
    reader.emit(person, "DEPUTY_OF" if deputy else "LEADS", ministry, cue, "title:ministry", 0.85, certainty)
    if state is None:
        served = _state_served(reader, ministry)
        reader.emit_all([person], "WORKS_FOR", served, cue, "title:ministry-state", 0.85, certainty)


def _state_served(reader: DocReader, ministry: Mention) -> list[Mention]:
    """The state a ministry belongs to as the page names it, or as the gazetteer knows it when only the ministry's
    own name on the page names it ("the US State Department": the United States, named nowhere else); none for a
    state the page does not name."""
    key = ministry_state(reader, ministry)
    named = [m for m in reader.index.by_key.get(key, ()) if m.label == "Country"][:1]
    if named or key is None:
        return named
    written = (m for m in reader.index.by_key.get(ministry.key, ()) if m.start >= 0)
    spelled = any(key in _states_in_name(reader, reader.doc[m.start : m.end]) for m in written)
    known = reader.gazetteer.actors.get(key)
    return [reader.known_mention(known)] if spelled and known is not None and known.label == "Country" else []


def state_of_bare_ministry(reader: DocReader, person: Mention, named: list[Mention]) -> list[Mention]:
    """The state a title's ministry named without its state belongs to, as the text around the person tells it
    (:func:`state_told`): "Iran denied any role. Foreign Ministry spokesman X said ..." works for Iran too."""
    if len(named) != 1 or named[0].label != "Organization" or named[0].actor_id:
        return []
    words = set(f"{named[0].text} {named[0].name}".lower().split())
    if not words & reader.cues.ministry_nouns or ministry_state(reader, named[0]) is not None:
        return []
    state = state_told(reader, person)
    return [state] if state is not None else []


def of_page_state(reader: DocReader, state: Mention) -> bool:
    """Whether a state is the one the page is about, or the page is on none: a ministry the page names without its
    state is that state's, not another's ("Foreign Ministry" on a page on Israel is no Iranian spokesman's)."""
    article = article_state(reader)
    return article is None or article.key == state.key
