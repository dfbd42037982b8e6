"""People described before they are named: a wire report says a strike "killed a Kataib Hezbollah commander", then
"security sources identified him as X" or "The commander, X, oversaw ..."; a list says "a TIP commander identified
as X". The name holds the role the description gives (X is a member of Kataib Hezbollah)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import load_cues, word_sets
from loaders.doc_tree import has_child
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SENTENCES_AFTER = 2  # how many sentences after the description its name may come in


@dataclass(frozen=True)
class LaterNamedWords:
    """The words of ``later_named`` in ``seeds/relations.yaml``."""

    naming_verbs: frozenset[str]  # "identified him as X", "the commander was named as X"
    naming_preps: frozenset[str]  # the "as" of "identified him as X"


@cache
def later_named_words() -> LaterNamedWords:
    """The cue words, read once a process."""
    return word_sets(LaterNamedWords, "later_named")


def named_later(noun: Token, index: MentionIndex) -> Mention | None:
    """The person a role noun with no name describes, when the sentences after name him ("killed a senior
    commander. Sources identified him as X"; "The commander, X, ..."; "The slain commander was named as X"): only
    an indefinite singular role, and only when no other person, caption or link comes between the description and
    the name (wire copy gives each sentence a paragraph of its own). A participle in the description's own phrase
    ("a commander identified as X") is ``syntax.named_by_participle``'s."""
    if index.at(noun) is not None or noun.tag_ != "NN" or not load_cues().is_person_role(noun.lower_):
        return None
    if not has_child(noun, {"det"}, load_cues().indefinite_articles):
        return None
    doc, scope = index.doc, index.scope
    last = noun.sent
    for _ in range(SENTENCES_AFTER):
        if last.end >= len(doc):
            break
        last = doc[last.end].sent
    for token in doc[noun.i + 1 : last.end]:
        if scope.aside(token.idx):
            return None  # a caption or a link between
        if (named := _naming(token, noun, index)) is not None:
            return named
        mention = index.at(token)
        if mention is not None and mention.label == "Person":
            return None  # "a commander ... X said he was identified as Y": X may be the one meant
    return None


def _naming(token: Token, noun: Token, index: MentionIndex) -> Mention | None:
    """The person this token names as the described one: the "as X" of a naming verb whose object (or passive
    subject) is a person pronoun or the same role noun ("identified him as X", "the commander was named as X") and
    whose subject is not the description itself ("a spokesman identified him as X"), or the name set beside the
    same role noun made definite ("The commander, X, ...")."""
    words = later_named_words()
    if token.lemma_.lower() in words.naming_verbs and token.pos_ == "VERB" and token not in noun.ancestors:
        described = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(_stands_for(c, noun) for c in described):
            preps = [p for p in token.children if p.dep_ == "prep" and p.lower_ in words.naming_preps]
            return _person([o for p in preps for o in p.children if o.dep_ == "pobj"], index)
    if token.lemma_ == noun.lemma_ and token.tag_ == "NN" and _definite(token):
        return _person([c for c in token.children if c.dep_ == "appos"], index)
    return None


def _stands_for(token: Token, noun: Token) -> bool:
    """Whether a verb's object is a person pronoun or the same role noun made definite."""
    if token.pos_ == "PRON":
        return token.lower_ in load_cues().person_pronouns
    return token.lemma_ == noun.lemma_ and _definite(token)


def _definite(token: Token) -> bool:
    return has_child(token, {"det"}, load_cues().definite)


def _person(tokens: list[Token], index: MentionIndex) -> Mention | None:
    found = [m for t in tokens if (m := index.at(t)) is not None and m.label == "Person"]
    return found[0] if len(found) == 1 else None
