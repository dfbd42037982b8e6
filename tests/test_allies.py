"""Allies: who fought alongside whom, who is described as whose ally, and whom the rules must leave out."""

from __future__ import annotations

import pytest
from conftest import graph_of


def allied(text: str) -> set[tuple[str, str]]:
    """The pairs of ids the rules link by ALLIED_WITH in a one-document graph."""
    kg = graph_of(text)
    return {(s, o) for s, o, d in kg.g.edges(data=True) if d["type"] == "ALLIED_WITH"}


def test_the_patron_of_an_affiliated_force_did_not_fight_alongside_anyone() -> None:
    text = (
        "The alliance is not part of the Shan State Army, but SSA-affiliated militias have fought alongside the"
        " Kachin Independence Army in the north."
    )
    found = allied(text)
    assert not any("shan-state-army" in pair for pair in found), found


def test_a_pronoun_that_fought_alongside_someone_is_not_guessed() -> None:
    text = "Chad's army has sent troops to Niger's south, where they have fought alongside the Nigerian army."
    found = allied(text)
    assert ("niger", "nigerian-army") not in found, found


def test_named_sides_that_fought_alongside_each_other_are_still_allies() -> None:
    found = allied("Chadian soldiers, fighting alongside the Nigerian army, retook the town of Baga.")
    assert ("chad", "nigerian-army") in found, found


def test_a_state_described_by_a_participle_of_working_alongside_others_is_their_ally() -> None:
    found = {frozenset(p) for p in allied("Canada, working alongside Norway and Denmark, froze the assets of X Corp.")}
    assert {frozenset({"canada", "norway"}), frozenset({"canada", "denmark"})} <= found, found
    assert not allied("Canada, sitting beside Norway at the summit, froze the assets of X Corp.")


def test_one_described_as_someones_ally_is_allied_with_them() -> None:
    assert ("igor-petrov", "vladimir-putin") in allied("Igor Petrov, a Putin ally, spoke in Moscow on Friday.")
    found = allied("The Houthis, the rulers of Sanaa and a Hezbollah ally, fired missiles at ships.")
    assert ("hezbollah", "houthis") in found, found
    assert not allied("Igor Petrov, a former ally, spoke in Moscow on Friday.")


def test_allies_named_by_their_capitals_are_the_states() -> None:
    found = allied("Venezuela, backed by its allies in Moscow and Havana, rejected the demand.")
    assert {("russia", "venezuela"), ("cuba", "venezuela")} <= found, found
    assert not allied("Venezuela and its allies in the region rejected the demand.")


def test_forces_posted_alongside_anothers_are_allies_but_not_those_only_killed_alongside() -> None:
    found = allied("Russian instructors have been deployed alongside Malian troops since 2021.")
    assert ("mali", "russia") in found or ("russia", "mali") in found, found
    assert not allied("Two Malian soldiers were killed alongside a Russian contractor near Gao.")


def test_forces_that_carry_out_raids_alongside_anothers_are_allies_but_not_those_that_only_discuss_them() -> None:
    found = {frozenset(p) for p in allied("The Kenyan army conducts raids alongside the Somali National Army.")}
    assert frozenset({"kenya-defence-forces", "somali-national-army"}) in found, found
    assert not allied("Kenyan officials discussed the raids alongside Somali diplomats.")


def test_a_peace_agreement_or_a_ceasefire_deal_is_no_alliance_but_a_defence_agreement_is() -> None:
    assert not allied("A faction of the Kuki National Army signed a peace agreement with New Delhi in May.")
    assert not allied("The Houthis agreed a ceasefire deal with Saudi Arabia.")
    assert ("mali", "russia") in allied("Mali signed a defence agreement with Russia in May.")


def test_an_ally_s_nationality_before_the_noun_is_not_its_owner() -> None:
    found = allied("The Quds Force and its Lebanese ally Hezbollah have trained Houthi engineers.")
    assert {frozenset(p) for p in found} == {frozenset({"quds-force", "hezbollah"})}


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda deployed troops in support of the Government of Mozambique.",
        "Observers documented the deployment of Rwanda's army in support of the Government of Mozambique in 2021.",
        "Rwanda's deployment in support of Mozambique began in 2021.",
    ],
)
def test_troops_deployed_in_support_of_a_state_ally_their_state_with_it(text: str) -> None:
    found = allied(text)
    assert frozenset({"mozambique", "rwanda"}) in {frozenset(pair) for pair in found}, found


def test_a_deployment_in_support_of_a_mission_allies_no_one() -> None:
    assert not allied("The deployment of Chadian troops in support of the UN mission in Mali began in 2013.")


@pytest.mark.parametrize(
    "text",
    ["Chad deployed troops in support of the UN mission in Mali.", "Chad sent troops to help the UN mission in Mali."],
)
def test_troops_sent_to_help_a_mission_serve_in_it_beside_no_one(text: str) -> None:
    assert not allied(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The United States carries out air strikes against al-Shabaab in support of Somali forces.",
            {"united-states", "somalia"},
        ),
        ("Hezbollah fought in support of the Syrian government.", {"hezbollah", "syria"}),
        ("Rwanda launched an offensive in support of the Mozambican army.", {"rwanda", "mozambique"}),
    ],
)
def test_a_deed_of_war_in_support_of_a_side_allies_the_doer_with_it(text: str, pair: set[str]) -> None:
    found = allied(text)
    assert frozenset(pair) in {frozenset(p) for p in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it was acting in support of the Palestinians in Gaza.",
        "Chad conducted strikes in support of the UN mission in Mali.",
    ],
)
def test_support_without_a_deed_of_war_or_for_a_mission_allies_no_one(text: str) -> None:
    assert not allied(text)


@pytest.mark.parametrize(
    "text",
    [
        "Devlet Bahceli, the leader of the MHP and a close ally of President Recep Tayyip Erdogan, spoke on Tuesday.",
        "Devlet Bahceli, leader of the Nationalist Movement Party and coalition partner of President Recep Tayyip "
        "Erdogan, spoke on Tuesday.",
    ],
)
def test_an_ally_named_after_another_role_in_the_same_apposition_is_allied(text: str) -> None:
    found = allied(text)
    assert frozenset({"devlet-bahceli", "recep-tayyip-erdogan"}) in {frozenset(p) for p in found}, found


def test_allied_before_a_name_is_an_adjective_not_an_alliance_with_the_subject() -> None:
    found = allied("Al-Shabaab fighters attacked the Somali army and allied Ras Kamboni militias near Kismayo.")
    assert not any("al-shabaab" in pair for pair in found), found


def test_a_capital_named_as_the_other_side_of_an_ally_is_its_state() -> None:
    found = allied("Chad, a steadfast ally of Paris, expelled the Russian envoy.")
    assert ("chad", "france") in found or ("france", "chad") in found, found


def test_the_one_named_alongside_an_ally_is_an_ally_of_the_same_owner() -> None:
    found = allied("Belarus, Putin's closest ally alongside North Korea, supplied shells.")
    assert ("north-korea", "vladimir-putin") in found or ("vladimir-putin", "north-korea") in found, found


def test_a_state_accused_of_fighting_alongside_a_group_is_alleged_its_ally() -> None:
    kg = graph_of("Kinshasa accused Kigali of fighting alongside the M23 near Goma.")
    links = {(s, o): d["evidence"][0].certainty for s, o, d in kg.g.edges(data=True) if d["type"] == "ALLIED_WITH"}
    assert links.get(("m23", "rwanda"), links.get(("rwanda", "m23"))) == "alleged", links


def test_one_said_to_belong_to_an_unnamed_alliance_is_allied_with_the_members_it_lists() -> None:
    found = {frozenset(p) for p in allied("Hamas belongs to an alliance that includes Hezbollah and the Houthis.")}
    assert {frozenset({"hamas", "hezbollah"}), frozenset({"hamas", "houthis"})} <= found, found


def test_a_state_that_turned_to_another_for_help_is_its_ally() -> None:
    found = allied("Chad and Niger, which expelled French troops last year, have turned to Turkey for drones.")
    assert ("chad", "turkey") in found and ("niger", "turkey") in found, found


def test_a_government_named_by_a_state_of_two_words_stands_for_the_state() -> None:
    found = allied("After the coup, Burkina Faso's junta, short of money and arms, turned to Turkey for drones.")
    assert ("burkina-faso", "turkey") in found or ("turkey", "burkina-faso") in found, found


def test_turning_to_someone_denied_or_turning_something_over_makes_no_ally() -> None:
    assert not allied("Chad did not turn to France, its foreign minister said.")
    assert not allied("Chad turned the captured fighters over to Niger on Monday.")


def test_those_whose_support_an_act_of_fighting_had_fight_beside_its_authors() -> None:
    found = allied("Chadian troops, backed by French jets, drove Boko Haram out of the islands in March.")
    assert ("chad", "france") in found or ("france", "chad") in found, found
    found = allied("Kenya and Ethiopia, with support from Uganda, launched an offensive against al-Shabaab.")
    assert {("kenya", "uganda"), ("ethiopia", "uganda")} <= {tuple(sorted(p)) for p in found}, found


def test_support_for_a_deed_that_is_no_fight_makes_no_ally() -> None:
    assert not allied("Hezbollah, backed by Iran, condemned the strikes on Gaza.")
    assert not allied("The offensive was supported by fighters from Puntland and by al-Shabaab.")


def test_one_of_someones_allies_is_allied_with_them() -> None:
    found = allied("Hezbollah, one of Iran's closest allies, fired rockets at the border town on Monday.")
    assert ("hezbollah", "iran") in found or ("iran", "hezbollah") in found, found
    found = allied("Dmitri Volkov, an ex-minister and one of Vladimir Putin's oldest allies, died on Friday.")
    assert {("dmitri-volkov", "vladimir-putin"), ("vladimir-putin", "dmitri-volkov")} & found, found


def test_partners_listed_after_with_are_the_subjects_allies() -> None:
    found = allied("Japan works closely with regional partners, including Australia and India, on maritime patrols.")
    assert {frozenset(p) for p in found} >= {frozenset(("japan", "australia")), frozenset(("japan", "india"))}, found
    assert not allied("Japan signed trade deals with partners on Monday.")


def test_groups_listed_after_with_are_not_allies() -> None:
    assert not allied("The army clashed with groups including al-Shabaab near the border on Sunday.")


def test_sides_that_hold_joint_drills_together_are_allies_but_one_alone_has_none() -> None:
    found = {frozenset(p) for p in allied("Ghana and Togo held joint drills near the border in May.")}
    assert frozenset({"ghana", "togo"}) in found, found
    assert not allied("Ghana held joint drills near the border in May.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sweden joined NATO in March after two years of talks.", {"sweden", "nato"}),
        (
            "Burundi, a member of the East African Community Regional Force, sent troops to Goma.",
            {"burundi", "eac-regional-force"},
        ),
        ("Ghana's troops in Mali served as part of MINUSMA.", {"ghana", "minusma"}),
    ],
)
def test_a_state_that_joins_or_is_part_of_a_body_is_allied_with_it(text: str, pair: set[str]) -> None:
    found = {frozenset(p) for p in allied(text)}
    assert frozenset(pair) in found, found


def test_a_state_in_a_coalition_led_by_another_is_allied_with_the_coalition_not_its_leader() -> None:
    found = {frozenset(p) for p in allied("The UAE, a member of the Saudi-led coalition, pulled its troops out.")}
    assert frozenset({"united-arab-emirates", "saudi-arabia"}) not in found, found
    assert any("united-arab-emirates" in p and "saudi-arabia" not in p for p in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hezbollah and Hamas fought together in Syria.", {"hezbollah", "hamas"}),
        ("Chadian and Nigerien soldiers fought side by side near Diffa.", {"chad", "niger"}),
    ],
)
def test_sides_that_fight_together_or_side_by_side_with_no_foe_named_are_allies(text: str, pair: set[str]) -> None:
    assert frozenset(pair) in {frozenset(p) for p in allied(text)}


def test_acting_in_agreement_with_someone_is_no_alliance() -> None:
    assert not allied("Qatar freed the hostages in agreement with Egypt.")
    assert {frozenset(p) for p in allied("Qatar signed an agreement with Egypt on border security.")} == {
        frozenset({"qatar", "egypt"})
    }


def test_sides_that_act_jointly_against_a_third_are_allies() -> None:
    found = {frozenset(p) for p in allied("Canada and Australia acted jointly against the Prince Group on Monday.")}
    assert frozenset({"canada", "australia"}) in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghana's president said on Sunday that Ghana stands with Togo.", {"ghana", "togo"}),
        ("Norway stood beside Denmark throughout the dispute.", {"norway", "denmark"}),
        ("Norway has stood by Denmark's side throughout the dispute.", {"norway", "denmark"}),
        ("The Arab League expressed its full solidarity with Jordan after the attack.", {"arab-league", "jordan"}),
    ],
)
def test_standing_with_a_side_or_solidarity_with_it_is_an_alliance(text: str, pair: set[str]) -> None:
    assert frozenset(pair) in {frozenset(p) for p in allied(text)}


def test_standing_with_a_people_or_standing_by_is_no_alliance() -> None:
    assert not allied("Ghana said it stood with the Togolese people after the floods.")
    assert not allied("Ghanaian troops stood by as the crowd marched on the palace.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hamas and Hezbollah joined forces last year.", {"hamas", "hezbollah"}),
        (
            "Jaish-e-Mohammed joined forces with Lashkar-e-Taiba to attack the base.",
            {"jaish-e-mohammed", "lashkar-e-taiba"},
        ),
    ],
)
def test_sides_that_join_forces_are_allies(text: str, pair: set[str]) -> None:
    assert frozenset(pair) in {frozenset(p) for p in allied(text)}


def test_sides_that_join_talks_are_no_allies() -> None:
    assert not allied("Hamas and Fatah joined the talks in Cairo.")


def test_a_force_that_brings_together_troops_from_states_is_allied_with_each_not_they_with_each_other() -> None:
    text = (
        "The Lakeside Joint Force (LJF), the regional force that brings together troops from Ghana, Togo and Benin,"
        " said on Monday it had retaken the island."
    )
    found = {frozenset(p) for p in allied(text)}
    assert {frozenset({"lakeside-joint-force", s}) for s in ("ghana", "togo", "benin")} <= found, found
    assert frozenset({"ghana", "togo"}) not in found, found


@pytest.mark.parametrize(
    ("text", "backer", "state"),
    [
        ("The United States has backed Israel throughout the war.", "united-states", "israel"),
        ("Russia provides military support to Mali and Niger.", "russia", "mali"),
        ("Burkina Faso has received military support from Russia.", "russia", "burkina-faso"),
    ],
)
def test_a_state_backed_by_another_state_is_its_ally(text: str, backer: str, state: str) -> None:
    found = {frozenset(p) for p in allied(text)}
    assert frozenset({backer, state}) in found, found


@pytest.mark.parametrize(
    ("text", "backer", "group"),
    [
        ("Iran backs Yemen's Houthis.", "iran", "houthis"),
        ("Turkey supports the Syrian National Army in northern Syria.", "turkey", "syrian-national-army"),
    ],
)
def test_a_group_backed_by_a_state_is_backed_not_allied(text: str, backer: str, group: str) -> None:
    kg = graph_of(text)
    links = {(s, o, d["type"]) for s, o, d in kg.g.edges(data=True)}
    assert (backer, group, "FUNDS") in links, links
    assert not {(s, o) for s, o, t in links if t == "ALLIED_WITH"}, links


def test_a_state_that_only_qualifies_the_backed_noun_is_no_ally() -> None:
    assert not allied("The United States continued to support Somali partners against the militants.")


def test_a_participle_coordinated_with_one_set_off_after_a_name_describes_that_name() -> None:
    found = allied("The Houthis, armed by Iran and allied with Hezbollah, fired missiles at ships.")
    assert {tuple(sorted(p)) for p in found} == {("hezbollah", "houthis")}, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Somali troops lost dozens of men during clashes with al-Shabaab near Kismayo.",
        "Kenya and Somalia suffered heavy losses in fighting with al-Shabaab in Gedo last year.",
    ],
)
def test_sides_that_suffer_in_one_fight_with_a_named_foe_fought_it_together(text: str) -> None:
    assert frozenset(("kenya", "somalia")) in {frozenset(p) for p in allied(text)}, allied(text)


def test_sides_that_suffer_in_a_fight_with_no_foe_named_or_with_each_other_are_no_allies() -> None:
    for text in (
        "Hamas and Fatah lost men in clashes with each other in Gaza.",
        "Hamas and Fatah lost men in the fighting in Gaza.",
    ):
        assert not allied(text), allied(text)
