"""A person's other name given beside the name is the same person: after a rank ("better known as Colonel Y") or
after a phrase of spelling ("also written Y", "(also reported as Y)")."""

from __future__ import annotations

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
