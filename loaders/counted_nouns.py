"""A plural noun counted out of a number or a pronoun ("one of the organisers", "three of the men"): the count stands
where the noun would in the parse ("X was one of the gunmen who ...": the copula's attribute)."""

from __future__ import annotations

from spacy.tokens import Token


def one_of(noun: Token) -> Token:
    """The number or pronoun a plural noun is counted out of ("one of the organisers", "two of the planners"), which
    stands where the noun would, else the noun itself.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police named Ali Musa as one of the organisers of the raid.")
    >>> one_of(doc[8]).text
    'one'
    """
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NUM", "PRON"}:
        return noun.head.head
    return noun


def picked_from(count: Token) -> Token:
    """The plural noun a "one" is picked from ("one of the largest ammunition stores in Europe": "stores"), which says
    what the one is, else the word itself.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("They guard the depot, one of the largest ammunition stores in Europe.")
    >>> picked_from(doc[5]).text
    'stores'
    """
    if count.lower_ != "one":
        return count
    return next((t for p in count.children if p.lower_ == "of" for t in p.children if t.dep_ == "pobj"), count)
