"""A place a relative clause of attack describes is what the attack hit: "the police station that gunmen stormed",
"Baidoa, which al-Shabaab attacked" (the noun the clause hangs on is the verb's object)."""

from __future__ import annotations

from conftest import links_of


def test_the_place_a_contact_clause_of_attack_describes_was_hit() -> None:
    links = links_of("The army retook the Kismayo police station that gunmen stormed in May 2021.")
    assert ("kismayo-police-station-attack-2021-05", "TARGETED", "kismayo-police-station") in links, links


def test_the_place_a_which_clause_of_attack_describes_was_hit() -> None:
    links = links_of("Residents fled Baidoa, which al-Shabaab fighters attacked on Monday.")
    assert ("baidoa-attack-2024-03", "TARGETED", "baidoa") in links, links
    assert ("al-shabaab", "ATTACKED", "baidoa") in links, links


def test_a_clause_with_an_object_of_its_own_hit_that_object() -> None:
    links = links_of("Troops hunted the gunmen that stormed the Kismayo police station in May 2021.")
    assert not any(o == "kismayo-police-station" for s, t, o in links if t == "ATTACKED"), links
