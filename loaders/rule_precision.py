"""Each rule's measured precision as its links' confidence, from ``seeds/rule_precision.yaml`` (written by
``benchmarks/realtext/rule_precision.py``, on the written train pages read cold unless its header says otherwise): a
link a rule made with confidence 0.4 is right about two times in five, so a threshold on confidence cuts the rules
that are often wrong. A rule not measured takes its family's figure ("verb" for "verb:designate"), else the
confidence its code gives. Without the file (a seeds folder of one's own), every rule keeps its code's confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from graph.errors import ActorGraphError
from graph.seeds import load_seed_yaml, seeds_dir
from loaders.facts import RelationFact

FILE = "rule_precision.yaml"


@cache
def _measured() -> tuple[dict[str, float], dict[str, float]]:
    """The measured figures per rule and per family (none without the file)."""
    if not (seeds_dir() / FILE).exists():
        return {}, {}
    data = load_seed_yaml(FILE)
    try:
        return {str(k): float(v) for k, v in data["methods"].items()}, {
            str(k): float(v) for k, v in data["families"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ActorGraphError(f"{seeds_dir() / FILE}: malformed ({exc})") from None


def family(method: str) -> str:
    """The family of a rule's name: "verb" of "verb:designate-sanctions", "state-body" of "state-body+state"."""
    return re.split(r"[:+]", method, maxsplit=1)[0]


def rule_confidence(method: str, default: float) -> float:
    """The confidence of a link the rule ``method`` made: its measured precision, its family's, or ``default``."""
    methods, families = _measured()
    if method in methods:
        return methods[method]
    return families.get(family(method), default)


def calibrated(relations: list[RelationFact]) -> list[RelationFact]:
    """The rules' facts, each with its rule's measured precision as its confidence."""
    return [replace(r, confidence=rule_confidence(r.method, r.confidence)) for r in relations]
