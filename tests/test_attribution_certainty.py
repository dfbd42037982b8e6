"""The attribution rule (``DocReader.attribution``: "the attack was attributed to X", "X is responsible for the
bombing") reads a clause's certainty only when it lays an incident on someone: a word of responsibility with no one
blamed or no incident costs no look at negation, hedges and hearsay. Sentences written for the test."""

from __future__ import annotations

from unittest import mock

import pytest

import loaders.extract as extract
from loaders.extract import read_document
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def certainties_read(text: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The words whose certainty the rules' ``certainty_of`` was asked of while reading the text, and the links."""
    with mock.patch.object(extract, "certainty_of", wraps=extract.certainty_of) as spy:
        facts = read_document(load_nlp()(text), "d1", extractor="rules")
    return [call.args[0].text for call in spy.call_args_list], [(r.subject, r.type, r.object) for r in facts.relations]


def test_no_certainty_read_when_no_one_is_blamed() -> None:
    asked, links = certainties_read("The bombing in Baidoa was attributed to unknown gunmen.")
    assert "attributed" not in asked
    assert not [link for link in links if link[1] == "BLAMED_FOR"]


def test_certainty_read_when_an_incident_is_laid_on_a_group() -> None:
    asked, links = certainties_read("A car bombing in Baidoa killed eleven people. It was attributed to al-Shabaab.")
    assert "attributed" in asked
    assert [link for link in links if link[1] == "BLAMED_FOR"]
