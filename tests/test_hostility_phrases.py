"""Hostility said in more ways (loaders/hostility.py), each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name, links_of, named_links

pytestmark = pytest.mark.model


def opposed(text: str) -> dict[tuple[str, str], str]:
    """Each OPPOSES link the rules find in the text, as (subject, object) ids, with its certainty."""
    kg = graph_of(text)
    return {(s, o): d["evidence"][0].certainty for s, o, k, d in kg.g.edges(keys=True, data=True) if k == "OPPOSES"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hamas fell out with Fatah in 2007 over the elections.", ("hamas", "fatah")),
        (
            "Prigozhin, who had feuded with Shoigu for months, marched on Moscow.",
            ("yevgeny-prigozhin", "sergei-shoigu"),
        ),
        ("Hamas and Fatah, bitter rivals since 2007, sent delegations to Cairo.", ("hamas", "fatah")),
        ("The Sinaloa Cartel and the CJNG have been at war since 2015.", ("sinaloa-cartel", "cjng")),
    ],
)
def test_a_quarrel_a_rivalry_and_a_state_of_war_set_each_side_against_the_other(
    text: str, pair: tuple[str, str]
) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert found.get(pair[::-1]) == "asserted", found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The fighting broke out after months of tension between Hamas and Fatah.", ("hamas", "fatah")),
        ("The arrest triggered a crisis between Spain and Morocco.", ("spain", "morocco")),
    ],
)
def test_a_strain_between_two_sides_sets_each_against_the_other(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert found.get(pair[::-1]) == "asserted", found


def test_a_strain_named_with_one_side_or_a_place_sets_no_one_against_anyone() -> None:
    assert not opposed("Aid agencies warned of a crisis in Mali.")
    assert not opposed("The killing deepened tensions with Fatah, Hamas said.")


def test_cooperation_between_two_bodies_allies_them() -> None:
    kg = graph_of("Cooperation between the FBI and the DGSI led to the arrests.")
    assert {(s, o) for s, o, k in kg.g.edges(keys=True) if k == "ALLIED_WITH"} in ({("fbi", "dgsi")}, {("dgsi", "fbi")})


def test_a_truce_between_two_sides_sets_each_against_the_other_but_one_offered_to_groups_names_no_side() -> None:
    found = opposed("A truce between Hamas and Fatah collapsed within a week.")
    assert found.get(("hamas", "fatah")) == "asserted", found
    assert found.get(("fatah", "hamas")) == "asserted", found
    assert not opposed("Petro announced a ceasefire with the ELN on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "Forces loyal to Khalifa Haftar clashed with Hamas near the border.",
        "Fighting between Hamas and gunmen loyal to Khalifa Haftar spread to the port.",
    ],
)
def test_a_persons_followers_named_by_their_loyalty_fight_on_his_side(text: str) -> None:
    found = opposed(text)
    assert found.get(("khalifa-haftar", "hamas")) == "asserted", found
    assert found.get(("hamas", "khalifa-haftar")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Clashes between Hamas and forces loyal to Mohammed Dahlan went on for a week.", ("hamas", "mohammed-dahlan")),
        (
            "Fighting between al-Shabaab and troops loyal to Ahmed Madobe reached the port.",
            ("al-shabaab", "ahmed-madobe"),
        ),
        (
            "Gunfights between Saraya al-Salam and factions of the PMF lasted all night.",
            ("saraya-al-salam", "popular-mobilization-units"),
        ),
        (
            "There were clashes in Sanaa between the Houthis and supporters of Ali Abdullah Saleh.",
            ("houthis", "ali-abdullah-saleh"),
        ),
    ],
)
def test_a_side_of_a_fight_between_named_by_its_people_or_parts_is_their_body_or_leader(
    text: str, pair: tuple[str, str]
) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert found.get(pair[::-1]) == "asserted", found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hemedti was Abdel Fattah al-Burhan's deputy until the two fell out over the army.",
            ("mohamed-hamdan-dagalo", "abdel-fattah-al-burhan"),
        ),
        (
            "Hemedti was al-Burhan's deputy on the Sovereignty Council until the two men fell out in 2023.",
            ("mohamed-hamdan-dagalo", "abdel-fattah-al-burhan"),
        ),
        ("Hamas met Fatah in Cairo, but the two sides clashed in Gaza a week later.", ("hamas", "fatah")),
    ],
)
def test_the_two_that_fall_out_or_clash_are_the_last_two_named_before(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert found.get(pair[::-1]) == "asserted", found


def test_the_two_after_two_actors_of_different_labels_names_no_one() -> None:
    assert not opposed("Hemedti met the RSF in Khartoum before the two fell out.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iraq declared victory over IS in December 2017.", ("iraq", "isis")),
        ("Hamas won a decisive victory over Fatah in the battle for Gaza.", ("hamas", "fatah")),
        ("Kenya's victory over al-Shabaab at Kismayo was short-lived.", ("kenya", "al-shabaab")),
    ],
)
def test_a_victory_won_over_a_side_sets_the_winner_against_it(text: str, pair: tuple[str, str]) -> None:
    assert opposed(text).get(pair) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The victory of Hamas in the 2006 election alarmed Israel.",
        "Iran hailed the victory over the Islamic State.",
    ],
)
def test_a_victory_of_a_side_or_one_only_hailed_sets_no_one_against_anyone(text: str) -> None:
    assert not opposed(text)


def test_militias_loyal_to_a_state_are_its_proxies_not_the_state() -> None:
    assert not any("iran" in pair for pair in opposed("Militias loyal to Iran clashed with Hamas near the border."))


@pytest.mark.parametrize(
    "text",
    [
        "Militants loyal to the Islamic State clashed with the Nigerian army near the lake.",
        "Gunmen belonging to the Islamic State clashed with the Nigerian army near the lake.",
    ],
)
def test_militants_loyal_to_an_armed_group_fight_on_its_side(text: str) -> None:
    found = opposed(text)
    assert found.get(("isis", "nigerian-army")) == "asserted", found


def test_militias_belonging_to_a_state_are_its_proxies_not_the_state() -> None:
    found = opposed("Militias belonging to Iran clashed with Hamas near the border.")
    assert not any("iran" in pair for pair in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of the Hamas movement stormed an office of the rival Fatah party in Khan Younis.",
        "Hamas fighters were ambushed near Rafah by men from the rival Fatah movement.",
    ],
)
def test_the_rival_group_is_the_rival_of_the_last_group_named_before_it(text: str) -> None:
    found = opposed(text)
    assert found.get(("hamas", "fatah")) == "asserted", found
    assert found.get(("fatah", "hamas")) == "asserted", found


def test_the_rival_group_named_after_a_state_or_a_person_is_no_ones_rival() -> None:
    found = opposed("Egypt hosted delegates of the rival Fatah movement while Ismail Haniyeh waited in Doha.")
    assert not any("fatah" in pair for pair in found), found


def test_a_body_the_page_does_not_know_is_a_rival_when_called_the_rival() -> None:
    found = named_links("Gunmen of the Kambia gang raided a bar run by members of the rival Tren del Sur.", "OPPOSES")
    assert found.get(("Kambia gang", "Tren del Sur")) == "asserted", found
    assert found.get(("Tren del Sur", "Kambia gang")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Pakistani Taliban called off their ceasefire with Islamabad in November.",
            ("tehrik-i-taliban-pakistan", "pakistan"),
        ),
        ("In March, Gustavo Petro suspended the ceasefire with the ELN in Arauca.", ("gustavo-petro", "eln")),
    ],
)
def test_whoever_ends_a_truce_opposes_the_side_it_was_made_with_one_way(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert pair[::-1] not in found, found


def test_a_truce_kept_ends_no_one() -> None:
    found = opposed("The army refused to end its ceasefire with the ELN.")
    assert not any("eln" in pair for pair in found), found


def test_a_state_whose_forces_detain_someone_is_not_set_against_them() -> None:
    found = opposed("The Malian army detained Ahmed Ag Mohamed near Mopti, and Malian troops fought JNIM there.")
    assert not any(pair[0] == "mali" and "jnim" not in pair for pair in found), found
    assert found.get(("mali", "jnim")) == "asserted", found


def test_a_state_whose_forces_accuse_or_are_accused_is_not_set_against_the_other_side() -> None:
    found = opposed("JNIM accused the Malian army of burning villages. Malian troops fought JNIM there.")
    assert ("jnim", "mali") not in found, found
    assert found.get(("jnim", "malian-armed-forces")) == "asserted", found
    assert found.get(("mali", "jnim")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "attacker", "target", "state"),
    [
        (
            "The Mexican army killed Ignacio Coronel in Zapopan in 2010.",
            "mexican-armed-forces",
            "ignacio-coronel",
            "mexico",
        ),
        (
            "Ignacio Coronel was shot dead by the Mexican army in Zapopan in 2010.",
            "mexican-armed-forces",
            "ignacio-coronel",
            "mexico",
        ),
        (
            "The Nigerian army, which attacked Boko Haram near Sambisa, lost two men.",
            "nigerian-army",
            "boko-haram",
            "nigeria",
        ),
        (
            "The Saudi-led coalition carried out air strikes on Sanaa on Saturday.",
            "saudi-led-coalition",
            "sanaa",
            "saudi-arabia",
        ),
        ("Sanaa was pounded by the Saudi-led coalition overnight.", "saudi-led-coalition", "sanaa", "saudi-arabia"),
    ],
)
def test_an_attack_by_a_states_named_forces_or_by_a_coalition_it_leads_is_theirs_not_the_states(
    text: str, attacker: str, target: str, state: str
) -> None:
    links = links_of(text)
    assert (attacker, "ATTACKED", target) in links, links
    assert not any(s == state and k == "ATTACKED" for s, k, _ in links), links


def test_a_state_still_stands_for_its_forces_when_they_are_hit_or_fought() -> None:
    assert ("jnim", "ATTACKED", "benin") in links_of("Gunmen of JNIM stormed two posts of Benin's army inside Park W.")
    links = links_of("Hezbollah fired rockets at Israeli military positions in the Golan.")
    assert ("hezbollah", "ATTACKED", "israel") in links, links
    assert ("mexico", "OPPOSES", "sinaloa-cartel") in links_of(
        "The Mexican army fought the Sinaloa Cartel in Culiacan."
    )
    links = links_of("The Israeli military struck Hezbollah targets in southern Lebanon.")
    assert {("israeli-military", "ATTACKED", "hezbollah"), ("israel", "OPPOSES", "hezbollah")} <= links, links
    assert ("israel", "ATTACKED", "hezbollah") not in links, links


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "JNIM has waged an insurgency in Mali and Niger since 2017.",
            {("jnim", "mali"), ("jnim", "niger")},
        ),
        ("Boko Haram's insurgency in Nigeria has killed tens of thousands of people.", {("boko-haram", "nigeria")}),
        (
            "Al-Shabaab has waged an insurgency for an Islamic state in Kenya's coastal counties since 2019.",
            {("al-shabaab", "kenya")},
        ),
    ],
)
def test_a_group_that_wages_a_rising_in_a_country_opposes_it(text: str, pairs: set[tuple[str, str]]) -> None:
    found = opposed(text)
    assert all(found.get(pair) == "asserted" for pair in pairs), found


@pytest.mark.parametrize(
    "text",
    [
        "The United States fought a long insurgency in Iraq after 2003.",
        "Egypt has been fighting the insurgency in North Sinai since 2013.",
    ],
)
def test_a_state_that_fights_a_rising_in_a_country_is_not_set_against_the_country(text: str) -> None:
    found = opposed(text)
    assert ("united-states", "iraq") not in found, found
    assert not any(a == b for a, b in found), found


def test_a_coup_against_someone_opposes_them() -> None:
    found = opposed("Colonel Assimi Goita staged a coup against President Ibrahim Boubacar Keita in August 2020.")
    assert found.get(("assimi-goita", "ibrahim-boubacar-keita")) == "asserted", found


def test_a_falling_out_stated_in_a_clause_about_an_accusation_is_still_asserted() -> None:
    found = opposed("Kagame, who fell out with Museveni in 2019, accused Uganda of harbouring dissidents.")
    assert found.get(("paul-kagame", "yoweri-museveni")) == "asserted", found
    assert found.get(("yoweri-museveni", "paul-kagame")) == "asserted", found


def test_falling_back_together_is_no_quarrel() -> None:
    assert not opposed("The M23 fell back with Rwanda's troops towards the border.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya accused al-Shabaab of breaking the truce.", ("kenya", "al-shabaab")),
        (
            "MONUSCO, which Tshisekedi has accused of failing to protect civilians, is leaving.",
            ("felix-tshisekedi", "monusco"),
        ),
        (
            "Kagame left the summit after repeatedly accusing President Felix Tshisekedi of lying about the talks.",
            ("paul-kagame", "felix-tshisekedi"),
        ),
        ("Niger ordered France out of the country in August.", ("niger", "france")),
        ("Mali told MINUSMA to leave by the end of the year.", ("mali", "minusma")),
        ("Mali expelled MINUSMA in 2023.", ("mali", "minusma")),
    ],
)
def test_an_accusation_and_an_order_to_leave_oppose_one_way(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert pair[::-1] not in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya has refused to recognise Somaliland.", ("kenya", "somaliland")),
        ("Egypt declined to recognize the Government of National Accord.", ("egypt", "government-of-national-accord")),
    ],
)
def test_refusing_to_recognise_someone_opposes_them_one_way(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert pair[::-1] not in found, found


def test_refusing_to_recognise_a_result_or_to_meet_someone_opposes_no_one() -> None:
    assert not opposed("Kenya refused to recognise the election result.")
    assert not opposed("Kenya declined to meet Somaliland's envoy in May.")


def test_a_group_called_the_opposition_to_someone_opposes_them_not_the_place_that_owns_the_phrase() -> None:
    found = opposed("The Sudan Liberation Movement, Darfur's oldest armed opposition to the Sudanese army, walked out.")
    assert found.get(("sudan-liberation-movement-army", "sudanese-armed-forces")) == "asserted", found
    assert not any(s == "darfur" for s, _ in found), found


def test_an_accusation_of_backing_someone_is_no_stated_hostility() -> None:
    assert ("united-states", "iran") not in opposed("Washington accused Tehran of funding the militia.")


@pytest.mark.parametrize(
    "text",
    [
        "Kabul accused Islamabad of giving shelter to the fighters of the TTP.",
        "Kabul accused Islamabad of allowing TTP fighters to shelter in its tribal districts.",
        "Kabul accused Islamabad of harbouring the TTP.",
    ],
)
def test_an_accusation_of_harbouring_someone_is_no_stated_hostility(text: str) -> None:
    found = opposed(text)
    assert ("afghanistan", "pakistan") not in found, found
    assert ("afghanistan", "pakistan") in opposed("Kabul accused Islamabad of shelling its border posts."), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Prigozhin ran Wagner for a decade. Britain sanctioned him in May, accusing him of looting gold in Mali.",
            ("united-kingdom", "yevgeny-prigozhin"),
        ),
        ("Kenya holds Ahmed Madobe in Nairobi and has accused him of smuggling sugar.", ("kenya", "ahmed-madobe")),
    ],
)
def test_an_accusation_of_one_a_pronoun_stands_for_is_a_charge_not_a_quarrel(text: str, pair: tuple[str, str]) -> None:
    assert pair not in opposed(text)
    assert ("kenya", "al-shabaab") in opposed("Kenya accused al-Shabaab of killing the villagers.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United Nations accused Wagner of killing civilians in Moura.", ("united-nations", "wagner-group")),
        ("Human Rights Watch accused the M23 of recruiting children.", ("human-rights-watch", "m23")),
    ],
)
def test_an_accusation_by_a_body_that_monitors_or_judges_is_no_hostility(text: str, pair: tuple[str, str]) -> None:
    assert pair not in opposed(text)
    assert ("rwanda", "united-nations") in opposed("Rwanda accused the United Nations of bias.")


def test_a_denied_accusation_is_negated() -> None:
    assert opposed("Kenya did not accuse al-Shabaab of the bombing.").get(("kenya", "al-shabaab")) == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "The LNA and the GNA fought over Tripoli in 2019.",
        "The LNA and the GNA battled for control of Sirte for a year.",
    ],
)
def test_sides_that_contest_a_prize_fight_each_other(text: str) -> None:
    found = opposed(text)
    pair = ("libyan-national-army", "government-of-national-accord")
    assert found.get(pair) == "asserted", found
    assert found.get(pair[::-1]) == "asserted", found


def test_sides_that_fight_in_a_place_are_not_each_others_foes() -> None:
    assert not opposed("The United States and Britain fought in Iraq for years.")


def test_a_victim_named_in_apposition_to_the_object_was_attacked() -> None:
    text = "Fighters of the RSF killed the governor, Khamis Abakar, in El Geneina."
    kg = graph_of(text)
    assert ("rapid-support-forces", "khamis-abakar", "ATTACKED") in set(kg.g.edges(keys=True))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The CMA rose up against Mali in 2012.", ("cma", "mali")),
        ("Prigozhin turned against Shoigu in the summer.", ("yevgeny-prigozhin", "sergei-shoigu")),
        ("The M23 took up arms against the DRC in 2012.", ("m23", "democratic-republic-of-the-congo")),
    ],
)
def test_rising_turning_or_taking_up_arms_against_someone_opposes_them(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert pair[::-1] not in found, found


def test_taking_up_arms_against_no_one_opposes_no_one() -> None:
    assert not opposed("The M23 took up arms again in 2021 after talks with Rwanda.")


def test_who_died_in_an_attack_told_of_once_was_attacked_by_its_author() -> None:
    text = "Ahmed Abdi Godane died in a US drone strike in 2014."
    kg = graph_of(text)
    assert ("united-states", "ahmed-abdi-godane", "ATTACKED") in set(kg.g.edges(keys=True))


def test_sides_fighting_since_a_date_fight_each_other() -> None:
    found = opposed("The Sudanese army and the RSF have been fighting since April.")
    assert found.get(("sudanese-armed-forces", "rapid-support-forces")) == "asserted", found
    assert found.get(("rapid-support-forces", "sudanese-armed-forces")) == "asserted", found


@pytest.mark.parametrize("text", ["The United States and Britain fought together.", "Chad and Niger fought in Mali."])
def test_sides_fighting_together_or_somewhere_are_not_each_others_foes(text: str) -> None:
    assert not opposed(text)


def allied(text: str) -> set[frozenset[str]]:
    """Each ALLIED_WITH link the rules find in the text, as the pair of its ends' ids."""
    return {frozenset((s, o)) for s, o, k in graph_of(text).g.edges(keys=True) if k == "ALLIED_WITH"}


def test_fighting_that_pits_one_side_against_another_sets_each_against_the_other() -> None:
    found = opposed("Last week's clashes pitted the Sudanese army against the RSF in Omdurman.")
    assert found.get(("sudanese-armed-forces", "rapid-support-forces")) == "asserted", found
    assert found.get(("rapid-support-forces", "sudanese-armed-forces")) == "asserted", found


def test_a_side_pitted_against_another_after_a_description_of_its_own_is_still_set_against_it() -> None:
    found = opposed(
        "The feud pits the Gulf Cartel, the faction run by the nephews of a jailed kingpin, against Los Zetas in"
        " Tamaulipas."
    )
    assert {pair for pair, certainty in found.items() if certainty == "asserted"} == {
        ("gulf-cartel", "los-zetas"),
        ("los-zetas", "gulf-cartel"),
    }, found


def test_who_regards_another_as_a_rival_opposes_it_one_way() -> None:
    found = opposed("Hamas has long regarded Fatah as a rival.")
    assert found.get(("hamas", "fatah")) == "asserted", found
    assert ("fatah", "hamas") not in found, found


def test_who_regards_another_as_someone_elses_enemy_opposes_no_one() -> None:
    assert ("hamas", "fatah") not in opposed("Hamas has long regarded Fatah as an enemy of Iran.")


def test_turning_ones_guns_on_someone_opposes_them() -> None:
    found = opposed("In 2007 Hamas turned its guns on Fatah in Gaza.")
    assert found.get(("hamas", "fatah")) == "asserted", found
    assert ("fatah", "hamas") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The SDF has long been Washington's main partner against ISIS.",
        "Washington armed the SDF as its partner against ISIS.",
    ],
)
def test_a_partner_against_a_foe_and_its_owner_both_oppose_the_foe(text: str) -> None:
    found = opposed(text)
    assert found.get(("syrian-democratic-forces", "isis")) == "asserted", found
    assert found.get(("united-states", "isis")) == "asserted", found
    assert frozenset(("syrian-democratic-forces", "united-states")) in allied(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The offensive brings together the Ugandan army and the FARDC.", ("uganda-peoples-defence-force", "fardc")),
        ("Police said the arrests followed a joint Kenyan and Somali investigation.", ("kenya", "somalia")),
        ("Amal and Hezbollah have been allied since 1990.", ("amal-movement", "hezbollah")),
        ("Kenya and Ethiopia conducted joint operations along the border last year.", ("kenya", "ethiopia")),
        ("The ADF, an Islamic State-allied group, attacked a school.", ("allied-democratic-forces", "isis")),
    ],
)
def test_sides_gathered_acting_jointly_or_called_allied_are_allies(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in allied(text)


def test_sides_of_one_act_that_is_neither_joint_nor_aimed_at_anyone_are_not_allies() -> None:
    assert not allied("Kenya and Ethiopia conducted separate operations along the border last year.")


def test_an_islamic_state_allied_group_is_allied_not_merely_affiliated() -> None:
    kg = graph_of("The ADF, an Islamic State-allied group, attacked a school.")
    links = {frozenset((s, o)): k for s, o, k in kg.g.edges(keys=True)}
    assert links.get(frozenset(("allied-democratic-forces", "isis"))) == "ALLIED_WITH", links


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sanctioned Hamas together with Hezbollah.",
        "Qatar brought together Hamas and Fatah officials for talks in Doha.",
    ],
)
def test_names_listed_or_gathered_for_talks_are_not_allies(text: str) -> None:
    assert not allied(text)


def threatened(text: str) -> set[tuple[str, str]]:
    """Each THREATENED link the rules find in the text, as (subject, object) ids."""
    kg = graph_of(text)
    return {(s, o) for s, o, k in kg.g.edges(keys=True) if k == "THREATENED"}


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto vowed that the al-Shabaab fighters behind the raid would be hunted down.",
        "President Ruto warned on Sunday that al-Shabaab would pay a heavy price for the raid.",
        "President Ruto pledged on Sunday to destroy al-Shabaab within a year.",
        "President Ruto said on Sunday that al-Shabaab would face severe consequences for the raid.",
        "President Ruto told parliament that Kenya would exact a heavy price from al-Shabaab.",
        "President Ruto vowed that al-Shabaab would be held to account for the raid.",
        "President Ruto warned that al-Shabaab would be held responsible for any further raid.",
    ],
)
def test_a_fate_vowed_for_an_actor_threatens_it(text: str) -> None:
    assert ("william-ruto", "al-shabaab") in threatened(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto said Kenya would respond with force if al-Shabaab crossed the border again.",
        "President Ruto warned that Kenya would retaliate if al-Shabaab struck Lamu again.",
        "President Ruto said Kenya will fight without limits if al-Shabaab wages war on Lamu.",
    ],
)
def test_a_response_announced_on_a_condition_set_on_an_actor_threatens_it(text: str) -> None:
    assert ("william-ruto", "al-shabaab") in threatened(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto said Kenya would not respond even if al-Shabaab crossed the border.",  # a response denied
        "President Ruto said Kenya would strike Somalia if al-Shabaab crossed the border.",  # the object is threatened
        "Al-Shabaab fought Kenyan troops after Kenya crossed the border.",  # nothing announced
    ],
)
def test_a_response_denied_aimed_elsewhere_or_done_threatens_no_one_on_the_condition(text: str) -> None:
    assert not {pair for pair in threatened(text) if pair[1] == "al-shabaab"}


@pytest.mark.parametrize(
    "text",
    ["Ethiopia vows revenge after Eritrean shelling of Zalambessa", "Ethiopia vowed retaliation over Eritrea's raid."],
)
def test_a_response_vowed_after_an_incident_with_its_author_named_threatens_that_author(text: str) -> None:
    assert ("Ethiopia", "Eritrea") in named_links(text, "THREATENED")


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto warned that if Somalia attacks Ethiopia again, Kenya will respond with force.",
        'President Ruto warned: "If you think you will attack Ethiopia, we will strike back."',
    ],
)
def test_an_attack_that_is_only_the_condition_of_a_warning_is_no_one_s_threat(text: str) -> None:
    found = named_links(text, "THREATENED")
    assert not {pair for pair in found if pair[1] == "Ethiopia"}, found


@pytest.mark.parametrize(
    "text",
    [
        "In an audio message, Ahmed Diriye urged his followers to step up attacks on Kenya.",
        "In an audio message, Ahmed Diriye called for attacks on Kenya.",
        "In an audio message, Ahmed Diriye vowed to continue attacks on Kenya.",
    ],
)
def test_a_call_for_attacks_on_an_actor_threatens_it(text: str) -> None:
    assert ("ahmed-diriye", "kenya") in threatened(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Diriye said his fighters' attacks would continue until Kenyan troops left Somalia.",
        "Ahmed Diriye said the group would continue its raids until Kenya withdrew its soldiers.",
    ],
)
def test_attacks_announced_to_go_on_until_a_side_yields_threaten_that_side(text: str) -> None:
    assert ("ahmed-diriye", "kenya") in threatened(text), threatened(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Diriye said the talks would continue until Kenya withdrew its soldiers.",  # talks, not attacks
        "Ahmed Diriye said the attacks continued until Kenyan troops left Somalia.",  # told, not announced
        "Ahmed Diriye said the group would not continue its raids until Kenya withdrew its soldiers.",
    ],
)
def test_talks_or_attacks_told_of_going_on_until_a_side_yields_threaten_no_one(text: str) -> None:
    assert not any(o == "kenya" for _, o in threatened(text)), threatened(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kataib Hezbollah said its rocket attacks would continue until US troops left Iraq.",
            ("kataib-hezbollah", "united-states"),
        ),
        ("Al-Shabaab vowed to keep up its raids until Kenyan soldiers leave Somalia.", ("al-shabaab", "kenya")),
    ],
)
def test_attacks_announced_to_go_on_until_a_side_yields_oppose_that_side(text: str, pair: tuple[str, str]) -> None:
    assert opposed(text).get(pair) == "asserted", opposed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah said the negotiations would continue until US troops left Iraq.",  # talks, not attacks
        "Kataib Hezbollah said it would not continue its rocket attacks until US troops left Iraq.",  # denied
    ],
)
def test_talks_or_denied_attacks_until_a_side_yields_oppose_no_one(text: str) -> None:
    assert not any(o == "united-states" for _, o in opposed(text)), opposed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Diriye said any Kenyan attack on the group's bases would be met with a counter-attack.",
        "Ahmed Diriye warned that further raids by Kenya would be met with force.",
    ],
)
def test_an_attack_announced_to_be_met_with_force_threatens_its_author(text: str) -> None:
    assert ("ahmed-diriye", "kenya") in threatened(text), threatened(text)


def test_an_attack_that_was_met_with_force_threatens_no_one() -> None:
    found = threatened("Ahmed Diriye said the Kenyan raid was met with heavy fire from his fighters.")
    assert not any(o == "kenya" for _, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The African Union urged Ahmed Diriye to halt attacks on Kenya.",  # a call to stop
        "In an audio message, Ahmed Diriye urged his followers not to carry out attacks on Kenya.",  # a call denied
    ],
)
def test_a_call_to_stop_attacks_threatens_no_one(text: str) -> None:
    assert not any(o == "kenya" for _, o in threatened(text))


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto warned that all camps belonging to al-Shabaab in Somalia were now legitimate targets.",
        "President Ruto said al-Shabaab bases were legitimate targets for Kenyan jets.",
    ],
)
def test_whoever_calls_what_is_an_actors_a_legitimate_target_threatens_that_actor_not_the_place(text: str) -> None:
    found = threatened(text)
    assert ("william-ruto", "al-shabaab") in found, found
    assert not any(o == "somalia" for _, o in found), found


def test_a_warning_of_what_a_third_party_plans_is_a_notice_not_a_threat() -> None:
    found = threatened("Kenya said it had warned Uganda in May that gunmen were planning an attack in Kampala.")
    assert ("kenya", "uganda") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab warned Kenya that it would strike again.",
        "Al-Shabaab warned Kenya that its soldiers would pay a heavy price.",
    ],
)
def test_a_warning_that_the_warner_will_act_or_the_warned_will_suffer_is_a_threat(text: str) -> None:
    assert ("al-shabaab", "kenya") in threatened(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto warned al-Shabaab that Kenyan troops would hunt down its commanders.",
        'President William Ruto warned al-Shabaab that "hell will rain down upon you."',
    ],
)
def test_a_warning_that_the_warners_own_state_will_act_or_said_to_the_warned_is_a_threat(text: str) -> None:
    assert ("william-ruto", "al-shabaab") in threatened(text)


def test_a_warning_of_what_others_may_do_to_the_warned_outside_a_quotation_is_a_notice() -> None:
    found = threatened("Kenya warned Uganda that gunmen could attack your embassy in Nairobi.")
    assert ("kenya", "uganda") not in found, found


def test_a_target_named_by_where_it_goes_does_not_make_the_destination_threatened() -> None:
    found = threatened("The Houthis said ships sailing to Israel would remain legitimate targets.")
    assert ("houthis", "israel") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said that al-Shabaab would be defeated within a year.",  # a forecast, not a vow
        "Al-Shabaab fighters were hunted down by Kenyan troops in 2019.",  # done, not vowed
        "President Ruto said Kenyan troops destroyed al-Shabaab camps in 2019.",  # done, not vowed
        "President Ruto said talks with al-Shabaab would be held in Nairobi next week.",  # a meeting, not a reckoning
        "President Ruto said al-Shabaab would not pay any price for the raid.",  # a fate denied
    ],
)
def test_a_fate_only_forecast_or_already_suffered_threatens_no_one(text: str) -> None:
    assert not any(o == "al-shabaab" for _, o in threatened(text))


@pytest.mark.parametrize(
    "text",
    [
        "Abubakar Shekau was wounded in 2019 during a clash with ISWAP near Sambisa.",
        "Abubakar Shekau withdrew to Sambisa amid heavy fighting with ISWAP.",
    ],
)
def test_one_hurt_or_moving_during_a_fight_with_another_fights_it(text: str) -> None:
    found = opposed(text)
    assert found.get(("abubakar-shekau", "islamic-state-west-africa-province")) == "asserted", found
    assert ("islamic-state-west-africa-province", "abubakar-shekau") in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The SNA entered Manbij after fighting with the Manbij Military Council.", ("sna", "manbij-military-council")),
        (
            "The RSF took Wad Madani after four days of fighting with the SAF.",
            ("rapid-support-forces", "sudanese-armed-forces"),
        ),
        ("Hamas retook the crossing following clashes with Fatah.", ("hamas", "fatah")),
        (
            "The Turkish army pushed into Afrin following weeks of clashes with the YPG.",
            ("turkish-armed-forces", "ypg"),
        ),
        (
            "The SNA captured Tal Rifaat and entered Manbij after days of fighting with the Manbij Military Council.",
            ("sna", "manbij-military-council"),
        ),
    ],
)
def test_one_acting_after_a_fight_with_another_fights_it(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert pair[::-1] in found, found


@pytest.mark.parametrize(
    "text",
    [
        "UNSMIL said it was following the clashes with concern.",  # "following" as a verb
        "Hamas retook the crossing after days of talks with Fatah.",  # talks, no fight
        "Hamas retook the crossing after a meeting with Fatah.",  # a meeting, no fight
    ],
)
def test_a_fight_not_told_as_a_time_sets_no_one_against_anyone(text: str) -> None:
    assert not opposed(text)


def test_a_third_side_acting_after_a_fight_between_two_fights_neither() -> None:
    found = opposed("Egypt sent aid to Gaza after days of clashes between Hamas and Fatah.")
    assert not [pair for pair in found if "egypt" in pair], found


def test_rejecting_a_demand_is_no_hostility() -> None:
    found = opposed("Hamas rejected Egypt's demand that it disarm before the talks in Cairo.")
    assert not found, found


def test_the_leader_of_a_coalition_named_after_it_fights_whom_the_coalition_fights() -> None:
    found = opposed("Since March a Saudi-led coalition has been fighting the Houthi movement near Marib.")
    assert found.get(("saudi-arabia", "houthis")) == "asserted", found
    assert ("saudi-arabia", "houthis") not in opposed("A coalition has been fighting the Houthi movement near Marib.")


@pytest.mark.parametrize(
    "text",
    ["Officials said Tehran did not seek war with Israel.", "Tehran does not want a conflict with Israel, he said."],
)
def test_a_fight_denied_as_a_wish_opposes_no_one(text: str) -> None:
    found = opposed(text)
    assert not found, found
    assert ("iran", "israel") in opposed("Tehran has waged a shadow war with Israel for years.")


def test_a_government_bodys_action_against_someone_is_a_sanction_not_a_fight() -> None:
    found = opposed("Today the US Department of the Treasury is taking action against Hamas.")
    assert ("us-treasury", "hamas") not in found, found
    assert ("israel", "hamas") in opposed("Israel is taking military action against Hamas in Rafah.")


def test_a_states_action_against_someone_with_no_force_said_is_no_fight_but_an_armys_is() -> None:
    assert not opposed("Today the United States is taking action against Hamas and its financiers.")
    found = opposed("The Ethiopian army took action against Fano in Gondar.")
    assert ("ethiopian-national-defense-force", "fano") in found, found


def test_countries_where_the_struck_sites_lie_are_neither_attacked_nor_targeted() -> None:
    kg = graph_of("On Sunday, French jets struck dozens of targets at four sites in Mali and Niger used by ISGS.")
    hit = {(s, k, o) for s, o, k in kg.g.edges(keys=True) if k in {"ATTACKED", "TARGETED"}}
    assert not {o for _, _, o in hit} & {"mali", "niger"}, hit
    assert ("france", "ATTACKED", "islamic-state-sahel-province") in hit, hit


def test_a_country_a_verb_of_attack_places_its_act_in_can_still_be_attacked() -> None:
    kg = graph_of("Russian forces attacked Ukraine in February 2022.")
    assert ("russia", "ukraine", "ATTACKED") in set(kg.g.edges(keys=True))


def test_a_venture_launched_by_someone_is_founded_not_attacked() -> None:
    kg = graph_of("The Alliance Fleuve Congo, a coalition launched in Nairobi by Corneille Nangaa, backs the M23.")
    assert not [(s, o) for s, o, k in kg.g.edges(keys=True) if k == "ATTACKED"]
    kg = graph_of("The Houthis launched drones at Israel on Friday.")
    assert ("houthis", "israel") in {(s, o) for s, o, k in kg.g.edges(keys=True) if k == "ATTACKED"}


def test_losses_inflicted_on_a_side_are_an_attack_on_it() -> None:
    kg = graph_of("JNIM said its fighters had inflicted heavy losses on the Malian army near Gao.")
    attacked = {(s, o) for s, o, k in kg.g.edges(keys=True) if k == "ATTACKED"}
    assert ("jnim", "malian-armed-forces") in attacked, attacked


def test_cracking_down_on_a_group_opposes_it_but_cracking_a_case_does_not() -> None:
    found = opposed("Egypt has been cracking down on the Muslim Brotherhood since 2013.")
    assert found.get(("egypt", "muslim-brotherhood")) == "asserted", found
    assert ("muslim-brotherhood", "egypt") not in found, found
    assert not opposed("Police cracked the case against Hamas.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hezbollah suffered heavy losses in fighting with Israel.", ("hezbollah", "israel")),
        (  # the parser hangs "fighting" on "in" as a clause (pcomp), not as its object
            "In March, Amal and the Lebanese army suffered heavy losses near Tyre in fighting with Hezbollah.",
            ("amal-movement", "hezbollah"),
        ),
    ],
)
def test_losses_suffered_in_fighting_with_a_side_set_each_against_the_other(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert found.get(pair[::-1]) == "asserted", found


def test_a_groups_fighters_named_before_fighting_between_stand_for_the_group() -> None:
    found = opposed("Fighting between Hezbollah fighters and Amal spread to the port.")
    assert found.get(("hezbollah", "amal-movement")) == "asserted", found
    assert found.get(("amal-movement", "hezbollah")) == "asserted", found


def test_forces_renamed_in_apposition_are_the_side_gathered() -> None:
    found = allied("The Shujaa offensive brings together the UPDF and Congo's armed forces, the FARDC.")
    assert frozenset(("uganda-peoples-defence-force", "fardc")) in found, found


def test_sides_that_once_clashed_but_have_been_allied_since_are_allies_too() -> None:
    text = "Hamas and Fatah clashed in Gaza in 2007 but have been allied since."
    assert frozenset(("hamas", "fatah")) in allied(text)
    assert opposed(text).get(("hamas", "fatah")) == "asserted"


def test_ties_broken_between_states_are_hostile_but_a_group_leaving_a_patron_is_not() -> None:
    assert opposed("Qatar said it broke ties with Syria in 2012.").get(("qatar", "syria")) == "asserted"
    assert not opposed("Hamas said it broke ties with Syria in 2012.")


def test_the_members_a_coalition_is_made_of_are_neither_its_foes_nor_its_allies() -> None:
    text = "The Popular Resistance Committees, a coalition of Fatah dissidents, split in 2006."
    assert not opposed(text)
    assert not allied(text)


def test_the_act_a_campaign_is_made_of_still_names_its_foe() -> None:
    found = opposed("The Islamic State has waged a campaign of bombings against the Taliban.")
    assert found.get(("isis", "taliban")) == "asserted", found


def test_a_strike_that_kills_a_sides_fighters_attacks_it_but_troops_that_do_fight_it() -> None:
    kg = graph_of("A US strike killed three Hezbollah fighters near Tyre.")
    links = {(s, o, k) for s, o, k in kg.g.edges(keys=True)}
    assert ("united-states", "hezbollah", "ATTACKED") in links, links
    assert ("united-states", "hezbollah", "OPPOSES") not in links, links
    found = opposed("Israeli troops killed three Hezbollah fighters near Tyre.")
    assert found.get(("israel", "hezbollah")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "UN experts and rights groups accused Wagner of killing civilians.",
        "UN monitors accused Wagner of looting.",
        "Prigozhin, whom French prosecutors accuse of fraud, denied it.",
        "French state media accused Wagner of torturing prisoners.",
        "Prigozhin, whom French media outlets accused of fraud, denied it.",
    ],
)
def test_observers_accusing_someone_do_not_set_their_body_against_it(text: str) -> None:
    found = opposed(text)
    assert ("united-nations", "wagner-group") not in found, found
    assert ("france", "yevgeny-prigozhin") not in found, found
    assert opposed("France accused Wagner of killing civilians.").get(("france", "wagner-group")) == "asserted"


def test_an_owners_rival_or_ally_named_right_after_is_its_foe_or_ally_not_its_part() -> None:
    kg = graph_of("Hamas's longtime rival Fatah controls the West Bank.")
    links = {(s, o, k) for s, o, k in kg.g.edges(keys=True)}
    assert ("fatah", "hamas", "OPPOSES") in links, links
    assert ("fatah", "hamas", "MEMBER_OF") not in links, links
    assert frozenset(("belarus", "russia")) in allied("Russia's ally Belarus hosted the drills.")


def test_an_owners_counterpart_followed_by_more_words_names_no_one_after_them() -> None:
    found = opposed("The CJNG, the Sinaloa Cartel's main rival, led by Nemesio Oseguera, grew.")
    assert ("nemesio-oseguera", "sinaloa-cartel") not in found, found


@pytest.mark.parametrize(
    "text", ["Hamas and Fatah, longtime allies, met in Cairo.", "Hamas and Fatah, close partners, met in Cairo."]
)
def test_sides_set_off_as_allies_after_their_names_are_allies(text: str) -> None:
    assert frozenset(("hamas", "fatah")) in allied(text)
    assert not opposed(text)


def test_its_rival_set_after_a_name_is_left_unguessed() -> None:
    text = "The Treasury sanctioned Hamas on Monday. Fatah, its main rival, called for talks."
    assert not any("fatah" in pair for pair in opposed(text))


def test_an_assault_repelled_as_it_names_no_foe_but_repelled_fighters_do() -> None:
    found = opposed("Al-Shabaab stormed the camp at dawn. AFRICOM said Kenyan and US forces had repelled it.")
    assert not any("africom" in pair for pair in found), found
    assert opposed("Kenyan forces repelled al-Shabaab fighters near Lamu.").get(("kenya", "al-shabaab")) == "asserted"


@pytest.mark.parametrize("text", ["Russia waged war on Ukraine in 2022.", "Russia is waging war on Ukraine."])
def test_waging_war_on_a_side_opposes_it_whatever_lemma_the_tagger_gives(text: str) -> None:
    assert opposed(text).get(("russia", "ukraine")) == "asserted"


def test_operations_launched_against_a_group_oppose_it_and_do_not_attack_it() -> None:
    links = set(graph_of("Kenya launched joint operations against al-Shabaab in March 2024.").g.edges(keys=True))
    assert ("kenya", "al-shabaab", "OPPOSES") in links, links  # the ontology: "operations against" opposes
    assert ("kenya", "al-shabaab", "ATTACKED") not in links, links


def test_a_named_operation_launched_against_a_group_is_the_launchers_and_no_attack_on_the_group() -> None:
    links = set(graph_of("Ethiopia launched Operation Red Dawn against al-Shabaab last year.").g.edges(keys=True))
    assert ("ethiopia", "operation-red-dawn", "BLAMED_FOR") in links, links
    assert ("ethiopia", "al-shabaab", "ATTACKED") not in links, links


def test_a_named_operation_the_gazetteer_knows_as_a_force_still_sets_its_launcher_against_the_foe() -> None:
    links = links_of("Nigeria launched Operation Hadin Kai against Boko Haram after a wave of raids in Borno.")
    assert ("nigeria", "OPPOSES", "boko-haram") in links, links


def test_what_is_launched_at_a_state_attacks_it() -> None:
    kg = graph_of("Houthi rebels launched drones at Israel on Monday.")
    assert ("houthis", "israel", "ATTACKED") in set(kg.g.edges(keys=True))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Mayi-Mayi were joined by the FDLR in the fighting near Goma.", {"mai-mai", "fdlr"}),
        ("The United States was joined by Britain in the strikes on the Houthis.", {"united-states", "united-kingdom"}),
        (  # a leader's forces, described by a relative clause on the leader's name
            "Clashes between TPLF fighters and forces loyal to Abiy Ahmed, who were joined by Fano militias, spread.",
            {"abiy-ahmed", "fano"},
        ),
        (
            "Hamas, which was joined by Islamic Jihad in the raid, fired rockets at Sderot.",
            {"hamas", "palestinian-islamic-jihad"},
        ),
    ],
)
def test_a_body_joined_by_another_is_its_ally(text: str, pair: set[str]) -> None:
    assert frozenset(pair) in allied(text), allied(text)


def test_a_person_joined_by_another_is_no_ally() -> None:
    assert not allied("Biden was joined by Prime Minister Rishi Sunak at the summit.")


def test_a_group_set_up_to_fight_another_opposes_it() -> None:
    found = opposed(
        "The Popular Mobilization Forces, an umbrella formed in 2014 to fight Islamic State, answers to Baghdad."
    )
    assert found.get(("popular-mobilization-units", "isis")) == "asserted", found
    assert ("isis", "popular-mobilization-units") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Some of the recruits were trained by the Popular Mobilization Forces, the umbrella created in 2014 to combat"
        " Islamic State.",
        "Many of the fighters draw salaries from the Popular Mobilization Forces, the umbrella created in 2014 to"
        " fight Islamic State.",
    ],
)
def test_a_group_set_up_to_fight_another_opposes_it_wherever_the_parse_hangs_its_apposition(text: str) -> None:
    found = opposed(text)
    assert found.get(("popular-mobilization-units", "isis")) == "asserted", found


def test_a_body_set_up_to_fight_with_no_name_before_it_opposes_no_one() -> None:
    assert not opposed("The umbrella was created in 2014 to fight Islamic State.")


def test_who_drives_a_side_back_opposes_it() -> None:
    found = opposed("Kenyan troops drove al-Shabaab back towards the river.")
    assert found.get(("kenya", "al-shabaab")) == "asserted", found


def test_pushing_back_a_deadline_opposes_no_one() -> None:
    assert not opposed("Kenya pushed back the deadline for the withdrawal of AMISOM.")


def test_the_legion_named_before_is_the_side_fought() -> None:
    found = opposed("The Third Legion arrested the men. The Hamza Division clashed with the legion.")
    assert found.get(("hamza-division", "third-legion")) == "asserted", found


def test_condemning_a_deed_is_not_opposing_its_doer() -> None:
    """Condemning a bombing is not a stand against the group the page lays it on (the annotators of every written
    set left such pairs unlinked: the rule that linked them was right 2 times in 11 on train and dev)."""
    text = (
        "The Baloch Liberation Army claimed the bombing of a railway station in Quetta on Saturday. "
        "Prime Minister Shehbaz Sharif condemned the bombing and ordered an inquiry."
    )
    assert ("shehbaz-sharif", "balochistan-liberation-army") not in opposed(text)
    assert ("shehbaz-sharif", "OPPOSES", "balochistan-liberation-army") not in {
        (s, k, o) for s, o, k in graph_of(text).g.edges(keys=True)
    }


def test_a_backed_groups_people_named_by_of_are_that_groups_not_the_backers() -> None:
    kg = graph_of("Al-Shabaab militants clashed with Ethiopian-backed factions of the Somali National Army at Baidoa.")
    edges = set(kg.g.edges(keys=True))
    assert ("al-shabaab", "somali-national-army", "OPPOSES") in edges, edges
    assert ("ethiopia", "somali-national-army", "FUNDS") in edges, edges
    assert not any(k == "OPPOSES" and "ethiopia" in (s, t) for s, t, k in edges), edges


def test_partners_in_a_fight_against_a_foe_both_oppose_it() -> None:
    found = opposed("Iraq, a partner of Washington in the campaign against ISIS, asked the troops to stay.")
    assert found.get(("united-states", "isis")) == "asserted", found
    assert found.get(("iraq", "isis")) == "asserted", found


def test_a_foe_named_as_its_owners_rival_opposes_it_both_ways() -> None:
    found = opposed("Fatah governs the West Bank, while its rival, Hamas, holds Gaza.")
    assert found.get(("hamas", "fatah")) == "asserted", found
    assert found.get(("fatah", "hamas")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "ISWAP blamed Boko Haram, its main rival in the region.",
        "Suspicion fell on Boko Haram, the group that once made Gwoza the capital of its statelet, and on its rival "
        "ISWAP.",
    ],
)
def test_its_rival_is_read_past_the_rival_itself_and_a_clause_describing_the_owner(text: str) -> None:
    found = opposed(text)
    assert found.get(("boko-haram", "islamic-state-west-africa-province")) == "asserted", found
    assert found.get(("islamic-state-west-africa-province", "boko-haram")) == "asserted", found


def test_a_rival_whose_owner_could_be_either_of_two_groups_is_left_unguessed() -> None:
    found = opposed("Analysts say Hamas is close to Iran, while Fatah has courted Hezbollah, its old rival in Lebanon.")
    assert not any("hezbollah" in pair for pair in found), found


def test_the_broker_of_a_truce_between_an_unnamed_side_and_a_named_one_is_no_side() -> None:
    found = opposed("Egypt brokered a truce between the militants and Israel.")
    assert ("egypt", "israel") not in found, found


def test_a_rival_after_another_subject_is_not_read_back_to_an_earlier_group() -> None:
    text = (
        "The Arakan Army holds most of the coast. Diplomats say the navy has tried to retake the islands, while its"
        " rival, the Kachin Independence Army, has moved south."
    )
    found = opposed(text)
    assert ("arakan-army", "kachin-independence-army") not in found, found


def test_sides_that_traded_accusations_oppose_each_other() -> None:
    found = opposed("Hamas and Fatah have traded accusations over the stalled reconciliation talks.")
    assert found.get(("hamas", "fatah")) == "asserted", found
    assert found.get(("fatah", "hamas")) == "asserted", found


def test_a_side_accused_of_fighting_another_is_alleged_to_oppose_it() -> None:
    found = opposed("Baghdad accused Ankara of fighting the PKK on Iraqi soil in breach of the accord.")
    assert found.get(("turkey", "pkk")) == "alleged", found


def test_the_parties_to_a_truce_oppose_each_other_but_its_go_between_is_no_side() -> None:
    found = opposed("Hezbollah and Israel agreed to a truce in late November.")
    assert found.get(("hezbollah", "israel")) == "asserted", found
    assert found.get(("israel", "hezbollah")) == "asserted", found
    found = opposed("The ELN signed a ceasefire with Colombia in Havana.")
    assert found.get(("colombia", "eln")) == "asserted", found
    assert not opposed("Qatar mediated a ceasefire with Hamas.")


def test_sides_taken_against_someone_oppose_them() -> None:
    found = opposed("In Tripoli, the Nawasi Brigade sided with the Radaa force against the 444 Brigade.")
    assert found.get(("nawasi-brigade", "444-brigade")) == "asserted", found
    assert found.get(("radaa-special-deterrence-force", "444-brigade")) == "asserted", found


def test_a_case_brought_against_a_side_opposes_it_but_a_case_with_no_plaintiff_names_no_one() -> None:
    found = opposed("Senegal has brought a genocide case against Sudan at the International Court of Justice.")
    assert found.get(("senegal", "sudan")) == "asserted", found
    assert ("sudan", "senegal") not in found, found
    assert not opposed("The case against Hamas was dropped last year.")


def test_proceedings_instituted_against_a_side_oppose_it() -> None:
    found = opposed("Senegal instituted proceedings against Sudan before the International Court of Justice.")
    assert found.get(("senegal", "sudan")) == "asserted", found
    assert ("sudan", "senegal") not in found, found


def test_a_case_whose_against_the_parser_hangs_on_the_verb_still_opposes_the_side_it_is_brought_against() -> None:
    found = opposed("In May Senegal brought a case against Sudan at the International Court of Justice.")
    assert found.get(("senegal", "sudan")) == "asserted", found
    assert ("sudan", "senegal") not in found, found


def test_a_fight_only_vowed_is_a_threat_as_well_as_hostility_but_one_told_is_no_threat() -> None:
    kg = graph_of("Abu Alaa al-Walai has vowed to keep fighting Israel.")
    links = {(s, k, o): d["evidence"][0].certainty for s, o, k, d in kg.g.edges(keys=True, data=True)}
    assert links.get(("abu-alaa-al-walai", "THREATENED", "israel")) == "asserted", links
    assert links.get(("abu-alaa-al-walai", "OPPOSES", "israel")) == "asserted", links
    told = {(s, k, o) for s, o, k in graph_of("Hezbollah has fought Israel since 1982.").g.edges(keys=True)}
    assert ("hezbollah", "OPPOSES", "israel") in told
    assert ("hezbollah", "THREATENED", "israel") not in told


def test_a_vow_after_a_long_description_of_the_speaker_is_the_speakers_threat() -> None:
    # the parser makes the name the root and hangs "condemned" on it as a participle: the name is still the subject
    kg = graph_of(
        "President Paul Kagame, who has ruled Rwanda since 2000, condemned Sunday's killings as a cowardly act of"
        " terror and vowed in a speech broadcast on state radio that the FDLR gunmen responsible would be hunted down."
    )
    assert ("paul-kagame", "fdlr", "THREATENED") in set(kg.g.edges(keys=True))


@pytest.mark.parametrize(
    "text",
    [
        "The Lindi Front has waged an insurgency against the Tanzanian state since 2001.",
        "The Lindi Front, which has fought the Tanzanian state for decades, was listed.",
    ],
)
def test_a_demonyms_state_is_the_country_fought(text: str) -> None:
    found = opposed(text)
    assert found.get(("lindi-front", "tanzania")) == "asserted", found


def test_a_demonyms_state_named_as_a_division_is_no_country_fought() -> None:
    found = opposed("The Lindi Front fought police in the Tanzanian state of Zanzibar.")
    assert ("lindi-front", "tanzania") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Lindi Front and the Coast Brigade both call for the removal of Omari Juma.",
        "The Lindi Front demanded the ouster of Omari Juma after the vote.",
        "Omari Juma's downfall was the Lindi Front's aim, and it pressed for the overthrow of Omari Juma.",
    ],
)
def test_who_calls_for_an_actors_removal_opposes_it(text: str) -> None:
    found = opposed(text)
    assert found.get(("lindi-front", "omari-juma")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "The Lindi Front called for the removal of Omari Juma from the sanctions list.",
        "The Lindi Front announced the removal of Omari Juma as its leader.",
        "The Lindi Front called for the removal of sanctions on Omari Juma.",
    ],
)
def test_taking_an_actor_off_a_list_or_out_of_a_post_opposes_no_one(text: str) -> None:
    found = opposed(text)
    assert ("lindi-front", "omari-juma") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania demanded that the Lindi Front end its blockade of Mtwara.",
        "Tanzania demanded the Lindi Front withdraw its fighters from Mtwara by Friday.",
        "Tanzania demanded the departure of the Lindi Front from Mtwara.",
        "Tanzania has long called for the withdrawal of the Lindi Front from Mtwara.",
        "Tanzania called on the Lindi Front to stop its raids and leave Mtwara.",
    ],
)
def test_who_demands_that_an_actor_leave_or_stop_opposes_it(text: str) -> None:
    found = opposed(text)
    assert found.get(("tanzania", "lindi-front")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania demanded that the Lindi Front punish those responsible.",  # a demand made of it, not against it
        "Tanzania announced the withdrawal of the Lindi Front from Mtwara.",  # told, not demanded
        "Tanzania called on the Lindi Front to release the hostages.",  # neither to leave nor to fight
        "Tanzania called the Lindi Front to leave Mtwara.",  # no "on": not one pressed
        "Tanzania called on the Lindi Front to withdraw the envoy from Mtwara.",  # someone else sent away
    ],
)
def test_a_demand_made_of_an_actor_or_a_withdrawal_told_opposes_no_one(text: str) -> None:
    found = opposed(text)
    assert ("tanzania", "lindi-front") not in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya recalled its ambassador from Mogadishu after the vote.", ("kenya", "somalia")),
        ("Kenya withdrew its envoy from Somalia in protest.", ("kenya", "somalia")),
        ("Kenya recalls envoy to Somalia after the raid", ("kenya", "somalia")),
    ],
)
def test_a_state_that_recalls_its_envoy_from_another_opposes_it(text: str, pair: tuple[str, str]) -> None:
    assert opposed(text).get(pair) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya recalled its ambassador to Nairobi for consultations.",  # home, no state left
        "Kenya appointed a new ambassador to Somalia.",  # no recall
        "Kenya summoned the ambassadors of Somalia and Ethiopia.",  # a summons, a protest made to allies too
        "Kenya withdrew its diplomats from Mogadishu as the fighting spread.",  # staff evacuated
    ],
)
def test_an_envoy_sent_home_named_or_summoned_by_no_one_opposes_no_one(text: str) -> None:
    assert not opposed(text)


def test_whoever_calls_on_others_to_condemn_someone_opposes_them() -> None:
    assert (
        opposed("President Ruto called on the council to condemn al-Shabaab.").get(("william-ruto", "al-shabaab"))
        == "asserted"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Lindi Front squeezed the Coast Brigade out of Mtwara last year.",
        "The Coast Brigade, which the Lindi Front has since squeezed out of Mtwara through raids, is weak.",
    ],
)
def test_who_squeezes_a_side_out_of_a_place_opposes_it(text: str) -> None:
    found = opposed(text)
    assert found.get(("lindi-front", "coast-brigade")) == "asserted", found


def attacked(text: str) -> set[tuple[str, str]]:
    """Each ATTACKED link the rules find in the text, as (subject, object) ids."""
    return {(s, o) for s, o, k in graph_of(text).g.edges(keys=True) if k == "ATTACKED"}


@pytest.mark.parametrize(
    "text",
    [
        "The Lindi Front has waged a campaign of bombings against the Coast Brigade for a decade.",
        "The Lindi Front, which has waged a campaign of assassinations against the Coast Brigade, was listed.",
    ],
)
def test_a_campaign_of_bombings_against_a_side_attacked_it(text: str) -> None:
    assert ("lindi-front", "coast-brigade") in attacked(text), attacked(text)


def test_a_campaign_of_protests_against_a_side_attacked_no_one() -> None:
    text = "The Lindi Front waged a campaign of protests against the Coast Brigade."
    assert not attacked(text), attacked(text)
    assert ("lindi-front", "coast-brigade") in opposed(text), opposed(text)


def test_a_rival_set_off_after_a_bracketed_acronym_is_the_named_group_s_foe() -> None:
    found = links_of("Officials say Hamas has courted Palestinian Islamic Jihad (PIJ), Fatah's main rival in Gaza.")
    assert ("palestinian-islamic-jihad", "OPPOSES", "fatah") in found, found


def test_an_acronym_spelled_out_in_brackets_names_the_body_when_used_alone_later() -> None:
    found = links_of("The Arakan Army (AA) said it would fight on. In June the AA seized Maungdaw after a siege.")
    assert ("arakan-army", "ATTACKED", "maungdaw") in found, found


def test_letters_the_name_does_not_spell_name_no_one() -> None:
    found = links_of("The Arakan Army (AA) said it would fight on. In June the AB seized Maungdaw after a siege.")
    assert not any(link[1] == "ATTACKED" for link in found), found


def test_detaining_someone_opposes_them_one_way() -> None:
    found = opposed("General Brice Oligui detained President Ali Bongo at his residence in Libreville.")
    assert found.get(("brice-oligui", "ali-bongo-ondimba")) == "asserted", found
    assert ("ali-bongo-ondimba", "brice-oligui") not in found, found


def test_a_war_supposed_in_the_event_of_makes_no_hostility() -> None:
    kg = graph_of("The cleric said each diplomat would be a hostage in the event of a war between Chad and Niger.")
    assert not kg.g.has_edge("chad", "niger", "OPPOSES") and not kg.g.has_edge("niger", "chad", "OPPOSES")


def test_a_war_that_began_between_two_states_is_still_hostility() -> None:
    kg = graph_of("The war between Chad and Niger began in 2026.")
    assert kg.g.has_edge("chad", "niger", "OPPOSES")


def test_its_war_after_a_passive_agent_is_the_agents_war() -> None:
    kg = graph_of("The Council sanctioned two firms that made drones used by Chad in its war against Niger.")
    assert kg.g.has_edge("chad", "niger", "ATTACKED")
    assert not kg.g.has_edge("council", "niger", "OPPOSES") and not kg.g.has_edge("council", "niger", "ATTACKED")


def test_an_offensive_in_apposition_to_what_sides_launched_is_waged_by_them_together() -> None:
    found = links_of("In 2019 Chad and Niger launched Operation Desert Shield, a joint offensive against Boko Haram.")
    assert {("chad", "OPPOSES", "boko-haram"), ("niger", "OPPOSES", "boko-haram")} <= found, found
    assert ("chad", "ALLIED_WITH", "niger") in found or ("niger", "ALLIED_WITH", "chad") in found, found


def test_an_offensive_in_apposition_to_what_someone_condemned_is_not_theirs() -> None:
    assert not opposed("The UN condemned Operation Desert Shield, a joint offensive against Boko Haram.")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("An offensive launched by Nigeria against Boko Haram retook the town of Bama.", {("nigeria", "boko-haram")}),
        (
            "Protests organised by Hamas and Islamic Jihad against Fatah spread to Hebron on Friday.",
            {("hamas", "fatah"), ("palestinian-islamic-jihad", "fatah")},
        ),
    ],
)
def test_who_a_participle_says_waged_a_campaign_against_someone_opposes_them(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    found = opposed(text)
    assert pairs <= found.keys(), found


def test_a_side_called_allied_after_another_in_a_list_is_its_ally() -> None:
    found = links_of("Hamas and allied Islamic Jihad fighters fired rockets at Israel from Gaza.")
    assert {
        ("hamas", "ALLIED_WITH", "palestinian-islamic-jihad"),
        ("palestinian-islamic-jihad", "ALLIED_WITH", "hamas"),
    } & found, found


def test_allied_forces_named_by_no_side_are_no_ones_allies() -> None:
    found = links_of("The army and allied militias retook the town of Bama from Boko Haram.")
    assert not any(link[1] == "ALLIED_WITH" for link in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chad, along with Niger, attacked Boko Haram camps near Lake Chad.",
        "Chad, together with Niger, retook the town of Malam Fatori in May.",
    ],
)
def test_a_side_acting_along_or_together_with_another_in_a_fight_is_its_ally(text: str) -> None:
    found = links_of(text)
    assert ("chad", "ALLIED_WITH", "niger") in found or ("niger", "ALLIED_WITH", "chad") in found, found


def test_a_side_along_with_another_in_no_fight_is_no_ally() -> None:
    found = links_of("Chad, along with Niger, said the talks in Niamey had failed.")
    assert not any(link[1] == "ALLIED_WITH" for link in found), found


def test_a_person_who_fought_alongside_a_group_is_its_ally() -> None:
    found = named_links(
        "Omar Hamza, a convict who had fought alongside the Taliban in Helmand, was freed.", "ALLIED_WITH"
    )
    assert ("Omar Hamza", "Taliban") in found or ("Taliban", "Omar Hamza") in found, found


def test_a_person_posted_alongside_a_group_is_no_ally() -> None:
    assert not named_links(
        "Omar Hamza, a nurse who had worked alongside the Taliban in Helmand, was freed.", "ALLIED_WITH"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Fatah have fought each other as well as the Israeli army since 2007.",
        "Hamas and Fatah fought one another and the Israeli army in Gaza.",
    ],
)
def test_sides_that_fought_each_other_and_a_third_oppose_each_other_and_are_no_allies(text: str) -> None:
    found = opposed(text)
    assert {("hamas", "fatah"), ("fatah", "hamas")} <= found.keys(), found
    assert ("hamas", "israel-defense-forces") in found, found
    allied = {(s, o) for s, k, o in links_of(text) if k == "ALLIED_WITH"}
    assert not allied, allied


@pytest.mark.parametrize(
    "text",
    [
        "The rival factions, Hamas and Fatah, sent delegations to Cairo on Monday.",
        "The two largest rival movements in the territory, Hamas and Fatah, said they would end their feud.",
    ],
)
def test_names_set_beside_a_plural_noun_of_rivals_oppose_each_other(text: str) -> None:
    found = opposed(text)
    assert {("hamas", "fatah"), ("fatah", "hamas")} <= found.keys(), found


def test_rivals_of_someone_else_do_not_oppose_each_other() -> None:
    found = opposed("Israel's rival factions, Hamas and Fatah, sent delegations to Cairo on Monday.")
    assert ("hamas", "fatah") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdish faction avoided open confrontation with Hayat Tahrir al-Sham in Idlib.",
        "Hamas has sought to avert a war with Fatah since 2007.",
    ],
)
def test_a_fight_kept_from_happening_sets_no_one_against_anyone(text: str) -> None:
    assert not opposed(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ahmed Diriye warned of more attacks if Kenyan forces did not leave Somalia by June.",
            ("Ahmed Diriye", "Kenya"),
        ),
        (
            "Jimmy Cherizier warned that if Ariel Henry did not resign, there would be civil war.",
            ("Jimmy Cherizier", "Ariel Henry"),
        ),
        ("Hezbollah threatened to shell the port unless Israel pulled its troops back.", ("Hezbollah", "Israel")),
    ],
)
def test_a_warning_on_a_condition_the_other_side_must_meet_threatens_it(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "THREATENED")
    assert pair in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Jimmy Cherizier warned that if Ariel Henry resigned, the gangs would lay down their arms.",  # no demand denied
        # a passive condition whose subject is not the one driven out (by whom?); "if the PKK is not removed" warns
        # the PKK (tests/test_hostility_breaks.py)
        "Recep Tayyip Erdogan warned that Turkish jets could strike the town if the PKK's hostages are not released.",
    ],
)
def test_a_condition_met_or_one_without_its_own_doer_threatens_no_one(text: str) -> None:
    found = named_links(text, "THREATENED")
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas took control of Gaza in 2007 after ousting Fatah.",
        "Since fighting Fatah in 2007, Hamas has ruled Gaza alone.",
    ],
)
def test_a_gerund_after_a_preposition_of_time_is_done_by_the_subject_of_the_clause_it_opens(text: str) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(("Hamas", "Fatah")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('President Bola Tinubu declared "total war" on Boko Haram.', ("Bola Tinubu", "Boko Haram")),
        (
            "The Houthis issued a statement, declaring war on Israel and on Prime Minister Benjamin Netanyahu.",
            ("Houthis", "Benjamin Netanyahu"),
        ),
    ],
)
def test_a_person_declares_war_and_has_war_declared_on_him(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(pair) == "asserted", found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt condemned what it called Israel's aggression on Rafah.", ("Egypt", "Israel")),
        ("Qatar denounced what it described as an Israeli strike on Doha.", ("Qatar", "Israel")),
    ],
)
def test_a_condemnation_of_what_someone_called_an_act_opposes_its_author(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(pair) == "asserted", found


@pytest.mark.parametrize(
    ("text", "author", "victim"),
    [
        ("Qatar condemned the attack by Hamas on the Egyptian police.", "Hamas", "Egyptian Police"),
        ("Qatar condemned what it called a brutal Israeli attack on Hamas.", "Israel", "Hamas"),
    ],
)
def test_a_condemned_attack_opposes_its_author_not_its_target(text: str, author: str, victim: str) -> None:
    found = {o for _, o in named_links(text, "OPPOSES")}
    assert author in found, found
    assert victim not in found, found


def test_a_condemned_attack_named_after_a_body_the_page_does_not_know_opposes_no_one() -> None:
    found = named_links("Chad's foreign ministry condemned the BRENCO attack on Monday.", "OPPOSES")
    assert not any("BRENCO" in pair for pair in found), found


@pytest.mark.parametrize(
    "vow",
    [
        "Kenya vowed revenge.",
        "President Ruto promised a harsh response.",
        "President Ruto said Kenya would respond at a time of its choosing.",
        "President Ruto vowed to retaliate for the raid.",
        "President Ruto vowed that those responsible would pay a heavy price.",
        "President Ruto warned that the perpetrators would be hunted down.",
        "President Ruto said the raid would not go unanswered.",
        "Kenya said it reserved the right to respond.",
        'President Ruto said the interior ministry had been given "full powers" to act and that those responsible'
        ' "will pay a heavy price".',
    ],
)
def test_a_response_vowed_at_no_one_named_threatens_the_author_of_the_incident(vow: str) -> None:
    text = f"Al-Shabaab fighters raided a police post in Mandera on Monday, killing six officers. {vow}"
    found = threatened(text)
    assert ("al-shabaab", "kenya") not in found, found
    assert {("kenya", "al-shabaab"), ("william-ruto", "al-shabaab")} & found, found


def test_a_response_vowed_at_an_incident_of_two_authors_threatens_the_one_its_sentence_names() -> None:
    text = (
        "Gunmen raided a police post in Mandera on Monday, killing six officers. Al-Shabaab and the Islamic State "
        "both claimed the raid. {}"
    )
    found = threatened(text.format("Al-Shabaab claims Mandera raid as Kenya vows revenge"))
    assert ("kenya", "al-shabaab") in found, found
    assert ("kenya", "isis") not in found, found
    assert not threatened(text.format("Kenya vowed revenge.")), "neither author named: no guess"


@pytest.mark.parametrize(
    "vow",
    [
        "President Ruto said Kenya would not retaliate.",  # an intention denied
        "President Ruto said Kenya had no plans to respond.",
        "President Ruto said the raid was a response to the army's offensive.",  # told, not vowed
        "The raid did not go unpunished: Kenyan jets struck the camp a week later.",  # an answer told
        "President Ruto said many questions about the raid remain unanswered.",  # no deed left unanswered
    ],
)
def test_a_response_denied_or_told_threatens_no_one(vow: str) -> None:
    text = f"Al-Shabaab fighters raided a police post in Mandera on Monday, killing six officers. {vow}"
    found = threatened(text)
    assert not any(o == "al-shabaab" for _, o in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mozambique's army has been weakened by a long insurgency by al-Shabaab.", ("al-shabaab", "mozambique")),
        ("The Tatmadaw was battered by an offensive launched by the Arakan Army.", ("arakan-army", "tatmadaw")),
        ("Burkina Faso is facing a rebellion by JNIM.", ("jnim", "burkina-faso")),
        ("The Kenyan army has been stretched by operations against al-Shabaab.", ("kenya", "al-shabaab")),
    ],
)
def test_whoever_wages_a_campaign_a_side_endures_or_faces_opposes_that_side(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert pair[::-1] not in found, found


def test_a_side_that_loses_ground_to_another_is_set_against_it_and_it_against_the_loser() -> None:
    found = opposed("Al-Shabaab lost the port town of Kismayo to Kenyan troops in 2012.")
    assert found.get(("al-shabaab", "kenya")) == "asserted", found
    assert found.get(("kenya", "al-shabaab")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas lost the 2006 election to Fatah.",  # no ground lost
        "Fatah lost ground to Hamas in the polls.",
        "Hamas faces a vote by Fatah.",  # no campaign faced
    ],
)
def test_an_election_lost_or_a_vote_faced_opposes_no_one(text: str) -> None:
    assert not opposed(text)


def test_one_held_responsible_for_a_past_attack_is_not_threatened() -> None:
    text = "Kenya held al-Shabaab responsible for the raid, and al-Shabaab was held responsible by Somalia."
    assert not threatened(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto ordered the army to crush al-Shabaab.",
        "President Ruto instructed the security forces to conduct operations against al-Shabaab.",
        "President Ruto urged the police to act against al-Shabaab.",
    ],
)
def test_whoever_orders_others_to_fight_someone_opposes_them(text: str) -> None:
    assert opposed(text).get(("william-ruto", "al-shabaab")) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto ordered the army not to attack al-Shabaab.",  # an act forbidden
        "President Ruto did not order the army to crush al-Shabaab.",  # an order denied
        "President Ruto ordered the army to protect Somalia.",  # no fight
    ],
)
def test_an_order_denied_forbidding_a_fight_or_to_protect_opposes_no_one(text: str) -> None:
    assert not {pair for pair in opposed(text) if pair[0] == "william-ruto"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Jordan's crackdown on the Muslim Brotherhood widened last spring.", ("jordan", "muslim-brotherhood")),
        ("The Iraqi government's clampdown on the PKK angered Erbil.", ("iraq", "pkk")),
    ],
)
def test_whoever_owns_a_crackdown_on_someone_opposes_them(text: str, pair: tuple[str, str]) -> None:
    assert opposed(text).get(pair) == "asserted", opposed(text)


def test_a_crackdown_on_unnamed_people_opposes_no_one() -> None:
    assert not opposed("Police in Tehran began a crackdown on students.")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas announced a suspension of operations against Israel after the talks in Cairo.",
        "Hamas declared a halt in operations against Israel for the holiday.",
    ],
)
def test_who_announces_a_course_of_their_campaign_against_someone_opposes_them(text: str) -> None:
    assert opposed(text).get(("hamas", "israel")) == "asserted", opposed(text)


def test_who_demands_a_halt_to_a_campaign_wages_none() -> None:
    assert not opposed("Egypt demanded a suspension of operations against Hamas.")


def test_a_participle_of_attack_after_any_tells_no_act() -> None:
    assert ("hezbollah", "ATTACKED", "israel") in links_of("Hezbollah fighters attacking Israel were killed on Friday.")
    found = links_of("Any Hezbollah fighters attacking Israel would be killed, the army said.")
    assert ("hezbollah", "ATTACKED", "israel") not in found, found


def test_a_participle_hung_on_the_place_of_an_incident_is_not_the_places_act() -> None:
    found = links_of("The bombing on Iraqi soil targeting Hezbollah killed two men.")
    assert ("iraq", "ATTACKED", "hezbollah") not in found, found


def test_states_an_unnamed_plural_subject_is_read_as_are_not_set_against_each_other() -> None:
    text = (
        "Chad, Sudan and Libya broke with the bloc last year. The three regimes have driven European advisers out - "
        "from Chad in May, from Sudan in June and from Libya in July."
    )
    found = opposed(text)
    states = {"chad", "sudan", "libya"}
    assert not any(s in states and o in states for s, o in found), found


def test_states_named_as_the_subject_still_expel_those_named_after() -> None:
    found = opposed("Chad and Sudan expelled Libya's envoys from N'Djamena and Khartoum.")
    assert ("chad", "libya") in found or ("sudan", "libya") in found, found


def test_a_deed_announced_not_to_go_unanswered_threatens_its_author_with_the_announcer_asserted() -> None:
    found = named_links("Turkey warned that the Syrian shelling of Akcakale would not go unpunished.", "THREATENED")
    assert found.get(("Turkey", "Syria")) == "asserted", found


def test_a_right_reserved_to_strike_someone_threatens_them() -> None:
    found = named_links("Israel said it reserves the right to strike Hezbollah.", "THREATENED")
    assert found.get(("Israel", "Hezbollah")) == "asserted", found


def test_collaboration_between_many_bodies_allies_the_first_with_each_other() -> None:
    kg = graph_of("The arrests followed close collaboration between the FBI, the DGSI, Europol and Interpol.")
    found = {frozenset((s, o)) for s, o, k in kg.g.edges(keys=True) if k == "ALLIED_WITH"}
    assert {frozenset(("fbi", "dgsi")), frozenset(("fbi", "europol")), frozenset(("fbi", "interpol"))} <= found, found
    assert frozenset(("dgsi", "europol")) not in found, found


def test_a_war_which_a_body_led_by_a_person_with_another_name_wages_is_the_body_s() -> None:
    links = links_by_name(
        "The Kalen Front, the militia led by Tomas Varel, commonly known as Zurdo, which has been at war with the "
        "Marrak Army since 2021, took Orsk."
    )
    assert ("Kalen Front", "OPPOSES", "Marrak Army") in links, links
    assert not {link for link in links if "Tomas Varel" in (link[0], link[2]) and link[1] == "OPPOSES"}, links


@pytest.mark.parametrize(
    "text",
    [
        "Gunfights between Hamas and Fatah went on through the night in Khan Younis.",
        "A firefight between Hamas and Fatah near the crossing left four dead.",
        "Hamas fought a gunbattle with Fatah in Khan Younis on Sunday.",
    ],
)
def test_a_gunfight_between_two_sides_sets_each_against_the_other(text: str) -> None:
    found = opposed(text)
    assert found.get(("hamas", "fatah")) == "asserted", found
    assert found.get(("fatah", "hamas")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Fatah accused each other of torturing prisoners.",
        "Hamas and Fatah have accused one another of breaking the Cairo deal.",
        "Hamas and Fatah each accused the other of breaking the Cairo deal.",
    ],
)
def test_sides_that_accuse_each_other_oppose_each_other(text: str) -> None:
    found = opposed(text)
    assert found.get(("hamas", "fatah")) == "asserted", found
    assert found.get(("fatah", "hamas")) == "asserted", found


def test_sides_that_accuse_a_third_do_not_oppose_each_other() -> None:
    found = opposed("Hamas and Fatah each accused Israel of shelling the camp.")
    assert ("hamas", "israel") in found and ("fatah", "israel") in found, found
    assert ("hamas", "fatah") not in found and ("fatah", "hamas") not in found, found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Officials of the Taliban accused Pakistan of lying.", ("taliban", "OPPOSES", "pakistan")),
        ("A spokesman for the Houthis accused Saudi Arabia of war crimes.", ("houthis", "OPPOSES", "saudi-arabia")),
        ("Leaders of Hamas threatened Israel with new attacks.", ("hamas", "THREATENED", "israel")),
        ("Leaders of Hamas vowed to fight Israel until the end.", ("hamas", "OPPOSES", "israel")),
        ("Leaders of Hamas said they would fight Israel.", ("hamas", "OPPOSES", "israel")),
        ("Hamas leaders said they would fight Israel.", ("hamas", "OPPOSES", "israel")),
    ],
)
def test_a_bodys_leaders_and_spokesmen_speak_for_it(text: str, link: tuple[str, str, str]) -> None:
    found = {(s, k, o) for s, o, k in graph_of(text).g.edges(keys=True)}
    assert link in found, found


def test_former_commanders_speak_for_no_body() -> None:
    found = {(s, k, o) for s, o, k in graph_of("Former commanders of Hamas condemned Israel.").g.edges(keys=True)}
    assert ("hamas", "OPPOSES", "israel") not in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Tatmadaw removed the civilian government led by Aung San Suu Kyi and Win Myint.",
            ("tatmadaw", "win-myint"),
        ),
        ("The Tatmadaw ousted the civilian government led by Aung San Suu Kyi.", ("tatmadaw", "aung-san-suu-kyi")),
        ("The Tatmadaw removed the government led by Aung San Suu Kyi.", ("tatmadaw", "aung-san-suu-kyi")),
        ("The Nigerien army overthrew Mohamed Bazoum's government in July.", ("niger", "mohamed-bazoum")),
        ("The Houthis toppled the government of Abd-Rabbu Mansour Hadi in 2014.", ("houthis", "abdrabbuh-mansur-hadi")),
    ],
)
def test_whoever_ousts_a_government_opposes_the_one_leading_it(text: str, pair: tuple[str, str]) -> None:
    assert opposed(text).get(pair) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The Tatmadaw backed the government led by Aung San Suu Kyi.",  # backed, not ousted
        "The Treasury removed the sanctions imposed on Aung San Suu Kyi.",  # no government
        "The committee removed Aung San Suu Kyi from the list.",
    ],
)
def test_a_government_backed_or_a_sanction_removed_opposes_no_one(text: str) -> None:
    assert not opposed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish drones struck Iranian Kurdish opposition parties near Koya.",
        "Turkey attacked the camps of Iranian Kurdish parties in Iraq.",
        "Missiles fired by Turkey hit bases of Iranian dissidents near Erbil.",
        "Turkey shelled villages held by Iranian exiles near Koya.",
        "Turkish jets, striking the offices of the Iranian opposition in Iraq, killed 13 people.",
    ],
)
def test_a_states_demonym_on_its_opponents_or_exiles_makes_the_state_no_side_hit(text: str) -> None:
    found = links_of(text)
    assert not any(o == "iran" and k in {"ATTACKED", "OPPOSES"} for _, k, o in found), found


def test_a_states_demonym_on_its_positions_or_its_army_still_makes_the_state_the_side_hit() -> None:
    assert ("turkey", "ATTACKED", "iran") in links_of("Turkish drones struck Iranian positions near Koya.")
    assert ("turkey", "ATTACKED", "iran") in links_of("Turkey attacked the Iranian army near Koya.")


@pytest.mark.parametrize(
    "text",
    [
        "The TLP demanded that Pakistan expel the French ambassador.",
        "The TLP demanded Pakistan expel the French ambassador.",
        "The TLP urged that the government of Pakistan expel the French ambassador and condemn France.",
        "The TLP has repeatedly asked that Pakistan expel the French ambassador.",
    ],
)
def test_a_hostile_act_demanded_of_a_state_is_the_demanders_hostility_not_the_states(text: str) -> None:
    found = links_of(text)
    assert ("pakistan", "OPPOSES", "france") not in found, found
    assert ("tehreek-e-labbaik-pakistan", "OPPOSES", "france") in found, found


def test_an_act_done_or_reported_after_a_demand_is_the_doers_and_a_demanded_sanction_is_none() -> None:
    assert ("pakistan", "OPPOSES", "france") in links_of(
        "Pakistan expelled the French ambassador after the TLP demanded it."
    )
    assert ("pakistan", "OPPOSES", "france") in links_of("The TLP said that Pakistan expelled the French ambassador.")
    assert not links_of("The TLP demanded that Pakistan sanction France.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Three Hamas fighters were killed in clashes with Fatah in Gaza.", ("hamas", "fatah")),
        ("Two Kenyan soldiers were wounded in a firefight with al-Shabaab near Lamu.", ("kenya", "al-shabaab")),
        ("Hezbollah fighters were captured in heavy fighting with Amal.", ("hezbollah", "amal-movement")),
        ("Dozens of Hamas fighters were killed in battles with Fatah.", ("hamas", "fatah")),
        ("The Hamas fighters, who were killed in clashes with Fatah, were buried on Friday.", ("hamas", "fatah")),
    ],
)
def test_those_a_fight_with_a_side_befell_fought_it(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found
    assert found.get(pair[::-1]) == "asserted", found


def test_those_hurt_beside_a_fight_or_by_one_side_fought_no_one() -> None:
    found = opposed("Kenyan civilians were killed in clashes between al-Shabaab and the Somali army.")
    assert not any("kenya" in pair for pair in found), found
    assert not opposed("Kenyan tourists were caught in fighting with no end in sight.")
    assert ("hamas", "israel") not in opposed("Hamas fighters were killed in an Israeli air strike.")
    found = opposed("Ahmed Madobe was killed in clashes with al-Shabaab.")  # a casualty, not a side
    assert not any("al-shabaab" in pair for pair in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya joined the war against al-Shabaab in 2011.",
        "Kenya joined a regional coalition against al-Shabaab.",
        "Kenya joined the fight against al-Shabaab.",
    ],
)
def test_who_joins_a_front_against_a_foe_fights_the_foe_and_is_not_its_ally(text: str) -> None:
    kg = graph_of(text)
    links = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert ("kenya", "OPPOSES", "al-shabaab") in links, links
    assert not any(k in {"ALLIED_WITH", "MEMBER_OF"} for _, k, _ in links), links


def test_a_count_of_a_sides_fighters_stands_for_the_side_but_a_crowds_count_for_no_one() -> None:
    found = opposed("Dozens of Hezbollah fighters clashed with Amal.")
    assert found.get(("hezbollah", "amal-movement")) == "asserted", found
    assert not opposed("Thousands of Iranians protested against Israel.")


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto said al-Shabaab would be crushed.",
        "President William Ruto told reporters that al-Shabaab would be pursued wherever they hide.",
        "Al-Shabaab will be wiped out, Ruto said.",
        "Ruto said those behind the attack, al-Shabaab, will be hunted down.",
    ],
)
def test_a_pursuit_its_sayer_announces_threatens_the_pursued(text: str) -> None:
    assert ("william-ruto", "al-shabaab") in threatened(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruto said al-Shabaab would not be crushed.",  # denied
        "Ruto said al-Shabaab fighters were hunted down in 2019.",  # done
        "Ruto said al-Shabaab would be defeated within a year.",  # a forecast
    ],
)
def test_a_pursuit_denied_done_or_forecast_threatens_no_one(text: str) -> None:
    assert ("william-ruto", "al-shabaab") not in threatened(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya remains committed to the fight against al-Shabaab.",
        "Kenya, committed to the fight against al-Shabaab, sent troops.",
        "Kenya's commitment to the fight against al-Shabaab is strong.",
        "Kenya is dedicated to the war against al-Shabaab.",
        "Kenya is focused on the campaign against al-Shabaab.",
    ],
)
def test_one_given_to_a_fight_against_a_foe_fights_it(text: str) -> None:
    assert opposed(text).get(("kenya", "al-shabaab")) == "asserted"


def test_one_opposed_to_a_fight_or_given_to_talks_fights_no_one() -> None:
    assert ("kenya", "al-shabaab") not in opposed("Kenya is opposed to the war against al-Shabaab.")
    assert ("kenya", "al-shabaab") not in opposed("Kenya is committed to peace talks with al-Shabaab.")


def test_a_body_ousted_is_fought_but_a_head_ousted_in_a_coup_is_no_foe() -> None:
    assert opposed("Kenyan troops ousted al-Shabaab from Kismayo in 2012.").get(("kenya", "al-shabaab")) == "asserted"
    found = named_links("Colonel Assimi Goita ousted President Ibrahim Boubacar Keita in August 2020.", "OPPOSES")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Al-Shabaab fighters stormed a Kenyan base in Lamu on Sunday. Kenyan troops fought off the attack.",
            ("kenya", "al-shabaab"),
        ),
        (
            "Al-Shabaab fighters stormed a Kenyan base in Lamu on Sunday. Kenyan troops beat back the assault.",
            ("kenya", "al-shabaab"),
        ),
        (
            "The CPC attacked Bangui in January. The assault on the capital was repelled by UN peacekeepers.",
            ("united-nations", "cpc"),
        ),
    ],
)
def test_whoever_drives_back_an_attack_opposes_the_one_it_is_laid_on(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert found.get(pair) == "asserted", found


def test_an_attack_driven_back_that_no_one_is_blamed_for_sets_no_one_against_anyone() -> None:
    found = opposed("Gunmen attacked a police post in Garissa on Monday. Kenyan troops repelled the assault.")
    assert not found, found
