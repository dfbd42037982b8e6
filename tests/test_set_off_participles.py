"""A participle set off after a body's name that the parser hangs elsewhere still describes the body: a participle of
leading ("X, then chaired by Y", "X, the militia led by Y") says who leads it, and one of backing read as the name's
own verb ("X, trained and equipped by Y,") says who backs it; each sentence written for its test."""

from __future__ import annotations

import pytest
import spacy
from conftest import certainties_of as links
from spacy.tokens import Doc

from loaders.syntax import shared_passive_subjects

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "leader", "body"),
    [
        (  # a describing noun phrase between the name and the participle, hung on the town
            "Bunia is the last big town in Ituri not held by CODECO, the militia led by Justin Ngudjolo, which has "
            "fought the army since 2017.",
            "justin-ngudjolo",
            "codeco",
        ),
        (  # "then" between the name and the participle, hung on the main verb
            "Its roots lie in the Lord's Resistance Army, which was founded in 1987 with help from the Holy Spirit "
            "Movement, then led by Alice Auma.",
            "alice-auma",
            "holy-spirit-movement",
        ),
        (  # a participle the parser tags as a past tense
            "In May 2021 Kiir handed his powers to a nine-member Transitional Security Council chaired by Deng Malual.",
            "deng-malual",
            "transitional-security-council",
        ),
    ],
)
def test_a_participle_set_off_after_a_bodys_name_says_who_leads_it(text: str, leader: str, body: str) -> None:
    found = links(text)
    assert found.get((leader, "LEADS", body)) == "asserted", found


def _misread_reduced_passive(verb: str) -> Doc:
    """ "The RRB, trained and <verb> by France, ..." as the parser sometimes reads it: the name made the subject of
    "trained", a clause of the main verb, with ``verb`` coordinated with it and the "by" phrase on ``verb``."""
    words = ["The", "RRB", ",", "trained", "and", verb, "by", "France", ",", "raided", "camps", "."]
    heads = [1, 3, 1, 9, 3, 3, 5, 6, 9, 9, 9, 9]
    deps = ["det", "nsubj", "punct", "advcl", "cc", "conj", "agent", "pobj", "punct", "ROOT", "dobj", "punct"]
    tags = ["DT", "NNP", ",", "VBN", "CC", "VBN", "IN", "NNP", ",", "VBD", "NNS", "."]
    pos = ["DET", "PROPN", "PUNCT", "VERB", "CCONJ", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_participle_list_set_off_after_a_name_read_as_its_verb_is_passive_on_that_name() -> None:
    doc = _misread_reduced_passive("equipped")
    assert [t.text for t in shared_passive_subjects(doc[5])] == ["RRB"]


def test_a_participle_after_a_place_set_beside_another_leads_no_place() -> None:
    found = links("The Sahel Brotherhood is an armed group based in Gao, Mali, led by Amadou Kone.")
    assert not [k for k in found if k[0] == "amadou-kone" and k[1] == "LEADS" and k[2] == "mali"], found


def test_a_participle_after_a_body_placed_by_its_noun_leads_the_place_it_names() -> None:
    found = links("The junta in Mali, led by Colonel Assimi Goita, expelled the envoy.")
    assert found.get(("assimi-goita", "LEADS", "mali")) == "asserted", found
