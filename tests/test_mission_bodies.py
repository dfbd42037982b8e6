"""A body set beside a mission, agency or office of another is that body's member ("the UN peacekeeping mission X",
"X, the African Union mission", "X is a UN mission", "X, the EU's police agency"); a body listed before such a phrase
is not ("both the army (Y) and the UN mission"); each on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Mali asked the UN peacekeeping mission MINUSMA to leave.", ("MINUSMA", "United Nations")),
        ("Kenya later joined the African Union mission, AMISOM.", ("AMISOM", "African Union")),
        ("MINUSMA is a UN peacekeeping mission.", ("MINUSMA", "United Nations")),
        ("MINUSMA, the UN mission that closed in 2023, lost many peacekeepers.", ("MINUSMA", "United Nations")),
        ("Europol, the EU's police agency, warned of attacks.", ("Europol", "European Union")),
    ],
)
def test_a_body_set_beside_another_bodys_mission_or_agency_is_its_member(text: str, link: tuple[str, str]) -> None:
    found = links_by_name(text)
    assert (link[0], "MEMBER_OF", link[1]) in found, found


def test_a_body_denied_to_be_a_mission_is_a_negated_member() -> None:
    kg = graph_of("The Wagner Group is not a UN mission.")
    edges = [d for s, o, k, d in kg.g.edges(keys=True, data=True) if k == "MEMBER_OF" and s == "wagner-group"]
    assert edges and all(d["evidence"][0].certainty == "negated" for d in edges), edges


@pytest.mark.parametrize(
    "text",
    [
        "Mali asked the UN mission to leave and turned to the Wagner Group.",
        "The attacks exposed the weakness of both the Congolese army (FARDC) and the UN stabilisation mission in Goma.",
        "The raids exposed the weakness of both the Congolese army (Forces armées de la République démocratique du"
        " Congo, FARDC) and the Hezbollah unit, in protecting civilians.",
        "The raids exposed the weakness of both the Congolese army (Forces armées de la République démocratique du"
        " Congo, FARDC) and the Hamas commander, in protecting civilians.",
        "The FBI, a US agency, said so.",
        "A Hamas delegation met the UN mission in Doha.",
    ],
)
def test_no_body_beside_a_mission_unless_set_off_as_it(text: str) -> None:
    found = {(s, o) for s, k, o in links_by_name(text) if k == "MEMBER_OF"}
    assert not {(s, o) for s, o in found if s in {"Wagner Group", "FARDC", "Congolese army", "FBI", "Hamas"}}, found
