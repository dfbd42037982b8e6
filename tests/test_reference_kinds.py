"""Which incident a blame or a reference back is for, by its kind: a blame for a non-incident ("for the protests")
blames no one for the incident named last; "the unrest" is no missile fire told by a verb; "the attack" may be a
jailbreak told before; "claimed responsibility for A, and for B" is for both."""

from __future__ import annotations

from conftest import links_by_name


def blamed(text: str) -> set[tuple[str, str]]:
    """Who is blamed for which incident."""
    return {(s, o) for s, t, o in links_by_name(text) if t == "BLAMED_FOR"}


def test_a_blame_for_protests_is_no_blame_for_the_attack_named_last() -> None:
    text = (
        "Militants fired rockets at a police post in Kano on Monday, killing two officers.\n\n"
        "Officials blamed the United States, France and exiled opposition groups for the protests, which have spread "
        "to a dozen cities."
    )
    assert not {s for s, _ in blamed(text)} & {"United States", "France"}, blamed(text)


def test_the_unrest_is_no_missile_fire_told_before() -> None:
    text = (
        "The IRGC fired missiles at Erbil in March.\n\n"
        "Analysts said the unrest was being directed from outside, and officials blamed Israel for the unrest."
    )
    assert not {s for s, _ in blamed(text)} & {"Israel"}, blamed(text)


def test_the_attack_may_mean_a_jailbreak() -> None:
    text = (
        "Gunmen freed 800 inmates from Kuje prison on Tuesday night.\n\n"
        "Officials said the attack was carried out by Boko Haram."
    )
    assert ("Boko Haram", "Kuje prison jailbreak") in blamed(text), blamed(text)


def test_a_claim_for_two_incidents_said_with_for_twice_blames_both() -> None:
    text = (
        "The Sinai Brigade has also claimed responsibility for the attempted assassination of the judge Omar Farid, "
        "in May 2016, and for a failed attack on the prosecutor Hassan Nabil in September of that year."
    )
    assert {("Sinai Brigade", "Omar Farid assassination"), ("Sinai Brigade", "Hassan Nabil attack")} <= blamed(text)
