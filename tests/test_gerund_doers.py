"""A gerund of means after a verb of response is done by that verb's subject (loaders/syntax.py,
``gerund_doer_preps`` and ``gerund_doer_verbs`` of seeds/relations.yaml), and a deed told as the time of a warning is
no threat (loaders/extract.py, ``deed_time_preps``), nor one told as over ("no longer", ``ended_words``), each on
sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Mali responded by condemning Ukraine.",
        "Mali reacted on Sunday by denouncing Ukraine.",
        "Mali responded to the attack by cutting diplomatic ties with Ukraine.",
        "Mali retaliated by condemning Ukraine.",
        "Mali, which responded by condemning Ukraine, turned to Russia.",
        "Mali replied by denouncing Ukraine at the United Nations.",
    ],
)
def test_a_gerund_of_means_after_a_response_is_the_responders_deed(text: str) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(("Mali", "Ukraine")) == "asserted", found


def test_a_response_by_an_attack_is_an_attack_by_the_responder() -> None:
    found = named_links("Iran retaliated by firing missiles at Israel.", "ATTACKED")
    assert found.get(("Iran", "Israel")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mali responded without condemning Ukraine.", ("Mali", "Ukraine")),  # not done
        ("Mali accused Niger of condemning Ukraine.", ("Mali", "Ukraine")),  # the accused's deed ("of")
        ("Niger praised Mali for condemning Ukraine.", ("Niger", "Ukraine")),  # the praised one's deed
        ("Mali was punished by Niger for condemning Ukraine.", ("Niger", "Ukraine")),  # a passive: the punished's
        ("After Niger condemned Ukraine, Mali responded by cutting ties with Russia.", ("Mali", "Ukraine")),
    ],
)
def test_a_gerund_of_another_or_not_done_is_not_the_responders(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "OPPOSES")
    assert pair not in found, found


def test_an_attack_told_as_the_time_of_a_warning_is_no_threat() -> None:
    found = named_links("After attacking Israel, Iran warned the United States.", "THREATENED")
    assert ("Iran", "Israel") not in found, found
    assert found.get(("Iran", "United States")) == "asserted", found


def test_a_response_vowed_by_means_of_an_attack_still_threatens() -> None:
    found = named_links("Hezbollah vowed to respond by striking Israel.", "THREATENED")
    assert found.get(("Hezbollah", "Israel")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Analysts say the CPC no longer threatens Bangui.", False),  # a threat told as over
        ("The CPC no longer threatens Bangui, but its groups remain active.", False),
        ("The CPC still threatens Bangui.", True),
        ("The CPC has long threatened Bangui.", True),
    ],
)
def test_a_threat_told_as_over_is_none(text: str, threat: bool) -> None:
    found = named_links(text, "THREATENED")
    assert (found.get(("CPC", "Central African Republic")) == "asserted") is threat, found
