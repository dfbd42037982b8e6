"""The rules read a page's text from ``text_of`` (put together once a page), never from spaCy's ``doc.text``, which
joins every token of the page again at each reading: read at each incident noun, it cost a quarter of the rules' time
(on sentences written for the test)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from loaders.extract import DocReader
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


class CountingDoc(Doc):
    """A parsed page that counts how often its whole text is joined again."""

    joined = 0

    @property
    def text(self) -> str:
        CountingDoc.joined += 1
        return super().text


def _parsed(text: str) -> CountingDoc:
    nlp = load_nlp()
    made = nlp.make_doc(text)
    doc = CountingDoc(nlp.vocab, words=[t.text for t in made], spaces=[bool(t.whitespace_) for t in made])
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


@pytest.mark.parametrize(
    "text",
    [
        "Its campaign, code-named Dawn of Freedom, pushed the Zarqan Front out of Idlib. The operation, known as Dawn "
        "of Freedom, went on.",
        "Chad launched an offensive nicknamed Iron Fist against the rebels. An operation known as a sweep followed.",
        "The Orvane Liberation Army's attack, called Night Harvest, killed four soldiers in Bosaso on Monday.",
        "- ZARQAN TRADING LLC, Dubai, United Arab Emirates; a firm tied to the Zarqan Front.",
    ],
)
def test_reading_a_page_never_joins_its_text_again(text: str) -> None:
    doc = _parsed(text)
    CountingDoc.joined = 0
    DocReader(doc, "t").read()
    assert CountingDoc.joined == 0
