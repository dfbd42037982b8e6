"""Bodies named by a short name, an acronym or a spelling the NER does not read as a name are the known actors
(``seeds/actors.yaml``); each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Two Italian destroyers sailing with Aspides downed a drone off Hodeidah.", "eunavfor-aspides"),
        ("The MSS accused a former engineer of selling secrets to Taiwan.", "ministry-of-state-security"),
        ("Gunmen from G-Pep burned houses in Cité Soleil on Sunday.", "g-pep"),
    ],
)
def test_a_known_body_is_found_by_its_short_name(text: str, actor: str) -> None:
    nodes = set(graph_of(text).g.nodes)
    assert actor in nodes, nodes
