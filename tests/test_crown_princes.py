"""A crown prince holds an office of his state, not its head's: "Saudi Crown Prince X" works for Saudi Arabia (the
ontology: a state's officials and ministers WORKS_FOR the Country; only its head LEADS it). Each construction on a
sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Kuwaiti Crown Prince Sabah al-Khalid received the envoy in Kuwait City.",
        "Sabah al-Khalid, Kuwait's crown prince, received the envoy in Kuwait City.",
    ],
)
def test_a_crown_prince_works_for_his_state(text: str) -> None:
    found = links_of(text)
    assert ("sabah-al-khalid", "WORKS_FOR", "kuwait") in found, found
    assert ("sabah-al-khalid", "LEADS", "kuwait") not in found, found
