"""The noun a name only qualifies: "border" of "near the Somali border", "movement" of "the Nigerian movement",
"service" of "Russia's security service", "investigation" of "a BBC investigation". Rules ask different questions of
that noun (is it a state's, a body's, a side's, the one a cue reads?) to tell a phrase about the name's actor from a
phrase about something of it; the name's root and the noun it hangs under are found here, once.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Troops patrolled near the Ruritanian border.")
>>> ruritanian = Mention(4, 5, 27, 37, "Ruritanian", "Country", "Ruritania", "")
>>> qualified_noun(doc, ruritanian).text
'border'
>>> qualified_noun(doc, Mention(4, 5, 27, 37, "Ruritanian", "Country", "Ruritania", ""), {"poss"}) is None
True
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from loaders.doc_tree import span_root
from loaders.mentions import Mention

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})  # how a word qualifies the noun it hangs under
QUALIFYING_DEPS = MODIFIER_DEPS | {"poss"}  # and how an owner's name does ("Russia's security service")


def qualified_noun(doc: Doc, mention: Mention, deps: Set[str] = QUALIFYING_DEPS) -> Token | None:
    """The noun the name qualifies: the head of the name's root where the root hangs under it by one of ``deps``;
    None where the name heads a phrase of its own ("the Somali army said" qualifies "army", "Somalia said" nothing)."""
    root = span_root(doc, mention.start, mention.end)
    return root.head if root.dep_ in deps else None
