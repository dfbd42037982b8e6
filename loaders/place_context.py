"""Names the NER took for a body's or a person's that their sentence shows are a place's.

- A name after "in", "near", "outside", "around" or "inside", or listed after one: "the assault on the police school
  in Ratta Kulachi", "around Tera and Ayorou".
- A name after "the village of", "the outskirts of" (:func:`loaders.place_names.named_after_place_noun`): "the
  village of Blahodatne".
- A name in apposition with the noun of a place (``place_nouns`` and ``place_names.of_nouns`` of
  ``seeds/relations.yaml``): "Melitopol, a town in southern Ukraine".
- A name before "-based" or "-headquartered": "the Rio-based faction".

Only unknown names of up to three words, none an organisation's, are read again ("around Yei, Lainya and Kajo-Keji",
"Mera, a farming village": the NER's people too; a lone word that is the last name of a person the document names in
full stays a person's: :mod:`loaders.one_label` reads after this); every mention of such a name in the document
becomes the place's.

>>> from loaders.nlp import load_nlp
>>> from loaders.mentions import Mention
>>> doc = load_nlp()("Troops retook the village of Zelenopillia on Monday.")
>>> ms = [Mention(5, 6, 29, 42, "Zelenopillia", "Organization", "Zelenopillia", "other")]
>>> [(m.label, m.name) for m in places_in_context(doc, ms)]
[('Location', 'Zelenopillia')]
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from loaders.cues import load_cues
from loaders.mentions import Mention, guess_kind
from loaders.organisation_names import names_an_organisation
from loaders.place_names import base_words, named_after_place_noun, place_name_words

MAX_WORDS = 3


def _placed(span: Span) -> bool:
    """Whether the sentence uses the name as a place's: after a preposition of place, "the village of", beside the
    noun of a place, or before a hyphen and a word of a base ("the Rio-based faction": the ``hyphen_compounds`` of
    BASED_IN)."""
    root, doc = span.root, span.doc
    nouns = load_cues().place_nouns | place_name_words().of_nouns
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:  # "around Tera and Ayorou": listed after the preposition
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in load_cues().place_preps:
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in base_words():
        return True
    if named_after_place_noun(root):
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children)


def places_in_context(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with every unknown name its sentence uses as a place's labelled a place."""
    named = {
        m.name
        for m in mentions
        if m.label in {"Organization", "Person"}
        and not m.actor_id
        and not m.refers_back
        and len(m.name.split()) <= MAX_WORDS
        and not names_an_organisation(m.name, guess_kind(m.name))
        and _placed(doc[m.start : m.end])
    }
    if not named:
        return mentions
    return [
        replace(m, label="Location", kind=None) if not m.actor_id and m.label != "Location" and m.name in named else m
        for m in mentions
    ]
