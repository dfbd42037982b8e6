"""Words the model's lemmatizer reads wrong take the lemma of the ``lemma_fixes`` table in ``seeds/relations.yaml``,
so every cue rule that reads a lemma sees the right one: "bases" is the plural of a base, not of a basis."""

from __future__ import annotations

from conftest import links_of

from loaders.nlp import load_nlp


def test_bases_is_read_as_the_plural_of_base() -> None:
    doc = load_nlp()("The rebels run two bases near the lake.")
    assert [t.lemma_ for t in doc if t.lower_ == "bases"] == ["base"]


def test_a_group_that_set_up_bases_in_a_country_is_based_there() -> None:
    links = links_of("The Popular Defence Brigades set up bases in Chad last year.")
    assert ("popular-defence-brigades", "BASED_IN", "chad") in links, links
