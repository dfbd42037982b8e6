"""A head appointed over a part of a body (a region's, an area's) is one of the body's members, not its head nor the
head of the place (``DocReader.appointment``); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Omar Bakri was named by the Volta Brigade as its leader in the region in 2016.",
        'Omar Bakri, whom the Volta Brigade had named its "emir" for West Africa, was killed in 2017.',
        "The Volta Brigade named Omar Bakri its commander in Ghana in 2016.",
        "Omar Bakri was appointed the Volta Brigade's leader in Ghana last year.",
        "Omar Bakri was named leader of the Volta Brigade in Ghana in 2016.",
        "The Volta Brigade chose Omar Bakri as its deputy leader in the area in 2016.",
        "In 2016 the Volta Brigade appointed Omar Bakri, a former teacher, as its chief for the northern region.",
    ],
)
def test_a_head_appointed_over_a_region_is_a_member_of_the_body(text: str) -> None:
    links = links_by_name(text)
    assert ("Omar Bakri", "MEMBER_OF", "Volta Brigade") in links, links
    assert not any(s == "Omar Bakri" and k in {"LEADS", "DEPUTY_OF"} for s, k, _ in links), links


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Brigade appointed Omar Bakri as its new leader in 2016.",
        "Omar Bakri was named by the Volta Brigade as its leader in 2016.",
        "Omar Bakri was named leader of the Volta Brigade after its founder was killed in Ghana.",
        "The Volta Brigade named Omar Bakri its leader for the third time in 2016.",
    ],
)
def test_a_head_appointed_over_the_whole_body_leads_it(text: str) -> None:
    links = links_by_name(text)
    assert ("Omar Bakri", "LEADS", "Volta Brigade") in links, links
    assert ("Omar Bakri", "LEADS", "Ghana") not in links, links


def test_a_head_appointed_over_a_state_leads_the_state() -> None:
    links = links_by_name("Omar Bakri was appointed president of Ghana in 2016.")
    assert ("Omar Bakri", "LEADS", "Ghana") in links, links


def test_an_envoy_appointed_to_a_state_works_for_the_body_that_sent_him() -> None:
    links = links_by_name("Omar Bakri was named the Volta Brigade's envoy to Ghana in 2016.")
    assert ("Omar Bakri", "WORKS_FOR", "Volta Brigade") in links, links
    assert not any(s == "Omar Bakri" and o == "Ghana" for s, _, o in links), links
