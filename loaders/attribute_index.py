"""spaCy's attribute ruler with its single-token patterns looked up by value instead of matched.

The English models' ``attribute_ruler`` maps tags to parts of speech and morphology with about 180
patterns, nearly all one token long with plain values ("TAG": "VBZ", "LOWER": "is"). spaCy's
``Matcher`` tries every pattern on every token, which costs about a tenth of the parse. Here those
patterns are kept in tables keyed by the values they ask for, so each token takes a few dictionary
look-ups; the other patterns (several tokens, ``NOT_IN``, ``REGEX``) stay with a ``Matcher`` of each
pattern set, run only on a document holding the words (and arcs) each of its tokens asks for: their
``REGEX`` tests, which spaCy calls at every token, then run on a handful of documents. The matches
are sorted and applied by the ruler itself, exactly as it would, so the document's annotations are
the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP"})  # compared as string hashes
Match = tuple[int, int, int, int]  # (pattern number, match id, start, end), as AttributeRuler.match gives them
Entry = tuple[int, int, tuple[tuple[str, frozenset[int]], ...]]  # pattern number, match id, values excluded ("NOT_IN")
Need = tuple[str, Callable[[str], bool]]  # an attribute (LOWER or DEP), a test one of the document's values must pass


def _values(value: object) -> list[object] | None:
    """The plain values one token attribute may take ("IN" lists spelled out), or None for any other test."""
    if isinstance(value, dict):
        return list(value["IN"]) if set(value) == {"IN"} and isinstance(value["IN"], list) else None
    return [value]


def _need(token: dict) -> list[Need]:
    """What one token of a pattern needs some token of the document to have: a plain, listed or ``REGEX`` value of
    its LOWER or DEP (a token that may be left out, with an "OP", needs nothing).

    >>> [(attr, test("ai"), test("is")) for attr, test in _need({"TAG": "VBZ", "LOWER": "ai"})]
    [('LOWER', True, False)]
    >>> [test("nothin'") for _, test in _need({"LOWER": {"REGEX": "^n[ou]thin'$"}})]
    [True]
    >>> _need({"LOWER": "of", "OP": "?"})
    []
    """
    if "OP" in token:
        return []
    needs = []
    for attr in ("LOWER", "DEP"):
        value = token.get(attr)
        if isinstance(value, str):
            needs.append((attr, value.__eq__))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            needs.append((attr, frozenset(value["IN"]).__contains__))
        elif isinstance(value, dict) and set(value) == {"REGEX"}:
            needs.append((attr, lambda text, found=re.compile(value["REGEX"]).search: found(text) is not None))
    return needs


def _hash(strings: StringStore, attr: str, value: object) -> int:
    """A pattern's value as ``Doc.to_array`` gives the attribute: a string's hash, a flag's 0 or 1."""
    return strings.add(value) if attr in STRING_ATTRS else int(value)


class IndexedAttributeRuler:
    """Applies an :class:`AttributeRuler`'s patterns with its single-token, plain-valued ones in look-up tables."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.rest: dict[str, tuple[Matcher, list[list[Need]]]] = {}  # each set's Matcher, what each pattern needs
        self.tables: dict[tuple[str, ...], dict[tuple[int, ...], list[Entry]]] = {}
        for number, pattern_set in enumerate(ruler.patterns):
            key = str(number)
            match_id = strings.add(key)
            for pattern in pattern_set["patterns"]:
                token = pattern[0] if len(pattern) == 1 else {}
                if not token or not all(a in STRING_ATTRS or a.startswith("IS_") for a in token):
                    self._add_rest(key, pattern)
                    continue
                excluded = {a: v["NOT_IN"] for a, v in token.items() if isinstance(v, dict) and set(v) == {"NOT_IN"}}
                attrs = tuple(sorted(a for a in token if a not in excluded))
                choices = [_values(token[a]) for a in attrs]
                if not attrs or any(c is None or not c for c in choices):
                    self._add_rest(key, pattern)
                    continue
                unless = tuple((a, frozenset(_hash(strings, a, v) for v in vs)) for a, vs in sorted(excluded.items()))
                table = self.tables.setdefault(attrs, {})
                for combination in product(*choices):
                    hashed = tuple(_hash(strings, a, v) for a, v in zip(attrs, combination, strict=True))
                    table.setdefault(hashed, []).append((number, match_id, unless))
        self.columns = sorted(
            {a for attrs in self.tables for a in attrs} | {a for e in self._entries() for a, _ in e[2]}
        )
        self.positions = {attrs: [self.columns.index(a) for a in attrs] for attrs in self.tables}

    def _add_rest(self, key: str, pattern: list[dict]) -> None:
        """Keep a pattern the tables cannot hold with the other such patterns of its set."""
        matcher, needs = self.rest.setdefault(key, (Matcher(self.ruler.vocab), []))
        matcher.add(key, [pattern])
        needs.append([need for token in pattern for need in _need(token)])

    def _rest_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matches of the patterns left to Matchers, each set's Matcher run only where one of its patterns finds
        every word and arc it needs among the document's."""
        if not self.rest:
            return []
        strings = doc.vocab.strings
        lower, dep = (set(column) for column in doc.to_array([IDS["LOWER"], IDS["DEP"]]).T.tolist())
        values = {"LOWER": [strings[h] for h in lower], "DEP": [strings[h] for h in dep]}
        found = []
        for matcher, needs in self.rest.values():
            if any(all(any(map(test, values[attr])) for attr, test in need) for need in needs):
                found += matcher(doc, allow_missing=True)
        return found

    def _entries(self) -> list[Entry]:
        return [e for table in self.tables.values() for entries in table.values() for e in entries]

    def matches(self, doc: Doc) -> list[Match]:
        """Every pattern's matches, sorted as :meth:`AttributeRuler.match` sorts them."""
        strings = self.ruler.vocab.strings
        found = [(int(strings[m]), m, s, e) for m, s, e in self._rest_matches(doc)]
        if not self.columns or not len(doc):
            return sorted(found)
        columns = doc.to_array([IDS[a] for a in self.columns]).T.tolist()
        by_name = dict(zip(self.columns, columns, strict=True))
        for attrs, table in self.tables.items():
            keys = zip(*(columns[p] for p in self.positions[attrs]), strict=True)
            for i, entries in enumerate(map(table.get, keys)):
                if entries is None:
                    continue
                for number, match_id, unless in entries:
                    if not any(by_name[a][i] in values for a, values in unless):
                        found.append((number, match_id, i, i + 1))
        found.sort()
        return found

    def __call__(self, doc: Doc) -> Doc:
        """Set the matched patterns' attributes in the ruler's order: a one-token match's straight on its token,
        with no span made to find it; the others by the ruler itself."""
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for match in self.matches(doc):
            number, _, start, end = match
            if end - start == 1 and indices[number] in (0, -1):
                set_token_attrs(doc[start], attrs[number])
            else:
                self.ruler.set_annotations(doc, [match])
        return doc


@Language.factory("indexed_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """The pipeline's ``attribute_ruler``, indexed (add it after that one and disable that one)."""
    return IndexedAttributeRuler(nlp.get_pipe("attribute_ruler"))


def index_attribute_ruler(nlp: Language) -> Language:
    """Put the indexed ruler in the place of the pipeline's ``attribute_ruler``, if it has one."""
    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("indexed_attribute_ruler", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    return nlp
