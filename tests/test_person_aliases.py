"""A person's other name given beside the name is the same person: after a rank ("better known as Colonel Y") or
after a phrase of spelling ("also written Y", "(also reported as Y)")."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from loaders.also_known_as import bind_aliases
from loaders.mentions import Mention
from loaders.nlp import load_nlp
from tests.conftest import graph_of


def _people(text: str) -> dict[str, set[str]]:
    kg = graph_of(text, "2024-03-05", "both")
    return {d["name"]: set(d.get("aliases", ())) for _, d in kg.g.nodes(data=True) if d.get("label") == "Person"}


def test_another_name_after_a_rank_is_the_same_person() -> None:
    found = _people("Its northern commander, Tomasz Oderwald, better known as Major Kestrel, left the movement.")
    assert "Kestrel" in found.get("Tomasz Oderwald", set()), found
    assert "Kestrel" not in found, found


def test_a_reported_spelling_is_the_same_person() -> None:
    found = _people("Police named the gunman as Idris Kamaludin (also reported as Edris Kamaludin), a local trader.")
    assert "Edris Kamaludin" in found.get("Idris Kamaludin", set()), found
    assert "Edris Kamaludin" not in found, found


def test_two_people_after_a_rank_stay_two() -> None:
    found = _people("Tomasz Oderwald met Major Ilse Brandvik in the capital.")
    assert "Tomasz Oderwald" in found and "Ilse Brandvik" in found, found


def test_a_spelling_of_another_name_is_the_same_person() -> None:
    found = _people("The cell was run by Karim Osmanli, known as Abu Yasir (also spelled Abu Yassir), until 2019.")
    assert {"Abu Yasir", "Abu Yassir"} <= found.get("Karim Osmanli", set()), found


def test_a_spelling_given_sometimes_is_the_same_person() -> None:
    found = _people("The raid was led by Karim Osmanli, sometimes spelled Kerim Osmanli, in 2019.")
    assert "Kerim Osmanli" in found.get("Karim Osmanli", set()), found


def test_a_name_the_person_also_uses_is_the_same_person() -> None:
    found = _people("Ruslan Tavadze, who also uses the name Ruslan al-Kartvel, heads the brigade.")
    assert "Ruslan al-Kartvel" in found.get("Ruslan Tavadze", set()), found
    assert "Ruslan al-Kartvel" not in found, found


@pytest.mark.parametrize("dash", ["-", "—"])
def test_a_quoted_nickname_read_as_a_place_is_the_same_person(dash: str) -> None:
    doc = English()(f'His rivals, among them Octavio Rendón Salgado, "El Pinar" {dash} fought over the plaza.')
    named = [_mention(doc, "Octavio Rendón Salgado", "Person"), _mention(doc, "El Pinar", "Location")]
    bound = bind_aliases(doc, named)
    assert [(m.text, m.label, m.name) for m in bound][1] == ("El Pinar", "Person", "Octavio Rendón Salgado"), bound


def _mention(doc: Doc, text: str, label: str, actor_id: str | None = None) -> Mention:
    """The mention of the first place the text is written in the document, as the NER could have read it."""
    span = doc.char_span(doc.text.index(text), doc.text.index(text) + len(text))
    return Mention(span.start, span.end, span.start_char, span.end_char, text, label, text, actor_id=actor_id)


def test_every_quoted_nickname_of_a_list_is_the_same_person() -> None:
    found = _people('The cell answered to Teodoro Villaseñor Ruiz, known as "T-7", "El Gallo" or "El Sordo", in 2015.')
    assert {"T-7", "El Gallo", "El Sordo"} <= found.get("Teodoro Villaseñor Ruiz", set()), found


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The brigade is led by Pavel Orlik, a teacher from Omsk who also goes by the surname Volkov.", "Volkov"),
        ('The brigade is led by Pavel Orlik, his brother, known as "Comrade Volkov", since 2019.', "Comrade Volkov"),
    ],
)
def test_another_name_after_a_description_of_the_person_is_the_same_person(text: str, other: str) -> None:
    doc = load_nlp()(text)
    bound = bind_aliases(doc, [_mention(doc, "Pavel Orlik", "Person"), _mention(doc, other, "Organization")])
    assert [(m.label, m.name) for m in bound] == [("Person", "Pavel Orlik")] * 2, bound


def test_another_name_of_someone_else_in_the_description_stays_apart() -> None:
    doc = load_nlp()("Police questioned Pavel Orlik, a teacher who worked with a smuggler known as Volkov.")
    bound = bind_aliases(doc, [_mention(doc, "Pavel Orlik", "Person"), _mention(doc, "Volkov", "Person")])
    assert [m.name for m in bound] == ["Pavel Orlik", "Volkov"], bound
