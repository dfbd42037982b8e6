"""The passive subject of a verb of describing holds the role named after "as" or as its predicate: "X was identified
as a commander of Y", "X is regarded as the leader of Y", "X was described by officials as ...", "X is considered the
leader of Y" (the verb's object does when it has one: "police identified X as ...")."""

from __future__ import annotations

from conftest import links_by_name


def test_a_man_identified_as_a_commander_is_a_member() -> None:
    links = links_by_name("Omar Idris was identified as a senior commander of Hezbollah by Israeli officials.")
    assert ("Omar Idris", "MEMBER_OF", "Hezbollah") in links, links


def test_a_man_regarded_as_the_leader_leads() -> None:
    links = links_by_name("Omar Idris is widely regarded as the leader of al-Shabaab's foreign fighters' wing.")
    links |= links_by_name("Omar Idris is regarded as the leader of al-Shabaab.")
    assert ("Omar Idris", "LEADS", "al-Shabaab") in links, links


def test_a_group_seen_as_a_faction_is_a_member() -> None:
    links = links_by_name("Ansaru is seen as a faction of Boko Haram.")
    assert ("Ansaru", "MEMBER_OF", "Boko Haram") in links, links


def test_a_verb_of_serving_still_gives_its_subject_the_role() -> None:
    links = links_by_name("Omar Idris serves as the spokesman of al-Shabaab.")
    assert ("Omar Idris", "WORKS_FOR", "al-Shabaab") in links, links


def test_as_hung_on_the_agent_still_gives_the_passive_subject_the_role() -> None:
    links = links_by_name("Omar Idris was described by Kenyan officials as the leader of al-Shabaab.")
    assert ("Omar Idris", "LEADS", "al-Shabaab") in links, links


def test_a_man_considered_the_leader_leads() -> None:
    links = links_by_name("Omar Idris is considered the leader of al-Shabaab.")
    assert ("Omar Idris", "LEADS", "al-Shabaab") in links, links


def test_a_party_regarded_as_a_groups_wing_is_its_member() -> None:
    links = links_by_name("The court outlawed Ansar al-Dawa, the movement regarded as Hamas's charity arm, in May.")
    assert ("Ansar al-Dawa", "MEMBER_OF", "Hamas") in links, links


def test_the_owner_of_a_role_noun_holds_the_role_after_as() -> None:
    links = links_by_name("The EU listed Omar Idris for his role as commander of al-Shabaab's Amniyat wing.")
    links |= links_by_name("Omar Idris was sanctioned for his role as commander of al-Shabaab.")
    assert ("Omar Idris", "MEMBER_OF", "al-Shabaab") in links, links
    links = links_by_name("Omar Idris's appointment as leader of al-Shabaab was announced on Monday.")
    assert ("Omar Idris", "LEADS", "al-Shabaab") in links, links


def test_a_participle_set_after_a_name_gives_it_the_role() -> None:
    links = links_by_name("Omar Idris, acting as al-Shabaab's envoy, met the mediators in Doha.")
    assert ("Omar Idris", "WORKS_FOR", "al-Shabaab") in links, links


def test_a_groups_own_role_noun_gives_no_person_a_role() -> None:
    links = links_by_name("Al-Shabaab said its role as a mediator between the clans was over.")
    assert not any(t in {"LEADS", "MEMBER_OF", "WORKS_FOR"} for _, t, _ in links), links


def test_an_owner_pronoun_of_an_unnamed_subject_names_no_holder() -> None:
    links = links_by_name(
        "Omar Idris spoke on Monday. The militia's leader was relieved of his position as deputy head of al-Shabaab."
    )
    assert ("Omar Idris", "DEPUTY_OF", "al-Shabaab") not in links, links


def test_a_second_as_after_a_time_word_still_gives_the_subject_its_role() -> None:
    links = links_by_name(
        "Omar Idris served as commander of the Red Falcon Brigade and later as deputy chairman of the Unity Council."
    )
    assert ("Omar Idris", "LEADS", "Red Falcon Brigade") in links, links
    assert ("Omar Idris", "DEPUTY_OF", "Unity Council") in links, links
