"""A set of states named before: "the three states", "both countries" stand for the last list of that many states."""

from __future__ import annotations

from conftest import links_of

from loaders.nlp import load_nlp
from loaders.state_sets import set_count


def test_a_counted_set_of_states_gives_each_state_the_link() -> None:
    text = (
        "Chad, Sudan and Libya announced on Monday that they would quit the African Union. "
        "On Tuesday the three states condemned the African Union."
    )
    found = {(s, k, o) for s, k, o in links_of(text) if k == "OPPOSES"}
    assert {("chad", "OPPOSES"), ("sudan", "OPPOSES"), ("libya", "OPPOSES")} <= {(s, k) for s, k, _ in found}


def test_both_countries_stands_for_a_pair_named_before() -> None:
    text = "Armenia and Azerbaijan walked out of the talks. The two countries later signed a security pact with Iran."
    links = links_of(text)
    assert ("armenia", "ALLIED_WITH", "iran") in links or ("iran", "ALLIED_WITH", "armenia") in links
    assert ("azerbaijan", "ALLIED_WITH", "iran") in links or ("iran", "ALLIED_WITH", "azerbaijan") in links


def test_a_count_that_does_not_match_the_list_stands_for_no_one() -> None:
    text = "Armenia and Azerbaijan walked out of the talks. The three countries later signed a security pact with Iran."
    assert not {link for link in links_of(text) if "iran" in (link[0], link[2])}


def test_only_a_counted_plural_state_noun_is_a_set() -> None:
    doc = load_nlp()("Both governments, the states and three ministers met.")
    assert [set_count(t) for t in doc if t.tag_ == "NNS"] == [2, None, None]
