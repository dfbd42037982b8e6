"""Verbs of backing said in a series the parser misread: one subject and one object shared by every verb.

"Rwanda arms, trains and finances the rebels", "Iran, which arms and funds the group", "the militia was armed and
trained by the UAE", "Hezbollah is trained, armed and financed by Iran": the parser reads "arms" or "funds" as a
noun and "armed" as an adjective, so the verb rule (``DocReader.verb``), which reads a verb's own subject and object,
finds none or only the last verb's. Read from the words instead: two verbs or more (each a verb's "-s", "-ed" or bare
form) joined by commas and "and" or "or", the last of them a verb of backing (``seeds/relations.yaml``, ``verbs``,
``FUNDS``); a form of "be" before the first makes it passive, with its backer after "by". The backed side is the
names (or a reference such as "the group") right before the series, or before ", which" ahead of it, and right
after the last verb; the backer the other one. A list before the series counts whole ("Iran and Syria arm and fund
X", "A in X, B in Y and C were armed and trained by Z"), as the parse coordinates it or as commas and "and" join it;
what the verb rule also reads from a series it parsed well is the same link.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Iran arms and funds Hezbollah.")
>>> [t.text for t in series_ending_at(doc[3])]
['arms', 'funds']
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Token

from loaders.coordination import names_listed_before
from loaders.cues import load_cues
from loaders.doc_tree import span_root
from loaders.doc_words import token_strings
from loaders.mentions import Mention
from loaders.syntax import actors_of, conjuncts, is_definite_group
from loaders.unreal_acts import is_refused, is_unreal

if TYPE_CHECKING:
    from loaders.extract import DocReader

METHOD = "verb-series"
CONFIDENCE = 0.7
JOINS = frozenset({",", "and", "or"})
BE_FORMS = frozenset({"is", "are", "was", "were", "been", "being", "be"})
HAVE_FORMS = frozenset({"has", "have", "had"})
RELATIVES = frozenset({"which", "who", "that"})
FILLERS = frozenset({"also", "allegedly", "reportedly", "repeatedly", "long", "openly", "still"})  # "has long armed"
NEGATIONS = frozenset({"not", "never", "n't"})
OBJECT_REACH = 4  # words from the last verb to the object's name: "funds the Hezbollah-led alliance"


@cache
def backing_verbs() -> frozenset[str]:
    """The lemmas of the verbs of backing (``FUNDS`` in ``seeds/relations.yaml``'s ``verbs``)."""
    return frozenset(lemma for lemma, cues in load_cues().verbs.items() if any(c.type == "FUNDS" for c in cues))


@cache
def series_words() -> frozenset[str]:
    """Every form of a verb of backing a series may end with ("funds", "financed", "supplied", "equipped")."""
    forms = set()
    for verb in backing_verbs():
        forms |= {verb, f"{verb}s", f"{verb}es", f"{verb}ed", f"{verb}d", f"{verb[:-1]}ied", f"{verb[:-1]}ies"}
        forms.add(f"{verb}{verb[-1]}ed")
    return frozenset(w for w in forms if verb_lemma(w) is not None)


def verb_lemma(word: str) -> str | None:
    """The verb a "-s", "-es", "-ed", "-ied" or bare form is of, when it is a verb of backing, else None.

    >>> [verb_lemma(w) for w in ("arms", "financed", "supplied", "equipped", "funds", "armour", "armies")]
    ['arm', 'finance', 'supply', 'equip', 'fund', None, None]
    """
    candidates = [word]
    if word.endswith("s"):
        candidates += [word[:-3] + "y"] if word.endswith("ies") else [word[:-1], word[:-2]]
    if word.endswith("ed"):
        candidates += [word[:-3] + "y"] if word.endswith("ied") else [word[:-2], word[:-1]]
        candidates += [word[:-3]] if len(word) > 4 and word[-3] == word[-4] else []  # "equipped"
    verbs = backing_verbs()
    return next((c for c in candidates if c in verbs), None)


def _verb_form(token: Token) -> bool:
    """Whether a word may be a verb of a series: a verb of backing in any form ("arms" read as a noun), a word the
    tagger read as a verb's past or "-s" form ("harboured"), or a lowercase word ending in "-ed" ("fed")."""
    word = token.lower_
    if not (token.is_lower and token.is_alpha):
        return False
    return verb_lemma(word) is not None or token.tag_ in {"VBD", "VBN", "VBZ"} or word.endswith("ed")


def series_ending_at(last: Token) -> list[Token]:
    """The verbs of a series ending at ``last`` (a verb of backing after "and" or "or"), first to last; none when
    ``last`` ends no series."""
    if verb_lemma(last.lower_) is None or last.i < 2:
        return []
    doc, series, i = last.doc, [last], last.i - 1
    while i > 0 and doc[i].lower_ in JOINS:
        joined = i
        while joined > 0 and doc[joined].lower_ in JOINS:
            joined -= 1
        if joined == i - 2 and not (doc[i - 1].lower_ == "," and doc[i].lower_ in {"and", "or"}):
            break  # "X, and, Y": no list of words
        if not _verb_form(doc[joined]):
            break
        series.insert(0, doc[joined])
        i = joined - 1
    joins = {doc[t].lower_ for t in range(series[0].i, last.i + 1)}
    return series if len(series) > 1 and joins & {"and", "or"} else []


def _start_of_clause_words(first: Token, i: int) -> int:
    """The position before the words written right before position ``i`` that a series' subject may stand before:
    "has", "long", "not" ("Iran has long armed", "Iran has not armed")."""
    doc, start = first.doc, first.sent.start
    while i > start and doc[i - 1].lower_ in HAVE_FORMS | FILLERS | NEGATIONS:
        i -= 1
    return i


def _name_ending_at(reader: DocReader, end: int) -> Mention | None:
    """The name of a side whose last word is right before position ``end``, else the one before ", which" there; not
    a place, nor a name after a preposition ("militants in Syria were armed by X": not Syria)."""
    doc = reader.doc
    at = reader.index.at(doc[end - 1]) if end > 0 else None
    if at is not None and at.end == end:
        at_subject = at.label != "Location" and span_root(doc, at.start, at.end).dep_ != "pobj"
        return at if at_subject else None
    if end > 1 and doc[end - 1].lower_ in RELATIVES and doc[end - 2].lower_ == ",":
        return _name_ending_at(reader, end - 2)
    return None


def _named_after(reader: DocReader, start: int, sent_end: int) -> list[Mention]:
    """The names a phrase starting within a few words of position ``start`` gives, with no verb or comma before it:
    a name and the names listed with it, or the group a reference such as "the group" refers back to."""
    doc = reader.doc
    for i in range(start, min(start + OBJECT_REACH, sent_end)):
        found = reader.index.at(doc[i])
        if found is not None:
            return _listed(reader, found)
        if doc[i].pos_ == "NOUN" and doc[i].dep_ != "compound":
            return _referred(reader, doc[i])
        if doc[i].lower_ in {",", ";", "by"} or doc[i].pos_ in {"VERB", "AUX", "ADP"}:
            return []
    return []


def _referred(reader: DocReader, noun: Token) -> list[Mention]:
    """The organisations a noun phrase names ("a network of groups, including X"); for a reference such as "the
    group", the one it stands for when that is the organisation named last before it ("The Pentagon blamed X. Iran,
    which arms the group": X, or no one)."""
    found = [m for m in actors_of(noun, reader.index, with_preps=False) if m.label == "Organization"]
    if not is_definite_group(noun, reader.index):
        return found  # "a network of allied groups, including X": X
    before = [m for m in reader.index.mentions if m.end <= noun.i and m.label == "Organization" and not m.refers_back]
    return found if len(found) == 1 and before and found[0].key == before[-1].key else []


def _listed_before(reader: DocReader, last: Mention) -> list[Mention]:
    """A name and the names listed before it ("Iran and Syria", "A in X, B in Y and C"): those a list's gaps join to it
    and those the parse coordinates with it, in text order."""
    doc, index = reader.doc, reader.index
    listed = names_listed_before(doc, index.mentions, last.end, last.label, JOINS | {", and"})
    root = span_root(doc, last.start, last.end)
    listed += [m for t in conjuncts(root) if (m := index.at(t)) is not None and m.label == last.label]
    return sorted({m.start: m for m in [last, *listed]}.values(), key=lambda m: m.start)


def _listed(reader: DocReader, first: Mention) -> list[Mention]:
    """A name and the names listed with it ("Hezbollah, Hamas and the Houthis"): each next one after a comma or an
    "and", with nothing else between."""
    found, lower = [first], token_strings(reader.doc, LOWER)
    for m in reader.index.mentions:
        if m.start < found[-1].end or m.label != first.label:
            continue
        gap = [word for word in lower[found[-1].end : m.start] if word != "the"]
        if gap and set(gap) <= JOINS and len(gap) <= 2:
            found.append(m)
        elif gap:
            break  # the words after the list only add to the gap: no later name joins it
    return found


def read_verb_series(reader: DocReader, last: Token) -> None:
    """FUNDS from the backers to the backed of a series of verbs of backing ending at ``last`` (see the module)."""
    series = series_ending_at(last)
    if not series:
        return
    if is_unreal(last) or is_refused(last):
        return  # "plans to arm and fund X", "refused to arm or fund X"
    doc, sent = reader.doc, last.sent
    first = series[0]
    passive = first.i > sent.start and doc[first.i - 1].lower_ in BE_FORMS
    before = _start_of_clause_words(first, first.i - 1 if passive else first.i)
    if any(doc[i].lower_ in NEGATIONS for i in range(before, first.i)):
        return  # "Iran has not armed or funded X"
    held = _name_ending_at(reader, before)
    before_series = _listed_before(reader, held) if held else []
    if passive:
        by = last.i + 1 < sent.end and doc[last.i + 1].lower_ == "by"
        backers = _named_after(reader, last.i + 2, sent.end) if by else []
        backed = before_series
    else:
        backers, backed = before_series, _named_after(reader, last.i + 1, sent.end)
    method = f"{METHOD}:{verb_lemma(last.lower_)}"
    reader.emit_all(backers, "FUNDS", [m for m in backed if m not in backers], last, method, CONFIDENCE)
