"""spaCy's attribute ruler with its single-token patterns looked up by value instead of matched.

The English models' ``attribute_ruler`` maps tags to parts of speech and morphology with about 180
patterns, nearly all one token long with plain values ("TAG": "VBZ", "LOWER": "is"). spaCy's
``Matcher`` tries every pattern on every token, which costs about a tenth of the parse. Here those
patterns are kept in tables keyed by the values they ask for, so each token takes a few dictionary
look-ups; the other patterns (several tokens, ``NOT_IN``, ``REGEX``) stay with a ``Matcher``. The
matches are sorted and applied by the ruler itself, exactly as it would, so the document's
annotations are the same.
"""

from __future__ import annotations

from itertools import product

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP"})  # compared as string hashes
Match = tuple[int, int, int, int]  # (pattern number, match id, start, end), as AttributeRuler.match gives them
Entry = tuple[int, int, tuple[tuple[str, frozenset[int]], ...]]  # pattern number, match id, values excluded ("NOT_IN")


def _values(value: object) -> list[object] | None:
    """The plain values one token attribute may take ("IN" lists spelled out), or None for any other test."""
    if isinstance(value, dict):
        return list(value["IN"]) if set(value) == {"IN"} and isinstance(value["IN"], list) else None
    return [value]


def _hash(strings: StringStore, attr: str, value: object) -> int:
    """A pattern's value as ``Doc.to_array`` gives the attribute: a string's hash, a flag's 0 or 1."""
    return strings.add(value) if attr in STRING_ATTRS else int(value)


class IndexedAttributeRuler:
    """Applies an :class:`AttributeRuler`'s patterns with its single-token, plain-valued ones in look-up tables."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.rest = Matcher(ruler.vocab)
        self.tables: dict[tuple[str, ...], dict[tuple[int, ...], list[Entry]]] = {}
        for number, pattern_set in enumerate(ruler.patterns):
            key = str(number)
            match_id = strings.add(key)
            for pattern in pattern_set["patterns"]:
                token = pattern[0] if len(pattern) == 1 else {}
                if not token or not all(a in STRING_ATTRS or a.startswith("IS_") for a in token):
                    self.rest.add(key, [pattern])
                    continue
                excluded = {a: v["NOT_IN"] for a, v in token.items() if isinstance(v, dict) and set(v) == {"NOT_IN"}}
                attrs = tuple(sorted(a for a in token if a not in excluded))
                choices = [_values(token[a]) for a in attrs]
                if not attrs or any(c is None or not c for c in choices):
                    self.rest.add(key, [pattern])
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

    def _entries(self) -> list[Entry]:
        return [e for table in self.tables.values() for entries in table.values() for e in entries]

    def matches(self, doc: Doc) -> list[Match]:
        """Every pattern's matches, sorted as :meth:`AttributeRuler.match` sorts them."""
        strings = self.ruler.vocab.strings
        rest = self.rest(doc, allow_missing=True) if len(self.rest) else []  # (an empty Matcher warns)
        found = [(int(strings[m]), m, s, e) for m, s, e in rest]
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
        self.ruler.set_annotations(doc, self.matches(doc))
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
