"""An incident that hit a state's forces named with no owner ("an army post", "12 soldiers") in an article about one
state TARGETED that state; not when the state sent the troops, nor when the forces' owner is named."""

from __future__ import annotations

from conftest import graph_of


def targeted(text: str) -> set[tuple[str, str]]:
    """(event name, target) of every TARGETED link of the graph of one document."""
    kg = graph_of(text)
    return {(kg.g.nodes[s]["name"], o) for s, o, k in kg.g.edges(keys=True) if k == "TARGETED"}


def test_an_attack_on_an_army_post_targeted_the_state_the_article_is_about() -> None:
    hits = targeted(
        "Gunmen attacked an army post near the village of Banibangou in Niger on Tuesday, killing 12 soldiers. Niger "
        "declared three days of mourning."
    )
    assert ("Banibangou attack", "niger") in hits, hits


def test_soldiers_killed_in_an_ambush_were_the_states_forces() -> None:
    hits = targeted("In Chad, 9 soldiers were killed in an ambush near Ngouboua on Monday. Chad vowed to respond.")
    assert any(target == "chad" for _, target in hits), hits


def test_troops_the_state_sent_are_no_forces_it_was_hit_by() -> None:
    hits = targeted("Kenya sent troops into Somalia in October 2011 in an operation it called Linda Nchi. Kenya won.")
    assert not any(target == "kenya" for _, target in hits), hits


def test_forces_whose_owner_is_named_are_that_owners() -> None:
    hits = targeted("Gunmen attacked a Malian army post near Menaka on Sunday. Niger and Niger's army were on alert.")
    assert not any(target == "niger" for _, target in hits), hits


def test_an_attack_on_posts_of_the_army_the_page_named_targeted_the_army_and_its_state() -> None:
    hits = targeted(
        "The Malian army sent reinforcements to Mali's north on Friday. Gunmen attacked army positions near Menaka "
        "in Mali on Sunday, killing 12 soldiers."
    )
    assert {target for _, target in hits} >= {"malian-armed-forces", "mali"}, hits


def attacked(text: str) -> set[str]:
    """The names of everyone the ISGS ATTACKED in the graph of one document."""
    kg = graph_of(text)
    return {kg.g.nodes[o]["name"] for s, o, k in kg.g.edges(keys=True) if k == "ATTACKED" and "islamic-state" in s}


def test_soldiers_killed_in_a_state_are_that_states_whatever_other_state_the_sentence_names() -> None:
    hits = attacked("Fighters of the ISGS killed 14 soldiers in Niger on Monday, a week after Chad closed its border.")
    assert "Niger" in hits, hits


def test_soldiers_attacked_in_a_list_of_states_are_each_states() -> None:
    hits = attacked("The ISGS has attacked soldiers and villagers in Mali and Burkina Faso for years.")
    assert {"Mali", "Burkina Faso"} <= hits, hits


def test_attacks_on_soldiers_in_a_state_attack_that_state() -> None:
    hits = attacked("The ISGS stepped up its attacks on soldiers in Niger after the coup.")
    assert "Niger" in hits, hits


def test_soldiers_whose_owner_is_named_are_not_the_states_they_stood_in() -> None:
    hits = attacked("The ISGS killed ten Chadian soldiers in Niger on Monday.")
    assert "Niger" not in hits, hits


def test_militants_in_a_state_leave_the_state_unhit() -> None:
    hits = attacked("Militants of the ISGS in Mali killed ten villagers near Menaka on Monday.")
    assert "Mali" not in hits, hits
