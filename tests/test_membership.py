"""Who belongs to what: members, deputies and staff, each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import certainties_of as links
from conftest import graph_of, named_links

pytestmark = pytest.mark.model

MEMBERSHIP = {"MEMBER_OF", "WORKS_FOR", "LEADS"}


@pytest.mark.parametrize(
    "text",
    [
        "Walid Haddad, Hezbollah's second-in-command, addressed the crowd on Tuesday.",
        "Hezbollah's second-in-command, Walid Haddad, addressed the crowd on Tuesday.",
    ],
)
def test_a_second_in_command_named_by_a_possessive_is_a_deputy(text: str) -> None:
    found = links(text)
    assert found.get(("walid-haddad", "DEPUTY_OF", "hezbollah")) == "asserted", found
    assert ("walid-haddad", "LEADS", "hezbollah") not in found, found


def test_the_chief_of_an_army_referred_to_by_its_noun_heads_the_army() -> None:
    found = links("The Tatmadaw shelled three villages on Monday. The army's chief, Walid Haddad, defended the raids.")
    assert ("walid-haddad", "LEADS", "tatmadaw") in found, found
    assert ("walid-haddad", "WORKS_FOR", "tatmadaw") not in found, found


def test_the_deputy_head_of_a_ministrys_department_works_for_the_ministry_not_as_its_deputy() -> None:
    found = links("Oleg Ivanov, a deputy head of the Russian Foreign Ministry's press department, said so on Monday.")
    assert found.get(("oleg-ivanov", "WORKS_FOR", "russian-foreign-ministry")) == "asserted", found
    assert ("oleg-ivanov", "DEPUTY_OF", "russian-foreign-ministry") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Walid Haddad, a former second-in-command of Hezbollah, addressed the crowd on Tuesday.",
        "Police detained Walid Haddad, the second-in-command of Hezbollah, at the airport.",
    ],
)
def test_a_hyphenated_role_before_of_is_one_role(text: str) -> None:
    found = links(text)
    assert found.get(("walid-haddad", "DEPUTY_OF", "hezbollah")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "A senior Hamas figure, Walid Haddad, was arrested at the border crossing.",
        "Walid Haddad, a senior Hamas figure, was arrested at the border crossing.",
    ],
)
def test_a_senior_figure_of_an_armed_group_is_a_member(text: str) -> None:
    found = links(text)
    assert ("walid-haddad", "MEMBER_OF", "hamas") in found, found
    assert ("walid-haddad", "WORKS_FOR", "hamas") not in found, found


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Walid Haddad, a retired general of the Sudanese Armed Forces, was arrested.", "sudanese-armed-forces"),
        ("Walid Haddad, a colonel in the Rapid Support Forces, was arrested.", "rapid-support-forces"),
    ],
)
def test_a_rank_held_in_a_force_makes_a_member_of_it(text: str, force: str) -> None:
    found = links(text)
    assert ("walid-haddad", "MEMBER_OF", force) in found, found
    assert ("walid-haddad", "WORKS_FOR", force) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Walid Haddad, a former captain in the Rapid Support Forces, was arrested in Goma.",
        "Idris Wali appeared in a video alongside Walid Haddad, a former captain in the Rapid Support Forces.",
        "Walid Haddad, a retired captain of the Rapid Support Forces, was arrested in Goma.",
        "Walid Haddad, a Rapid Support Forces captain, was arrested in Goma.",
        "Walid Haddad, who was a captain in the Rapid Support Forces, was arrested in Goma.",
        "Walid Haddad, a captain in the Rapid Support Forces who deserted in 2019, was arrested in Goma.",
        "Walid Haddad, a former admiral of the Rapid Support Forces, was arrested in Goma.",
        "Walid Haddad, a retired Rapid Support Forces admiral, was arrested in Goma.",
    ],
)
def test_a_captain_or_admiral_of_a_force_is_its_member(text: str) -> None:
    found = links(text)
    assert ("walid-haddad", "MEMBER_OF", "rapid-support-forces") in found, found
    assert ("walid-haddad", "WORKS_FOR", "rapid-support-forces") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Walid Haddad, the captain of the ship, was arrested by the Rapid Support Forces.",
        "Walid Haddad, a captain, was arrested by the Rapid Support Forces on Monday.",
        "Walid Haddad, a captain who fought the Rapid Support Forces, was arrested in Goma.",
        "Walid Haddad, a former captain in the Sudanese Armed Forces, met Idris Wali of the Rapid Support Forces.",
    ],
)
def test_a_rank_held_nowhere_named_or_in_another_body_is_no_membership(text: str) -> None:
    """The ship is no actor, the rank stands alone, the force is fought, or the rank is in another force."""
    found = links(text)
    assert not {t for s, t, o in found if (s, o) == ("walid-haddad", "rapid-support-forces") and t in MEMBERSHIP}, found


def test_a_rank_held_in_a_body_of_no_known_kind_makes_a_member_of_it() -> None:
    found = links("James Okello, a retired general of the Sable Rangers, was arrested on Monday.")
    assert ("james-okello", "MEMBER_OF", "sable-rangers") in found, found
    assert ("james-okello", "WORKS_FOR", "sable-rangers") not in found, found


def test_a_figure_of_no_named_body_is_nobodys() -> None:
    found = links("Walid Haddad, a key figure in the ceasefire talks, flew to Cairo on Sunday.")
    assert not {t for s, t, _ in found if s == "walid-haddad" and t in {"MEMBER_OF", "WORKS_FOR"}}, found


def test_a_participle_after_a_listed_name_describes_that_name_only() -> None:
    text = "The Red Hand Front, led by Tarek Mansour, and the Valley Brigades, led by Omar Saleh, seized the bridge."
    leads = {(s, o) for s, t, o in links(text) if t == "LEADS"}
    assert leads == {("tarek-mansour", "red-hand-front"), ("omar-saleh", "valley-brigades")}, leads


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Alliance brings together three groups: the Red Hand Front, led by Tarek Mansour; the Valley "
        "Brigades, led by Omar Saleh; and the Southern Revolutionary Army.",
        "The Northern Alliance is made up of the Red Hand Front, the Valley Brigades and the Southern Revolutionary "
        "Army.",
    ],
)
def test_the_groups_a_coalition_gathers_are_its_members(text: str) -> None:
    found = links(text)
    members = {s for s, t, o in found if t == "MEMBER_OF" and o == "northern-alliance"}
    assert members == {"red-hand-front", "valley-brigades", "southern-revolutionary-army"}, found


def test_a_state_that_brings_people_together_gathers_no_members() -> None:
    found = links("Qatar brought together Hamas and Fatah officials for talks in Doha.")
    assert not {t for _, t, _ in found if t == "MEMBER_OF"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Karim Aziz, a Hezbollah spokesman, denied the report on Sunday.",
        "Hezbollah spokesman Karim Aziz did not respond to a request for comment.",
    ],
)
def test_a_role_described_beside_a_name_is_not_denied_by_the_clause(text: str) -> None:
    assert links(text).get(("karim-aziz", "WORKS_FOR", "hezbollah")) == "asserted"


def test_a_denied_membership_stays_denied() -> None:
    assert links("Karim Aziz is not a member of Hezbollah.").get(("karim-aziz", "MEMBER_OF", "hezbollah")) == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah's commander, Karim Aziz, rejected the accusation on Monday.",
        "Washington sanctioned Hezbollah and its commander Karim Aziz on Monday.",
        "Karim Aziz, then commander of Hezbollah, rejected the accusation.",
    ],
)
def test_a_rank_owned_by_the_group_is_its_heads(text: str) -> None:
    found = links(text)
    assert found.get(("karim-aziz", "LEADS", "hezbollah")) == "asserted", found
    assert ("karim-aziz", "MEMBER_OF", "hezbollah") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah lost its military commander, Karim Aziz, in the strike.",
        "Karim Aziz, a commander of Hezbollah, rejected the accusation.",
    ],
)
def test_a_rank_of_one_service_or_one_of_several_stays_a_members(text: str) -> None:
    found = links(text)
    assert ("karim-aziz", "MEMBER_OF", "hezbollah") in found, found
    assert ("karim-aziz", "LEADS", "hezbollah") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Salim led Hamas until 2019. He was succeeded by Walid Haddad.",
        "Hamas leader Omar Salim was killed in 2019 and was succeeded by Walid Haddad.",
        "Hamas is led by Walid Haddad, who replaced Omar Salim in 2019.",
    ],
)
def test_who_succeeded_a_head_and_who_was_succeeded_both_lead(text: str) -> None:
    found = links(text)
    assert ("omar-salim", "LEADS", "hamas") in found, found
    assert ("walid-haddad", "LEADS", "hamas") in found, found


def test_a_succession_leads_nothing_when_no_one_led_before() -> None:
    found = links("Walid Haddad replaced Omar Salim at the school in 2019.")
    assert not {t for _, t, _ in found if t == "LEADS"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The Sahel Front, a coalition which includes Ansar Dine and Katiba Macina, attacked the base.",
        "The Sahel Front, a coalition that includes groups such as Ansar Dine and Katiba Macina, attacked the base.",
    ],
)
def test_a_coalition_described_beside_its_name_has_the_members_it_includes(text: str) -> None:
    found = links(text)
    assert found.get(("ansar-dine", "MEMBER_OF", "sahel-front")) == "asserted", found
    assert found.get(("katiba-macina", "MEMBER_OF", "sahel-front")) == "asserted", found


def test_the_person_a_group_is_under_leads_it() -> None:
    found = links("The Coordination Framework includes militias such as Kataib Hezbollah under Karim Aziz.")
    assert ("karim-aziz", "LEADS", "kataib-hezbollah") in found, found
    assert ("kataib-hezbollah", "MEMBER_OF", "coordination-framework") in found, found


def test_part_of_an_effort_by_a_body_is_no_membership() -> None:
    text = "In 2020, Karim Aziz held meetings in prisons as part of efforts by the Government of El Salvador to end it."
    found = links(text)
    assert not {t for _, t, _ in found if t == "MEMBER_OF"}, found
    assert (
        links("The Hamza Division is part of the Syrian National Army.").get(
            ("hamza-division", "MEMBER_OF", "syrian-national-army")
        )
        == "asserted"
    )


def test_the_person_a_group_is_of_leads_it() -> None:
    found = links("Kenyan troops, fighting beside the Ras Kamboni militia of Karim Aziz, captured the port.")
    assert ("karim-aziz", "LEADS", "ras-kamboni") in found, found


def test_the_person_a_state_force_is_of_leads_it() -> None:
    found = links("The rebels have fought the Kenya Defence Forces (KDF) of General Karim Aziz since 2019.")
    assert ("karim-aziz", "LEADS", "kenya-defence-forces") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "In 2009 he was chief of staff of the Kenya Defence Forces under President Karim Aziz.",
        "In 2009 he served in the Kenya Defence Forces under Karim Aziz.",
    ],
)
def test_the_person_a_state_force_served_under_leads_it_not(text: str) -> None:
    found = links(text)
    assert ("karim-aziz", "LEADS", "kenya-defence-forces") not in found, found


def test_a_hyphenated_vice_title_is_a_deputys() -> None:
    found = links("Walid Haddad, a vice-president of Hamas, resigned on Friday.")
    assert ("walid-haddad", "DEPUTY_OF", "hamas") in found, found
    assert ("walid-haddad", "LEADS", "hamas") not in found, found


def test_the_deputy_of_a_head_named_before_is_the_deputy_of_what_he_leads() -> None:
    found = links("The US sanctioned Hamas leader Omar Salim, his deputy Walid Haddad and the commander Karim Aziz.")
    assert found.get(("walid-haddad", "DEPUTY_OF", "hamas")) == "asserted", found
    assert ("walid-haddad", "LEADS", "hamas") not in found, found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Walid Haddad, who served as Omar Salim's deputy on the Presidential Leadership Council, was arrested.",
            "presidential-leadership-council",
        ),
        ("Walid Haddad, a preacher who is a deputy to Hamas leader Omar Salim, was arrested.", "hamas"),
    ],
)
def test_a_deputy_on_a_body_or_to_its_head_is_the_bodys_deputy(text: str, body: str) -> None:
    found = links(text)
    assert ("walid-haddad", "DEPUTY_OF", body) in found, found


def test_whose_title_is_the_group_the_clause_describes() -> None:
    found = links("The attack was claimed by Katiba Macina, a militia whose founder, Walid Haddad, died in 2021.")
    assert ("walid-haddad", "LEADS", "katiba-macina") in found, found


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("The Qassam Brigades, the armed arm of Hamas, published the video.", "qassam-brigades"),
        ("Walid Haddad, Hamas's chief bombmaker, was killed in the raid.", "walid-haddad"),
    ],
)
def test_an_arm_or_a_bombmaker_of_a_group_is_one_of_its_members(text: str, member: str) -> None:
    found = links(text)
    assert (member, "MEMBER_OF", "hamas") in found, found
    assert (member, "LEADS", "hamas") not in found, found


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "The Sahel Front was formed in 2017 when Ansar Dine and Katiba Macina merged under Walid Haddad.",
            "sahel-front",
        ),
        ("Ansar Dine and Katiba Macina merged into JNIM in 2017.", "jnim"),
    ],
)
def test_the_groups_that_merged_are_members_of_what_they_formed(text: str, whole: str) -> None:
    found = links(text)
    assert ("ansar-dine", "MEMBER_OF", whole) in found, found
    assert ("katiba-macina", "MEMBER_OF", whole) in found, found
    assert ("walid-haddad", "LEADS", whole) in found or "under" not in text, found


def test_a_merger_into_nothing_named_makes_no_members() -> None:
    found = links("Ansar Dine and Katiba Macina merged in 2017.")
    assert not {t for _, t, _ in found if t == "MEMBER_OF"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The Sahel Front was formed in 2019 through the merger of Ansar Dine and the desert branch of al-Shabaab.",
        "The Sahel Front was created by the merger of Ansar Dine, the desert wing of al-Shabaab, and Katiba Macina.",
    ],
)
def test_the_owner_of_a_part_that_merged_into_a_body_is_affiliated_with_it_not_its_member(text: str) -> None:
    found = links(text)
    assert found.get(("al-shabaab", "AFFILIATED_WITH", "sahel-front")) == "asserted", found
    assert ("al-shabaab", "MEMBER_OF", "sahel-front") not in found, found
    assert ("ansar-dine", "MEMBER_OF", "sahel-front") in found, found


def test_a_body_set_beside_a_unit_is_not_its_whole() -> None:
    text = "The raid was led by the Military Police's battalion, BOPE, together with the Federal Highway Police."
    found = links(text)
    assert ("bope", "MEMBER_OF", "military-police") in found, found
    assert ("bope", "MEMBER_OF", "federal-highway-police") not in found, found


def test_a_leader_is_not_also_a_member_by_the_scorers_guess() -> None:
    kg = graph_of(
        "Mensah was named leader of the Volta Brigade in 2020, succeeding Ama Owusu, who had been arrested by "
        "police in April 2020.",
        extractor="both",
    )
    found = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert ("mensah", "LEADS", "volta-brigade") in found, found
    assert ("mensah", "MEMBER_OF", "volta-brigade") not in found, found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Chadian separatist movement, led by Jon Harlan, spread into the hills.", None),
        ("Jon Harlan leads the Chadian delegation's security detail.", None),
        ("The Volta Brigade, led by Jon Harlan, took the Chadian border town.", "volta-brigade"),
    ],
)
def test_a_country_that_only_qualifies_what_is_led_is_not_led(text: str, group: str | None) -> None:
    found = links(text)
    assert ("jon-harlan", "LEADS", "chad") not in found, found
    if group:
        assert found.get(("jon-harlan", "LEADS", group)) == "asserted", found


def test_a_country_qualifying_its_government_is_led() -> None:
    found = links("Jon Harlan, the leader of Chad's military government, addressed the nation.")
    assert found.get(("jon-harlan", "LEADS", "chad")) == "asserted", found


def test_a_rank_title_gives_no_membership_to_the_groups_head() -> None:
    kg = graph_of("Villagers fled as the Volta Brigade of commander Jon Harlan entered the valley.", extractor="both")
    found = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert ("jon-harlan", "LEADS", "volta-brigade") in found, found
    assert ("jon-harlan", "MEMBER_OF", "volta-brigade") not in found, found


def test_a_rank_title_gives_no_service_to_the_head_of_a_state_force() -> None:
    text = "The rebels have fought the Kenya Defence Forces (KDF) of General Karim Aziz since 2019."
    kg = graph_of(text, extractor="both")
    found = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert ("karim-aziz", "LEADS", "kenya-defence-forces") in found, found
    assert ("karim-aziz", "WORKS_FOR", "kenya-defence-forces") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Walid Haddad, a former officer of Hezbollah, was arrested at the border crossing.",
        "The border raid was planned by Walid Haddad, an officer of Hezbollah.",
    ],
)
def test_an_officer_of_an_armed_group_is_one_of_its_members(text: str) -> None:
    found = links(text)
    assert found.get(("walid-haddad", "MEMBER_OF", "hezbollah")) == "asserted", found
    assert ("walid-haddad", "WORKS_FOR", "hezbollah") not in found, found


def test_an_officer_of_a_state_army_still_works_for_it() -> None:
    found = links("Colonel Walid Haddad, an officer of the Lebanese army, was wounded near the border.")
    assert ("walid-haddad", "MEMBER_OF", "lebanese-armed-forces") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Brigade, once the largest gang in Accra, is divided into two factions, the Red Lions and the "
        "Blue Hawks.",
        "In 2019 the Volta Brigade split into the Red Lions and the Blue Hawks.",
    ],
)
def test_the_factions_a_group_is_divided_into_are_its_members(text: str) -> None:
    found = links(text)
    assert found.get(("red-lions", "MEMBER_OF", "volta-brigade")) == "asserted", found
    assert found.get(("blue-hawks", "MEMBER_OF", "volta-brigade")) == "asserted", found
    assert ("volta-brigade", "MEMBER_OF", "red-lions") not in found, found


def test_a_group_that_split_from_another_is_not_its_member() -> None:
    found = links("In 2019 the Red Lions split from the Volta Brigade after a feud.")
    assert ("red-lions", "MEMBER_OF", "volta-brigade") not in found, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "MABADEF, the armed wing of the African People's Liberation Movement, ambushed a patrol near Bamenda.",
            ("mabadef", "MEMBER_OF", "african-peoples-liberation-movement"),
        ),
        (
            "Troops killed two commanders of the FARC's Southern Bloc in Caqueta.",
            ("southern-bloc", "MEMBER_OF", "farc"),
        ),
    ],
)
def test_a_name_the_ner_took_for_a_place_is_a_unit_by_its_apposition_or_its_last_word(
    text: str, triple: tuple[str, str, str]
) -> None:
    found = links(text)
    assert found.get(triple) == "asserted", found


def test_a_name_in_apposition_with_a_group_noun_is_an_organisation() -> None:
    kg = graph_of("Five small factions joined the umbrella group Mara Patani last year.")
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert labels.get("Mara Patani") == "Organization", labels


@pytest.mark.parametrize(
    "text",
    [
        "Among those killed were two al-Shabaab commanders, Yusuf Hashi Gure and Omar Dhere Warsame.",
        "Al-Shabaab's senior commanders include Yusuf Hashi Gure and Omar Dhere Warsame.",
    ],
)
def test_people_apposed_to_a_plural_role_or_included_in_it_hold_it(text: str) -> None:
    found = links(text)
    for person in ("yusuf-hashi-gure", "omar-dhere-warsame"):
        assert found.get((person, "MEMBER_OF", "al-shabaab")) == "asserted", found


def test_an_umbrella_of_groups_that_includes_names_its_members() -> None:
    found = links(
        "Officials blamed the Northern Resistance Front, an umbrella of armed groups that includes the Red Hand "
        "Brigade and the Tiger Battalion, for the raid."
    )
    for member in ("red-hand-brigade", "tiger-battalion"):
        assert found.get((member, "MEMBER_OF", "northern-resistance-front")) == "asserted", found


def test_examples_of_other_groups_named_beside_a_group_are_not_its_members() -> None:
    found = links(
        "The crackdown could give the Red Hand Brigade and other groups, including the Tiger Battalion, room to grow."
    )
    assert ("tiger-battalion", "MEMBER_OF", "red-hand-brigade") not in found, found
    found = links("The Northern Resistance Front, including the Tiger Battalion, vowed to fight on.")
    assert found.get(("tiger-battalion", "MEMBER_OF", "northern-resistance-front")) == "asserted", found


def test_members_named_beside_a_member_share_the_membership_not_each_other() -> None:
    found = links(
        "The Red Hand Brigade is a member, with the Tiger Battalion, of the Northern Alliance, which fought the army."
    )
    for member in ("red-hand-brigade", "tiger-battalion"):
        assert found.get((member, "MEMBER_OF", "northern-alliance")) == "asserted", found
    assert ("red-hand-brigade", "MEMBER_OF", "tiger-battalion") not in found, found


def test_a_seat_on_a_body_makes_a_member_but_a_term_served_does_not() -> None:
    found = links("Omar Nasser later served on the group's Executive Committee, Hamas said.")
    assert found.get(("omar-nasser", "MEMBER_OF", "executive-committee")) == "asserted", found
    found = links("Omar Nasser served two terms as mayor before he moved to Beirut.")
    assert not [k for k in found if k[1] == "MEMBER_OF"], found


@pytest.mark.parametrize(
    ("text", "people", "body"),
    [
        ("John Bako served in the Kivu Front for ten years.", ["john-bako"], "kivu-front"),
        ("John Bako, who served in the Kivu Front before the war, was arrested in Goma.", ["john-bako"], "kivu-front"),
        ("John Bako served for several years in the Kivu Front before returning home.", ["john-bako"], "kivu-front"),
        ("John Bako had served with the Kivu Front in Goma.", ["john-bako"], "kivu-front"),
        ("Before he entered politics, John Bako served in the Kivu Front.", ["john-bako"], "kivu-front"),
        ("John Bako enlisted in the Kenya Defence Forces in 2001.", ["john-bako"], "kenya-defence-forces"),
        ("John Bako and Idris Wali served in the Kivu Front.", ["john-bako", "idris-wali"], "kivu-front"),
        ("John Bako was arrested in Goma on Monday. He had served in the Kivu Front.", ["john-bako"], "kivu-front"),
    ],
)
def test_service_in_a_body_makes_a_member(text: str, people: list[str], body: str) -> None:
    found = links(text)
    for person in people:
        assert found.get((person, "MEMBER_OF", body)) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "John Bako served in Iraq before he moved to Goma.",
        "John Bako served in the war against the Kivu Front.",
        "John Bako served alongside Kivu Front fighters in Goma.",
        "John Bako served a sentence in the Kivu Front's prison.",
        "John Bako served with Idris Wali in Goma.",
        "The Kivu Front said John Bako had served the group as a spy.",
    ],
)
def test_no_membership_from_service_in_a_place_a_war_or_beside_a_body(text: str) -> None:
    found = links(text)
    assert not [k for k in found if k[1] == "MEMBER_OF" and found[k] == "asserted"], found


def test_service_denied_is_a_membership_denied() -> None:
    found = links("John Bako never served in the Kivu Front.")
    assert found.get(("john-bako", "MEMBER_OF", "kivu-front")) == "negated", found


@pytest.mark.parametrize(
    "text",
    [
        "The Valley Brigades answer to the Hezbollah Jihad Council, officials said on Monday.",
        "The Valley Brigades, which answers to the Hezbollah Jihad Council, seized the bridge on Monday.",
    ],
)
def test_a_body_that_answers_to_another_is_its_member(text: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert found.get(("Valley Brigades", "Hezbollah Jihad Council")) == "asserted", found


def test_a_person_who_answers_to_a_body_is_not_its_member() -> None:
    found = named_links("Omar Nasser answers to the Hezbollah Jihad Council, officials said on Monday.", "MEMBER_OF")
    assert ("Omar Nasser", "Hezbollah Jihad Council") not in found, found


def test_a_role_set_after_a_bracketed_acronym_is_of_the_name_before_it() -> None:
    found = links(
        "The convoy was stopped by fighters of the Northern Liberation Army (NLA), the armed wing of the "
        "People's Union of Zamora."
    )
    assert found.get(("northern-liberation-army", "MEMBER_OF", "peoples-union-of-zamora")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "body", "rel_type"),
    [
        (
            "The Treasury designated two senior officials of the Government of El Salvador, Maria Lopez Vega and "
            "Jorge Ruiz Mena, for corruption.",
            "el-salvador",
            "WORKS_FOR",
        ),
        (
            "On Monday the Treasury designated two senior officials of the Government of Guatemala, Maria Lopez and "
            "Jorge Ruiz, for corruption.",
            "guatemala",
            "WORKS_FOR",
        ),
        (
            "The Treasury sanctioned two senior officials of Hezbollah, Ali Haidar and Hassan Fadlallah, on Monday.",
            "hezbollah",
            "WORKS_FOR",
        ),
    ],
)
def test_officials_listed_after_their_body_work_for_it(text: str, body: str, rel_type: str) -> None:
    found = links(text)
    people = [(s, o) for s, k, o in found if k == rel_type and o == body]
    assert len(people) == 2, found
    assert not [k for k in found if k[1] in {"WORKS_FOR", "MEMBER_OF"} and k[2] != body], found


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Tehran arms the militia through the Quds Force of its Revolutionary Guards Corps.",
            "quds-force",
            "islamic-revolutionary-guard-corps",
        ),
        (
            "The unit reports to the 121st Research Center of the RGB's 5th Bureau.",
            "121st-research-center",
            "5th-bureau",
        ),
    ],
)
def test_a_body_named_as_a_part_of_the_next_is_its_member(text: str, part: str, whole: str) -> None:
    found = links(text)
    assert [o for s, k, o in found if s == part and k == "MEMBER_OF"] == [whole], found


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The Office of Foreign Assets Control of the Treasury Department listed him.", "OFAC", "US Treasury"),
        ("The Office of Foreign Assets Control (OFAC) of the Treasury listed him.", "OFAC", "Treasury"),
        ("Unit 29155 of the GRU planned the poisoning.", "Unit 29155", "GRU"),
        ("The 121st Research Center (RC121) of the RGB runs the hackers.", "121st Research Center", "RGB"),
    ],
)
def test_a_body_whose_name_heads_with_a_part_is_a_member_of_the_body_it_is_of(text: str, part: str, whole: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert [o for s, o in found if s in {part, "OFAC"}] == [whole], found


def test_a_chain_of_of_is_one_body_that_its_bracketed_short_name_names() -> None:
    found = named_links(
        "Unit 29155 of the Main Directorate of the General Staff of the Armed Forces (GRU) struck.", "MEMBER_OF"
    )
    assert ("Unit 29155", "GRU") in found, found
    assert not [s for s, o in found if s == "Main Directorate of the General Staff"], found
    found = named_links(
        "Unit 29155 of the Main Directorate of the General Staff of the Armed Forces struck.", "MEMBER_OF"
    )
    assert not found, found  # a name the parser split, with no short name to say which body it is


@pytest.mark.parametrize(
    "text",
    [
        "Designations are published by the Office of Financial Sanctions Implementation (OFSI), part of HM Treasury.",
        "Notices come from the Office of Financial Sanctions Implementation (OFSI), a part of HM Treasury.",
    ],
)
def test_a_body_closed_by_its_bracketed_short_name_is_a_member_of_what_it_is_part_of(text: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert ("OFSI", "HM Treasury") in found or ("Office of Financial Sanctions Implementation", "HM Treasury") in found


@pytest.mark.parametrize(
    "text",
    [
        "Troops clashed with the Syrian Democratic Forces (SDF), part of a wider offensive by Turkey.",
        "Troops clashed with the Syrian Democratic Forces (SDF), the main rival of the Syrian National Army.",
    ],
)
def test_a_body_closed_by_a_bracket_is_no_member_of_an_act_or_a_rival(text: str) -> None:
    assert not named_links(text, "MEMBER_OF"), text


@pytest.mark.parametrize(
    "text",
    [
        "The Office of Foreign Assets Control and the Department of the Treasury issued a notice.",
        "The Ministry of Defence of Russia denied the report.",
        "The Office of the President of Kenya condemned the attack.",
    ],
)
def test_a_body_beside_another_or_of_a_state_is_no_member_by_its_name(text: str) -> None:
    assert not named_links(text, "MEMBER_OF"), text


def test_groups_a_clause_lists_bear_the_hyphen_before_their_noun() -> None:
    found = links(
        "Officials blamed the Northern Front, an umbrella of Iran-aligned armed groups that includes the Red Hand "
        "Brigade and the Tiger Battalion, for the raid."
    )
    for group in ("red-hand-brigade", "tiger-battalion"):
        assert {(group, "AFFILIATED_WITH", "iran"), ("iran", "AFFILIATED_WITH", group)} & set(found), found


def test_flying_or_writing_for_a_body_is_working_for_it() -> None:
    found = links("Mark Hale, who flew for the Kenyan airline Safari Air, was released on Monday.")
    assert found.get(("mark-hale", "WORKS_FOR", "safari-air")) == "asserted", found
    found = links("He wrote for three hours before flying for talks in Doha with Hamas.")
    assert not [k for k in found if k[1] == "WORKS_FOR"], found


def test_a_member_of_a_named_part_is_one_of_its_owner_too() -> None:
    found = links("The front is led by Carlos Vera, a former commander of the FARC's Southern Bloc.")
    assert found.get(("carlos-vera", "MEMBER_OF", "southern-bloc")) == "asserted", found
    assert found.get(("carlos-vera", "MEMBER_OF", "farc")) == "asserted", found


def test_a_role_after_a_quoted_alias_is_the_named_person_s() -> None:
    found = links('The cartel is led by Jorge Ruiz, alias "Tigre", a former commander of the Sinaloa Cartel.')
    assert found.get(("jorge-ruiz", "MEMBER_OF", "sinaloa-cartel")) == "asserted", found


def test_an_outlet_of_a_group_is_one_of_its_parts() -> None:
    found = links("The Manar News Agency, the propaganda outlet of Hezbollah, published a statement.")
    assert found.get(("manar-news-agency", "MEMBER_OF", "hezbollah")) == "asserted", found


def test_a_reservist_of_an_army_is_one_of_its_members() -> None:
    found = links("John Miller, a reservist of the Kenya Defence Forces, was killed in the attack.")
    assert found.get(("john-miller", "MEMBER_OF", "kenya-defence-forces")) == "asserted", found


@pytest.mark.parametrize("role", ["part", "a member"])
def test_a_group_in_the_named_coalition_is_its_member_not_the_coalition_s(role: str) -> None:
    found = links(f"The Red Hand Brigade, {role} of the Northern Alliance coalition, attacked the town.")
    assert found.get(("red-hand-brigade", "MEMBER_OF", "northern-alliance")) == "asserted", found
    assert ("red-hand-brigade", "MEMBER_OF", "coalition") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Alliance, whose members include the Red Hand Brigade and the Tiger Battalion, attacked the town.",
        "Members of the Northern Alliance include the Red Hand Brigade and the Tiger Battalion.",
    ],
)
def test_the_members_a_body_s_members_include_belong_to_it(text: str) -> None:
    found = links(text)
    for group in ("red-hand-brigade", "tiger-battalion"):
        assert found.get((group, "MEMBER_OF", "northern-alliance")) == "asserted", found


def test_a_listed_official_s_own_staff_title_decides_the_link() -> None:
    found = links("Hamas figures, including spokesman Hazem Qassem and Osama Hamdan, spoke to reporters.")
    assert found.get(("hazem-qassem", "WORKS_FOR", "hamas")) == "asserted", found
    assert found.get(("osama-hamdan", "MEMBER_OF", "hamas")) == "asserted", found
    assert ("hazem-qassem", "MEMBER_OF", "hamas") not in found, found


def test_the_groups_a_part_shares_its_coalition_with_are_parts_of_it_too() -> None:
    found = links("The Karen National Union is part of the Northern Freedom Alliance with the Chin Brotherhood.")
    for group in ("karen-national-union", "chin-brotherhood"):
        assert found.get((group, "MEMBER_OF", "northern-freedom-alliance")) == "asserted", found


def test_a_commander_of_a_group_with_another_shares_no_membership() -> None:
    found = links("Walid Haddad, a commander of Hezbollah with Hamas ties, addressed the crowd.")
    assert ("hamas", "MEMBER_OF", "hezbollah") not in found, found


def test_a_coalition_that_unites_groups_has_them_as_members() -> None:
    found = links("The Northern Freedom Alliance unites the Chin Brotherhood and the Karen National Union.")
    for group in ("karen-national-union", "chin-brotherhood"):
        assert found.get((group, "MEMBER_OF", "northern-freedom-alliance")) == "asserted", found


def test_groups_that_united_into_a_coalition_are_still_its_members() -> None:
    found = links("The Chin Brotherhood and the Karen National Union united into the Northern Freedom Alliance.")
    assert ("chin-brotherhood", "MEMBER_OF", "northern-freedom-alliance") in found, found


def test_the_figures_a_group_counts_among_its_own_are_its_members() -> None:
    found = links(
        "The Allied Democratic Forces was formed in Uganda in 1995. Among its senior commanders were Musa Baluku and "
        "Jamil Mukulu."
    )
    for person in ("seka-musa-baluku", "jamil-mukulu"):
        assert found.get((person, "MEMBER_OF", "allied-democratic-forces")) == "asserted", found


def test_a_group_whose_fighters_are_based_in_two_places_is_based_in_both() -> None:
    found = links("Jaish al-Adl operates along the border. Its fighters are based in Baluchistan, and in Sistan.")
    for place in ("balochistan", "sistan"):
        assert ("jaish-al-adl", "BASED_IN", place) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Freedom Alliance, a coalition dominated by the Chin Brotherhood, took the town.",
        "The Northern Freedom Alliance is a coalition led by the Chin Brotherhood.",
    ],
)
def test_a_group_that_dominates_or_leads_a_coalition_is_its_member(text: str) -> None:
    found = links(text)
    assert found.get(("chin-brotherhood", "MEMBER_OF", "northern-freedom-alliance")) == "asserted", found


def test_a_coalition_led_by_a_person_makes_no_member() -> None:
    found = links("The Northern Freedom Alliance, a coalition led by Saw Htoo, took the town.")
    assert not any(t == "MEMBER_OF" for _, t, _ in found), found


def test_an_official_of_an_armed_group_works_for_it() -> None:
    found = links("The Treasury also designated Karim Haddad, a Beirut-based Hezbollah official who moved the funds.")
    assert found.get(("karim-haddad", "WORKS_FOR", "hezbollah")) == "asserted", found
    assert ("karim-haddad", "MEMBER_OF", "hezbollah") not in found, found


def test_a_treasury_secretary_leads_the_treasury() -> None:
    found = links(
        "Washington widened its sanctions on Friday, and Treasury Secretary Mark Delaney said more would follow."
    )
    assert found.get(("mark-delaney", "LEADS", "us-treasury")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "link", "wrong"),
    [
        (
            "Hezbollah's chief, Hassan Nasrallah, spoke at the funeral on Friday. Karim Nasser, a long-time member of "
            "the Jihad Council, was buried beside his father. The group's spokesman, Ali Haidar, said the killing "
            "would not go unanswered.",
            ("ali-haidar", "WORKS_FOR", "hezbollah"),
            ("ali-haidar", "WORKS_FOR", "hezbollah-jihad-council"),
        ),
        (
            "Wagner's fighters reached Mali in 2021. Western officials tied the poisoning in Sofia to Unit 29155. "
            "The mercenary group was led by Dmitri Valko until his death.",
            ("dmitri-valko", "LEADS", "wagner-group"),
            ("dmitri-valko", "LEADS", "unit-29155"),
        ),
    ],
)
def test_the_group_is_the_whole_organisation_not_a_council_or_unit_named_since(
    text: str, link: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = links(text)
    assert found.get(link) == "asserted", found
    assert wrong not in found, found


def test_a_relative_clause_after_the_first_of_two_names_describes_only_that_name() -> None:
    found = links("Omar Dakhil, who heads the Kraze Baryè gang, and Pierre Lune, the leader of 400 Mawozo, met today.")
    assert found.get(("omar-dakhil", "LEADS", "kraze-barye")) == "asserted", found
    assert found.get(("pierre-lune", "LEADS", "400-mawozo")) == "asserted", found
    assert ("pierre-lune", "LEADS", "kraze-barye") not in found, found


def test_a_relative_clause_after_two_names_describes_both() -> None:
    found = links("Omar Dakhil and Pierre Lune, who run the 400 Mawozo gang, were arrested on Monday.")
    assert ("omar-dakhil", "LEADS", "400-mawozo") in found, found
    assert ("pierre-lune", "LEADS", "400-mawozo") in found, found


def test_titles_coordinated_in_an_apposition_are_the_named_persons_not_a_leaders_group() -> None:
    found = links(
        "Walid Haddad leads the Ansar Brigade. Karim Nasser, Walid Haddad's close aide and a member of the Jihad "
        "Council, was arrested at the airport on Monday."
    )
    assert found.get(("karim-nasser", "MEMBER_OF", "hezbollah-jihad-council")) == "asserted", found
    assert ("ansar-brigade", "MEMBER_OF", "hezbollah-jihad-council") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah buried Karim Nasser on Friday. He had commanded its naval forces since 2016.",
        "Karim Nasser, a veteran of Hezbollah, led its special forces for a decade.",
    ],
)
def test_leading_an_unnamed_part_a_pronoun_owns_is_membership_of_the_owner(text: str) -> None:
    found = links(text)
    assert found.get(("karim-nasser", "MEMBER_OF", "hezbollah")) == "asserted", found
    assert ("karim-nasser", "LEADS", "hezbollah") not in found, found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "A spokesman for the Kenya Defence Forces, Paul Njuguna, said the attack was repelled.",
            ("paul-njuguna", "WORKS_FOR", "kenya-defence-forces"),
        ),
        ("A spokeswoman for Hamas, Leila Haddad, said the talks had failed.", ("leila-haddad", "WORKS_FOR", "hamas")),
    ],
)
def test_a_name_set_after_the_body_a_role_is_for_holds_the_role(text: str, link: tuple[str, str, str]) -> None:
    assert links(text).get(link) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Omar Dakhil, the commander of the Sinai Brigade, surrendered in 2022 with his deputy, Karim Nasser.",
        "Omar Dakhil leads the Sinai Brigade. He fled to Turkey with his deputy, Karim Nasser.",
    ],
)
def test_the_deputy_of_a_leader_who_is_the_clauses_subject_deputises_his_group(text: str) -> None:
    found = links(text)
    assert found.get(("karim-nasser", "DEPUTY_OF", "sinai-brigade")) == "asserted", found


def test_a_vice_president_of_a_body_the_possessive_refers_to_deputises_it() -> None:
    found = links("The Harbor Front was formed in 2017. Omar Dalo, a cleric, became the front's vice-president.")
    assert found.get(("omar-dalo", "DEPUTY_OF", "harbor-front")) == "asserted", found


def test_the_deputy_of_someone_else_in_the_clause_is_not_the_subjects_deputy() -> None:
    found = links("Omar Dakhil leads the Sinai Brigade. He met Leila Haddad and her deputy, Karim Nasser.")
    assert ("karim-nasser", "DEPUTY_OF", "sinai-brigade") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Dakhil leads Tren de Aragua. His lieutenants Karim Nasser and Pedro Salas were charged in Miami.",
        "Omar Dakhil leads Tren de Aragua. Two of his lieutenants, Karim Nasser and Pedro Salas, were charged.",
        "Omar Dakhil leads Tren de Aragua. His lieutenants, including Karim Nasser and Pedro Salas, were charged.",
    ],
)
def test_a_leaders_lieutenants_are_members_of_the_group_he_leads(text: str) -> None:
    found = links(text)
    assert found.get(("karim-nasser", "MEMBER_OF", "tren-de-aragua")) == "asserted", found
    assert found.get(("pedro-salas", "MEMBER_OF", "tren-de-aragua")) == "asserted", found


def test_deputies_counted_after_a_head_named_before_are_deputies_of_what_he_heads() -> None:
    found = links(
        "Omar Dakhil had headed the Sinai Brigade since 2016. Two of his deputies, Karim Nasser and Pedro Salas, were "
        "also arrested."
    )
    assert ("karim-nasser", "DEPUTY_OF", "sinai-brigade") in found, found
    assert ("pedro-salas", "DEPUTY_OF", "sinai-brigade") in found, found


def test_a_lieutenant_in_an_armed_group_is_a_member() -> None:
    found = links("Karim Nasser, a top lieutenant in Tren de Aragua, was extradited on Friday.")
    assert found.get(("karim-nasser", "MEMBER_OF", "tren-de-aragua")) == "asserted", found
    assert ("karim-nasser", "WORKS_FOR", "tren-de-aragua") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Dakhil, a veteran ideologue of Hamas, was released from prison in May.",
        "Omar Dakhil, a cleric who was once a propagandist for Hamas, left Gaza in 2015.",
    ],
)
def test_an_ideologue_or_propagandist_of_a_group_is_a_member(text: str) -> None:
    assert links(text).get(("omar-dakhil", "MEMBER_OF", "hamas")) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fought the army in May. The group, known as the Northern Front, is led by Omar Dakhil, a cleric.",
        "A new group called the Northern Front is led by Omar Dakhil.",
    ],
)
def test_a_group_noun_named_by_a_participle_is_the_group_named(text: str) -> None:
    found = links(text)
    assert found.get(("omar-dakhil", "LEADS", "northern-front")) == "asserted", found
    assert ("omar-dakhil", "LEADS", "hamas") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Dakhil rose through the ranks of Hamas before he was sent to Doha.",
        "Omar Dakhil, who climbed through the ranks of Hamas, was buried on Sunday.",
    ],
)
def test_rising_through_a_groups_ranks_is_membership(text: str) -> None:
    assert links(text).get(("omar-dakhil", "MEMBER_OF", "hamas")) == "asserted"


def test_the_ranks_of_a_group_as_a_subject_make_no_one_a_member() -> None:
    found = links("The ranks of Hamas swelled after Omar Dakhil spoke in Gaza.")
    assert ("omar-dakhil", "MEMBER_OF", "hamas") not in found, found


def test_a_unit_named_after_the_groups_possessive_is_the_one_its_commander_heads() -> None:
    found = links("Hezbollah buried Ali Karaki, who headed the group's elite Radwan Force for a decade.")
    assert found.get(("ali-karaki", "LEADS", "radwan-force")) == "asserted", found
    assert ("ali-karaki", "LEADS", "hezbollah") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Yusuf Warsame, the man in charge of the Amniyat, was detained near the port.",
        "Yusuf Warsame, who is in charge of the Amniyat, was detained near the port.",
        "Al-Shabaab put Yusuf Warsame in charge of the Amniyat two years ago.",
        "Yusuf Warsame has been at the helm of the Amniyat since 2019.",
    ],
)
def test_the_person_in_charge_of_a_body_leads_it(text: str) -> None:
    found = links(text)
    assert found.get(("yusuf-warsame", "LEADS", "amniyat")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Yusuf Warsame took command of the Amniyat after the strike.",
        "Yusuf Warsame, who assumed the leadership of the Amniyat in 2019, was detained near the port.",
    ],
)
def test_the_person_who_takes_charge_of_a_body_leads_it(text: str) -> None:
    found = links(text)
    assert found.get(("yusuf-warsame", "LEADS", "amniyat")) == "asserted", found


def test_taking_control_of_a_bodys_operations_or_command_of_an_act_leads_nothing() -> None:
    found = links("Yusuf Warsame took control of the Amniyat's operations and took command of the raid.")
    assert not {k for s, k, _ in found if s == "yusuf-warsame" and k in {"LEADS", "MEMBER_OF"}}, found


@pytest.mark.parametrize(
    "text",
    [
        "In May 2024 Yusuf Warsame was announced as head of the Amniyat.",
        "The Amniyat announced Yusuf Warsame as its new head on Friday.",
    ],
)
def test_the_person_announced_as_a_bodys_head_leads_it(text: str) -> None:
    found = links(text)
    assert found.get(("yusuf-warsame", "LEADS", "amniyat")) == "asserted", found


def test_a_lawmaker_for_a_party_is_its_member() -> None:
    found = links("Walid Haddad, a former senator for the Liberal Party, was arrested at his ranch.")
    assert found.get(("walid-haddad", "MEMBER_OF", "liberal-party")) == "asserted", found
    assert ("walid-haddad", "WORKS_FOR", "liberal-party") not in found, found


def test_a_lawmaker_in_a_chamber_works_for_it() -> None:
    found = links("Walid Haddad, a senator in the Liberian Senate, was sanctioned on Monday.")
    assert ("walid-haddad", "WORKS_FOR", "liberian-senate") in found, found
    assert ("walid-haddad", "MEMBER_OF", "liberian-senate") not in found, found


def test_the_person_in_charge_of_an_unnamed_part_is_a_member_of_the_whole() -> None:
    found = links("Yusuf Warsame, who is in charge of Hezbollah's naval sector, was detained near the port.")
    assert ("yusuf-warsame", "MEMBER_OF", "hezbollah") in found, found
    assert ("yusuf-warsame", "LEADS", "hezbollah") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Yusuf Warsame, the commander of al-Shabaab's coastal front, was detained near the port.",
        "Yusuf Warsame, the head of al-Shabaab's military wing, was detained near the port.",
        "Police detained Yusuf Warsame, the leader of al-Shabaab's Kismayo cell, near the port.",
        "Yusuf Warsame, a member of al-Shabaab's armed wing, was detained near the port.",
    ],
)
def test_the_head_or_member_of_an_owned_wing_or_front_is_a_member_of_the_owner(text: str) -> None:
    found = links(text)
    assert found.get(("yusuf-warsame", "MEMBER_OF", "al-shabaab")) == "asserted", found
    assert ("yusuf-warsame", "LEADS", "al-shabaab") not in found, found


def test_the_head_of_an_affiliate_is_no_member_of_the_group_it_is_tied_to() -> None:
    found = links("Yusuf Warsame, the head of an al-Shabaab affiliate, was detained near the port.")
    assert ("yusuf-warsame", "MEMBER_OF", "al-shabaab") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Yusuf Warsame, the al-Shabaab leader, was captured together with Abdi Nur, his second-in-command.",
        "The raid killed Yusuf Warsame, the al-Shabaab leader, together with Abdi Nur, his deputy.",
        "Troops detained Yusuf Warsame, the al-Shabaab leader, with his deputy, Abdi Nur.",
    ],
)
def test_a_companions_deputy_is_the_deputy_of_the_group_the_companion_leads(text: str) -> None:
    found = links(text)
    assert found.get(("abdi-nur", "DEPUTY_OF", "al-shabaab")) == "asserted", found
    assert ("abdi-nur", "LEADS", "al-shabaab") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Last spring ISWAP appointed its wali, Abu Musab al-Barnawi, after a bitter feud.",
        "Islamic State named Abu Musab al-Barnawi as ISWAP's leader after the feud.",
    ],
)
def test_a_person_appointed_to_a_groups_head_role_leads_it(text: str) -> None:
    found = links(text)
    assert found.get(("abu-musab-al-barnawi", "LEADS", "islamic-state-west-africa-province")) == "asserted", found
    assert ("abu-musab-al-barnawi", "LEADS", "isis") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, Colonel Amadou Sadi detained the president and declared himself head of the National Salvation "
        "Council.",
        "Colonel Amadou Sadi proclaimed himself the leader of the National Salvation Council after the mutiny.",
    ],
)
def test_a_person_who_declares_himself_a_bodys_head_leads_it(text: str) -> None:
    found = links(text)
    assert found.get(("amadou-sadi", "LEADS", "national-salvation-council")) == "asserted", found


def test_a_body_that_declares_itself_something_leads_nothing() -> None:
    found = links("The National Salvation Council declared itself the government after the mutiny.")
    assert not [k for _, k, _ in found if k == "LEADS"], found


def test_the_demonym_of_a_groups_own_leaders_listed_is_their_nationality() -> None:
    found = links(
        "The Red Hand Front was sanctioned on Monday, along with its Syrian leaders, including Omar Saleh and "
        "Tarek Mansour."
    )
    assert found.get(("omar-saleh", "MEMBER_OF", "red-hand-front")) == "asserted", found
    assert not any(o == "syria" for _, _, o in found), found


def test_an_unnamed_appointer_gives_no_body_to_the_role() -> None:
    found = links("A faction of Hamas commanders named Omar Hassan as interim leader last week.")
    assert ("omar-hassan", "LEADS", "hamas") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas lost ground in the north. Yusuf Warsame, one of its leaders, was detained at the border.",
        "Hamas lost ground in the north. Yusuf Warsame, one of the group's commanders, was detained at the border.",
        "Yusuf Warsame, among Hamas's most powerful figures, was detained at the border.",
        "Yusuf Warsame is among Hamas's most powerful figures.",
    ],
)
def test_one_counted_among_a_groups_leaders_or_figures_is_a_member(text: str) -> None:
    found = links(text)
    assert found.get(("yusuf-warsame", "MEMBER_OF", "hamas")) == "asserted", found
    assert ("yusuf-warsame", "LEADS", "hamas") not in found, found


def test_the_head_named_one_of_its_founders_stays_its_head_only() -> None:
    found = links("Hamas is led by its chief, Yusuf Warsame, one of its founders.")
    assert ("yusuf-warsame", "LEADS", "hamas") in found, found
    assert ("yusuf-warsame", "MEMBER_OF", "hamas") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Yusuf Warsame, Hezbollah's former head of security, was detained at the border.",
        "Yusuf Warsame, the head of intelligence of Hezbollah, was detained at the border.",
        "Yusuf Warsame, Hezbollah's head of international relations, was detained at the border.",
        "Yusuf Warsame, head of foreign affairs at Hezbollah, was detained at the border.",
    ],
)
def test_the_head_of_a_groups_function_is_one_of_its_members_not_its_head(text: str) -> None:
    found = links(text)
    assert found.get(("yusuf-warsame", "MEMBER_OF", "hezbollah")) == "asserted", found
    assert ("yusuf-warsame", "LEADS", "hezbollah") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "A lawyer for the Red Hand Brigade's political umbrella, the Northern Resistance Front, denied the charges.",
        "The Northern Resistance Front, the Red Hand Brigade's umbrella, denied the charges.",
        "The Red Hand Brigade's parent organisation, the Northern Resistance Front, denied the charges.",
    ],
)
def test_the_body_set_beside_a_groups_umbrella_has_the_group_as_a_member(text: str) -> None:
    found = links(text)
    assert found.get(("red-hand-brigade", "MEMBER_OF", "northern-resistance-front")) == "asserted", found
    assert ("northern-resistance-front", "MEMBER_OF", "red-hand-brigade") not in found, found


def test_a_groups_coalition_partner_is_no_umbrella_over_it() -> None:
    found = links("The Red Hand Brigade's coalition partner, the Northern Resistance Front, denied the charges.")
    assert ("red-hand-brigade", "MEMBER_OF", "northern-resistance-front") not in found, found


@pytest.mark.parametrize("verb", ["headed", "led", "chaired"])
def test_a_participle_set_off_after_a_spokesman_for_a_body_describes_the_body(verb: str) -> None:
    found = links(f"A spokesman for the Interior Ministry, {verb} by General Peter Kamau, said the police would act.")
    assert found.get(("peter-kamau", "LEADS", "interior-ministry")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mariam Nasser, named president of the Patriotic Front in 2019, was arrested at the border.", "LEADS"),
        ("Mariam Nasser, named deputy leader of the Patriotic Front in 2019, was arrested at the border.", "DEPUTY_OF"),
        ("Mariam Nasser, elected vice-chairman of the Patriotic Front in 2019, was arrested.", "DEPUTY_OF"),
    ],
)
def test_a_participle_of_appointment_set_off_after_a_name_gives_the_person_the_role(text: str, role: str) -> None:
    found = links(text)
    assert found.get(("mariam-nasser", role, "patriotic-front")) == "asserted", found


def test_a_body_named_after_someone_is_not_appointed() -> None:
    found = links("A faction of the Patriotic Front named the Red Brigade attacked the town.")
    assert not [k for s, k, _ in found if s == "red-brigade" and k in {"LEADS", "WORKS_FOR"}], found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "The Northern Corps is overseen by General Ali Musa, a former interior minister.",
            ("ali-musa", "LEADS", "northern-corps"),
        ),
        (  # overseeing a part of a body makes one of its people, not its head
            "Ali Musa, who oversees the Mountain Front's finances, was arrested on Monday.",
            ("ali-musa", "MEMBER_OF", "mountain-front"),
        ),
    ],
)
def test_whoever_oversees_a_body_leads_it(text: str, link: tuple[str, str, str]) -> None:
    found = links(text)
    assert found.get(link) == "asserted", found
    assert ("ali-musa", "LEADS", "mountain-front") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "In May 2023, an army raid near Saravena killed Jorge Pineda, the commander of the ELN's river police.",
        "Ahmad Sayegh, the head of Hezbollah's shura council, was killed in an Israeli strike.",
    ],
)
def test_the_head_of_a_body_a_groups_possessive_owns_is_a_member_not_its_leader(text: str) -> None:
    found = links(text)
    person, group = ("jorge-pineda", "eln") if "ELN" in text else ("ahmad-sayegh", "hezbollah")
    assert found.get((person, "MEMBER_OF", group)) == "asserted", found
    assert (person, "LEADS", group) not in found, found


def test_the_head_of_the_group_itself_still_leads_it() -> None:
    found = links("Ahmad Sayegh, the head of Hezbollah, was killed in an Israeli strike.")
    assert found.get(("ahmad-sayegh", "LEADS", "hezbollah")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Ali Hassan, the chief of the Hezbollah general staff, spoke on Monday.",
        "Ali Hassan, the commander of the Hezbollah air force, spoke on Monday.",
    ],
)
def test_the_head_of_a_part_a_group_name_qualifies_is_one_of_its_members(text: str) -> None:
    found = links(text)
    assert found.get(("ali-hassan", "MEMBER_OF", "hezbollah")) == "asserted", found
    assert ("ali-hassan", "LEADS", "hezbollah") not in found, found


def test_the_head_of_a_group_s_forces_leads_the_group() -> None:
    assert ("ali-hassan", "LEADS", "hezbollah") in links("Ali Hassan, the commander of the Hezbollah forces, spoke.")


def test_the_people_named_after_a_counted_role_of_a_head_are_his_deputies() -> None:
    found = links(
        "Ivan Petrenko, who has headed the State Security Service since 2015, said on Friday that three of his "
        "deputies, Oleg Marchenko and Pavel Rudenko, had been arrested."
    )
    assert ("oleg-marchenko", "DEPUTY_OF", "state-security-service") in found, found
    assert ("pavel-rudenko", "DEPUTY_OF", "state-security-service") in found, found


def test_a_counted_role_of_a_listed_group_is_the_group_s_not_the_subject_s() -> None:
    found = links(
        "Last May the Treasury designated al-Shabaab and two of its leaders, Yusuf Hashi Gure and Omar Dhere."
    )
    assert ("yusuf-hashi-gure", "MEMBER_OF", "al-shabaab") in found, found
    assert ("yusuf-hashi-gure", "WORKS_FOR", "treasury") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "In 2013 Hezbollah's secretary-general, Somchai Rattana, signed the truce.",
        "In 2013 Hezbollah's then secretary-general, Somchai Rattana, signed the truce.",
    ],
)
def test_a_heads_title_after_a_possessive_and_before_the_name_leads_whatever_the_parse(text: str) -> None:
    found = links(text)
    assert ("somchai-rattana", "LEADS", "hezbollah") in found, found


def test_a_counted_role_owned_by_the_group_the_sentence_refers_to_lists_its_holders() -> None:
    found = links(
        "Hezbollah is an armed group based in Lebanon. The group also called for the release of two of its jailed "
        "founders, Alcides Oviedo and Carmen Villalba."
    )
    assert ("alcides-oviedo", "MEMBER_OF", "hezbollah") in found, found
    assert ("carmen-villalba", "MEMBER_OF", "hezbollah") in found, found


def test_a_counted_role_whose_its_reaches_past_an_unnamed_body_lists_no_holders() -> None:
    found = links(
        "Hezbollah is an armed group based in Lebanon. The army said two of its commanders, Alcides Oviedo and "
        "Carmen Villalba, were killed."
    )
    assert not any(s == "alcides-oviedo" and o == "hezbollah" for s, _, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Among the alliance's leaders are Walid Haddad of Kataib Hezbollah and Omar Saleh of Asaib Ahl al-Haq.",
        "Other militia leaders, including Walid Haddad of Kataib Hezbollah, joined the talks later.",
    ],
)
def test_each_leader_a_plural_role_lists_with_a_body_of_his_own_leads_it(text: str) -> None:
    found = links(text)
    assert ("walid-haddad", "LEADS", "kataib-hezbollah") in found, found
    assert ("walid-haddad", "MEMBER_OF", "kataib-hezbollah") not in found, found


def test_a_name_with_a_body_but_no_leaders_listing_it_is_a_member() -> None:
    found = links("Walid Haddad of Kataib Hezbollah met the envoys on Sunday.")
    assert ("walid-haddad", "LEADS", "kataib-hezbollah") not in found, found


def test_fighters_including_a_list_name_members_of_the_group_told_of_however_including_is_parsed() -> None:
    found = links(
        "The Lions of Qaraqosh rose to prominence in 2021. The group was built around fighters including Omar Saleh, "
        "Tarek Mansour and Walid Haddad."
    )
    members = {s for s, t, o in found if t == "MEMBER_OF" and o == "lions-of-qaraqosh"}
    assert members == {"omar-saleh", "tarek-mansour", "walid-haddad"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The Red Hand Front was founded in 2012. Police arrested a senior member of the group, Omar Saleh, on Monday.",
        "The Red Hand Front was founded in 2012. Police arrested another senior member of the group, Omar Saleh, on "
        "Monday.",
    ],
)
def test_a_name_after_a_role_of_the_group_is_the_role_holder_not_the_group(text: str) -> None:
    kg = graph_of(text)
    assert kg.g.nodes["omar-saleh"]["label"] == "Person"
    assert ("omar-saleh", "MEMBER_OF", "red-hand-front") in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Red Hand Front's political wing chief, Omar Saleh, was arrested on Monday.",
        "The Red Hand Front was founded in 2012. The group's military wing chief, Omar Saleh, was arrested on Monday.",
    ],
)
def test_the_chief_of_a_groups_wing_is_a_member_of_the_group_not_its_head(text: str) -> None:
    found = links(text)
    assert ("omar-saleh", "MEMBER_OF", "red-hand-front") in found, found
    assert ("omar-saleh", "LEADS", "red-hand-front") not in found, found


def test_a_states_intelligence_chief_still_works_for_the_state() -> None:
    found = links("Iraq's intelligence chief, Omar Saleh, met the delegation on Monday.")
    assert ("omar-saleh", "WORKS_FOR", "iraq") in found, found
    assert not any(s == "omar-saleh" and t == "MEMBER_OF" for s, t, _ in found), found


def test_groups_listed_between_dashes_after_an_alliance_are_its_members() -> None:
    found = links(
        "The Northern Alliance — the Red Hand Front, the Valley Brigades and the Southern Revolutionary Army — "
        "launched an offensive in May."
    )
    members = {s for s, t, o in found if t == "MEMBER_OF" and o == "northern-alliance"}
    assert members == {"red-hand-front", "valley-brigades", "southern-revolutionary-army"}, found


def test_one_description_between_dashes_lists_no_members() -> None:
    found = links("The Northern Alliance — long the Red Hand Front's rival — launched an offensive in May.")
    assert ("red-hand-front", "MEMBER_OF", "northern-alliance") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Red Hand Front's leadership includes Omar Saleh, Tarek Mansour and Walid Haddad.",
        "The Red Hand Front was founded in 2012. Its leadership includes Omar Saleh, Tarek Mansour and Walid Haddad.",
        "The Red Hand Front was founded in 2012. Command is exercised by a leadership that includes Omar Saleh, "
        "Tarek Mansour and Walid Haddad.",
    ],
)
def test_the_people_a_groups_leadership_includes_are_its_members(text: str) -> None:
    members = {s for s, t, o in links(text) if t == "MEMBER_OF" and o == "red-hand-front"}
    assert members == {"omar-saleh", "tarek-mansour", "walid-haddad"}, members


@pytest.mark.parametrize(
    "text",
    [
        "The Red Hand Front leadership, including Omar Saleh, Tarek Mansour and Walid Haddad, stayed in the hills.",
        "Senior figures in the Red Hand Front's leadership - among them Omar Saleh, Tarek Mansour and Walid Haddad - "
        "have long run the armed wing.",
        "The Red Hand Front's leadership, among them Omar Saleh, Tarek Mansour and Walid Haddad, met in the hills.",
    ],
)
def test_the_examples_set_off_after_a_groups_leadership_are_its_members(text: str) -> None:
    members = {s for s, t, o in links(text) if t == "MEMBER_OF" and o == "red-hand-front"}
    assert members == {"omar-saleh", "tarek-mansour", "walid-haddad"}, members


def test_a_listed_leader_titled_by_another_body_is_not_the_groups() -> None:
    text = (
        "The Red Hand Front seized Kordo on Monday. The group's leadership includes the Patriotic Union "
        "coordinator Tomas Vela, the military commander Luis Okafor and the military spokesman Peter Lanz."
    )
    found = links(text)
    assert ("luis-okafor", "MEMBER_OF", "red-hand-front") in found, found
    assert not any(s == "tomas-vela" and o == "red-hand-front" for s, _, o in found), found


def test_a_states_leadership_lists_no_members() -> None:
    found = links("Iran's leadership, including Ali Khamenei, condemned the strike on Monday.")
    assert not any(t == "MEMBER_OF" for _, t, _ in found), found


def test_a_set_off_cue_that_names_no_one_first_lists_no_members() -> None:
    text = "Rivalries in the Red Hand Front leadership, including between Omar Saleh's wing and Tarek Mansour's, grew."
    members = {s for s, t, o in links(text) if t == "MEMBER_OF" and o == "red-hand-front"}
    assert not members, members


def test_a_title_in_a_leadership_list_gives_the_holders_own_type() -> None:
    found = links(
        "The Red Hand Front was founded in 2012. The group's leadership includes the military commander Omar Saleh "
        "and the spokesman Tarek Mansour."
    )
    assert ("omar-saleh", "MEMBER_OF", "red-hand-front") in found, found
    assert ("tarek-mansour", "WORKS_FOR", "red-hand-front") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ankara regards the Valley Brigades, the backbone of the Northern Alliance, as a terrorist group.",
        "The Valley Brigades, the Northern Alliance's backbone, seized the town.",
    ],
)
def test_the_backbone_of_an_alliance_is_its_member(text: str) -> None:
    assert ("valley-brigades", "MEMBER_OF", "northern-alliance") in links(text)


def test_joining_a_list_of_banned_groups_makes_no_one_a_member_of_the_examples() -> None:
    found = links(
        "The Red Hand Front joins more than 80 organisations proscribed in Britain, including the Valley Brigades "
        "and the Southern Revolutionary Army."
    )
    assert not any(s == "red-hand-front" and t == "MEMBER_OF" for s, t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Saleh joined the ranks of the Red Hand Front in 2015.",
        "Omar Saleh joined the Red Hand Front in 2015.",
    ],
)
def test_joining_a_group_or_its_ranks_makes_a_member(text: str) -> None:
    assert ("omar-saleh", "MEMBER_OF", "red-hand-front") in links(text)


def test_joining_a_groups_fighters_makes_a_member_of_the_group() -> None:
    assert ("omar-saleh", "MEMBER_OF", "red-hand-front") in links(
        "Omar Saleh joined the Red Hand Front fighters in 2023."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Omar Saleh, a former commander of the Valley Brigades who joined the Red Hand Front in 2015, was killed on "
        "Monday.",
        "In May 2015, Omar Saleh, a former spokesman and commander of the Valley Brigades who had joined the Red Hand "
        "Front, pledged allegiance to the Southern Revolutionary Army.",
    ],
)
def test_who_after_the_group_of_one_persons_role_is_that_person(text: str) -> None:
    found = links(text)
    assert ("omar-saleh", "MEMBER_OF", "red-hand-front") in found, found
    assert ("valley-brigades", "MEMBER_OF", "red-hand-front") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Fighters from the Valley Brigades who joined the Red Hand Front were killed.",
        "Former members of the Valley Brigades who pledged allegiance to the Red Hand Front were arrested.",
        "The Harbor Brigade was set up by former members of the Sentinel Front and the Valley Brigades, who pledged "
        "allegiance to the Red Hand Front.",
        "The Harbor Brigade was set up by former members of the Valley Brigades and Afghan militants who pledged "
        "allegiance to the Red Hand Front.",
    ],
)
def test_who_after_the_group_of_its_people_is_none_of_them_named(text: str) -> None:
    found = links(text)
    assert not any(o == "red-hand-front" and t == "MEMBER_OF" for _, t, o in found), found


def test_members_a_group_names_in_a_clause_after_their_count_are_its_members() -> None:
    found = links(
        "The Red Hand Front said on Thursday that two of its fighters, whom it identified as Omar Saleh and Tarek "
        "Mansour, had stormed the base."
    )
    members = {s for s, t, o in found if t == "MEMBER_OF" and o == "red-hand-front"}
    assert members == {"omar-saleh", "tarek-mansour"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Walid Haddad, the head of the Red Hand Front's Shura Council, was arrested on Friday.",
        "The chief of the Red Hand Front's Shura Council, Walid Haddad, was arrested on Friday.",
        "The Red Hand Front lost a town. Walid Haddad, who heads the group's Shura Council, was arrested on Friday.",
        "The Red Hand Front lost a town. Walid Haddad, head of its Shura Council, was arrested on Friday.",
    ],
)
def test_the_head_of_a_named_part_of_an_armed_group_is_a_member_of_the_group(text: str) -> None:
    found = links(text)
    assert ("walid-haddad", "LEADS", "shura-council") in found, found
    assert ("walid-haddad", "MEMBER_OF", "red-hand-front") in found, found
    assert ("walid-haddad", "LEADS", "red-hand-front") not in found, found


def test_the_head_of_a_named_part_of_a_ministry_is_no_member_of_the_ministry() -> None:
    found = links("Lina Haddad, the director of the Foreign Ministry's Office of Consular Affairs, was in Cairo.")
    assert not any(s == "lina-haddad" and t == "MEMBER_OF" for s, t, _ in found), found


def test_a_state_force_s_spokesman_works_for_the_force_the_page_names() -> None:
    found = links(
        "The Kenyan army said it had repelled the raid. Kenyan army spokesman Colonel Tomas Arbelo said four "
        "attackers were killed."
    )
    assert ("tomas-arbelo", "WORKS_FOR", "kenya-defence-forces") in found, found  # the army, as the gazetteer names it
    assert ("tomas-arbelo", "WORKS_FOR", "kenya") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army said it had repelled the raid near the border. Army spokesman Colonel Tomas Arbelo said "
        "four attackers were killed.",
        'The Kenyan army repelled the raid. "Four attackers were killed," army spokesman Colonel Tomas Arbelo told '
        "reporters.",
    ],
)
def test_an_ownerless_force_title_is_of_the_one_force_of_its_kind_the_page_names(text: str) -> None:
    found = links(text)
    assert ("tomas-arbelo", "WORKS_FOR", "kenya-defence-forces") in found, found
    assert ("tomas-arbelo", "WORKS_FOR", "kenya") not in found, found


def test_an_ownerless_air_force_chief_leads_the_one_air_force_the_page_names() -> None:
    found = named_links(
        "The Kenyan air force bombed the camp on Monday. Washington sanctioned air force chief of staff Colonel Tomas "
        "Arbelo in June.",
        "LEADS",
    )
    assert ("Tomas Arbelo", "Kenyan air force") in found, found


def test_an_ownerless_force_title_is_of_no_force_where_the_page_names_two() -> None:
    found = links(
        "The Kenyan army and the Ugandan army said they had repelled the raid. Army spokesman Colonel Tomas Arbelo "
        "said four attackers were killed."
    )
    assert not any(s == "tomas-arbelo" for s, _, _ in found), found


def test_a_state_force_s_spokesman_with_no_force_named_serves_the_state() -> None:
    found = links("Israeli military spokesman Colonel Tomas Arbelo said four attackers were killed.")
    assert not any(s == "tomas-arbelo" and o == "israeli-military" for s, _, o in found), found


def test_the_chief_of_a_named_state_force_leads_it() -> None:
    found = links(
        "The Kenyan army said it had repelled the raid. Kenyan army chief General Tomas Arbelo said four attackers "
        "were killed."
    )
    assert ("tomas-arbelo", "LEADS", "kenya-defence-forces") in found, found


def test_the_chief_of_a_named_state_force_before_a_two_word_rank_leads_it() -> None:
    found = links(
        "The Kenyan army said it had repelled the raid. Kenyan army chief Lieutenant General Tomas Arbelo said four "
        "attackers were killed."
    )
    assert ("tomas-arbelo", "LEADS", "kenya-defence-forces") in found, found


def test_the_chief_of_a_service_inside_a_named_force_does_not_lead_the_force() -> None:
    found = links(
        "The Kenyan army said it had repelled the raid. Kenyan army intelligence chief General Tomas Arbelo said four "
        "attackers were killed."
    )
    assert ("tomas-arbelo", "LEADS", "kenya-defence-forces") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expelled Uganda's acting high commissioner Omar Saleh on Monday.",
        "Uganda's High Commissioner to Kenya, Omar Saleh, was expelled on Monday.",
    ],
)
def test_a_high_commissioner_works_for_the_state_that_sends_him(text: str) -> None:
    found = links(text)
    assert ("omar-saleh", "WORKS_FOR", "uganda") in found, found
    assert ("omar-saleh", "WORKS_FOR", "kenya") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Walid Haddad, the founder of the Red Hand Front, also heads its charity wing.",
        "The Red Hand Front is led by its general secretary, Walid Haddad, a former chief of its Shura Council.",
    ],
)
def test_the_head_of_a_whole_is_no_member_of_it_by_way_of_a_part(text: str) -> None:
    kg = graph_of(text, extractor="both")
    found = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert ("walid-haddad", "LEADS", "red-hand-front") in found, found
    assert ("walid-haddad", "MEMBER_OF", "red-hand-front") not in found, found


def test_a_plural_role_set_off_after_names_is_theirs_not_the_names_listed_after_it() -> None:
    found = links(
        "Police detained Omar Haddad and Sami Nasser, both commanders of the Red Hand Front, as well as Karim Aziz "
        "and Tarek Mansour."
    )
    members = {s for s, t, o in found if t == "MEMBER_OF" and o == "red-hand-front"}
    assert members == {"omar-haddad", "sami-nasser"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The Valley Brigades, a subgroup of Hezbollah, seized the bridge on Monday.",
        "The Valley Brigades, which operates as a subgroup of Hezbollah, seized the bridge on Monday.",
        "The Valley Brigades, a subsidiary of Hezbollah, seized the bridge on Monday.",
    ],
)
def test_a_subgroup_or_subsidiary_of_a_body_is_its_member(text: str) -> None:
    found = links(text)
    assert found.get(("valley-brigades", "MEMBER_OF", "hezbollah")) == "asserted", found


def test_a_name_after_two_coordinated_titles_holds_both() -> None:
    text = "Hezbollah is led by Hassan Nasrallah, whose cousin and deputy, Walid Haddad, was arrested on Monday."
    found = links(text)
    assert found.get(("walid-haddad", "DEPUTY_OF", "hezbollah")) == "asserted", found
    assert ("walid-haddad", "LEADS", "hezbollah") not in found, found
    assert ("hassan-nasrallah", "DEPUTY_OF", "hezbollah") not in found, found


def test_a_name_after_two_coordinated_titles_that_open_a_clause_holds_both() -> None:
    found = links("The Valley Brigades are led by Omar Saleh. His brother and deputy, Walid Haddad, was sanctioned.")
    assert found.get(("walid-haddad", "DEPUTY_OF", "valley-brigades")) == "asserted", found
    assert ("omar-saleh", "DEPUTY_OF", "valley-brigades") not in found, found


def test_people_listed_before_a_body_the_parser_hangs_on_the_first_all_belong_to_it() -> None:
    found = links("The envoy met Evariste Ndayisenga and Theogene Mugabonake of the FDLR in Goma.")
    assert ("evariste-ndayisenga", "MEMBER_OF", "fdlr") in found, found
    assert ("theogene-mugabonake", "MEMBER_OF", "fdlr") in found, found


def test_a_name_with_a_body_of_its_own_does_not_share_the_next_ones() -> None:
    found = links("The envoy met Evariste Ndayisenga of M23 and Theogene Mugabonake of the FDLR in Goma.")
    assert ("evariste-ndayisenga", "MEMBER_OF", "fdlr") not in found, found


def test_a_name_set_apart_by_a_relative_clause_does_not_share_the_next_ones_body() -> None:
    found = links("Walid Haddad, who led the talks in 2020, and Omar Nasser of Hezbollah met the envoy.")
    assert ("omar-nasser", "MEMBER_OF", "hezbollah") in found, found
    assert ("walid-haddad", "MEMBER_OF", "hezbollah") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Hezbollah delegation was led by Walid Haddad and included general secretary Omar Nasser and Ali Saleh.",
        "Hezbollah's delegation to the talks included Omar Nasser and Ali Saleh.",
    ],
)
def test_the_people_a_groups_own_delegation_includes_are_its_members(text: str) -> None:
    found = links(text)
    assert found.get(("omar-nasser", "MEMBER_OF", "hezbollah")) == "asserted", found
    assert found.get(("ali-saleh", "MEMBER_OF", "hezbollah")) == "asserted", found
    assert ("omar-nasser", "WORKS_FOR", "hezbollah") not in found, found


def test_a_delegation_with_no_owner_named_is_no_groups() -> None:
    found = links("Hezbollah fought on in the south. The delegation included Omar Nasser and Ali Saleh.")
    assert ("omar-nasser", "MEMBER_OF", "hezbollah") not in found, found


def test_a_states_mission_to_an_international_body_is_not_part_of_the_body() -> None:
    text = "The United Nations met on Friday. Iran's UN mission said the matter was closed."
    found = {(s, o) for s, t, o in links(text) if t == "MEMBER_OF"}
    assert not {o for s, o in found if o == "united-nations"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said Omar Dakhil had worked for years as a hitman for the Sinaloa Cartel.",
        "Omar Dakhil, a financial operator for the Sinaloa Cartel, was arrested in Culiacan on Friday.",
        "Omar Dakhil, an enforcer for the Sinaloa Cartel, was arrested in Culiacan on Friday.",
    ],
)
def test_a_hitman_enforcer_or_operator_for_a_group_is_a_member(text: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert ("Omar Dakhil", "Sinaloa Cartel") in found, found


@pytest.mark.parametrize(
    ("text", "person", "rel_type"),
    [
        ('Police arrested Omar Haddad ("Toro"), the commander of the Zarqan Front, on Monday.', "Omar Haddad", "LEADS"),
        (
            "Police arrested Omar Haddad (known as Abu Salim), a commander of the Zarqan Front, on Monday.",
            "Omar Haddad",
            "MEMBER_OF",
        ),
        (
            "Police arrested Omar Dakhil (also spelled Omar Dakheel), a commander of the Zarqan Front, on Monday.",
            "Omar Dakhil",
            "MEMBER_OF",
        ),
    ],
)
def test_a_role_set_off_after_a_bracket_beside_a_name_is_the_names(text: str, person: str, rel_type: str) -> None:
    found = named_links(text, rel_type)
    assert (person, "Zarqan Front") in found, found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Omar Dakhil was appointed to the Tamar Front Shura Council in 2019.", "Tamar Front Shura Council"),
        ("Omar Dakhil was elected to the Zarqan National Assembly in 2017.", "Zarqan National Assembly"),
    ],
)
def test_a_person_appointed_or_elected_to_a_body_is_its_member(text: str, body: str) -> None:
    assert ("Omar Dakhil", body) in named_links(text, "MEMBER_OF")


def test_whoever_appoints_someone_to_a_body_is_not_its_member() -> None:
    found = named_links("The Tamar Front appointed Omar Dakhil to the Zarqan National Assembly in 2017.", "MEMBER_OF")
    assert ("Tamar Front", "Zarqan National Assembly") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Dakhil, who heads the Tamar Front's military wing, was arrested in March.",
        "Omar Dakhil leads the Tamar Front's armed wing from a base in the hills.",
    ],
)
def test_whoever_heads_a_groups_unnamed_wing_is_its_member(text: str) -> None:
    assert ("Omar Dakhil", "Tamar Front") in named_links(text, "MEMBER_OF")


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Alliance's affiliates include the Red Hand Brigade and the Tiger Battalion.",
        "The Northern Alliance's branches include the Red Hand Brigade and the Tiger Battalion.",
    ],
)
def test_the_parts_a_body_s_affiliates_or_branches_include_belong_to_it(text: str) -> None:
    found = links(text)
    for group in ("red-hand-brigade", "tiger-battalion"):
        assert (group, "MEMBER_OF", "northern-alliance") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Idris, the founder of the Red Falcon Brigade and deputy chairman of the Unity Council, was killed.",
        "Omar Idris is the founder of the Red Falcon Brigade and deputy chairman of the Unity Council.",
    ],
)
def test_a_second_role_the_parser_hangs_on_the_first_roles_body_is_the_holders_too(text: str) -> None:
    found = named_links(text, "DEPUTY_OF")
    assert ("Omar Idris", "Unity Council") in found, found
    assert ("Omar Idris", "Red Falcon Brigade") in named_links(text, "LEADS")


def test_a_body_led_by_someone_told_after_a_participle_of_its_founding_is_led_by_him() -> None:
    text = (
        "The Red Falcon Brigade, a Sunni party and militia founded in Syria in 1990 and led since 2002 by Omar Idris, "
        "has been designated by Canada."
    )
    found = named_links(text, "LEADS")
    assert ("Omar Idris", "Red Falcon Brigade") in found, found


def test_one_of_a_set_of_bodies_referred_back_to_is_none_of_their_members() -> None:
    found = links(
        "The Kivu Liberation Front and the Nile Brigade signed the deal. The Mountain Brigade is one of the two "
        "groups that refused."
    )
    assert not {k for k in found if k[0] == "mountain-brigade" and k[1] == "MEMBER_OF"}, found


def test_one_of_the_groups_within_a_body_is_its_member() -> None:
    found = links("The Mountain Brigade, one of the most powerful groups within the Kivu Liberation Front, left.")
    assert ("mountain-brigade", "MEMBER_OF", "kivu-liberation-front") in found, found


def test_an_assistant_to_a_head_works_for_the_body() -> None:
    found = links("Jean Baraka, the assistant secretary-general of the Kivu Liberation Front, was arrested.")
    assert ("jean-baraka", "WORKS_FOR", "kivu-liberation-front") in found, found
    assert ("jean-baraka", "LEADS", "kivu-liberation-front") not in found, found


def test_an_executive_secretary_heads_the_body() -> None:
    found = links("Jean Baraka, the executive secretary of the Kivu Liberation Front, was arrested.")
    assert ("jean-baraka", "LEADS", "kivu-liberation-front") in found, found


def test_a_member_of_an_umbrella_named_by_its_participle_is_a_member_of_that_name() -> None:
    found = links("The Mountain Brigade, another member of the umbrella known as the Kivu Liberation Front, fought on.")
    assert ("mountain-brigade", "MEMBER_OF", "kivu-liberation-front") in found, found


@pytest.mark.parametrize("told", ["", " for more than a decade", " since 2010"])
def test_the_deputy_of_a_head_named_by_surname_is_the_deputy_of_his_group(told: str) -> None:
    found = links(f"Paul Kito leads the Kivu Liberation Front. Jean Baraka, Kito's deputy{told}, was arrested.")
    assert ("jean-baraka", "DEPUTY_OF", "kivu-liberation-front") in found, found
