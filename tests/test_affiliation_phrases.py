"""Ties short of membership and alliances: each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of
from test_real_text import triples

pytestmark = pytest.mark.model


def linked(found: set[tuple[str, str, str]], rel_type: str, a: str, b: str) -> bool:
    """Whether a symmetric link joins the two actors, stored in either direction."""
    return (a, rel_type, b) in found or (b, rel_type, a) in found


@pytest.mark.parametrize(
    "text",
    [
        "Last spring the Harbor Brigade pledged allegiance to the Islamic State.",
        "The Harbor Brigade, which pledged allegiance to ISIS in 2016, lost the town.",
        "The Delta Front, which swore allegiance to al-Qaeda in 2019, kept its bases.",
    ],
)
def test_allegiance_a_group_swears_to_a_group_makes_it_a_member_not_only_tied(text: str) -> None:
    found = triples(text)
    group, whole = ("delta-front", "al-qaeda") if "Delta" in text else ("harbor-brigade", "isis")
    assert (group, "MEMBER_OF", whole) in found, found
    assert not linked(found, "AFFILIATED_WITH", group, whole), found


def test_allegiance_a_group_swears_to_a_state_ties_it_to_the_state() -> None:
    found = triples("The Delta Front pledged allegiance to Russia last year.")
    assert linked(found, "AFFILIATED_WITH", "delta-front", "russia"), found


def test_an_ally_named_after_the_owner_s_ally_and_a_the_is_allied_with_the_owner() -> None:
    found = triples("Norway's ally the United States and Britain sent two frigates.")
    assert linked(found, "ALLIED_WITH", "norway", "united-states"), found
    assert linked(found, "ALLIED_WITH", "norway", "united-kingdom"), found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Abu Salim's sons Karim Haddad and Yusuf Nasser ran the smuggling network.",
            [("abu-salim", "karim-haddad"), ("abu-salim", "yusuf-nasser")],
        ),
        ("Police detained Rana Khalil, the daughter of Samir Odeh, on Tuesday.", [("rana-khalil", "samir-odeh")]),
        ("Tariq Mansour is the nephew of the militia leader Hadi Karam.", [("tariq-mansour", "hadi-karam")]),
    ],
)
def test_relatives_named_as_such_are_not_affiliated(text: str, pairs: list[tuple[str, str]]) -> None:
    """Kin is no type of the ontology, and the gold pages leave it out (train: 1 of 50 kin links annotated)."""
    found = triples(text)
    for a, b in pairs:
        assert not linked(found, "AFFILIATED_WITH", a, b), found


@pytest.mark.parametrize(
    ("text", "states", "body"),
    [
        ("Soldiers from Ghana and Nepal serve with the UN Interim Force in Lebanon.", ["ghana", "nepal"], "unifil"),
        ("Peacekeepers from Ghana in the UN Interim Force in Lebanon were wounded.", ["ghana"], "unifil"),
        ("Burundi contributes troops to the African Union Mission in Somalia.", ["burundi"], "amisom"),
    ],
)
def test_a_state_whose_troops_serve_in_a_mission_is_affiliated_with_it(text: str, states: list[str], body: str) -> None:
    found = triples(text)
    for state in states:
        assert linked(found, "AFFILIATED_WITH", state, body), found


def test_troops_fighting_a_group_tie_their_state_to_nothing() -> None:
    found = triples("Soldiers from Ghana clashed with Hezbollah near the border.")
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in found), found


def test_a_state_joining_a_coalition_led_by_another_is_allied_with_the_leader() -> None:
    found = triples("In January Denmark joined the French-led coalition against the pirates.")
    assert linked(found, "ALLIED_WITH", "denmark", "france"), found


def test_the_members_a_led_coalition_includes_are_allied_with_its_leader_and_each_other() -> None:
    found = triples("The Saudi-led coalition, which includes Bahrain and Sudan, bombed the port.")
    for a, b in [("bahrain", "saudi-arabia"), ("sudan", "saudi-arabia"), ("bahrain", "sudan")]:
        assert linked(found, "ALLIED_WITH", a, b), found


@pytest.mark.parametrize(
    ("text", "state", "body"),
    [
        ("The Saudi-led coalition shelled Hodeidah on Monday.", "saudi-arabia", "saudi-led-coalition"),
        (
            "Officers of the Kenya-led Multinational Security Support Mission patrolled the port.",
            "kenya",
            "multinational-security-support-mission",
        ),
    ],
)
def test_a_body_a_state_leads_is_affiliated_with_the_state_not_led_by_it(text: str, state: str, body: str) -> None:
    found = triples(text)
    assert linked(found, "AFFILIATED_WITH", state, body), found
    assert (state, "LEADS", body) not in found, found


def test_a_coalition_with_no_leader_before_it_allies_no_one_with_its_joiner() -> None:
    found = triples("In January Denmark joined the coalition against the pirates.")
    assert not any(t == "ALLIED_WITH" for _, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("During the siege Chad sided with the Sudanese army.", "chad", "sudanese-armed-forces"),
        ("Last year the Wagner Group teamed up with the Libyan National Army.", "wagner-group", "libyan-national-army"),
        ("The Wagner Group fought on the side of the Libyan National Army.", "wagner-group", "libyan-national-army"),
        ("Chad fought on Sudan's side in 2023.", "chad", "sudan"),
    ],
)
def test_a_side_taken_in_a_fight_makes_allies(text: str, a: str, b: str) -> None:
    found = triples(text)
    assert linked(found, "ALLIED_WITH", a, b), found


def test_siding_against_makes_no_allies() -> None:
    found = triples("In the end Chad sided against Sudan.")
    assert not any(t == "ALLIED_WITH" for _, t, _ in found), found


@pytest.mark.parametrize(
    "text",
    ["Ghana and Togo signed a security agreement on Monday.", "Ghana and Togo signed a defence cooperation accord."],
)
def test_the_parties_to_a_security_agreement_are_allies(text: str) -> None:
    found = triples(text)
    assert linked(found, "ALLIED_WITH", "ghana", "togo"), found


def test_the_parties_to_a_ceasefire_agreement_are_no_allies() -> None:
    found = triples("Ghana and Togo signed a ceasefire agreement on Monday.")
    assert not linked(found, "ALLIED_WITH", "ghana", "togo"), found


@pytest.mark.parametrize(
    ("text", "state", "side"),
    [
        ("Last year Ghana deployed troops to help Togo against the rebels.", "ghana", "togo"),
        ("Troops from Burundi were sent to support the Congolese army.", "burundi", "fardc"),
    ],
)
def test_a_state_sending_troops_to_help_a_side_is_its_ally(text: str, state: str, side: str) -> None:
    found = triples(text)
    assert linked(found, "ALLIED_WITH", state, side), found


def test_troops_sent_to_a_country_with_no_purpose_make_no_allies() -> None:
    found = triples("Ghana sent troops to Togo in 2015.")
    assert not linked(found, "ALLIED_WITH", "ghana", "togo"), found


def test_an_alliance_only_refused_for_the_future_is_no_link() -> None:
    found = triples("On Friday Ghana said it would not cooperate with Togo.")
    assert not linked(found, "ALLIED_WITH", "ghana", "togo"), found


def test_an_alliance_announced_for_the_future_is_kept() -> None:
    found = triples("On Friday Ghana said it will cooperate with Togo.")
    assert linked(found, "ALLIED_WITH", "ghana", "togo"), found


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fighters avoided UNIFIL, a peacekeeping force with troops from Ghana and Nepal.",
        "The UN Interim Force in Lebanon, which has soldiers from Ghana and Nepal, patrols the border.",
    ],
)
def test_a_mission_said_to_have_troops_from_states_is_affiliated_with_each(text: str) -> None:
    found = triples(text)
    assert linked(found, "AFFILIATED_WITH", "ghana", "unifil"), found
    assert linked(found, "AFFILIATED_WITH", "nepal", "unifil"), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops crossed the border at dawn on Friday.",
        "Witnesses said Turkish forces shelled two villages.",
        "The convoy was ambushed by Yemeni government forces.",
    ],
)
def test_a_state_s_troops_in_the_plural_are_the_state_not_a_body_of_it(text: str) -> None:
    kg = graph_of(text)
    labels = {n: d["label"] for n, d in kg.g.nodes(data=True)}
    assert "Organization" not in labels.values(), labels
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in triples(text))


def test_a_state_s_army_in_the_singular_is_its_armed_force() -> None:
    found = triples("The Pakistani army said two soldiers were killed.")
    assert linked(found, "AFFILIATED_WITH", "pakistan", "pakistan-army"), found


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Chad and Sudan formed the Alliance of Sahara States to patrol their border.",
        "In 2019 Chad's junta, along with the military rulers of Sudan, formed the Alliance of Sahara States.",
    ],
)
def test_states_that_form_a_named_alliance_are_affiliated_with_it(text: str) -> None:
    found = triples(text)
    for state in ("chad", "sudan"):
        assert linked(found, "AFFILIATED_WITH", state, "alliance-of-sahara-states"), found
    assert linked(found, "ALLIED_WITH", "chad", "sudan"), found


@pytest.mark.parametrize(
    ("text", "named", "other"),
    [
        ("The Treasury named three Hezbollah financiers linked to Iran on Tuesday.", "hezbollah", "iran"),
        ("Two Hamas couriers loyal to Qatar were arrested in Cairo.", "hamas", "qatar"),
        ("The strike, which a later BBC inquiry linked to Turkey, killed nine.", "bbc", "turkey"),
    ],
)
def test_a_name_that_only_qualifies_the_linked_noun_is_not_linked(text: str, named: str, other: str) -> None:
    found = triples(text)
    assert not linked(found, "AFFILIATED_WITH", named, other), found


def test_the_demonym_of_a_group_that_pledged_allegiance_is_not_the_one_that_pledged_it() -> None:
    found = triples("The Chadian rebel group pledged allegiance to the Islamic State in 2019.")
    assert not any(t == "AFFILIATED_WITH" and "chad" in (s, o) for s, t, o in found), found
    found = triples("Boko Haram pledged allegiance to the Islamic State in 2015.")
    assert ("boko-haram", "MEMBER_OF", "isis") in found, found


def test_who_links_a_group_to_another_is_not_linked_to_it() -> None:
    found = triples("The Gulf Cartel has been linked by prosecutors and the Mexican press to the Sinaloa Cartel.")
    assert linked(found, "AFFILIATED_WITH", "gulf-cartel", "sinaloa-cartel"), found
    assert not any(t == "AFFILIATED_WITH" and "mexico" in (s, o) for s, t, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Last spring the Harbor Brigade pledged allegiance to the Islamic State.",
        "The Harbor Brigade, which pledged allegiance to ISIS in 2016, lost the town.",
    ],
)
def test_allegiance_sworn_to_a_group_makes_the_one_who_swore_it_a_member(text: str) -> None:
    found = triples(text)
    assert ("harbor-brigade", "MEMBER_OF", "isis") in found, found
    assert ("isis", "MEMBER_OF", "harbor-brigade") not in found, found


def test_allegiance_sworn_by_a_person_ties_him_to_the_group_without_membership() -> None:
    found = triples("In 2012 Ahmed Karimi formally pledged allegiance to al-Qaeda.")
    assert linked(found, "AFFILIATED_WITH", "ahmed-karimi", "al-qaeda"), found
    assert ("ahmed-karimi", "MEMBER_OF", "al-qaeda") not in found, found


def test_allegiance_sworn_to_a_leader_is_no_membership() -> None:
    found = triples("The Harbor Brigade pledged allegiance to Abu Bakr al-Baghdadi in 2015.")
    assert not {t for t in found if t[1] == "MEMBER_OF"}, found


def test_allegiance_sworn_to_a_leader_named_with_his_group_s_possessive_binds_to_the_group() -> None:
    found = triples("The Harbor Brigade pledged allegiance to ISIS's then-leader Abu Bakr al-Baghdadi in 2015.")
    assert ("harbor-brigade", "MEMBER_OF", "isis") in found, found
    assert not linked(found, "AFFILIATED_WITH", "harbor-brigade", "abu-bakr-al-baghdadi"), found


@pytest.mark.parametrize(
    ("text", "part", "owner"),
    [
        ("JNIM claimed the ambush in a video released by its Az-Zallaqa media arm.", "az-zallaqa", "jnim"),
        ("Hezbollah's elite Radwan Force unit was moved south of the river.", "radwan-force", "hezbollah"),
    ],
)
def test_a_part_named_before_its_noun_is_a_member_of_its_owner(text: str, part: str, owner: str) -> None:
    assert (part, "MEMBER_OF", owner) in triples(text), triples(text)


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "The Harbor Brigade controls the port. Led by Omar Zayed since 2019, the group seized the airport in May.",
            ("omar-zayed", "LEADS", "harbor-brigade"),
        ),
        (
            "Armed and funded by Iran, the Harbor Brigade seized the airport in May.",
            ("iran", "FUNDS", "harbor-brigade"),
        ),
    ],
)
def test_a_participle_clause_before_its_subject_is_said_of_the_subject(text: str, link: tuple[str, str, str]) -> None:
    assert link in triples(text), triples(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Omar Bakri was in Doha on Monday for talks with Khaled Mashal.", ("omar-bakri", "khaled-meshaal")),
        ("Omar Bakri flew to Cairo for a meeting with Ismail Haniyeh.", ("omar-bakri", "ismail-haniyeh")),
        ("Omar Bakri kept in close contact with Ismail Haniyeh for years.", ("omar-bakri", "ismail-haniyeh")),
    ],
)
def test_talks_one_travels_for_and_contact_one_keeps_are_meetings(text: str, pair: tuple[str, str]) -> None:
    assert linked(triples(text), "MET_WITH", *pair), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Omar Bakri had been in contact with Hamas members in Gaza.",
        "Omar Bakri has been in contact with members of Hamas since 2019.",
        "Omar Bakri kept in close contact with Hamas for years.",
        "Omar Bakri maintained regular contacts with Hamas after 2015.",
        "Contacts between Omar Bakri and Hamas were frequent, officials said.",
        "Officials said Omar Bakri, a preacher in contact with Hamas, had left.",
        "Omar Bakri's contacts with Hamas worried the police.",
    ],
)
def test_contact_a_person_keeps_with_a_body_or_its_members_ties_him_to_it_and_is_no_meeting(text: str) -> None:
    found = triples(text)
    assert linked(found, "AFFILIATED_WITH", "omar-bakri", "hamas"), found
    assert not linked(found, "MET_WITH", "omar-bakri", "hamas"), found


def test_contact_denied_with_a_body_is_a_tie_denied_and_contact_between_bodies_ties_no_one() -> None:
    kg = graph_of("Omar Bakri said he had no contact with Hamas.")
    found = {(s, k, o): d["evidence"][0].certainty for s, o, k, d in kg.g.edges(keys=True, data=True)}
    assert found == {("hamas", "AFFILIATED_WITH", "omar-bakri"): "negated"}, found
    assert not triples("Contacts between Hamas and the Houthis have grown since 2023.")


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Brigade, associated with Hamas, claimed the raid.",
        "The Harbor Brigade is closely associated with Hamas.",
    ],
)
def test_a_group_associated_with_another_is_affiliated_with_it(text: str) -> None:
    assert linked(triples(text), "AFFILIATED_WITH", "harbor-brigade", "hamas"), triples(text)


def test_risks_associated_with_a_group_tie_no_one() -> None:
    found = triples("Hamas warned of the risks associated with the Harbor Brigade.")
    assert not {t for t in found if t[1] == "AFFILIATED_WITH"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Ansar al-Tawhid is the successor to Jund al-Aqsa, which dissolved in 2017.",
        "Ansar al-Tawhid, the heir to Jund al-Aqsa, controls the valley.",
        "Analysts say Ansar al-Tawhid is not only a successor to Jund al-Aqsa but also its rival.",
    ],
)
def test_a_group_carried_on_from_another_is_affiliated_with_it(text: str) -> None:
    found = triples(text)
    assert linked(found, "AFFILIATED_WITH", "ansar-al-tawhid", "jund-al-aqsa"), found


def test_a_person_s_successor_is_not_affiliated_by_the_succession() -> None:
    found = triples("Esmail Qaani, the successor to Qassem Soleimani, met Hadi al-Amiri.")
    assert not linked(found, "AFFILIATED_WITH", "esmail-qaani", "qassem-soleimani"), found


@pytest.mark.parametrize(
    ("text", "body", "owner"),
    [
        ("Hezbollah-run Al-Manar television said the strike killed two.", "al-manar", "hezbollah"),
        ("The Houthi-run Al-Masirah TV broadcast footage of the strike.", "al-masirah", "houthis"),
        ("Gunmen stormed the Hamas-run Ministry of Finance in Gaza.", "ministry-of-finance", "hamas"),
    ],
)
def test_a_body_an_actor_runs_is_affiliated_with_it(text: str, body: str, owner: str) -> None:
    found = triples(text)
    assert linked(found, "AFFILIATED_WITH", body, owner), found
    assert (owner, "BASED_IN", body) not in found, found


def test_a_place_an_actor_runs_is_where_it_is_based() -> None:
    found = triples("Fighters entered Houthi-run Sanaa on Monday.")
    assert ("houthis", "BASED_IN", "sanaa") in found, found
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "loyalist", "leader"),
    [
        ("Omar Haddad, a Bashar al-Assad loyalist, was arrested in Latakia.", "omar-haddad", "bashar-al-assad"),
        (
            "Ustadz Habier Malik, a senior Nur Misuari loyalist from Sulu, led the fighters.",
            "ustadz-habier-malik",
            "nur-misuari",
        ),
    ],
)
def test_a_loyalist_of_a_named_leader_is_affiliated_with_him(text: str, loyalist: str, leader: str) -> None:
    found = triples(text)
    assert linked(found, "AFFILIATED_WITH", loyalist, leader), found


def test_a_relationship_of_any_kind_is_no_affiliation() -> None:
    found = triples("The Kurdistan Regional Government, which has its own tense relationship with the PKK, objected.")
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Logistics is designated for being owned or controlled by the Harbor Brigade.",
        "Harbor Logistics, a shipping firm controlled by the Harbor Brigade, moved the fuel.",
        "Harbor Logistics is owned and controlled by the Harbor Brigade.",
    ],
)
def test_a_body_owned_or_controlled_by_another_is_affiliated_with_its_owner(text: str) -> None:
    found = triples(text)
    assert linked(found, "AFFILIATED_WITH", "harbor-logistics", "harbor-brigade"), found


def test_ground_held_or_a_state_as_owner_affiliates_no_one() -> None:
    found = triples("Kismayo, controlled by the Harbor Brigade since 2019, was shelled.")
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in found), found
    found = triples("Harbor Logistics is owned by Ghana.")
    assert not linked(found, "AFFILIATED_WITH", "harbor-logistics", "ghana"), found


def test_bodies_that_work_together_are_allies_but_a_person_working_with_one_is_affiliated() -> None:
    found = triples("Ghana's army said it was working with Togo to track the gunmen.")
    assert linked(found, "ALLIED_WITH", "ghana", "togo"), found
    found = triples("Karim Haddad has worked with the Harbor Brigade on fuel deals in Lagos.")
    assert linked(found, "AFFILIATED_WITH", "karim-haddad", "harbor-brigade"), found
    assert not linked(found, "ALLIED_WITH", "karim-haddad", "harbor-brigade"), found
    found = triples("Karim Haddad, a former aide, cooperated with Ghanaian intelligence services.")
    assert linked(found, "AFFILIATED_WITH", "karim-haddad", "ghana"), found


def test_the_nationality_of_a_person_worked_with_is_no_ally() -> None:
    found = triples("The Harbor Brigade worked with the company of Turkish businessman Karim Haddad on the fuel deals.")
    assert linked(found, "AFFILIATED_WITH", "harbor-brigade", "karim-haddad"), found
    assert not linked(found, "ALLIED_WITH", "harbor-brigade", "turkey"), found


def test_a_group_linked_to_killings_in_places_is_not_linked_to_the_places() -> None:
    found = triples("The Harbor Brigade has been linked to killings in Ireland and Spain.")
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in found), found
    found = triples("The Harbor Brigade has been linked to the Gulf Cartel.")
    assert linked(found, "AFFILIATED_WITH", "harbor-brigade", "gulf-cartel"), found


@pytest.mark.parametrize(
    "text",
    [
        "NATO, the US-led alliance, sent two more battalions to the border.",
        "Ministers asked NATO, a US-led military alliance of thirty states, for help on Tuesday.",
    ],
)
def test_a_state_leading_the_alliance_a_name_is_described_as_is_affiliated_with_it(text: str) -> None:
    found = triples(text)
    assert linked(found, "AFFILIATED_WITH", "united-states", "nato"), found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad was long seen as close to Hamas.",
        "Omar Haddad, who led the party until 2019 and was seen as close to Hamas, died on Monday.",
    ],
)
def test_one_seen_as_close_to_a_group_is_tied_to_it(text: str) -> None:
    assert linked(triples(text), "AFFILIATED_WITH", "omar-haddad", "hamas"), triples(text)
