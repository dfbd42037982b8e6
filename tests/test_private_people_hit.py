"""A state named only as the nationality of private people an incident hit ("Afghan civilians", "Israeli teenagers",
``citizen_nouns``) is not what the incident TARGETED; its soldiers ("U.S. soldiers") are."""

from __future__ import annotations

from conftest import graph_of


def targets(text: str) -> set[str]:
    """The keys of every actor an incident of the graph of one document TARGETED."""
    kg = graph_of(text)
    return {o for _, o, k in kg.g.edges(keys=True) if k == "TARGETED"}


def test_civilians_killed_are_not_their_state_but_soldiers_are() -> None:
    hit = targets(
        "The suicide bombing at the market in Jalalabad killed four U.S. soldiers and more than 30 Afghan civilians."
    )
    assert "united-states" in hit, hit
    assert "afghanistan" not in hit, hit


def test_the_killing_of_teenagers_did_not_target_their_state() -> None:
    hit = targets("Hamas was blamed for the 2014 abduction and killing of three Israeli teenagers near Hebron.")
    assert "israel" not in hit, hit


def test_an_attack_on_farmers_did_not_target_their_state() -> None:
    hit = targets("Settlers claimed the attack on Palestinian farmers near Nablus on Friday.")
    assert not any(key.startswith("palestin") for key in hit), hit


def test_the_attacker_of_civilians_still_attacked_their_state() -> None:
    kg = graph_of("Hamas has carried out rocket attacks and suicide bombings that have killed Israeli civilians.")
    attacked = {(s, o) for s, o, k in kg.g.edges(keys=True) if k == "ATTACKED"}
    assert ("hamas", "israel") in attacked, attacked
