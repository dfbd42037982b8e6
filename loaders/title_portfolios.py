"""The parts of a title before a name that are no title word: "Under Secretary of the Treasury for Terrorism and
Financial Intelligence Brian Nelson", "UN Special Envoy for Yemen Hans Grundberg".

A title's portfolio, after "for" or "to", names what the office deals with, not the body it is held in; the title
itself ends before it. "Of the" inside a title belongs to it ("Secretary of the Treasury"). The prepositions are
``title_scope_preps`` of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from loaders.mentions import Mention
from loaders.syntax import MentionIndex

PORTFOLIO_JOINERS = {"and", "of", "the", "&", "-"}  # "Terrorism and Financial Intelligence", "Near East Affairs"
LONGEST_PORTFOLIO = 8  # words between the preposition and the name


def portfolio_start(doc: Doc, name_start: int, preps: frozenset[str], role_words: frozenset[str]) -> int:
    """Where the title before a name ends: at the preposition of its portfolio ("for", "to") when capitalised words
    with no role word among them stand between it and the name, else at the name itself.

    >>> from spacy.lang.en import English
    >>> doc = English()("said Assistant Secretary of State for African Affairs Molly Phee")
    >>> portfolio_start(doc, 8, frozenset({"for", "to"}), frozenset({"secretary", "chief"}))
    5
    >>> doc = English()("a reward for Hamas Political Bureau Chief Ismail Haniyeh")
    >>> portfolio_start(doc, 7, frozenset({"for", "to"}), frozenset({"secretary", "chief"}))
    7
    """
    i = name_start - 1
    while i >= 0 and name_start - i <= LONGEST_PORTFOLIO:
        word = doc[i]
        if word.lower_ in preps:
            return i if i < name_start - 1 and i > 0 else name_start
        if word.lower_ in role_words or not (word.is_title or word.is_upper or word.lower_ in PORTFOLIO_JOINERS):
            return name_start
        i -= 1
    return name_start


def of_the(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is the "the" of a title's "of the" ("Secretary of the Treasury").

    >>> from spacy.lang.en import English
    >>> doc = English()("Secretary of the Treasury Janet Yellen")
    >>> of_the(doc, 2), of_the(doc, 0)
    (True, False)
    """
    return doc[i].lower_ == "the" and i > 0 and doc[i - 1].lower_ == "of"


def of_a_plain_noun(doc: Doc, i: int, role_words: frozenset[str]) -> bool:
    """Whether the token at ``i`` is an "of" hung on a lowercase noun that names no role: the name after it is the
    noun's object, and the title starts after the "of" ("opponents of President X", "a partner of Prime Minister
    Y"); not the "of" of "Secretary of State X" or "head of the army X".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("the opponents of President Ali Musa and the Secretary of State Ann Roe")
    >>> [of_a_plain_noun(doc, i, frozenset({"secretary"})) for i in (2, 10)]
    [True, False]
    """
    noun = doc[i - 1] if i > 0 else None
    if doc[i].lower_ != "of" or noun is None or not noun.is_lower or noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() not in role_words


def body_after_of(title: Span, index: MentionIndex) -> tuple[Span, list[Mention]]:
    """A title split before the "of" that names its body: ("Under Secretary", [the Treasury]) of "Under Secretary
    of the Treasury"; the title whole, with no body, when no name ends it after "of" ("Secretary of State")."""
    ofs = [t for t in title if t.lower_ == "of" and t.i > title.start]
    if not ofs:
        return title, []
    after = title.doc[ofs[-1].i + 1 : title.end]
    owners = index.within(after)
    if not owners or owners[-1].end != title.end or owners[0].start > after.start + 1:
        return title, []
    return title.doc[title.start : ofs[-1].i], owners[-1:]


def minister_of_portfolio(title: list[str], ministers: frozenset[str], portfolios: frozenset[str]) -> bool:
    """Whether a title's words (lowercase) are a minister's of a portfolio named after "of" ("secretary of state",
    "minister of defence"): a state's minister, who works for the state and heads no state.

    >>> minister_of_portfolio(["secretary", "of", "state"], frozenset({"secretary"}), frozenset({"state"}))
    True
    >>> minister_of_portfolio(["secretary", "general"], frozenset({"secretary"}), frozenset({"state"}))
    False
    """
    return len(title) > 2 and title[0] in ministers and "of" in title[1:-1] and title[-1] in portfolios


def state_after_name(doc: Doc, name_end: int, index: MentionIndex) -> list[Mention]:
    """The state an "of" phrase right after a titled name names ("President Ali Musa of Ghana"): the state whose
    head or minister the title makes him; none when the state owns a noun after it ("of Ghana's ruling party")."""
    if name_end + 1 >= len(doc) or doc[name_end].lower_ != "of":
        return []
    state = index.at(doc[name_end + 1])
    if state is None or state.label != "Country" or state.start != name_end + 1:
        return []
    if state.end < len(doc) and doc[state.end].text in ("'s", "'", "’s"):
        return []
    return [state]
