"""A name in apposition to a role, capitalised after "the" ("The Inspector General, X") or set after the body the
role is of, on which the parser hangs it ("the head of the prisons service, X"), is a person's whatever the NER took
it for; a byline's outlet after a capitalised role is not (``loaders/person_names.py``)."""

from __future__ import annotations

import pytest

from loaders.mentions import Mention
from loaders.nlp import load_nlp
from loaders.person_names import people_in_context


def _relabelled(text: str, name: str) -> str:
    doc = load_nlp()(text)
    words = name.split()
    start = next(t.i for t in doc if t.text == words[0])
    m = Mention(start, start + len(words), 0, 0, name, "Organization", name, "other")
    return next(x.label for x in people_in_context(doc, [m]) if x.name == name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The head of the prisons service, Idris Nababa Kolo, visited the site.", "Idris Nababa Kolo"),
        ("The Attorney General, Lucia Mbeki Dlamini, opened an inquiry.", "Lucia Mbeki Dlamini"),
    ],
)
def test_a_role_holder_in_apposition_is_a_person(text: str, name: str) -> None:
    assert _relabelled(text, name) == "Person"


def test_a_bylines_outlet_stays_a_body() -> None:
    assert _relabelled("By Staff Reporter, Sahel Chronicle", "Sahel Chronicle") == "Organization"
