"""A bracket beside a colon or a semicolon is two words, never an emoticon: "Terrorists (SDGTs): A, B and C".

spaCy's English tokenizer keeps emoticons such as "):" and ";)" as single words, so a list opened after a bracket
("eight organizations as Specially Designated Global Terrorists (SDGTs): A, B and C") has no colon of its own, and
the rules that read a list after a colon find none. News text has brackets and colons, not emoticons: this drops the
tokenizer's special cases made of one bracket and one colon or semicolon, which are then split as punctuation.

>>> import spacy
>>> [t.text for t in without_bracket_emoticons(spacy.blank("en"))("Terrorists (SDGTs): Tren de Aragua")]
['Terrorists', '(', 'SDGTs', ')', ':', 'Tren', 'de', 'Aragua']

A tokenizer loads its special cases (some 1,300) one by one whenever they are set: once when spaCy makes it from
the language's defaults, again when the model's own are read, and a third time when they are filtered here.
:func:`load_without_bracket_emoticons` loads a model whose tokenizer reads its special cases once, already
filtered: the same tokenizer (the same rules, in the same order, and the same patterns) for about a fifth less CPU
time of loading the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import spacy
import srsly
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_suffix_regex

BRACKETS, STOPS = frozenset("()"), frozenset(":;")
UNRULED_TOKENIZER = "actorgraph.unruled_tokenizer.v1"


def without_bracket_emoticons(nlp: Language) -> Language:
    """The pipeline with no tokenizer special case of a bracket and a colon or semicolon ("):", "(:", ";)")."""
    rules = nlp.tokenizer.rules or {}
    nlp.tokenizer.rules = {text: tokens for text, tokens in rules.items() if not _bracket_emoticon(text)}
    return nlp


@spacy.registry.tokenizers(UNRULED_TOKENIZER)
def unruled_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with no special cases and no patterns yet: a stand-in until the model's own are read."""
    return lambda nlp: Tokenizer(nlp.vocab)


def load_without_bracket_emoticons(name: str, suffixes: Sequence[str] = ()) -> Language:
    """The model ``name`` as ``without_bracket_emoticons(spacy.load(name))`` gives it, its tokenizer's special
    cases loaded once: the model is read without its tokenizer, whose file is then read with the emoticons left
    out of its special cases. Given ``suffixes`` (patterns of a word's end split off before the language's own, as
    :func:`loaders.footnote_marks.with_footnote_marks` sets them), they are read with the tokenizer's file: a suffix
    pattern set afterwards loads every special case again (55 ms of every start)."""
    config = {"nlp": {"tokenizer": {"@tokenizers": UNRULED_TOKENIZER}}}
    nlp = spacy.load(name, exclude=["tokenizer"], config=config)
    data = srsly.msgpack_loads((nlp.path / "tokenizer").read_bytes())
    data["exceptions"] = {text: tokens for text, tokens in data["exceptions"].items() if not _bracket_emoticon(text)}
    if suffixes:
        data["suffix_search"] = compile_suffix_regex([*suffixes, *nlp.Defaults.suffixes]).pattern
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    return nlp


def _bracket_emoticon(text: str) -> bool:
    """Whether a special case is two characters: a bracket and a colon or a semicolon, in either order."""
    return len(text) == 2 and len(set(text) & BRACKETS) == 1 and len(set(text) & STOPS) == 1
