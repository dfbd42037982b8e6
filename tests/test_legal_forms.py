""" "Transportes Cuatro Caminos, S.A. de C.V., a trucking company": a company's legal form set off by a comma after its
name names no actor of its own. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The cartel's fuel is moved by Transportes Cuatro Caminos, S.A. de C.V., a trucking company in Monterrey.",
        "Arturo Ochoa buys the cartel's cars through Autos El Coyote, S.A. de C.V., a dealership in Monterrey.",
    ],
)
def test_a_legal_form_after_a_company_is_no_actor(text: str) -> None:
    names = [d["name"] for _, d in graph_of(text).g.nodes(data=True)]
    assert not any(name.startswith(("S.A", "S. de", "C.V")) for name in names), names  # the form is the company's
    assert any(name.startswith(("Transportes", "Autos")) for name in names), names
