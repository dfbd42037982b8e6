"""How the learned scorer's answers combine with the rules': a link the rules made needs only even odds for the
scorer alone to keep it, and the scorer may make a rule's link surer but never less sure than its rule."""

from __future__ import annotations

import math

from loaders.extract import DocReader
from loaders.nlp import load_nlp
from loaders.rule_precision import rule_confidence
from loaders.scorer import RelationModel

TEXT = "The Northern Shield Front is led by Tomas Varga."  # written for these tests
LINK = ("Person:Tomas Varga", "LEADS", "Organization:Northern Shield Front")


def scorer_giving(probability: float, threshold: float = 0.9) -> RelationModel:
    """A model that gives every link the rules voted LEADS this probability, and links of its own at ``threshold``."""
    return RelationModel(
        ["LEADS"], {"vote=LEADS": [math.log(probability / (1 - probability))]}, [0.0], [(1.0, 0.0)], [threshold]
    )


def read(extractor: str, model: RelationModel) -> dict[tuple[str, str, str], float]:
    facts = DocReader(load_nlp()(TEXT), "t").read(extractor, model)
    return {(r.subject, r.type, r.object): r.confidence for r in facts.relations}


def test_the_rules_read_the_sentence_written_for_these_tests() -> None:
    assert LINK in read("rules", scorer_giving(0.6))


def test_the_scorer_alone_keeps_a_rules_link_at_even_odds_below_its_own_threshold() -> None:
    assert read("model", scorer_giving(0.6)) == {LINK: 0.6}


def test_the_scorer_alone_drops_a_rules_link_it_finds_unlikely() -> None:
    assert LINK not in read("model", scorer_giving(0.3))


def test_a_rules_link_the_scorer_doubts_keeps_its_rules_measured_precision() -> None:
    facts = DocReader(load_nlp()(TEXT), "t").read("rules")
    rule = next(r for r in facts.relations if (r.subject, r.type, r.object) == LINK)
    assert rule.confidence == rule_confidence(rule.method, rule.confidence) > 0.1
    assert read("both", scorer_giving(0.1))[LINK] == rule.confidence


def test_a_rules_link_the_scorer_is_sure_of_takes_the_scorers_confidence() -> None:
    assert read("both", scorer_giving(0.99))[LINK] == 0.99
