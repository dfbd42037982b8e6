"""Bodies named by a state and one capitalised common noun: "Palestine Action", "Bangladesh Bank", "the Kenya Navy",
"the Afghan Taliban". The ruler reads the state's name or demonym, the NER leaves the noun after it untagged, and the
body is lost, its deeds given to the state. A known state's name set as a modifier right before one capitalised word
the NER left alone, a word English writes as a common noun ("action", "bank"), with no capitalised word after it and
no "of", "for" or possessive going on to a longer name ("the Syrian Observatory for Human Rights", "Uganda People's
Defence Force"; a state's force owns what its possessive goes on to: "the Gabonese Navy's patrol boats"), is one
organisation's name; a word that is no common noun makes a person's name ("Israel Katz"),
and a line in title case (a headline) capitalises every noun, so neither is read.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.page_labels import in_title_case

STATE_LABELS = frozenset({"Country"})
NAME_GOES_ON = frozenset({"of", "for", "'s", "’s"})  # "Observatory for Human Rights", "People's Defence Force"


@cache
def english_nouns() -> frozenset[str]:
    """The lowercase nouns the pipeline's lemmatizer knows (its ``lemma_index``: some 57,000 words)."""
    from loaders.nlp import load_nlp  # the pipeline this reads within; loaded once

    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("memo_lemmatizer").lemmatizer if "memo_lemmatizer" in nlp.pipe_names else None
    if lemmatizer is None:
        return frozenset()
    return frozenset(lemmatizer.lookups.get_table("lemma_index", {}).get("noun", ()))


@cache
def force_nouns() -> frozenset[str]:
    """The nouns of a state's force (``described_kinds.force_nouns`` of ``seeds/relations.yaml``: army, navy, ...)."""
    return frozenset(load_seed_yaml("relations.yaml")["described_kinds"]["force_nouns"])


def _force_owns(noun: Token, after: Token) -> bool:
    """Whether the noun is a state force's, its possessive owning what follows ("the Gabonese Navy's boats"), not a
    name going on ("Uganda People's Defence Force")."""
    return after.lower_ in {"'s", "’s"} and noun.lower_ in force_nouns()


def _names_with(state: Span, noun: Token, taken: set[int], nouns: frozenset[str]) -> bool:
    """Whether the word after a state's name makes one body's name with it."""
    doc = state.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (
        noun.i not in taken
        and bool(state[-1].whitespace_)
        and noun.is_title
        and noun.pos_ == "PROPN"
        and state[-1].dep_ == "compound"
        and state[-1].head.i == noun.i
        and noun.lower_ in nouns
        and not (after is not None and (after.is_title or after.is_upper) and not after.is_sent_start)
        and not (after is not None and after.lower_ in NAME_GOES_ON and not _force_owns(noun, after))
        and not in_title_case(noun.sent.text)
    )


def state_named_bodies(spans: list[Span], taken: set[int], nouns: frozenset[str] | None = None) -> list[Span]:
    """Each known state's name with the capitalised common noun it modifies right after it, as one organisation
    (``taken``: the tokens of the names already read; ``nouns``: the common nouns, by default the lemmatizer's).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "police said Zandoria Action claimed it , and Zandoria Katz denied it .".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["NOUN", "VERB"] + ["PROPN"] * 9 + ["PRON", "PUNCT"],
    ...           deps=["dep", "dep", "compound", "dep", "dep", "dep", "dep", "dep", "compound"] + ["dep"] * 4,
    ...           heads=[0, 0, 3, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0], sent_starts=[True] + [False] * 12)
    >>> states = [Span(doc, 2, 3, "Country"), Span(doc, 8, 9, "Country")]
    >>> [s.text for s in state_named_bodies(states, {2, 8}, frozenset({"action"}))]
    ['Zandoria Action']
    """
    nouns = english_nouns() if nouns is None else nouns
    found = []
    for state in spans:
        if state.label_ in STATE_LABELS and state.end < len(state.doc):
            noun = state.doc[state.end]
            if _names_with(state, noun, taken, nouns):
                found.append(Span(state.doc, state.start, state.end + 1, label="ORG"))
    return found
