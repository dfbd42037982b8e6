"""An operation's name that the NER ran on into its foe's ("Operation All Clear against ULFA") leaves the foe's name as
a name of its own (loaders/named_operations.py, ``foe_after_operation``); mentions built by hand, so that the test
does not hang on what the statistical NER joins."""

from __future__ import annotations

import pytest

from loaders.mentions import Mention
from loaders.named_operations import without_operation_names
from loaders.nlp import load_nlp

INCIDENTS = frozenset({"offensive", "operation"})


def _span_mention(doc, text: str, actor_id: str | None = None) -> Mention:
    """The mention of the first run of tokens that spells ``text``."""
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            if span.text == text:
                return Mention(start, end, span.start_char, span.end_char, text, "Organization", text, None, actor_id)
    raise AssertionError(text)


@pytest.mark.parametrize(
    ("sentence", "joined", "foe"),
    [
        (
            "The Royal Bhutan Army launched Operation All Clear against ULFA in 2003.",
            "Operation All Clear against ULFA",
            "ULFA",
        ),
        (
            "In 2011 Kenya sent troops into Somalia in Operation Linda Nchi against Harakat al-Shabaab.",
            "Operation Linda Nchi against Harakat al-Shabaab",
            "Harakat al-Shabaab",
        ),
        (
            "The army began Operation Iron Broom against the Kuki Liberation Front last week.",
            "Operation Iron Broom against the Kuki Liberation Front",
            None,
        ),
    ],
)
def test_the_foe_after_an_operations_name_is_a_name_of_its_own(sentence: str, joined: str, foe: str | None) -> None:
    doc = load_nlp()(sentence)
    kept = without_operation_names(doc, [_span_mention(doc, joined)], INCIDENTS)
    if foe is None:  # "against the Kuki ...": a lower-case word after the preposition, no name to keep apart
        assert [m.text for m in kept] == [joined]
    else:
        assert [m.text for m in kept] == [foe]
        assert doc[kept[0].start : kept[0].end].text == foe


def test_a_known_actor_named_so_keeps_its_whole_name() -> None:
    doc = load_nlp()("Members of Operation Rescue against Abortion protested in Ohio.")
    known = _span_mention(doc, "Operation Rescue against Abortion", actor_id="operation-rescue")
    assert without_operation_names(doc, [known], INCIDENTS) == [known]
