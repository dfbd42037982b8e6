"""An incident attributed to a faction a participle of naming names (loaders/incidents.py: `named_in_phrase`): "a
faction of X known as Y", "the faction of X that is known as Y" blame Y beside X; sentences written for this test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

BOTH = {("Boko Haram", "Dapchi raid"): "alleged", ("Islamic State West Africa Province", "Dapchi raid"): "alleged"}


@pytest.mark.parametrize(
    "text",
    [
        "Analysts attributed the 2018 Dapchi raid to a faction of Boko Haram known as ISWAP.",
        "Security sources have attributed the 2018 Dapchi raid to a faction of Boko Haram known as ISWAP.",
        "The 2018 Dapchi raid was attributed to the faction of Boko Haram that is known as ISWAP.",
        "Sources attributed the 2018 Dapchi raid to the faction of Boko Haram that is allied to IS and known as ISWAP.",
    ],
)
def test_the_faction_a_participle_names_is_blamed_beside_the_group_it_is_of(text: str) -> None:
    found = named_links(text, "BLAMED_FOR")
    assert found.get(("Islamic State West Africa Province", "Dapchi raid")) == "alleged", found
    assert set(found) <= set(BOTH), found


def test_a_faction_known_for_something_names_no_one_else() -> None:
    text = "Analysts attributed the 2018 Dapchi raid to a faction of Boko Haram known for kidnappings in Yobe."
    assert named_links(text, "BLAMED_FOR") == {("Boko Haram", "Dapchi raid"): "alleged"}
