"""Who an incident is laid on, said in more ways (loaders/blame_phrases.py, loaders/incidents.py,
loaders/incident_parts.py): "blamed on" in every clause, "attributed to" in a relative clause, "linked X to", a list
the parse hangs inside its first member, a denial that stays in its own clause, the doers "named as" X, "an attack X
claimed" set off after a participle, "those attacks" told before and "the bomber, X" or "the attackers were members
of X", and never the one the incident hit; each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of, named_links

pytestmark = pytest.mark.model


def blamed(text: str) -> dict[tuple[str, str], str]:
    """Each BLAMED_FOR link, by its ends' names, with its certainty."""
    kg = graph_of(text)
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    edges = kg.g.edges(keys=True, data=True)
    return {(s, name[o]): d["evidence"][0].certainty for s, o, k, d in edges if k == "BLAMED_FOR"}


@pytest.mark.parametrize(
    "text",
    [
        "A car bombing in Baidoa on Sunday killed eleven people. The bombing was blamed on al-Shabaab.",
        "The 2022 car bombing in Baidoa, which the police blamed on al-Shabaab, killed eleven people.",
        "Eleven people died in a car bombing in Baidoa that the police blamed on al-Shabaab.",
        "The police blamed the car bombing near a hotel in Baidoa on al-Shabaab.",
    ],
)
def test_an_incident_blamed_on_a_group_in_any_clause_is_alleged_of_it(text: str) -> None:
    assert blamed(text) == {("al-shabaab", "Baidoa car bombing"): "alleged"}


def test_a_clause_that_lays_a_killing_on_a_group_blames_that_group_and_never_the_one_that_speaks() -> None:
    text = "Gunmen shot dead Ahmed Warsame in Kismayo in May 2021, a killing Ahlu Sunna blamed on al-Shabaab."
    found = blamed(text)
    assert {s for s, _ in found} == {"al-shabaab"}, found
    assert set(found.values()) == {"alleged"}, found


def test_an_incident_a_relative_clause_attributes_to_a_group_is_only_alleged_of_it() -> None:
    text = "The 2019 bombing of a hotel in Kismayo, which Somali officials attributed to al-Shabaab, killed 26 people."
    assert blamed(text) == {("al-shabaab", "Kismayo bombing"): "alleged"}


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Investigators have linked Boko Haram to the 2014 bombing of a bus station in Nyanya.", "alleged"),
        ("Boko Haram has been tied by prosecutors to the 2014 bombing of a bus station in Nyanya.", "alleged"),
        ("The police linked the 2014 bombing of a bus station in Nyanya to Boko Haram.", "alleged"),
        ("Boko Haram has never been linked to the 2014 bombing of a bus station in Nyanya.", "negated"),
    ],
)
def test_a_group_linked_to_an_incident_is_suspected_of_it_whichever_end_the_verb_takes(
    text: str, certainty: str
) -> None:
    assert blamed(text) == {("boko-haram", "Nyanya bombing"): certainty}


def test_a_group_linked_to_two_incidents_is_suspected_of_each() -> None:
    text = "Officials linked Boko Haram to the 2014 bombing of a bus station in Nyanya and to the 2011 attack in Abuja."
    assert blamed(text) == {("boko-haram", "Nyanya bombing"): "alleged", ("boko-haram", "Abuja attack"): "alleged"}


def test_a_group_linked_to_another_group_is_not_blamed_for_anything() -> None:
    assert blamed("Investigators have linked Boko Haram to Ansaru.") == {}


def test_each_incident_of_a_list_the_parse_hangs_on_the_first_ones_place_is_claimed() -> None:
    text = "ISWAP claimed the 2020 bombing of a market in Monguno, the 2021 ambush near Damboa and a raid in Geidam."
    found = blamed(text)
    assert {o for s, o in found if s == "islamic-state-west-africa-province"} == {
        "Monguno bombing",
        "Damboa ambush",
        "Geidam raid",
    }, found


def test_a_denial_in_one_clause_does_not_deny_the_suspicion_the_next_clause_states() -> None:
    text = "No group claimed the 2019 bombing of a hotel in Kismayo, but Somali officials suspected al-Shabaab."
    assert blamed(text) == {("al-shabaab", "Kismayo bombing"): "alleged"}


def test_each_incident_of_a_list_of_a_groups_attacks_a_line_each_is_laid_on_the_group() -> None:
    text = (
        "Boko Haram has grown weaker since 2015. Its deadliest attacks include:\n\n"
        "the 2014 bombing of a bus station in Nyanya, which killed 88 people;\n"
        "the 2011 attack on the UN building in Abuja; and\n"
        "the 2014 raid on a school in Chibok.\n\n"
        "The army later raided a camp near Maiduguri."
    )
    found = blamed(text)
    assert {o for s, o in found if s == "boko-haram"} == {"Nyanya bombing", "Abuja attack", "Chibok raid"}, found


def test_a_list_that_follows_on_the_line_of_its_colon_ends_with_its_sentence() -> None:
    text = (
        "Boko Haram was founded in 2002. Its deadliest attacks include: the 2014 bombing in Nyanya. Boko Haram has "
        "grown weaker since the 2015 raid in Gwoza."
    )
    found = blamed(text)
    assert ("boko-haram", "Nyanya bombing") in found, found
    assert not any(o == "Gwoza raid" for _, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Together with Ansaru, Boko Haram carried out the 2012 bombing of a church in Madalla.",
        "The 2012 bombing of a church in Madalla was carried out by Boko Haram, together with Ansaru.",
        "Boko Haram, alongside Ansaru, carried out the 2012 bombing of a church in Madalla.",
    ],
)
def test_whoever_did_an_incident_together_with_the_doer_is_blamed_too(text: str) -> None:
    assert {s for s, _ in blamed(text)} == {"boko-haram", "ansaru"}


def test_a_side_that_names_its_own_operation_ran_it() -> None:
    found = blamed("Nigeria sent troops into the Sambisa forest in 2021 in an operation it called Desert Sanity.")
    assert {s for s, _ in found} == {"nigeria"}, found


def test_the_subject_of_a_clause_opened_by_a_gerund_of_launching_launched_the_operation() -> None:
    found = blamed("Since launching Operation Lafiya Dole in 2015, the Nigerian army has cleared dozens of villages.")
    assert {s for s, _ in found} == {"nigerian-army"}, found
    accused = blamed("Nigeria accused Boko Haram of launching the 2012 bombing of a church in Madalla.")
    assert "nigeria" not in {s for s, _ in accused}, accused


def test_a_group_only_linked_to_a_killing_is_suspected_of_it_but_not_said_to_have_attacked_the_victim() -> None:
    text = (
        "A car bombing in Kano on Tuesday killed Ahmed Musa, the state police commissioner. Investigators have "
        "linked Boko Haram to the bombing."
    )
    kg = graph_of(text)
    links = {(s, k) for s, _, k in kg.g.edges(keys=True)}
    assert ("boko-haram", "BLAMED_FOR") in links, links
    assert ("boko-haram", "ATTACKED") not in links, links


@pytest.mark.parametrize(
    "text",
    [
        "Malian officials accused Ansar Dine of the ambush near Kalo on Friday.",
        "On Friday the army blamed Ansar Dine for the deadly ambush near Kalo.",
    ],
)
def test_an_accusation_whose_incident_the_parse_hangs_on_the_accused_blames_the_accused(text: str) -> None:
    found = blamed(text)
    assert {s for s, _ in found} == {"ansar-dine"}, found
    assert set(found.values()) == {"alleged"}, found


def test_an_accused_name_with_its_own_of_phrase_is_blamed_for_no_incident() -> None:
    found = blamed("The army accused the leader of Ansar Dine of lying about the ambush near Kalo.")
    assert "ansar-dine" not in {s for s, _ in found}, found


def test_a_claim_of_incidents_set_off_by_semicolons_lays_each_one_on_the_claimant() -> None:
    found = blamed(
        "Ansar Dine has claimed the 2019 bombing at the Gao airport, which killed 12 soldiers; the 2021 ambush near "
        "Kalo, which killed two French soldiers; and a suicide attack in the Tessit area in May."
    )
    assert {s for s, _ in found} == {"ansar-dine"}, found
    assert len(found) == 3, found
    assert set(found.values()) == {"asserted"}, found


def test_a_claimed_list_the_parse_hangs_on_the_claimant_still_lays_each_incident_on_it() -> None:
    found = blamed(
        "Ansar Dine has fought the army since 2012. The group claimed the 2021 bombing at the Gao airport, which "
        "killed 13 French soldiers and 70 Malians; the 2022 bombing outside the French embassy in Bamako, which "
        "killed two guards; and a suicide attack in the Kati area in May."
    )
    assert {s for s, _ in found} == {"ansar-dine"}, found
    assert len(found) == 3, found


def test_a_claimed_list_the_parse_hangs_inside_a_clause_on_its_first_incident_lays_each_on_the_claimant() -> None:
    found = blamed(
        "Ansar Dine claimed a July 2015 bombing in Gao that killed two police officers and a June 2017 attack in Kidal"
        " that killed another."
    )
    assert {s for s, _ in found} == {"ansar-dine"}, found
    assert len(found) == 2, found


def test_a_harmed_person_listed_after_a_claimed_incident_is_no_incident() -> None:
    found = blamed("Ansar Dine claimed a July 2015 bombing in Gao that killed two police officers and a judge.")
    assert len(found) == 1, found


def test_a_unit_said_to_have_carried_it_out_is_blamed_for_the_incident_named_just_before() -> None:
    found = blamed(
        "A bomb exploded outside the police headquarters in Gao on Sunday. Ansar Dine claimed the bombing through a "
        "news agency, saying a team from its Katiba Salaheddine had carried it out."
    )
    assert {s for s, _ in found} == {"ansar-dine", "katiba-salaheddine"}, found


def test_carrying_out_a_pronoun_that_names_no_incident_blames_no_one() -> None:
    assert (
        blamed("The engineers designed a new bridge for Gao, and a team from the Gao Building Company carried it out.")
        == {}
    )


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        (
            "The Harbor Brigade has carried out a wave of raids in Mopti since 2020, including the May 2021 assault "
            "on a police station in Gao.",
            "asserted",
        ),
        (
            "Officials hold the Harbor Brigade responsible for a wave of raids since 2021 on border posts, including "
            "the March 2022 assault on the barracks in Gao.",
            "alleged",
        ),
    ],
)
def test_an_incident_listed_after_a_later_word_of_the_series_laid_on_x_is_laid_on_x(text: str, certainty: str) -> None:
    assert blamed(text).get(("harbor-brigade", "Gao assault")) == certainty, blamed(text)


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("A bomb hit a bus station in Kano on Monday. Police accused Boko Haram of planning the bombing.", "alleged"),
        ("A bomb hit a bus station in Kano on Monday. Police accused Boko Haram of organising the bombing.", "alleged"),
        ("A bomb hit a bus station in Kano on Monday. Boko Haram was accused of helping plan the bombing.", "alleged"),
        ("A bomb hit a bus station in Kano on Monday. Boko Haram denied any role in planning the bombing.", "negated"),
    ],
)
def test_a_group_blamed_for_planning_an_incident_is_blamed_for_the_incident(text: str, certainty: str) -> None:
    assert blamed(text) == {("boko-haram", "Kano bomb"): certainty}, blamed(text)


def test_a_group_described_by_a_second_participle_of_blame_is_blamed_for_the_incident() -> None:
    text = (
        "A bomb hit a bus station in Kano on Monday. The Harbor Brigade, founded by Ali Musa in 2010 and blamed for "
        "the bombing, denies any link to the blast."
    )
    assert blamed(text).get(("harbor-brigade", "Kano bomb")) == "alleged", blamed(text)


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("A bomb hit a bus station in Kano on Monday. Police said the bombing was the work of Boko Haram.", "asserted"),
        ("A bomb hit a bus station in Kano on Monday. Police said it was the handiwork of Boko Haram.", "asserted"),
        ("A bomb hit a bus station in Kano on Monday. The bombing was not the work of Boko Haram.", "negated"),
    ],
)
def test_an_incident_said_to_be_the_work_of_a_group_is_laid_on_the_group(text: str, certainty: str) -> None:
    assert blamed(text) == {("boko-haram", "Kano bomb"): certainty}, blamed(text)


def test_the_work_of_a_group_only_a_country_qualifies_blames_no_one() -> None:
    assert blamed("A bomb hit a bus station in Kano on Monday. The bombing was the work of a Nigerian cell.") == {}


def test_each_incident_of_a_list_the_parse_hangs_in_apposition_is_laid_on_the_group() -> None:
    text = (
        "The Harbor Brigade has been blamed for the March 2019 attack on Gao's port, the June 2020 attack on the Kalo "
        "air base and the May 2021 attack on the barracks at Tessit."
    )
    assert len(blamed(text)) == 3, blamed(text)


def test_an_incident_renamed_in_apposition_is_one_incident_laid_on_the_group() -> None:
    found = blamed("The Harbor Brigade claimed the bombing in Gao, a suicide attack on the city's port.")
    assert len(found) == 1, found


def test_the_people_a_nameless_noun_responsible_for_an_incident_lists_are_blamed_for_it() -> None:
    text = (
        "A bomb hit a bus station in Kano on Monday. The Treasury sanctioned four men responsible for the bombing, "
        "including Ali Musa and Omar Bile."
    )
    assert {s for s, _ in blamed(text)} == {"ali-musa", "omar-bile"}, blamed(text)


def test_a_group_responsible_for_listed_incidents_is_blamed_for_them_and_the_listed_names_are_no_authors() -> None:
    found = blamed("The Harbor Brigade is responsible for numerous raids, including the bombing of the Kalo Army base.")
    assert {s for s, _ in found} == {"harbor-brigade"}, found


def test_bodies_listed_after_the_people_responsible_are_not_among_them() -> None:
    text = (
        "A bomb hit a bus station in Kano on Monday. The Treasury sanctioned four men responsible for the bombing, "
        "including Ali Musa and Omar Bile, as well as two firms, Kano Star Trading Ltd. and Bile Brothers Ltd."
    )
    assert {s for s, _ in blamed(text)} == {"ali-musa", "omar-bile"}, blamed(text)


def test_an_incident_listed_as_a_conjunct_of_a_noun_inside_the_first_ones_phrase_is_laid_on_the_group() -> None:
    text = (
        "The Harbor Brigade was behind the 2016 attack on an army base at Kalo and the 2019 assault on the Sahel Hotel."
    )
    assert blamed(text) == {
        ("harbor-brigade", "Kalo attack"): "asserted",
        ("harbor-brigade", "Sahel Hotel assault"): "asserted",
    }


@pytest.mark.parametrize(
    ("text", "incident", "certainty"),
    [
        ("Gunmen killed nine soldiers near Kismayo in an attack claimed by Ansar Dine.", "Kismayo attack", "asserted"),
        (
            "Nine soldiers were killed near Kismayo in an ambush carried out by Ansar Dine.",
            "Kismayo ambush",
            "asserted",
        ),
        ("Gunmen killed nine soldiers near Kismayo in an ambush blamed on Ansar Dine.", "Kismayo ambush", "alleged"),
    ],
)
def test_the_incident_noun_a_harm_happened_in_is_the_incident_its_verb_tells(
    text: str, incident: str, certainty: str
) -> None:
    """One incident, named by its noun and the place where the harm was done."""
    assert blamed(text) == {("ansar-dine", incident): certainty}


def test_an_incident_noun_no_one_claimed_lays_the_harm_on_no_one() -> None:
    assert blamed("Gunmen killed nine soldiers near Kismayo in an attack that no group has claimed.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Militants linked to Ansar Dine stormed a hotel in Gao on Monday, killing 12 people.",
        "Fighters attributed to Ansar Dine stormed a hotel in Gao on Monday, killing 12 people.",
    ],
)
def test_fighters_only_suspected_to_be_a_groups_did_its_deed_as_a_suspicion(text: str) -> None:
    assert blamed(text) == {("ansar-dine", "Gao attack"): "alleged"}


def test_fighters_loyal_to_a_group_did_its_deed() -> None:
    text = "Fighters loyal to Ansar Dine stormed a hotel in Gao on Monday, killing 12 people."
    assert blamed(text) == {("ansar-dine", "Gao attack"): "asserted"}


def test_gunmen_linked_to_a_body_that_is_no_armed_group_stand_for_no_one() -> None:
    assert blamed("Gunmen linked to the Interior Ministry stormed a hotel in Gao on Monday, killing 12 people.") == {}


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Ali Musa organised the 2019 attack on the Gao police station.", "asserted"),
        ("Ali Musa, who planned the 2019 attack on the Gao police station, was arrested.", "asserted"),
        ("The 2019 attack on the Gao police station was coordinated by Ali Musa.", "asserted"),
        ("Ali Musa denied planning the 2019 attack on the Gao police station.", "negated"),
    ],
)
def test_whoever_planned_an_incident_is_blamed_for_it(text: str, certainty: str) -> None:
    assert blamed(text) == {("ali-musa", "Gao police station attack"): certainty}


def test_an_attack_only_being_planned_is_no_incident_laid_on_anyone() -> None:
    assert blamed("Police said Ali Musa was planning an attack on a concert hall.") == {}


def test_each_incident_listed_after_among_others_is_laid_on_the_group_blamed() -> None:
    text = (
        "Ansar Dine has been blamed for, among others, the 2001 attack on the Gao parliament, the 2016 attack on the "
        "Kidal air base and the 2018 raid on the army base at Tessit."
    )
    assert blamed(text) == {
        ("ansar-dine", "Gao attack"): "alleged",
        ("ansar-dine", "Kidal attack"): "alleged",
        ("ansar-dine", "Tessit raid"): "alleged",
    }


@pytest.mark.parametrize(
    "told",
    [
        "Police named the two attackers, both in their twenties, as Tomas Varga and Elena Hudak.",
        "The gunmen were later identified as Tomas Varga and Elena Hudak.",
    ],
)
def test_the_people_the_doers_of_an_incident_are_named_as_are_blamed_for_it(told: str) -> None:
    text = f"Two gunmen opened fire on a bus station in Kosice on Friday, killing four people. {told}"
    found = blamed(text)
    assert {s for s, _ in found} == {"tomas-varga", "elena-hudak"}, found
    assert set(found.values()) == {"asserted"}, found


def test_the_doers_named_after_a_reference_back_are_blamed_for_the_incident_it_told_again() -> None:
    text = (
        "A gunman opened fire at a church in Kuna on Sunday, killing one worshipper, police said. Hundreds of people "
        "from the town and from the villages around it attended the funeral of the victim, a father of four who had "
        "worked as a teacher at the local primary school for almost twenty years, on Tuesday afternoon, and the "
        "governor of the province met the family of the dead man the same evening. The attack, which lasted only a "
        "few minutes, shocked the small Christian community of the region. Police later identified the gunman as "
        "Ahmed Karimov, a citizen of Tajikistan."
    )
    assert blamed(text) == {("ahmed-karimov", "Kuna attack"): "asserted"}


def test_a_group_the_doers_are_identified_as_members_of_is_blamed() -> None:
    text = "A bomber killed nine people at a market in Garoowe in May. Police identified him as a member of al-Shabaab."
    assert blamed(text) == {}  # no doer's word: "him" may be anyone
    text = text.replace("identified him", "identified the bomber")
    assert blamed(text) == {("al-shabaab", "Garoowe killing"): "asserted"}


def test_the_people_the_victims_are_named_as_are_not_blamed() -> None:
    text = "A bomber killed nine people in Garoowe in May. Police identified the victims as Abdi Nur and Ali Farah."
    assert blamed(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a convoy near Kidal in 2020, killing nine soldiers, an attack Ansar Dine claimed.",
        "Gunmen raided a village near Kidal in May, killing several, an attack Ansar Dine claimed.",
    ],
)
def test_a_claimed_incident_noun_after_a_participle_restates_the_act_the_parse_took_it_for_an_object_of(
    text: str,
) -> None:
    found = blamed(text)
    assert {s for s, _ in found} == {"ansar-dine"}, found
    assert set(found.values()) == {"asserted"}, found


@pytest.mark.parametrize("determiner", ["Those", "These"])
def test_a_plural_demonstrative_incident_noun_refers_back_to_the_incidents_told_before(determiner: str) -> None:
    text = (
        "Two car bombs exploded outside a hotel in Garissa in March 2019, killing eleven people. "
        f"{determiner} bombings were claimed by al-Shabaab."
    )
    found = blamed(text)
    assert {s for s, _ in found} == {"al-shabaab"}, found
    assert set(found.values()) == {"asserted"}, found


@pytest.mark.parametrize(
    "told",
    [
        "The bomber, Tomas Varga, was a student from Presov.",
        "Police said the bomber was Tomas Varga, a student from Presov.",
    ],
)
def test_the_person_set_beside_the_doer_noun_or_named_as_it_is_blamed_for_the_incident(told: str) -> None:
    text = f"A car bomb exploded outside a bus station in Kosice on Friday, killing four people. {told}"
    assert blamed(text) == {("tomas-varga", "Kosice car bomb"): "asserted"}
    assert blamed(text.replace(told, "The bomber was a Kurd from Van.")) == {}  # a kind of person, no one named


def test_the_groups_the_doers_are_said_to_be_members_of_are_blamed_and_no_state_of_their_nationality() -> None:
    text = "Gunmen killed six guards at a checkpoint in Gao on Sunday. Officials said the attackers were members of "
    found = blamed(text + "Ansar Dine and the MNLA.")
    assert {s for s, _ in found} == {"ansar-dine", "national-movement-for-the-liberation-of-azawad"}, found
    assert blamed(text.replace("members of ", "Malian nationals.")) == {}
    assert blamed(text.replace("the attackers were", "a gunman, Ali Musa, was") + "Ansar Dine.") == {}


def test_responsibility_handed_over_or_upheld_claims_no_incident() -> None:
    text = (
        "Gunmen stormed a hotel in Kuna on Friday, killing nine people. Analysts said the police were not ready as "
        "United Nations troops prepare to hand over responsibility. Kenya urged Somalia to uphold its responsibilities."
    )
    assert blamed(text) == {}


@pytest.mark.parametrize(
    ("told", "certainty"),
    [
        ("Officials said the Harbor Brigade was the group behind the attack.", "asserted"),
        ("Police identified the Harbor Brigade as the cell behind the attack.", "asserted"),
        ("Officials blamed Ansar Dine and singled out the Harbor Brigade as the main force behind it.", "alleged"),
        ("Officials said the Harbor Brigade was not the group behind the attack.", "negated"),
    ],
)
def test_the_group_a_noun_behind_an_incident_is_said_to_be_is_blamed_for_it(told: str, certainty: str) -> None:
    text = f"Gunmen attacked a checkpoint in Kalo on Sunday, killing Omar Sidi. {told}"
    found = blamed(text)
    assert found.get(("harbor-brigade", "Kalo attack")) == certainty, found
    attacked = {s for s, o, k in graph_of(text).g.edges(keys=True) if k == "ATTACKED" and o == "omar-sidi"}
    assert ("harbor-brigade" in attacked) is (certainty != "negated"), attacked  # its author struck whom it killed
    assert blamed("Officials described the road as the route behind the front line.") == {}


@pytest.mark.parametrize(
    "told",
    [
        "Police named Ali Musa as the mastermind of the attack.",
        "Prosecutors described Ali Musa as the chief planner of the attack.",
        "Ali Musa, the organiser of the attack, was arrested in Gao.",
    ],
)
def test_who_is_named_as_the_mastermind_or_planner_of_an_incident_is_blamed_for_it(told: str) -> None:
    text = f"Gunmen attacked a checkpoint in Kalo on Sunday, killing Omar Sidi. {told}"
    assert blamed(text) == {("ali-musa", "Kalo attack"): "alleged"}
    assert blamed(text.replace(told, "The army said it had killed the planner of the attack.")) == {}  # not the army


def test_an_incident_that_hit_a_group_is_never_laid_on_that_group() -> None:
    text = (
        "Militants attacked a base in Jordan on Sunday, killing three soldiers. A US drone strike in Baghdad killed a "
        "commander of Kataib Hezbollah on Wednesday. Officials said the drone attack bore the footprints of Kataib "
        "Hezbollah."
    )
    found = blamed(text)
    assert ("kataib-hezbollah", "Baghdad drone strike") not in found, found
    assert ("Baghdad drone strike", "Kataib Hezbollah") in named_links(text, "TARGETED")  # the hit stays


def test_an_incident_that_killed_a_groups_commander_is_never_laid_on_that_group() -> None:
    text = (
        "A drone strike in Baghdad on Wednesday killed Abu Taqwa, a commander of Kataib Hezbollah. Officials said the "
        "strike bore the footprints of Kataib Hezbollah."
    )
    assert ("kataib-hezbollah", "Baghdad drone strike") not in blamed(text)


@pytest.mark.parametrize(
    "ally",
    ["Hezbollah, which Iran backs,", "Hezbollah, an ally of Iran,"],
)
def test_an_incident_laid_on_one_side_is_not_laid_on_its_ally_that_hit_the_same_state(ally: str) -> None:
    found = blamed(f"Iran fired dozens of missiles at Israel on Sunday. {ally} said it had shelled Israeli posts.")
    assert {s for s, _ in found} == {"iran"}, found
