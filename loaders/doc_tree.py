"""A parsed document's dependency tree read once into lists by position (heads, labels, parts of speech,
children), so that the scorer walks paths between mentions with integers instead of making a spaCy ``Token``
at every step.

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Iran", "funds", "Hezbollah"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
>>> tree = DocTree(doc)
>>> tree.children[1], tree.chain(0), tree.path(0, 2)
([0, 2], [0, 1], ([0], 1, [2]))
"""

from __future__ import annotations

from collections.abc import Container

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.tokens import Doc, Token

from loaders.doc_words import doc_memo, kept, token_strings

MAX_CHAIN = 40  # a token and at most 39 of its heads
TREE_KEY = "actorgraph_tree"  # where :func:`tree_of` keeps a document's tree
DESCRIBING_DEPS = frozenset({"amod", "acl", "relcl", "prep"})  # what describes a noun: "a man responsible for X",
# "the faction loyal to X", "who ..."


def tree_of(doc: Doc) -> DocTree:
    """The document's :class:`DocTree`, read once a document and kept in ``doc.user_data`` (the rules and the scorer
    walk the same parse).

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Iran", "funds", "Hezbollah"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> tree_of(doc) is tree_of(doc), tree_of(doc).dep
    (True, ['nsubj', 'ROOT', 'dobj'])
    """
    return kept(doc, TREE_KEY, DocTree)


def has_child(token: Token, deps: Container[str], words: Container[str] | None = None) -> bool:
    """Whether the token has a child of one of the dependency labels ``deps`` (and, given ``words``, whose lowercase
    form is one of them), read by position: ``any(c.dep_ in deps for c in token.children)`` without making a
    ``Token`` of each child.

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Iran", "funds", "Hezbollah"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> has_child(doc[1], {"dobj"}), has_child(doc[1], {"dobj"}, {"hamas"}), has_child(doc[0], {"dobj"})
    (True, False, False)
    """
    tree = tree_of(token.doc)
    dep, children = tree.dep, tree.children[token.i]
    if words is None:
        return any(dep[c] in deps for c in children)
    lower = token_strings(token.doc, LOWER)
    return any(dep[c] in deps and lower[c] in words for c in children)


def span_root(doc: Doc, start: int, end: int) -> Token:
    """``doc[start:end].root`` (a mention's syntactic head), found once a span and kept in the document's
    :func:`~loaders.doc_words.doc_memo`: making a ``Span`` costs ten times a ``Token``, and many rules ask for the root
    of the same mentions.

    >>> from spacy.vocab import Vocab
    >>> words, deps = ["Iran", "funds", "Kataib", "Hezbollah"], ["nsubj", "ROOT", "compound", "dobj"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1], deps=deps)
    >>> span_root(doc, 2, 4).text, span_root(doc, 2, 4) == doc[2:4].root, span_root(doc, 0, 1).text
    ('Hezbollah', True, 'Iran')
    """
    if end - start == 1:
        return doc[start]  # a span of one token is its own root
    known = doc_memo(doc, "span_root")
    found = known.get((start, end))
    if found is None:
        found = known[start, end] = doc[start:end].root.i
    return doc[found]


class DocTree:
    """Every token's head, dependency label (``token.dep_``), part of speech (``token.pos_``) and children, by
    position."""

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        n = len(doc)
        array = doc.to_array([HEAD, DEP, POS]) if n else np.zeros((0, 3), dtype=np.uint64)
        offsets = array[:, 0].astype(np.int64).tolist()  # relative: a sentence's root is its own head
        self.head: list[int] = [i + offset for i, offset in enumerate(offsets)]
        self.dep: list[str] = [strings[h] for h in array[:, 1].tolist()]
        self.pos: list[str] = [strings[h] for h in array[:, 2].tolist()]
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)
        self._chains: dict[int, list[int]] = {}

    def chain(self, i: int) -> list[int]:
        """The token and its heads towards its sentence's root, at most :data:`MAX_CHAIN` (``token.ancestors``)."""
        found = self._chains.get(i)
        if found is None:
            head, found, j = self.head, [i], i
            while head[j] != j and len(found) < MAX_CHAIN:
                j = head[j]
                found.append(j)
            self._chains[i] = found
        return found

    def path(self, a: int, b: int) -> tuple[list[int], int | None, list[int]]:
        """The tokens from ``a`` up to where its heads meet those of ``b``, the meeting point, and down to ``b``."""
        up_a, up_b = self.chain(a), self.chain(b)
        in_b = {t: n for n, t in enumerate(up_b)}
        for n, t in enumerate(up_a):
            if t in in_b:
                return up_a[:n], t, up_b[: in_b[t]][::-1]
        return up_a, None, up_b[::-1]
