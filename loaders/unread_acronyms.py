"""Acronyms the NER leaves unread: before a noun of a group's people or forces ("PNLO fighters", "the KNDF troops" name
an armed body; an acronym the gazetteer knows is read by its ruler already), and after the document spelled one out in
brackets ("the Arakan Army (AA) ... the AA took the town"). Nouns in ``seeds/relations.yaml``: ``group_nouns`` and
``acronym_body_nouns``.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp().make_doc("Two PNLO fighters were killed.")
>>> [span.text for span in acronyms_before_group_nouns(WordShapes(doc), set())]
['PNLO']
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.doc_words import token_strings
from loaders.same_actor import initials
from loaders.word_shapes import WordShapes

BODY_LABELS = {"ORG", "Organization"}  # an acronym spelled out in brackets stands for a body, not a place or person
MIN_LETTERS, MAX_LETTERS = 3, 6  # "KIA", "MNDAA", "UWSA"; "IS" or "US" are too short to tell from words
MAX_APPOSED_LETTERS = 8  # after a body's noun a longer acronym is one too: "the mission MINUSMA"


@cache
def _body_nouns() -> frozenset[str]:
    """Lower-case nouns that, after an acronym, show it names a body."""
    return load_cues().group_nouns | frozenset(load_seed_yaml("relations.yaml")["acronym_body_nouns"])


def acronyms_before_group_nouns(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Each word in capitals no entity holds, set before a group's noun in lower case, as an organisation (the words
    read from the document's shapes, a token made only after a word in capitals)."""
    return _acronyms_beside(shapes, taken, 1, _body_nouns(), MAX_LETTERS)


@cache
def _apposition_nouns() -> frozenset[str]:
    """Lower-case nouns that, right before an acronym, show it names a body."""
    return load_cues().group_nouns | frozenset(load_seed_yaml("relations.yaml")["acronym_apposition_nouns"])


def acronyms_after_body_nouns(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Each word in capitals no entity holds, set right after a body's noun in lower case, as that organisation: "the
    West African bloc ECOWAS", "the peacekeeping mission MINUSMA", "the separatist group ETA".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp().make_doc("Niger left the regional bloc ZAWAS and the Group ZAWAS.")
    >>> [(span.text, span.start) for span in acronyms_after_body_nouns(WordShapes(doc), set())]
    [('ZAWAS', 5)]
    """
    return _acronyms_beside(shapes, taken, -1, _apposition_nouns(), MAX_APPOSED_LETTERS)


def _acronyms_beside(shapes: WordShapes, taken: set[int], step: int, nouns: frozenset[str], longest: int) -> list[Span]:
    """Each word in capitals of ``MIN_LETTERS`` to ``longest`` letters no entity holds whose neighbour ``step`` words
    away is one of ``nouns`` in lower case, as an organisation."""
    doc, found = shapes.doc, []
    for i, word in enumerate(shapes.text):
        if not word.isupper():
            continue  # most words: told apart before any other question
        near = i + step
        if i in taken or not 0 <= near < len(doc) or not _in_capitals(word, longest):
            continue
        if doc[near].is_lower and doc[near].lower_ in nouns:
            found.append(Span(doc, i, i + 1, label="ORG"))
    return found


def _in_capitals(word: str, longest: int) -> bool:
    """Whether a word is letters in capitals, ``MIN_LETTERS`` to ``longest`` of them."""
    return MIN_LETTERS <= len(word) <= longest and word.isalpha() and word.isupper()


ACTING_DEPS = frozenset({"nsubj", "dobj"})  # "ZNLF killed ...", "Washington sanctioned ZNLF"


@cache
def _acting_verbs() -> frozenset[str]:
    """Lemmas of verbs whose subject or object in capitals is a body: the relations' verbs and the verbs of
    violence, perpetration and announcing."""
    cues = load_cues()
    return frozenset(cues.verbs) | cues.violence_verbs | cues.perpetration_verbs | cues.announcing_verbs


def acting_acronyms(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Each word in capitals no entity holds that is the subject or the object of a relation's, violence's or
    announcing verb, as an organisation: "ZNLF claimed the attack", "the army said ZNLF killed 12"."""
    doc, found = shapes.doc, []
    for i, word in enumerate(shapes.text):
        if i in taken or not _in_capitals(word, MAX_LETTERS):
            continue
        token = doc[i]
        if token.dep_ in ACTING_DEPS and token.head.pos_ == "VERB" and token.head.lemma_ in _acting_verbs():
            found.append(Span(doc, i, i + 1, label="ORG"))
    return found


@cache
def name_links() -> frozenset[str]:
    """Lowercase words a name spelled out before its acronym may have between its capitalised ones."""
    return frozenset(load_seed_yaml("relations.yaml")["acronym_name_links"])


def names_spelled_before_brackets(shapes: WordShapes, ents: list[Span]) -> list[Span]:
    """Each run of capitalised words whose initials the acronym in brackets right after it spells, as an
    organisation, over the entities the NER read in parts of it or as a person's name: "the reconstituted Tigray
    Defence Forces (TDF)", "Islamic State West Africa Province (ISWAP)" (the run's fewest words that spell it,
    linking words such as "of" within). Letters the run does not spell, an entity reaching out of it or a name read
    whole as a body's or a place's ("the Democratic Republic of the Congo (DRC)") leave it.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp().make_doc("Fighters of the Vardo Liberation Front (VLF) and the Tamsin Army (KA) met.")
    >>> [s.text for s in names_spelled_before_brackets(WordShapes(doc), [Span(doc, 4, 5, label="GPE")])]
    ['Vardo Liberation Front']
    """
    doc, text, found = shapes.doc, shapes.text, []
    ent_at = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    for i in range(2, len(text) - 2):
        acronym = text[i + 1]
        if text[i] != "(" or text[i + 2] != ")" or not (2 <= len(acronym) <= MAX_LETTERS and acronym.isupper()):
            continue
        start = _spelling_start(shapes, i, acronym.replace("-", ""))
        if start is None:
            continue
        inside = {ent_at[t] for t in range(start, i) if t in ent_at}
        whole = any(e.start == start and e.end == i and e.label_ != "PERSON" for e in inside)
        if not whole and all(start <= e.start and e.end <= i for e in inside):
            found.append(Span(doc, start, i, label="ORG"))
    return found


def _spelling_start(shapes: WordShapes, end: int, acronym: str) -> int | None:
    """Where the run of capitalised words ending before ``end`` begins so that its initials spell ``acronym``, if
    it does: the run goes back over capitalised words and linking words."""
    text, start = shapes.text, end
    while start > 0 and end - start < 2 * len(acronym) + 2:
        word = text[start - 1]
        if not (word[:1].isupper() or word in name_links()):
            break
        start -= 1
    if not text[end - 1][:1].isupper():
        return None
    firsts = (f for f in range(start, end - 1) if text[f][:1].isupper())
    return next((f for f in firsts if acronym in initials(" ".join(text[f:end]))), None)


@cache
def not_names() -> frozenset[str]:
    """Words in capitals that name no body however a name on the page spells them ("PM", "TV")."""
    return frozenset(load_seed_yaml("relations.yaml")["acronym_not_names"])


def acronyms_of_names(ents: list[Span], taken: set[int]) -> list[Span]:
    """Each word in capitals no entity holds that spells the initials of one organisation's name of two words or
    more the page names, as that organisation, though the page never writes it in brackets: "IS" beside "Islamic
    State" ("to fight IS"), linking words such as "al" and "of" skipped. Not a word in a line or a run of words in
    capitals ("THIS IS"), nor one of ``acronym_not_names`` ("PM"), nor letters two names spell, nor one opening a
    name joined by a hyphen or a bracket ("IS-K", "CPI (Maoist)").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp().make_doc("The Vardo Liberation Front attacked. Later VLF and the PM said so.")
    >>> [(s.text, s.start) for s in acronyms_of_names([Span(doc, 1, 4, label="ORG")], set(range(1, 4)))]
    [('VLF', 7)]
    """
    owners: dict[str, set[str]] = {}
    for ent in ents:
        words = [t.text for t in ent if t.text[:1].isupper()]
        if ent.label_ in BODY_LABELS and len(words) >= 2 and not all(w.isupper() for w in words):
            for letters in initials(ent.text):  # "Islamic State" and "Islamic State group": one name
                owners.setdefault(letters, set()).add(" ".join(words).lower())
    if not owners:
        return []
    doc = ents[0].doc
    words = token_strings(doc)
    found: list[Span] = []
    for i, word in enumerate(words):
        if i in taken or not (2 <= len(word) <= MAX_LETTERS and word.isalpha() and word.isupper()):
            continue
        if len(owners.get(word, ())) != 1 or word in not_names() or _among_capitals(words, i):
            continue
        if i + 2 < len(words) and words[i + 1] in {"-", "("} and words[i + 2][:1].isupper():
            continue  # "IS-K", "CPI (Maoist)": another name the acronym opens
        found.append(Span(doc, i, i + 1, label="ORG"))
    return found


def _among_capitals(words: list[str], i: int) -> bool:
    """Whether the word before or after the one at ``i`` is a word in capitals too: a headline's or a label's run
    ("THIS IS", "BAGHDAD (AFP)" aside: a bracket is no word)."""
    near = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
    return any(len(w) > 1 and w.isalpha() and w.isupper() for w in near)


def acronyms_defined_in_brackets(ents: list[Span], taken: set[int]) -> list[Span]:
    """Each later word no entity holds that repeats the acronym an organisation's name spells and has in brackets
    right after it ("the Arakan Army (AA)", read with or without the brackets), as that organisation: "the AA took
    the town" (two letters are enough once the document spells them out; letters the name does not spell, or a word
    in another case, name no one).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp().make_doc("The Arakan Army (AA) said so. The AA took Paletwa; the aa and the AB did not.")
    >>> [(s.text, s.start) for s in acronyms_defined_in_brackets([Span(doc, 1, 3, label="ORG")], set(range(1, 6)))]
    [('AA', 10)]
    """
    found: list[Span] = []
    for ent in ents:
        if ent.label_ not in BODY_LABELS:
            continue
        doc = ent.doc
        name = ent
        if len(ent) >= 4 and ent[-1].text == ")" and ent[-3].text == "(":  # "Arakan Army (AA)" read as one name
            acronym, name = ent[-2].text, ent[:-3]
        elif ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            acronym = doc[ent.end + 1].text
        else:
            continue
        if not (acronym.isalpha() and acronym.isupper() and acronym in initials(name.text)):
            continue
        words = token_strings(doc)  # the later words as strings: a token made only where the acronym is
        for i in range(ent.end, len(words)):
            if words[i] == acronym and i not in taken and words[i - 1] != "(":
                found.append(Span(doc, i, i + 1, label=ent.label_, span_id=ent.id_))
                taken.add(i)
    return found
