"""Each rule's links carry the rule's measured precision (seeds/rule_precision.yaml) as their confidence."""

from __future__ import annotations

import pytest
import yaml

from graph.seeds import seeds_dir
from loaders.extract import read_document
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def measured() -> dict:
    return yaml.safe_load((seeds_dir() / "rule_precision.yaml").read_text(encoding="utf-8"))


def test_a_rule_s_links_carry_its_measured_precision() -> None:
    text = "Abu Mahdi al-Muhandis, the leader of Kataib Hezbollah, spoke on Sunday. The Lebanese army shelled a road."
    facts = read_document(load_nlp()(text), "t", "2024-03-05", "rules")
    by_method = {r.method: r.confidence for r in facts.relations}
    assert by_method["role:leader"] == measured()["methods"]["role:leader"]
    assert by_method["state-body"] == measured()["methods"]["state-body"]
    # often right; often wrong on pages read cold, where gold seldom ties a state's army or ministry to the state
    assert by_method["role:leader"] > 0.7 > 0.4 > by_method["state-body"]


def test_figures_are_shares_and_every_family_is_there() -> None:
    data = measured()
    assert all(0 < p < 1 for p in [*data["methods"].values(), *data["families"].values()])
    assert {m.split(":")[0].split("+")[0] for m in data["methods"]} <= set(data["families"])
