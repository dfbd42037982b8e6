"""Bodies' names the NER left untagged (``loaders/untagged_bodies.py``): a run of capitalised words after "the" or a
possessive that ends in a head word of organisations ("Cartel", "Command", "Council", "Front") is an organisation's
name, read where the NER leaves the words untagged (here asked of the rule directly: the NER reads most of these
sentences itself); not words with no article or possessive before them (a headline), nor a run a longer capitalised
name goes on past, nor words another entity covers. Sentences written for this test."""

from __future__ import annotations

import pytest

from loaders.nlp import load_nlp
from loaders.untagged_bodies import untagged_bodies


def _read(text: str, taken: frozenset[str] = frozenset()) -> list[str]:
    doc = load_nlp()(text)
    covered = {t.i for t in doc if t.text in taken}
    return [span.text for span in untagged_bodies(doc, covered)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Gunmen of the Orvane Cartel shot two officers in the market.", "Orvane Cartel"),
        ("Analysts call the Veyristas the Orvane Cartel's main national rival.", "Orvane Cartel"),
        ("In March, Washington designated the Orvane Cartel a terrorist organisation.", "Orvane Cartel"),
        ("Rebels attacked bases of the army's Northern Command in Tarvessa.", "Northern Command"),
        ("Rebels attacked bases of the Tarvessan Defence Force's (TDF) Northern Command.", "Northern Command"),
        (
            "The militia detained the head of the Ras al-Veyra Military Council on Monday.",
            "Ras al-Veyra Military Council",
        ),
        ("The rebels' Northern Veyra Front took the town on Sunday.", "Northern Veyra Front"),
        ("Fighters of the Orvane Resistance Movement seized the town.", "Orvane Resistance Movement"),
    ],
)
def test_a_capitalised_run_ending_in_a_body_head_is_a_body(text: str, body: str) -> None:
    assert body in _read(text), _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Treasury Targets Orvane Cartel Network",  # a headline: no article before the run
        "The Orvane Cartel Leadership Forum met in secret.",  # a longer name goes on past the head
        "Troops crossed the Orvane Strip at dawn.",  # no head word of bodies
        "Orvane Cartel gunmen shot two officers.",  # no article or possessive before it
    ],
)
def test_a_run_with_no_article_or_going_on_is_no_body(text: str) -> None:
    assert _read(text) == [], _read(text)


def test_words_another_entity_covers_are_left_to_it() -> None:
    assert _read("Gunmen of the Orvane Cartel shot two officers.", frozenset({"Orvane"})) == []
