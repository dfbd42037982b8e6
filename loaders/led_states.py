"""A country that only qualifies what a person leads is not what the person leads: in "the Nigerian movement led by
X" or "Russia's security service, headed by X", X leads the movement or the service, never Nigeria or Russia.
Where the country qualifies a state's noun ("leader of Niger's military government") or a title ("Iraqi President
X"), the person heads the state.

The state's nouns are the ``led_states`` block of ``seeds/relations.yaml``.

>>> from loaders.nlp import load_nlp
>>> from loaders.mentions import Mention
>>> doc = load_nlp()("The Ruritanian movement led by Jon Harlan grew.")
>>> ruritania = Mention(1, 2, 4, 14, "Ruritanian", "Country", "Ruritania", "")
>>> qualifies_other(ruritania, doc[:])
True
>>> doc = load_nlp()("Jon Harlan heads the Ruritanian government.")
>>> qualifies_other(Mention(4, 5, 20, 30, "Ruritanian", "Country", "Ruritania", ""), doc[:])
False
>>> doc = load_nlp()("Ruritania's Jon Harlan met the rebels.")
>>> ruritania = Mention(0, 1, 0, 9, "Ruritania", "Country", "Ruritania", "")
>>> qualifies_other(ruritania, doc[:], Mention(2, 4, 12, 22, "Jon Harlan", "Person", "Jon Harlan", ""))
False
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.mentions import Mention
from loaders.qualified_nouns import qualified_noun

PERSON_TYPES = frozenset({"PERSON", "Person"})  # the NER's people and the known actors' ("Iran's Supreme Leader X")


@cache
def state_nouns() -> frozenset[str]:
    """The nouns that name a state itself: "government", "junta", "regime"."""
    return frozenset(load_seed_yaml("relations.yaml")["led_states"]["state_nouns"])


def qualifies_other(country: Mention, sentence: Span, holder: Mention | None = None) -> bool:
    """Whether a country named in the sentence that states the link only qualifies another noun there, one neither
    of a state ("government"), of the state's forces or offices (``state_words``), a role or title ("President"),
    nor a word of the name of the one said to lead it (``holder``: "Rwanda's Paul Kagame", whatever the NER took the
    name for). A country named elsewhere (the state an article is about) qualifies nothing here."""
    noun = qualified_noun(sentence.doc, country) if sentence.start <= country.start < sentence.end else None
    if noun is None or (holder is not None and holder.start <= noun.i < holder.end):
        return False
    cues = load_cues()
    if _opens_a_title(noun, cues.role_words, holder):
        return False  # "Lebanon's caretaker Prime Minister X": a word of the title, not another noun
    lemma = noun.lemma_.lower()
    person = noun.ent_type_ in PERSON_TYPES
    return noun.pos_ in {"NOUN", "PROPN"} and not (
        lemma in state_nouns() or lemma in cues.state_words or lemma in cues.role_words or person
    )


def _opens_a_title(noun: Token, role_words: frozenset[str], holder: Mention | None) -> bool:
    """Whether a noun only opens a title or a name it is joined to ("caretaker" of "Lebanon's caretaker Prime Minister
    X", "interim" of "Mali's interim President X")."""
    word = noun
    while word.dep_ in {"compound", "amod"} and word.head is not word:
        word = word.head
        if word.lemma_.lower() in role_words or (holder is not None and holder.start <= word.i < holder.end):
            return True
    return False
