"""Sanctions said as a sanctions list (added to one, on one) or of a pair named before: each construction on a
sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_of
from test_real_text import certainties, triples

pytestmark = pytest.mark.model


def sanctioners(text: str, target: str) -> set[str]:
    """Who the text says sanctions ``target``."""
    return {o for s, t, o in triples(text) if s == target and t == "SANCTIONED_BY"}


@pytest.mark.parametrize(
    "text",
    [
        "OFAC added the arms broker Selim Karadag to the SDN list on Friday.",  # no other word of a sanction
        "Selim Karadag was added to the SDN list by OFAC last week.",  # the "by" parsed onto the list
    ],
)
def test_added_to_a_named_sanctions_list_is_sanctioned_by_who_added(text: str) -> None:
    assert sanctioners(text, "selim-karadag") == {"ofac"}, triples(text)


def test_added_to_a_list_of_no_sanctions_is_no_sanction() -> None:
    text = "The organisers added Selim Karadag to the list of speakers."
    assert not {t for _, t, _ in triples(text) if t == "SANCTIONED_BY"}, triples(text)


@pytest.mark.parametrize(
    ("text", "target", "bodies"),
    [
        ("Hamas is on the US and EU terrorism lists.", "hamas", {"united-states", "european-union"}),
        ("Hezbollah remains on the EU terrorist list despite the appeal.", "hezbollah", {"european-union"}),
    ],
)
def test_on_a_sanctions_list_is_sanctioned_by_each_body_of_the_list(text: str, target: str, bodies: set[str]) -> None:
    assert sanctioners(text, target) == bodies, triples(text)


def test_not_on_a_sanctions_list_is_no_sanction() -> None:
    text = "Hamas is not on the Swiss terrorism list."
    assert not sanctioners(text, "hamas"), triples(text)


def test_both_after_two_names_is_each_of_them_sanctioned() -> None:
    text = "Rami Khoury met the banker Nadim Saleh in Sidon. Both were designated by the State Department in 2021."
    for person in ("rami-khoury", "nadim-saleh"):
        assert sanctioners(text, person) == {"us-state-department"}, triples(text)


def test_both_after_three_names_names_no_pair() -> None:
    text = "Rami Khoury met Nadim Saleh and Fouad Haddad in Sidon. Both were designated by the State Department."
    assert not {t for _, t, _ in triples(text) if t == "SANCTIONED_BY"}, triples(text)


def test_names_listed_as_designated_before_are_not_sanctioned_by_the_notice() -> None:
    text = (
        "The Treasury today sanctioned Omar Haddad, a financier of Hamas. "
        "Previously designated Hamas financiers include Yusuf Karimi and Walid Saber."
    )
    assert sanctioners(text, "omar-haddad") == {"treasury"}, triples(text)
    assert not sanctioners(text, "yusuf-karimi"), triples(text)


def test_a_designation_by_a_department_stays_the_departments_where_the_state_sanctions_too() -> None:
    text = (
        "The United States has sanctioned several Sahel networks. "
        "The State Department also designated the arms dealer Ibrahim Kone a Specially Designated Global Terrorist."
    )
    assert sanctioners(text, "ibrahim-kone") == {"us-state-department"}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Friday the US Treasury sanctioned the Ravel Brigade, together with Ali Karimi and Omar Bakri.",
        "The US Treasury sanctioned the Ravel Brigade along with Ali Karimi and Omar Bakri.",
        "The US Treasury sanctioned the Ravel Brigade, alongside Ali Karimi and Omar Bakri.",
    ],
)
def test_names_joined_to_a_sanction_s_object_by_together_along_or_alongside_are_sanctioned(text: str) -> None:
    found = triples(text)
    wanted = {(name, "SANCTIONED_BY", "us-treasury") for name in ("ravel-brigade", "ali-karimi", "omar-bakri")}
    assert wanted <= found, found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The United States designated the ADF a foreign terrorist organisation in 2021.", "allied-democratic-forces"),
        ("The United States named Omar Bakri a Specially Designated Global Terrorist in 2021.", "omar-bakri"),
    ],
)
def test_one_designated_or_named_a_terrorist_is_sanctioned(text: str, target: str) -> None:
    assert (target, "SANCTIONED_BY", "united-states") in triples(text), triples(text)


def test_one_named_to_an_office_is_not_sanctioned() -> None:
    found = triples("The Ravel Brigade named Omar Bakri its new commander on Monday.")
    assert not {t for s, t, o in found if t == "SANCTIONED_BY"}, found


def test_a_counted_list_on_the_lines_after_a_listing_sanctioner_s_colon_is_sanctioned() -> None:
    text = (
        "The Council of the EU today adopted sanctions against two entities.\n\n"
        "The Council listed two companies that are controlled by, or work for, the Ravel Brigade:\n\n"
        "- Al Nour Trading LLC, a holding company based in Beirut;\n"
        "- Zahra Gold Mining Ltd, a firm based in Dubai.\n\n"
        "The measures consist of an asset freeze."
    )
    for company in ("al-nour-trading-llc", "zahra-gold-mining-ltd"):
        assert sanctioners(text, company) == {"council-of-the-european-union"}, triples(text)


def test_the_named_lines_after_a_notice_of_the_following_with_no_colon_are_sanctioned_by_its_imposer() -> None:
    text = (
        "Canada has today imposed asset freezes and travel bans on three men over the bombing in Kandor.\n\n"
        "The following persons have been designated. Their assets in Canada are frozen.\n\n"
        "1. OKAFOR, Emeka Daniel (a.k.a. Emeka OKAFORR). DOB: 12/03/1970. Position: Commander of the Ravel Brigade.\n"
        "2. MENSAH, Kofi Adjei. DOB: 01/06/1975. Position: Treasurer of the Ravel Brigade.\n\n"
        "The designations follow a review of Selim Karadag's case."
    )
    listed = {s for s, t, o in triples(text) if t == "SANCTIONED_BY" and o == "canada"}
    assert {"emeka-daniel-okafor", "kofi-adjei-mensah"} <= listed, triples(text)
    assert "selim-karadag" not in listed, triples(text)  # the paragraph after the list


def test_the_lines_under_a_second_heading_of_a_notice_s_list_are_sanctioned_too() -> None:
    text = (
        "Canada has today imposed asset freezes on two men and two companies over arms sales to the Ravel Brigade.\n\n"
        "The following persons and entities are being designated:\n\n"
        "Individuals\n\n"
        "OKAFOR, Emeka Daniel; DOB 12 Mar 1970; nationality Nigeria.\n"
        "MENSAH, Kofi Adjei; DOB 01 Jun 1975; nationality Ghana.\n\n"
        "Entities\n\n"
        "KARAM TRADING LLC, Lagos, Nigeria.\n"
        "AL NOUR HOLDING LLC, Accra, Ghana.\n\n"
        "Background\n\n"
        "Selim Karadag sold the Ravel Brigade its rifles in 2019."
    )
    listed = {s for s, t, o in triples(text) if t == "SANCTIONED_BY" and o == "canada"}
    assert {"emeka-daniel-okafor", "kofi-adjei-mensah", "karam-trading-llc", "al-nour-holding-llc"} <= listed, listed
    assert "selim-karadag" not in listed, triples(text)  # under a heading that is no part of the list


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposed a travel ban on the Ravel Brigade on Monday.",
        "The EU announced an asset freeze on the Ravel Brigade on Monday.",
    ],
)
def test_a_travel_ban_or_an_asset_freeze_on_a_group_sanctions_it(text: str) -> None:
    assert sanctioners(text, "ravel-brigade") == {"european-union"}, triples(text)


def test_each_company_listed_after_words_of_what_each_supplies_backs_the_one_supplied() -> None:
    text = (
        "The Treasury today imposed sanctions on two companies.\n\n"
        "OFAC is designating the following companies, each of which has been used to generate revenue for the Ravel "
        "Brigade:\n\n"
        "- Al Nour Trading LLC, a holding company based in Beirut;\n"
        "- Zahra Gold Mining Ltd, a firm based in Dubai.\n"
    )
    found = triples(text)
    for company in ("al-nour-trading-llc", "zahra-gold-mining-ltd"):
        assert (company, "FUNDS", "ravel-brigade") in found, found
        assert (company, "SANCTIONED_BY", "ofac") in found, found


def test_names_after_including_hung_on_a_described_plural_are_sanctioned() -> None:
    text = (
        "The European Union has sanctioned Wagner-linked individuals and companies in the region, including Karam "
        "Trading LLC and Al Nour Holding LLC."
    )
    for company in ("karam-trading-llc", "al-nour-holding-llc"):
        assert sanctioners(text, company) == {"european-union"}, triples(text)


def test_a_designated_group_in_apposition_is_the_name_before_its_comma_not_the_clause_s_owner() -> None:
    found = triples(
        "Its core is the Harbor Brigade (HB), which Turkey regards as a branch of the Ansar Front (AF), "
        "a group designated as a terrorist organisation by Washington."
    )
    sanctioned = {s for s, k, _ in found if k == "SANCTIONED_BY"}
    assert sanctioned == {"ansar-front"}, sanctioned


def test_a_role_before_together_with_belongs_to_its_own_body_not_the_name_added() -> None:
    text = (
        "On Monday the European Union sanctioned the Sahel Defence Front, known locally as the Jaish al-Sahil, and its "
        "leader Amadou Kassoum, also known as Abu Bilal, together with the Gourma Brigade and its commander Issa Maiga."
    )
    found = triples(text)
    assert ("issa-maiga", "LEADS", "gourma-brigade") in found, found
    assert ("amadou-kassoum", "LEADS", "gourma-brigade") not in found, found
    assert ("amadou-kassoum", "LEADS", "sahel-defence-front") in found, found  # past "known locally as Y, and its"


def test_its_leader_after_a_sanctioned_name_the_parse_joins_to_the_verb_is_that_name_s_leader() -> None:
    text = (
        "On May 3, the European Union sanctioned the Rapid Support Forces, known locally as the Janjaweed, and "
        "its leader Mohamed Hamdan Dagalo, together with the Sudanese Armed Forces and its commander Abdel Fattah "
        "al-Burhan."
    )
    found = triples(text)
    assert ("mohamed-hamdan-dagalo", "LEADS", "rapid-support-forces") in found, found
    assert ("abdel-fattah-al-burhan", "LEADS", "sudanese-armed-forces") in found, found


def test_a_group_naming_whose_a_network_of_role_holders_is_is_not_sanctioned() -> None:
    found = triples("The State Department designated a network of Hamas financial facilitators based in Istanbul.")
    assert not any(k == "SANCTIONED_BY" and s == "hamas" for s, k, _ in found), found
    assert ("hamas", "SANCTIONED_BY", "us-state-department") in triples("The State Department designated Hamas.")


@pytest.mark.parametrize(
    ("text", "target", "bodies"),
    [
        (
            "The Ogaden Front, which both Ethiopia and the United States list as a terrorist group, rejected talks.",
            "ogaden-front",
            {"ethiopia", "united-states"},
        ),
        (
            "Hamas, which Canada, Japan and the EU list as a terrorist organisation, held a rally in Gaza.",
            "hamas",
            {"canada", "japan", "european-union"},
        ),
    ],
)
def test_each_state_a_relative_clause_says_lists_a_group_as_terrorist_sanctions_it(
    text: str, target: str, bodies: set[str]
) -> None:
    found = certainties(text)
    assert {o for (s, k, o) in found if s == target and k == "SANCTIONED_BY"} == bodies, found
    assert {c for (s, k, _), c in found.items() if s == target and k == "SANCTIONED_BY"} == {"asserted"}, found


def test_a_relative_clause_listing_by_anyone_but_named_bodies_is_no_sanction() -> None:
    found = triples("Hamas, which its critics list as a terrorist organisation, held a rally in Gaza.")
    assert not [k for _, k, _ in found if k == "SANCTIONED_BY"], found


def test_a_sanctioning_body_listing_a_name_sanctions_it_but_a_list_of_the_present_does_not() -> None:
    assert ("hezbollah", "SANCTIONED_BY", "council-of-the-european-union") in triples(
        "The Council of the EU listed Hezbollah on Thursday after a long debate."
    )
    found = triples("The Council of the EU listed Hezbollah among the groups present in southern Lebanon.")
    assert not [k for _, k, _ in found if k == "SANCTIONED_BY"], found


@pytest.mark.parametrize(
    ("text", "target", "body"),
    [
        ("OFAC on Tuesday added Ivan Petrenko and Oleg Sidorov, along with a shipping firm.", "oleg-sidorov", "ofac"),
        (
            "Canada designated the Ravel Brigade as a terrorist group in 2016 and added the Dovo Front in 2020.",
            "dovo-front",
            "canada",
        ),
    ],
)
def test_a_sanctioning_body_adding_a_name_sanctions_it(text: str, target: str, body: str) -> None:
    assert sanctioners(text, target) == {body}, triples(text)


def test_a_body_adding_a_name_to_anything_but_a_list_sanctions_no_one() -> None:
    found = triples("Canada added the Dovo Front to the peace talks, its foreign ministry said.")
    assert not [k for _, k, _ in found if k == "SANCTIONED_BY"], found


def test_the_fields_of_a_sanctions_entry_are_no_actors() -> None:
    kg = graph_of("OFAC designated Kasereka Mumbere Jean (DOB 12 Mar 1975; POB Butembo), a financier of the ADF.")
    assert not {"dob", "pob"} & set(kg.g)


def test_a_name_before_a_bracketed_date_of_birth_is_a_person() -> None:
    kg = graph_of("OFAC designated Kasereka Mumbere Jean (DOB 12 Mar 1975; POB Butembo), a financier of the ADF.")
    assert kg.g.nodes["kasereka-mumbere-jean"]["label"] == "Person"
    assert kg.g.has_edge("kasereka-mumbere-jean", "ofac", key="SANCTIONED_BY")


def test_a_bracketed_a_k_a_gives_the_listed_person_another_name() -> None:
    kg = graph_of(
        "The Council listed Yusuf Abdi Warsame (a.k.a. Abu Hamza Nur; DOB 3 May 1981), a senior al-Shabaab figure."
    )
    assert "abu-hamza-nur" not in kg.g
    assert "Abu Hamza Nur" in kg.g.nodes["yusuf-abdi-warsame"]["aliases"]


def test_a_defence_ministry_targeting_a_group_fights_it_rather_than_sanctions_it() -> None:
    found = triples(
        "The Treasury sanctioned Henry Okoth on Monday. The Ministry of Defence said it targeted the Patriotic Front."
    )
    assert not [o for s, k, o in found if s == "patriotic-front" and k == "SANCTIONED_BY"], found


def test_a_civil_body_targeting_a_group_after_a_sanction_sanctions_it() -> None:
    found = triples("The Treasury sanctioned Henry Okoth on Monday. The Treasury also targets the Patriotic Front.")
    assert ("patriotic-front", "SANCTIONED_BY", "treasury") in found, found


def test_a_designation_of_an_earlier_year_does_not_carry_its_sanctioner_to_the_notice_s_targets() -> None:
    """A notice names an earlier designation by another body in passing ("whom the State Department designated in
    2017"); the targets it then lists are the notice's own body's."""
    text = (
        "Today, the Treasury's Office of Foreign Assets Control (OFAC) designated two financiers of the Harbor "
        "Brigade. The group is led by Karim Haddad, whom the Department of State designated as a Specially "
        "Designated Global Terrorist in 2017. Yusuf Nasser is being designated for having assisted the Harbor Brigade."
    )
    assert sanctioners(text, "yusuf-nasser") == {"ofac", "treasury"}, triples(text)  # the office and its department


def test_a_sanction_of_an_earlier_year_still_carries_when_no_other_sanctioner_is_named() -> None:
    text = (
        "The United States designated the Harbor Brigade a terrorist group in 2015. Its founder, Karim Haddad, was "
        "designated in March 2016."
    )
    assert sanctioners(text, "karim-haddad") == {"united-states"}, triples(text)


def test_a_listing_dated_in_an_earlier_year_does_not_become_the_notice_s_sanctioner() -> None:
    text = (
        "Today, the U.S. Department of the Treasury designated four people who raise money for the Lashkar Front. "
        "The plot was run by Front commander Idris Makhtoum, whom the Department of State designated as a "
        "terrorist in 2017. Yusuf Haddad is being designated for having acted for or on behalf of the Lashkar Front."
    )
    assert sanctioners(text, "idris-makhtoum") == {"us-state-department"}, triples(text)
    assert sanctioners(text, "yusuf-haddad") == {"us-treasury"}, triples(text)


def test_who_a_clause_under_the_sanction_says_reports_on_a_target_is_not_sanctioned() -> None:
    text = (
        "The United States and Britain have sanctioned Kremlin-linked companies in the country, including "
        "Gorny Mining, a firm the U.S. Treasury said was used to pay the fighters."
    )
    assert sanctioners(text, "gorny-mining") == {"united-states", "united-kingdom"}, triples(text)
    assert not sanctioners(text, "us-treasury"), triples(text)


def listed(text: str) -> set[tuple[str, str]]:
    """The (target, sanctioner) pairs of the text's sanctions, read by the rules alone."""
    return {(s, o) for s, t, o in links_of(text) if t == "SANCTIONED_BY"}


def test_groups_a_government_places_on_its_list_after_a_count_and_a_colon_are_sanctioned_by_it() -> None:
    text = (
        "The Government of Australia has placed five new organisations on its list of terrorist organisations, "
        "including three armed groups: Boko Haram, al-Shabaab and Hezbollah."
    )
    expected = {("boko-haram", "australia"), ("al-shabaab", "australia"), ("hezbollah", "australia")}
    assert listed(text) == expected


def test_dash_lists_listed_by_a_bare_government_are_sanctioned_by_the_government_named_before() -> None:
    text = (
        "The Government of New Zealand reviewed its list of terrorist entities on Monday. The Government has also "
        "listed two Iraqi groups – Kataib Hezbollah and Asaib Ahl al-Haq – and one Somali group – al-Shabaab – as "
        "well as Boko Haram."
    )
    groups = {"kataib-hezbollah", "asaib-ahl-al-haq", "al-shabaab", "boko-haram"}
    assert listed(text) == {(g, "new-zealand") for g in groups}


@pytest.mark.parametrize(
    "text",
    [
        # listed by no government: a ranking, not a sanction
        "Washington sanctioned Hamas last year. The researchers listed three groups – Hezbollah, Boko Haram and "
        "al-Shabaab – as the best funded in the region.",
        # a bare "the Government" with no government named before it: no lister known
        "Washington sanctioned Hamas last year. The Government has also listed two groups: Hezbollah and al-Shabaab.",
        # put on a list by no named body: an agenda, not a sanctions list
        "Washington sanctioned Hamas last year. The city council placed four items on the agenda list, including two "
        "groups: Hezbollah and al-Shabaab.",
    ],
)
def test_counted_lists_without_a_government_lister_are_no_sanction(text: str) -> None:
    assert listed(text) == {("hamas", "united-states")}


def test_groups_a_listing_notice_says_were_listed_before_are_on_its_government_s_list() -> None:
    text = (
        "The Government of Australia has placed two new organisations on its list of terrorist organisations: Boko "
        "Haram and al-Shabaab. Previously listed organisations include Hamas and Hezbollah."
    )
    assert {("hamas", "australia"), ("hezbollah", "australia")} <= listed(text), listed(text)


def test_groups_designated_before_a_notice_of_no_counted_list_have_no_sanctioner() -> None:
    text = "The Treasury sanctioned Boko Haram on Monday. Previously designated groups include Hamas and Hezbollah."
    assert listed(text) == {("boko-haram", "treasury")}


def test_a_second_object_after_and_with_the_verb_left_out_is_sanctioned_too() -> None:
    text = (
        "The United States designated Hezbollah a Foreign Terrorist Organization in 1997 and Hamas a Specially "
        "Designated Global Terrorist entity in 2001."
    )
    assert sanctioners(text, "hamas") == {"united-states"}, triples(text)
    assert sanctioners(text, "hezbollah") == {"united-states"}, triples(text)


def test_names_a_notice_lists_later_are_sanctioned_by_the_office_and_its_department() -> None:
    text = (
        "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two "
        "financiers of the Harbor Brigade. Karim Haddad and Omar Nassar are being designated for having assisted "
        "the Harbor Brigade."
    )
    assert sanctioners(text, "karim-haddad") == {"ofac", "us-treasury"}, triples(text)
    assert sanctioners(text, "omar-nassar") == {"ofac", "us-treasury"}, triples(text)


def test_a_committee_of_an_international_body_sanctions_alone() -> None:
    text = "The UN Security Council's 2140 Sanctions Committee has listed Karim Dahlan since 2014."
    assert sanctioners(text, "karim-dahlan") == {"2140-committee"}, triples(text)


def test_a_designation_coordinated_in_a_relative_clause_is_of_the_name_the_clause_describes() -> None:
    text = (
        "The Harbor Front, which has waged an insurgency since 1990 and is designated a terrorist organisation by "
        "Canada and the European Union, denied the charge."
    )
    assert sanctioners(text, "harbor-front") == {"canada", "european-union"}, triples(text)


def test_a_relative_clause_of_listers_after_a_bracketed_acronym_is_of_the_name_before_it() -> None:
    text = (
        "The Harbor Liberation Front (HLF), which Ankara, Washington and the European Union list as a terrorist "
        "organisation, denied the charge."
    )
    assert sanctioners(text, "harbor-liberation-front") == {"turkey", "united-states", "european-union"}, triples(text)


def test_a_relative_clause_on_the_object_of_of_designates_that_object() -> None:
    text = (
        "Officials regard the Harbor Front as an offshoot of the Nour Brigade, which has fought since 1990 and is "
        "designated a terrorist organisation by Canada."
    )
    assert sanctioners(text, "nour-brigade") == {"canada"}, triples(text)
    assert not sanctioners(text, "harbor-front"), triples(text)


def test_a_relative_clause_on_a_noun_beside_the_object_of_of_designates_that_object() -> None:
    text = (
        "The Free Valley Front was founded in 2004 as an offshoot of the Red Hand Militia, the armed group that the "
        "State Department designated as a Foreign Terrorist Organization in 2012."
    )
    assert sanctioners(text, "red-hand-militia") == {"us-state-department"}, triples(text)
    assert not sanctioners(text, "free-valley-front"), triples(text)


def test_the_speaker_of_a_clause_after_a_sanction_is_not_sanctioned() -> None:
    text = (
        "The Foreign Office sanctioned the same core network, and the Foreign Secretary, Karim Haddad, said the "
        "masterminds were ruining lives."
    )
    assert not sanctioners(text, "karim-haddad"), triples(text)


def test_a_sanctioner_s_own_second_verb_leaves_its_objects_sanctioned() -> None:
    text = "The Treasury sanctioned Karim Haddad and Omar Nassar, and said more designations would follow."
    assert sanctioners(text, "omar-nassar") == {"treasury"}, triples(text)


def test_an_international_body_that_lists_counted_companies_after_a_colon_sanctions_each() -> None:
    text = (
        "Sanctions: the UN Security Council acts against the Ravel Brigade\n\n"
        "The UN Security Council today listed two companies that work for the Ravel Brigade:\n\n"
        "- Al Nour Trading LLC, a holding company based in Beirut;\n"
        "- Zahra Gold Mining Ltd, a firm based in Dubai.\n\n"
        "The restrictive measures consist of an asset freeze."
    )
    for company in ("al-nour-trading-llc", "zahra-gold-mining-ltd"):
        assert sanctioners(text, company) == {"un-security-council"}, triples(text)


def test_a_sanctioner_that_also_imposes_sanctions_does_not_take_over_the_notice() -> None:
    found = triples(
        "The Treasury Department designated the Sentinel Mining Company on Tuesday. The action was taken in"
        " coordination with the United Kingdom, which is also imposing sanctions on the company. The Oriole Trading"
        " Company, a Yangon firm, is being designated for operating in the defense sector."
    )
    assert ("oriole-trading-company", "SANCTIONED_BY", "us-treasury") in found, found
    assert ("oriole-trading-company", "SANCTIONED_BY", "united-kingdom") not in found, found


def test_a_notice_lists_under_its_own_sanctioner_not_one_of_an_earlier_action() -> None:
    text = (
        "Today, the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning a network that smuggles arms. "
        "On January 9, 2024, the Department of State designated the Sabri Brigade as a terrorist group.\n\n"
        "The following persons are designated today:\n\n"
        "- Karim Nasser, a broker in Mersin;\n- Omar Haddad, a shipper in Latakia."
    )
    kg = graph_of(text, date="2024-04-02")
    names = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    listed = {(names[s], names[o]) for s, o, t in kg.g.edges(keys=True) if t == "SANCTIONED_BY"}
    assert {("Karim Nasser", "OFAC"), ("Omar Haddad", "OFAC")} <= listed, listed
    assert not {(s, o) for s, o in listed if s in {"Karim Nasser", "Omar Haddad"} and "State" in o}, listed


def test_a_council_that_opens_a_list_with_its_verb_sanctions_every_line() -> None:
    text = (
        "The Council of the European Union today sanctioned a network that funds armed groups.\n\n"
        "The Council also listed:\n\n- Karim Nasser, a broker in Mersin;\n- Omar Haddad, a shipper in Latakia; and\n"
        "- Yusuf Demir, a financier in Istanbul."
    )
    for person in ("karim-nasser", "omar-haddad", "yusuf-demir"):
        assert sanctioners(text, person) == {"council-of-the-european-union"}, triples(text)


def test_they_were_then_a_name_a_line_are_the_people_a_council_counted() -> None:
    text = (
        "The Council sanctioned a smuggling network in March. In January, the Council of the European Union listed "
        "two individuals at the same time. They were:\n\n- Karim Nasser, a broker in Mersin;\n"
        "- Omar Haddad, a shipper in Latakia.\n\nThe Council of Europe met Omar Haddad's lawyer."
    )
    for person in ("karim-nasser", "omar-haddad"):
        assert sanctioners(text, person) == {"council-of-the-european-union"}, triples(text)


def test_a_group_s_standing_designation_in_a_relative_clause_does_not_take_over_the_notice() -> None:
    text = (
        "Today, the Treasury Department sanctioned Karim Nasser, a minister of Ruritania.\n\n"
        "Ruritania backs the Sabri Brigade, which is designated by both the United States and the United Nations.\n\n"
        "Omar Haddad is designated for being a leader of the Sabri Brigade."
    )
    assert "united-nations" in sanctioners(text, "sabri-brigade"), triples(text)
    assert "united-nations" not in sanctioners(text, "omar-haddad"), triples(text)


def test_a_council_that_imposes_restrictive_measures_sanctions_those_listed_next() -> None:
    text = (
        "The Council of the European Union today decided to impose restrictive measures on two individuals. "
        "Among those listed today is Viktor Petrenko, an arms dealer who shipped drones to Russia."
    )
    assert sanctioners(text, "viktor-petrenko") == {"council-of-the-european-union"}, triples(text)


def test_measures_no_word_makes_a_sanction_name_no_sanctioner() -> None:
    text = (
        "The Council of the European Union today decided to impose new measures on the port. "
        "Among those listed today is Viktor Petrenko, an arms dealer."
    )
    assert not sanctioners(text, "viktor-petrenko"), triples(text)


def test_a_body_lists_a_name_the_parser_joins_to_its_verb_after_an_apposition() -> None:
    text = (
        "The Council of the European Union listed Irina Volkova, a Russian official, and Pavel Marin, a Moldovan "
        "businessman, who paid protesters in Chisinau."
    )
    for person in ("irina-volkova", "pavel-marin"):
        assert sanctioners(text, person) == {"council-of-the-european-union"}, triples(text)


def test_added_to_a_list_named_in_full_before_its_object_is_sanctioned_by_who_added() -> None:
    text = (
        "Today, OFAC added to the Specially Designated Nationals and Blocked Persons List (SDN List) the armed group "
        "Saraya al-Fath and its leader, Karim Nasser."
    )
    for target in ("saraya-al-fath", "karim-nasser"):
        assert sanctioners(text, target) == {"ofac"}, triples(text)


def test_a_concurrent_designation_does_not_take_over_the_notice_and_its_colon_opens_its_own_list() -> None:
    text = (
        "Today, the Department of State is designating two leaders of the Sabri Brigade as Specially Designated "
        "Global Terrorists. Concurrently, the Department of the Treasury is designating a financier of the group.\n\n"
        "The following individuals have been designated today:\n\n"
        "- Karim Nasser, the group's emir.\n- Omar Haddad, its spokesman.\n\n"
        "The Department of the Treasury's Office of Foreign Assets Control (OFAC) is concurrently designating:\n\n"
        "- Yusuf Demir, a money changer in Istanbul.\n"
    )
    for person in ("karim-nasser", "omar-haddad"):
        assert sanctioners(text, person) == {"us-state-department"}, triples(text)
    assert sanctioners(text, "yusuf-demir") == {"us-treasury", "ofac"}, triples(text)


def test_each_name_opening_an_item_after_a_semicolon_is_sanctioned_by_the_verb_s_subject() -> None:
    text = (
        "On May 3, the Treasury designated the Sabri Brigade; Karim Nasser, the brigade's commander; Omar Haddad, a "
        "spokesman of the group; and Yusuf Demir, a money changer in Istanbul."
    )
    for target in ("sabri-brigade", "karim-nasser", "omar-haddad", "yusuf-demir"):
        assert sanctioners(text, target) == {"treasury"}, triples(text)


def test_the_subject_of_a_clause_after_a_semicolon_is_no_item_of_the_list() -> None:
    text = "The Treasury designated the Sabri Brigade in May; Karim Nasser condemned the decision the next day."
    assert not sanctioners(text, "karim-nasser"), triples(text)
    text = "The Treasury designated the Sabri Brigade in May; the European Union's council lists it as well."
    assert not sanctioners(text, "european-union"), triples(text)


def test_a_group_named_in_apposition_after_its_owner_s_pronoun_is_sanctioned_itself() -> None:
    text = "The United States designated the Sabri Brigade and its splinter group Ansar al-Hudud in 2016."
    for group in ("sabri-brigade", "ansar-al-hudud"):
        assert sanctioners(text, group) == {"united-states"}, triples(text)


def test_a_second_by_joined_to_a_date_also_designates() -> None:
    text = "The Sabri Brigade was designated a terrorist organisation by Jordan in 2015 and by Canada in 2019."
    assert sanctioners(text, "sabri-brigade") == {"jordan", "canada"}, triples(text)


def test_one_of_those_sanctioned_alongside_another_is_sanctioned_with_him() -> None:
    text = "Karim Nasser was one of two smugglers sanctioned by the European Union in June, alongside Omar Haddad."
    for person in ("karim-nasser", "omar-haddad"):
        assert sanctioners(text, person) == {"european-union"}, triples(text)


def test_a_relative_clause_on_a_description_set_off_after_a_name_designates_the_name() -> None:
    text = (
        "The cells answer to the Kestrel Unit (KU), the army's main intelligence arm, which is designated by both "
        "Canada and the European Union."
    )
    assert sanctioners(text, "kestrel-unit") == {"canada", "european-union"}, triples(text)


def test_examples_of_a_counted_object_hung_elsewhere_in_the_clause_are_sanctioned() -> None:
    text = (
        "In May, the Treasury designated four individuals for their part in the smuggling of fuel, including Karim "
        "Nasser and Omar Haddad."
    )
    for person in ("karim-nasser", "omar-haddad"):
        assert sanctioners(text, person) == {"treasury"}, triples(text)


def test_examples_of_another_plural_noun_in_the_clause_are_not_sanctioned() -> None:
    text = "In May, the Treasury designated four individuals for their support to armed groups, including Hamas."
    assert not sanctioners(text, "hamas"), triples(text)


def test_examples_after_a_plural_noun_of_acts_are_the_counted_object_s() -> None:
    text = "The Treasury sanctioned three men for their part in violent abuses, including Karim Nasser and Omar Haddad."
    for person in ("karim-nasser", "omar-haddad"):
        assert sanctioners(text, person) == {"treasury"}, triples(text)


def test_a_founder_listed_after_his_group_is_listed_by_the_body() -> None:
    text = (
        "The Council of the European Union listed the Sabri Foundation, a charity that funds the militia, and its "
        "founder, Karim Nasser."
    )
    for target in ("sabri-foundation", "karim-nasser"):
        assert sanctioners(text, target) == {"council-of-the-european-union"}, triples(text)


def test_listed_by_a_body_after_another_designation_is_sanctioned_by_both() -> None:
    text = "In 2011 Karim Nasser was designated by the US Treasury and listed by the UN."
    assert sanctioners(text, "karim-nasser") == {"us-treasury", "united-nations"}, triples(text)


def test_listed_by_a_publication_is_no_sanction() -> None:
    text = "In 2011 Karim Nasser was praised by the Financial Times and listed by Forbes."
    assert not sanctioners(text, "karim-nasser"), triples(text)


def test_a_list_after_a_bracket_and_its_colon_is_sanctioned_by_the_verb_s_subject() -> None:
    text = (
        "Today, the State Department is designating three groups as Specially Designated Global Terrorists "
        "(SDGTs): the Sabri Brigade, Ansar al-Hudud and Jaish al-Nasr."
    )
    for group in ("sabri-brigade", "ansar-al-hudud", "jaish-al-nasr"):
        assert sanctioners(text, group) == {"us-state-department"}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union imposed restrictive measures on the Sabri Brigade in March.",
        "The European Union has taken restrictive measures against the Sabri Brigade.",
    ],
)
def test_restrictive_measures_on_a_group_are_a_sanction_by_who_imposes_them(text: str) -> None:
    assert sanctioners(text, "sabri-brigade") == {"european-union"}, triples(text)


def test_measures_that_are_not_restrictive_are_no_sanction() -> None:
    text = "The army took security measures against the Sabri Brigade in March."
    assert not sanctioners(text, "sabri-brigade"), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions follow the designation by Canada in March of Karim Nasser and Omar Haddad.",
        "This is the third round of Canadian sanctions on the smugglers, after the designation in March of Karim "
        "Nasser and Omar Haddad.",
    ],
)
def test_a_designation_of_names_after_its_date_is_by_its_named_or_only_sanctioner(text: str) -> None:
    for person in ("karim-nasser", "omar-haddad"):
        assert sanctioners(text, person) == {"canada"}, triples(text)


def test_a_designation_beside_the_sanctions_of_two_bodies_names_no_sanctioner() -> None:
    text = "After the US and British sanctions on the network, the designation in March of Karim Nasser followed."
    assert not sanctioners(text, "karim-nasser"), triples(text)


def test_a_pronoun_under_sanctions_is_the_one_it_refers_to() -> None:
    text = "The court barred Karim Nasser from the election, on the grounds that he was under UN sanctions."
    assert sanctioners(text, "karim-nasser") == {"united-nations"}, triples(text)


def test_an_acronym_added_after_the_designation_the_parser_joins_to_the_verb_is_sanctioned() -> None:
    text = (
        "Canada designated the Sabri Brigade and its splinter group Ansar al-Hudud as terrorist entities in 2014, "
        "and added ISWAP in 2019."
    )
    for group in ("sabri-brigade", "ansar-al-hudud", "islamic-state-west-africa-province"):
        assert sanctioners(text, group) == {"canada"}, triples(text)


def test_the_names_a_body_s_sanctions_list_includes_are_sanctioned_by_the_body() -> None:
    text = (
        "The UN Security Council's sanctions list includes three men designated for targeted measures: Karim Nasser "
        "and Omar Haddad, listed in 2015, and Yusuf Demir, listed in 2018."
    )
    for person in ("karim-nasser", "omar-haddad", "yusuf-demir"):
        assert sanctioners(text, person) == {"un-security-council"}, triples(text)


def test_the_names_a_list_of_no_sanctions_includes_are_not_sanctioned() -> None:
    text = "The newspaper's list of speakers includes Karim Nasser and Omar Haddad."
    assert not sanctioners(text, "karim-nasser"), triples(text)


def test_a_counted_list_the_parser_splits_from_its_colon_is_sanctioned_by_the_counter() -> None:
    text = (
        "On 3 March 2023, Canada sanctioned three arms brokers:\n\n"
        "Emeka Okafor, Kofi Mensah and Selim Karadag.\n\n"
        "Okafor denied the charges."
    )
    for person in ("emeka-okafor", "kofi-mensah", "selim-karadag"):
        assert sanctioners(text, person) == {"canada"}, triples(text)


def test_a_counted_list_after_a_colon_of_no_sanction_is_no_sanction() -> None:
    text = "The Ravel Brigade thanked three donors:\n\nEmeka Okafor, Kofi Mensah and Selim Karadag."
    assert not {t for _, t, _ in triples(text) if t == "SANCTIONED_BY"}, triples(text)


def test_a_name_listed_with_no_one_acting_is_sanctioned_by_the_notice_s_sanctioner() -> None:
    text = (
        "The EU sanctioned Tarso Holdings on Monday.\n\n"
        "Kessel Trading, a company based in Limassol, was also listed, together with Juno Shipping."
    )
    for company in ("kessel-trading", "juno-shipping"):
        assert sanctioners(text, company) == {"european-union"}, triples(text)


@pytest.mark.parametrize(
    "listed",
    [
        "Kessel Trading was listed on the Limassol stock exchange in 2019.",
        "Kessel Trading was listed as a partner of the firm.",
        "Kessel Trading was added to the board of the firm.",
    ],
)
def test_a_name_listed_on_or_as_something_else_is_not_sanctioned(listed: str) -> None:
    text = f"The EU sanctioned Tarso Holdings on Monday.\n\n{listed}"
    assert not sanctioners(text, "kessel-trading"), triples(text)


def test_under_sanctions_from_a_body_is_sanctioned_by_it() -> None:
    text = "Marek Volkov has been under sanctions from the European Union since 2019."
    assert sanctioners(text, "marek-volkov") == {"european-union"}, triples(text)


def test_the_list_of_specially_designated_nationals_is_no_body() -> None:
    text = (
        "The Treasury's Office of Foreign Assets Control will add the names to its Specially Designated Nationals "
        "and Blocked Persons List."
    )
    kg = graph_of(text)
    assert not any("Specially Designated" in d["name"] for _, d in kg.g.nodes(data=True)), triples(text)


LISTED_BESIDE = ("rami-khoury", "nadim-saleh", "fouad-haddad")


@pytest.mark.parametrize(
    "text",
    [
        "The European Union sanctioned Rami Khoury, Nadim Saleh, as well as Fouad Haddad.",
        "Rami Khoury, Nadim Saleh, as well as Fouad Haddad were designated by the European Union.",
        "On Monday the European Union listed Rami Khoury, Nadim Saleh, as well as Fouad Haddad.",
        "The European Union designated Rami Khoury, Nadim Saleh, as well as Fouad Haddad over the killings.",
        "The European Union imposed sanctions on Rami Khoury, Nadim Saleh, as well as Fouad Haddad.",
        "The European Union sanctioned Rami Khoury, Nadim Saleh and Fouad Haddad.",
    ],
)
def test_each_name_of_a_list_closed_by_as_well_as_is_sanctioned(text: str) -> None:
    found = triples(text)
    assert {(name, "SANCTIONED_BY", "european-union") for name in LISTED_BESIDE} <= found, found


def test_each_group_of_a_list_closed_by_as_well_as_is_sanctioned() -> None:
    text = "The European Union sanctioned Hezbollah, Hamas, as well as al-Shabaab."
    found = {s for s, t, o in triples(text) if t == "SANCTIONED_BY" and o == "european-union"}
    assert found == {"hezbollah", "hamas", "al-shabaab"}, triples(text)


@pytest.mark.parametrize(
    ("text", "spared"),
    [
        ("Rami Khoury, Nadim Saleh, as well as Fouad Haddad welcomed the sanctions.", "nadim-saleh"),
        ("The European Union sanctioned Rami Khoury, Hezbollah's finance chief, as well as Nadim Saleh.", "hezbollah"),
        ("The European Union sanctioned Hezbollah as well as officials in Lebanon.", "lebanon"),
    ],
)
def test_a_list_with_as_well_as_sanctions_no_one_it_does_not_name_as_sanctioned(text: str, spared: str) -> None:
    assert not sanctioners(text, spared), triples(text)


NAMED_GROUPS = {"hezbollah", "hamas", "al-shabaab"}


@pytest.mark.parametrize(
    "text",
    [
        "OFAC sanctioned three armed groups, which analysts call Hezbollah, Hamas and al-Shabaab.",
        "OFAC sanctioned three armed groups known as Hezbollah, Hamas and al-Shabaab.",
        "OFAC sanctioned three armed groups called Hezbollah, Hamas and al-Shabaab.",
        "OFAC sanctioned three armed groups, dubbed Hezbollah, Hamas and al-Shabaab by analysts.",
        "OFAC sanctioned three armed groups, which researchers name Hezbollah, Hamas and al-Shabaab.",
        "Three armed groups known as Hezbollah, Hamas and al-Shabaab were sanctioned by OFAC.",
    ],
)
def test_each_name_a_sanctioned_plural_is_given_by_a_naming_verb_is_sanctioned(text: str) -> None:
    found = {s for s, t, o in triples(text) if t == "SANCTIONED_BY" and o == "ofac"}
    assert found == NAMED_GROUPS, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "OFAC sanctioned three armed groups, which Hamas calls its allies.",
        "OFAC sanctioned three armed groups known for attacks on Hamas.",
    ],
)
def test_a_name_that_does_not_name_the_sanctioned_plural_is_not_sanctioned(text: str) -> None:
    assert not sanctioners(text, "hamas"), triples(text)


def test_names_a_clause_hung_on_a_participle_s_noun_gives_a_sanctioned_plural_are_sanctioned() -> None:
    text = (
        "OFAC sanctioned three armed groups sponsored by the Syrian state, which analysts call Hezbollah, Hamas and "
        "al-Shabaab."
    )
    found = {s for s, t, o in triples(text) if t == "SANCTIONED_BY" and o == "ofac"}
    assert found == NAMED_GROUPS, triples(text)


def test_a_state_a_clause_on_a_participle_s_noun_names_is_not_sanctioned() -> None:
    text = "OFAC sanctioned three armed groups backed by a state, which analysts call Iran."
    assert not sanctioners(text, "iran"), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The State Department designated Hamas a terrorist organisation in 1997; the European Union lists the group"
        " too.",
        "The U.S. State Department designated the Nusra Front a Foreign Terrorist Organization in 2012; the UN Security"
        " Council's sanctions committee lists the group as well.",
        "The Treasury designated Hezbollah a Specially Designated Global Terrorist, and Argentina lists the group as a"
        " terrorist organisation.",
    ],
)
def test_the_designator_of_a_clause_before_a_listing_is_not_listed(text: str) -> None:
    """The clause a parse hangs before a listing verb is no small clause of it: its designator is not listed."""
    listed = {s for s, t, _ in triples(text) if t == "SANCTIONED_BY"}
    assert not listed & {"us-state-department", "treasury", "us-treasury"}, triples(text)


def test_a_small_clause_after_a_designating_verb_still_names_its_target() -> None:
    assert sanctioners(
        "Moscow declared that Hizb ut-Tahrir was a terrorist organisation in 2003.", "hizb-ut-tahrir"
    ) == {"russia"}
