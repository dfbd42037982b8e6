"""A group's congress is a body inside it ("its 12th Congress"): "the group", "the movement", "the organisation" after
it stand for the group, not for its congress (``inner_body_words`` of ``references``)."""

from __future__ import annotations

import pytest
from conftest import links_by_name


@pytest.mark.parametrize(
    "text",
    [
        "The Ansar Brigade said its Fifth Congress had decided to dissolve the group. Musa Dankano, the group's "
        "founder, welcomed the decision.",
        "The Ansar Brigade held its Extraordinary Congress in Kano in May, where the movement's founder, Musa "
        "Dankano, was named leader.",
        "The Ansar Brigade said its Congress had voted to end the armed campaign, and that the organisation would be "
        "led by Musa Dankano.",
        "The Ansar Brigade's Second Congress, held in Kano in 2019, ended with Musa Dankano named as the movement's "
        "leader.",
        "After its Third Congress in Kano, the Ansar Brigade said the group would be led by Musa Dankano.",
    ],
)
def test_the_group_after_its_congress_is_the_group(text: str) -> None:
    links = links_by_name(text)
    assert ("Musa Dankano", "LEADS", "Ansar Brigade") in links, links
    assert not any(o.endswith("Congress") and t == "LEADS" for _, t, o in links), links
