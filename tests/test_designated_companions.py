"""A designation "as" a terrorist group ("X was designated a terrorist organisation by Y") sanctions the names set
beside its target too ("alongside A and B", "along with its leader C"): sentences written for the test."""

from __future__ import annotations

import pytest
from test_real_text import triples

pytestmark = pytest.mark.model


def sanctioned(text: str) -> set[tuple[str, str]]:
    """(target, sanctioner) of each sanction the text states."""
    return {(s, o) for s, t, o in triples(text) if t == "SANCTIONED_BY"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sidon Brigade was designated a terrorist organisation by Lebanon's parliament in 2011, alongside the "
            "Tyre Brigade and the Nabatieh Front.",
            {"sidon-brigade", "tyre-brigade", "nabatieh-front"},
        ),
        (
            "The Sidon Brigade was listed as a terrorist group in Australia along with the Tyre Brigade.",
            {"sidon-brigade", "tyre-brigade"},
        ),
        (
            "Canada classified the Sidon Brigade as a terrorist entity, along with its leader Rami Khoury.",
            {"sidon-brigade", "rami-khoury"},
        ),
        (
            "The Sidon Brigade, alongside the Tyre Brigade, was designated a terrorist organisation by Lebanon.",
            {"sidon-brigade", "tyre-brigade"},
        ),
    ],
)
def test_names_beside_a_designated_target_are_designated_too(text: str, expected: set[str]) -> None:
    assert {target for target, _ in sanctioned(text)} == expected, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Sidon Brigade was designated a terrorist group by Lebanon, which fought alongside the Tyre Brigade.",
        "Lebanon designated the Sidon Brigade a terrorist organisation alongside Syria.",  # a state beside it acts
    ],
)
def test_a_name_beside_another_verb_or_a_state_is_not_designated(text: str) -> None:
    assert {target for target, _ in sanctioned(text)} == {"sidon-brigade"}, triples(text)
