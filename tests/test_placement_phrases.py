"""Organisations placed, backed, allied and hostile: each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of
from spacy.tokens import Doc
from spacy.vocab import Vocab
from test_real_text import aliases, certainties, triples

from loaders.organisation_places import held_objects

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Government troops retook Kidal, a stronghold of the Sentinel Front, on Sunday.", "sentinel-front", "kidal"),
        ("Hayat Tahrir al-Sham still holds Idlib, its last stronghold.", "hayat-tahrir-al-sham", "idlib"),
        ("For decades Jenin has been Islamic Jihad's bastion.", "palestinian-islamic-jihad", "jenin"),
        ("The drone struck Dahiyeh, a Hezbollah stronghold, at dawn.", "hezbollah", "dahiyeh"),
    ],
)
def test_a_place_called_an_organisation_s_base_places_it(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed the Sentinel Front's stronghold of Kidal overnight.",
        "Troops captured the Sentinel Front's main base Kidal on Sunday.",
        "Baradar flew to Kidal, the Sentinel Front's birthplace, on Sunday.",
    ],
)
def test_a_base_noun_with_an_organisation_as_owner_and_the_place_s_name_places_it(text: str) -> None:
    assert ("sentinel-front", "BASED_IN", "kidal") in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    ["The army's stronghold of Bamako held out.", "The Malian army's main base Bamako held out."],
)
def test_an_army_s_stronghold_does_not_place_the_army_there(text: str) -> None:
    assert not {s for s, t, o in triples(text) if t == "BASED_IN" and o == "bamako"}, triples(text)


@pytest.mark.parametrize(
    ("text", "based"),
    [
        ("The Sentinel Front moved its headquarters to Kidal in 2019.", True),
        ("The Sentinel Front, which relocated its bases to Kidal, denied it.", True),
        ("The Sentinel Front moved its fighters to Kidal in 2019.", False),  # people moved to a front, not a base
    ],
)
def test_a_base_moved_to_a_place_places_its_organisation_there(text: str, based: bool) -> None:
    assert (("sentinel-front", "BASED_IN", "kidal") in triples(text)) is based, triples(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ankara regards the Sentinel Front as al-Qaeda's Malian branch.", "mali"),
        ("The Sentinel Front was set up in 2012 as a militia operating in Darfur.", "darfur"),
        ("Israel sees the Sentinel Front as an Iranian proxy.", None),  # a proxy's demonym names its backer
    ],
)
def test_a_description_after_as_places_the_organisation_its_verb_takes(text: str, place: str | None) -> None:
    found = {o for s, t, o in triples(text) if s == "sentinel-front" and t == "BASED_IN"}
    assert found == ({place} if place else set()), triples(text)


def test_a_stronghold_places_only_the_organisation_it_is_said_of() -> None:
    found = triples("Jets bombed Gaza, a stronghold of Hamas, and then Lebanon.")
    assert ("hamas", "BASED_IN", "gaza") in found, found
    assert ("hamas", "BASED_IN", "lebanon") not in found, found


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Officials in Kidal, seat of the Sentinel Front, declined to comment.", "sentinel-front", "kidal"),
        (
            "Shells fell on Ain Zara, Tajoura and the Hamra district, the stronghold of the Nawasi Brigade, overnight.",
            "nawasi-brigade",
            "hamra",
        ),
        (
            "Rebels shelled Camp Tana at Garissa, a base used by the Kenya Defence Forces.",
            "kenya-defence-forces",
            "camp-tana",
        ),
    ],
)
def test_a_base_set_after_a_place_s_comma_places_its_owner_however_parsed(text: str, group: str, place: str) -> None:
    found = triples(text)
    assert (group, "BASED_IN", place) in found, found
    assert (group, "BASED_IN", "garissa") not in found, found  # the first of the chained places is the base


def test_a_description_before_the_name_places_the_named_group() -> None:
    found = triples("Al-Qaeda's affiliate in Yemen, AQAP, has gained ground.")
    assert ("al-qaeda-in-the-arabian-peninsula", "BASED_IN", "yemen") in found, found
    assert ("al-qaeda", "AFFILIATED_WITH", "al-qaeda-in-the-arabian-peninsula") in found, found


@pytest.mark.parametrize(
    "text",
    ["Kataib Hezbollah, Iran's proxy in Iraq, denied it.", "Kataib Hezbollah is Iran's most loyal proxy in Iraq."],
)
def test_a_proxy_is_backed_by_its_owner_and_placed_by_its_in(text: str) -> None:
    found = triples(text)
    assert ("iran", "FUNDS", "kataib-hezbollah") in found, found
    assert ("kataib-hezbollah", "BASED_IN", "iraq") in found, found
    assert ("kataib-hezbollah", "BASED_IN", "iran") not in found, found  # the backer's possessive is no place


def test_a_proxy_denied_is_backing_denied() -> None:
    found = certainties("The Houthis are not Iran's proxy, their spokesman said.")
    assert found.get(("iran", "FUNDS", "houthis")) == "negated", found


def test_participles_coordinated_after_a_passive_share_its_subject() -> None:
    found = triples("Hamas is backed by Qatar and trained by Hezbollah.")
    assert {("qatar", "FUNDS", "hamas"), ("hezbollah", "FUNDS", "hamas")} <= found, found
    assert ("iran", "FUNDS", "hezbollah") in triples("Hezbollah is armed and trained by Iran.")


def test_a_coordinated_participle_takes_only_its_own_by() -> None:
    found = triples("The Houthis are funded by Iran and allied with Hezbollah.")
    assert ("iran", "FUNDS", "houthis") in found, found
    assert not {(s, o) for s, t, o in found if t == "ALLIED_WITH" and "iran" in (s, o)}, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Sudan's RSF depends on a steady lifeline of cash and weapons from the United Arab Emirates.",
            ("united-arab-emirates", "FUNDS", "rapid-support-forces"),
        ),
        ("Al-Shabaab once received money and arms from Eritrea.", ("eritrea", "FUNDS", "al-shabaab")),
        ("Hezbollah and its patrons in Tehran rejected the proposal.", ("iran", "FUNDS", "hezbollah")),
        ("The Polisario Front has long relied on Algerian rifles and trucks.", ("algeria", "FUNDS", "polisario-front")),
        ("Hamas receives Iranian cash every month.", ("iran", "FUNDS", "hamas")),
        ("Smuggled arms shipments from Iran to the Houthis rose in 2023.", ("iran", "FUNDS", "houthis")),
        ("The hawala network moved money from Qatar to Hamas for years.", ("qatar", "FUNDS", "hamas")),
    ],
)
def test_supplies_received_and_backers_placed_are_backing(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text), triples(text)


def test_a_supply_bought_from_a_seller_or_sent_to_no_one_named_backs_no_one() -> None:
    found = triples("Two brokers bought rifles from Bulgaria for the Houthis.")
    assert ("bulgaria", "FUNDS", "houthis") not in found, found
    found = triples("Hezbollah moved weapons from Syria to Lebanon.")
    assert not {t for _, t, _ in found if t == "FUNDS"}, found


def test_help_a_body_was_founded_with_is_backing_but_help_in_a_deed_is_not() -> None:
    found = triples("The Nusra Front was set up in 2012 with help from the Islamic State of Iraq.")
    assert ("islamic-state-of-iraq", "FUNDS", "nusra-front") in found, found
    found = triples("The Nusra Front seized the town in 2015 with help from the Islamic State of Iraq.")
    assert not {t for _, t, _ in found if t == "FUNDS"}, found


def test_what_is_received_from_someone_is_backing_only_when_it_is_a_supply() -> None:
    found = triples("The RSF received sharp criticism from the United States.")
    assert not {t for _, t, _ in found if t == "FUNDS"}, found


def test_clashes_that_erupted_between_two_sides_oppose_them() -> None:
    found = triples("Fierce clashes erupted between Hamas and Fatah in Khan Younis.")
    assert {("hamas", "OPPOSES", "fatah"), ("fatah", "OPPOSES", "hamas")} <= found, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Tehran warned that it would respond to any Israeli strike.", ("iran", "THREATENED", "israel")),
        ("Hamas vowed to avenge the assassination of its leader by Israel.", ("hamas", "THREATENED", "israel")),
    ],
)
def test_a_response_announced_to_an_attack_threatens_its_author(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text), triples(text)


def test_a_response_to_an_attack_with_no_author_threatens_no_one() -> None:
    found = triples("Iran said it would respond to the strike, which Israel has not confirmed.")
    assert not {t for _, t, _ in found if t == "THREATENED"}, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hamas has joined forces with Islamic Jihad in Jenin.", ("hamas", "palestinian-islamic-jihad")),
        ("Russia and North Korea have become close allies.", ("russia", "north-korea")),
        ("The M23 and the Raia Mutomboki forged an alliance last year.", ("m23", "raia-mutomboki")),
    ],
)
def test_sides_joined_or_called_allies_are_allied(text: str, pair: tuple[str, str]) -> None:
    found = triples(text)
    assert (pair[0], "ALLIED_WITH", pair[1]) in found or (pair[1], "ALLIED_WITH", pair[0]) in found, found


def test_sides_said_not_to_be_allies_are_negated() -> None:
    found = certainties("Hamas and Israel are not allies.")
    assert found.get(("hamas", "ALLIED_WITH", "israel"), found.get(("israel", "ALLIED_WITH", "hamas"))) == "negated"


def test_a_mission_named_after_a_place_is_its_own_body_based_there() -> None:
    text = "The African Union Mission in Sudan monitored the truce."
    found = triples(text)
    assert ("african-union-mission-in-sudan", "BASED_IN", "sudan") in found, found
    assert ("african-union", "BASED_IN", "sudan") not in found, found
    assert "African Union Mission in Sudan" in aliases(text, "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Resistance in Iraq, which includes Kataib Hezbollah and Nujaba, fired drones at Israel.",
        "The Islamic Resistance in Iraq, an umbrella of factions including Kataib Hezbollah and Nujaba, claimed it.",
        "Kataib Hezbollah and Nujaba both belong to the Islamic Resistance in Iraq.",
    ],
)
def test_groups_listed_in_a_named_umbrella_are_its_members(text: str) -> None:
    found = certainties(text)
    for group in ("kataib-hezbollah", "harakat-hezbollah-al-nujaba"):
        assert found.get((group, "MEMBER_OF", "islamic-resistance-in-iraq")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Mali, Niger and Burkina Faso formed the Alliance of Sahel States after the coups.",
        "The Alliance of Sahel States, made up of Mali, Burkina Faso and Niger, quit ECOWAS.",
    ],
)
def test_states_that_make_up_a_named_alliance_are_allied(text: str) -> None:
    found = {frozenset((s, o)) for s, t, o in triples(text) if t == "ALLIED_WITH"}
    assert {frozenset(p) for p in (("mali", "niger"), ("mali", "burkina-faso"), ("burkina-faso", "niger"))} <= found


def test_a_common_noun_that_lists_groups_makes_no_members() -> None:
    found = triples("The coalition includes Kataib Hezbollah and Harakat al-Nujaba.")
    assert not {t for _, t, _ in found if t == "MEMBER_OF"}, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran has funnelled cash to Hezbollah through Syria.", ("iran", "FUNDS", "hezbollah")),
    ],
)
def test_cash_funnelled_is_backing(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text), triples(text)


def test_sides_that_exchanged_fire_attacked_each_other() -> None:
    found = triples("The Houthis and the US Navy traded fire in the Red Sea overnight.")
    assert {("houthis", "ATTACKED", "us-navy"), ("us-navy", "ATTACKED", "houthis")} <= found, found
    assert not {t for _, t, _ in triples("Israel and Hamas exchanged prisoners on Sunday.") if t == "ATTACKED"}


def test_an_attack_vowed_threatens_its_target_but_one_warned_of_does_not() -> None:
    assert ("al-shabaab", "THREATENED", "kenya") in triples("Al-Shabaab has promised new attacks on Kenya.")
    found = triples("The British embassy warned of attacks on hotels in Kenya.")
    assert not {t for _, t, _ in found if t == "THREATENED"}, found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Hamas and Fatah have long been bitter rivals.", {("hamas", "fatah"), ("fatah", "hamas")}),
        ("Hezbollah and the Houthis are Israel's sworn enemies.", {("hezbollah", "israel"), ("houthis", "israel")}),
    ],
)
def test_sides_called_rivals_or_enemies_oppose(text: str, pairs: set[tuple[str, str]]) -> None:
    found = {(s, o) for s, t, o in triples(text) if t == "OPPOSES"}
    assert pairs <= found, found


def test_the_allies_an_owner_s_allies_include_are_its_allies_not_its_members() -> None:
    found = triples("Iran's allies include Hezbollah and the Houthis.")
    allied = {frozenset((s, o)) for s, t, o in found if t == "ALLIED_WITH"}
    assert {frozenset(("iran", "hezbollah")), frozenset(("iran", "houthis"))} <= allied, found
    assert not {t for _, t, _ in found if t == "MEMBER_OF"}, found


def test_sanctuaries_in_a_country_place_the_group() -> None:
    found = triples("The TTP, which keeps sanctuaries in Afghanistan, struck a checkpoint.")
    assert ("tehrik-i-taliban-pakistan", "BASED_IN", "afghanistan") in found, found


def test_a_demonym_on_a_described_affiliate_places_it_and_is_no_party_to_the_tie() -> None:
    found = triples("ISWAP, the Nigerian affiliate of the Islamic State, raided a base.")
    assert ("islamic-state-west-africa-province", "BASED_IN", "nigeria") in found, found
    tied = {frozenset((s, o)) for s, t, o in found if t == "AFFILIATED_WITH"}
    assert tied == {frozenset(("islamic-state-west-africa-province", "isis"))}, found


def test_a_war_fought_names_its_foe_after_against_not_its_scene() -> None:
    found = triples("Iran and Saudi Arabia waged a proxy war in Yemen for a decade.")
    found |= triples("Iran and Saudi Arabia fought a long proxy war in Yemen.")
    assert not {(s, t, o) for s, t, o in found if t in {"ALLIED_WITH", "OPPOSES"}}, found
    assert ("ethiopia", "OPPOSES", "eritrea") in triples("Ethiopia fought a border war against Eritrea in 1998.")


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        ("Passengers of the Kenyan airline Jambo Air were stranded overnight.", "jambo-air", "kenya"),
        ("An editorial in the Qatari newspaper Al Sharq criticised the plan.", "al-sharq", "qatar"),
    ],
)
def test_a_demonym_before_a_company_noun_places_the_named_company(text: str, body: str, state: str) -> None:
    found = certainties(text)
    assert found.get((body, "BASED_IN", state)) == "asserted", found


def test_the_scorer_does_not_place_a_group_in_another_group_s_possessive() -> None:
    text = (
        "The Lions Brigade has long been aligned with Libya's Wagner Group, while Katiba Macina has been linked"
        " to Iraq's Kataib Hezbollah."
    )
    found = {(s, k, o) for s, o, k in graph_of(text, extractor="both").g.edges(keys=True)}
    assert ("wagner-group", "BASED_IN", "libya") in found, found
    assert ("katiba-macina", "BASED_IN", "libya") not in found, found


def test_a_group_operating_from_divisions_listed_after_a_place_is_based_in_each_division() -> None:
    found = triples("The Sentinel Front operates from camps in the north Kidal districts of Gao, Menaka and Tessalit.")
    for place in ("gao", "menaka", "tessalit"):
        assert ("sentinel-front", "BASED_IN", place) in found, found
    assert ("sentinel-front", "BASED_IN", "kidal") not in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police raided a hideout of Tren de Aragua, the Maracay-based gang that runs the prison.", "maracay"),
        ("Officers arrested members of Tren de Aragua, a Puerto Cabello-based gang, on Friday.", "puerto-cabello"),
    ],
)
def test_a_name_before_based_is_a_place_that_places_the_organisation(text: str, place: str) -> None:
    found = triples(text)
    assert ("tren-de-aragua", "BASED_IN", place) in found, found


def test_a_two_word_place_before_based_places_the_organisation_the_parser_hangs_it_on() -> None:
    found = triples("Kanal Zeta, a Banja Luka-based television station, lost its licence on Friday.")
    assert ("kanal-zeta", "BASED_IN", "banja-luka") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sanctioned Tren de Aragua and several Chile-based traders on Friday.",
        "The Treasury sanctioned Tren de Aragua, as well as several Chile-based traders, on Friday.",
    ],
)
def test_a_place_before_based_in_a_noun_coordinated_with_a_name_does_not_place_the_name(text: str) -> None:
    found = triples(text)
    assert ("tren-de-aragua", "BASED_IN", "chile") not in found, found


def test_a_demonym_before_paramilitary_places_the_named_force() -> None:
    found = triples("The Sudanese paramilitary Rapid Support Forces shelled Omdurman on Sunday.")
    assert ("rapid-support-forces", "BASED_IN", "sudan") in found, found


def test_a_place_near_the_borders_of_two_countries_lies_in_neither() -> None:
    text = "Two soldiers were hurt at Camp Redwater, an outpost in eastern Jordan near the Syrian and Iraqi borders."
    within = {o for s, t, o in triples(text) if s == "camp-redwater" and t == "LOCATED_IN"}
    assert within == {"jordan"}, triples(text)


@pytest.mark.parametrize(
    ("text", "based"),
    [
        ("The ELN bombed a military base in Arauca province on Friday, killing two soldiers.", False),
        ("Gunmen from the ELN overran a police outpost in Arauca province.", False),
        ("The ELN maintains a base in Arauca province, near the Venezuelan border.", True),
    ],
)
def test_a_base_attacked_in_a_place_does_not_place_the_attacker_there(text: str, based: bool) -> None:
    assert (("eln", "BASED_IN", "arauca") in triples(text)) is based, triples(text)


def test_a_group_that_controls_a_place_is_based_there_but_not_a_state_s_army() -> None:
    found = triples("The Ansar Front, the armed group that controls most of Kunar province, denied the report.")
    assert ("ansar-front", "BASED_IN", "kunar") in found, found
    found = triples("The Afghan army holds most of Kunar province.")
    assert not {s for s, t, o in found if t == "BASED_IN" and o == "kunar"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Drones circled over Kunar, a valley long held by the Ansar Front, on Sunday.",
        "Kunar is the last district still controlled by the Ansar Front.",
        "Fighting reached Kunar in May. The town had been held by the Ansar Front since 2019.",
    ],
)
def test_a_place_held_by_a_group_in_the_passive_places_the_group(text: str) -> None:
    found = triples(text)
    assert {o for s, t, o in found if s == "ansar-front" and t == "BASED_IN"} & {"kunar", "asadabad"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Kunar is held by the Afghan army.",  # a state's body: its hold is a front
        "Hostages held by the Ansar Front were freed in Kunar on Sunday.",  # what is held is no place
    ],
)
def test_held_by_places_no_state_body_and_nothing_but_a_place_held(text: str) -> None:
    found = triples(text)
    assert not {s for s, t, o in found if t == "BASED_IN" and o == "kunar"}, found


def test_the_country_s_possessive_before_a_description_places_the_group_in_the_country_named_before() -> None:
    found = triples(
        "Fighting spread across Chad last year. The Sentinel Front, the country's largest rebel movement, "
        "denied any role."
    )
    assert ("sentinel-front", "BASED_IN", "chad") in found, found


def test_a_place_before_registered_places_the_company() -> None:
    found = triples("The tanker is owned by Kidal Trading Ltd, a Panama-registered shipping firm.")
    assert ("kidal-trading-ltd", "BASED_IN", "panama") in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the second object hung on the verb itself: "areas" a conjunct of "controls"
        (
            "The Sentinel Front already controls Gao and parts of Timbuktu in Timbuktu region, and large areas of "
            "western Niger.",
            "niger",
        ),
        # "neighbouring" read as a gerund taking "Iraq"
        (
            "The Jihadist Front, which once controlled large swathes of neighbouring Iraq and Syria, has been "
            "designated a terrorist organisation by Canada.",
            "syria",
        ),
    ],
)
def test_a_group_is_based_in_the_places_it_holds_however_the_parse_lists_them(text: str, place: str) -> None:
    found = {(t, o) for s, t, o in triples(text) if s.endswith("front")}
    assert ("BASED_IN", place) in found, found


def test_the_places_held_are_read_past_a_description_hung_on_the_verb() -> None:
    """ "controls Kidal, the seat of the council, and much of Gao": the parse may hang "seat" on the verb and "much"
    on "seat" (built by hand: the model parses most such sentences well)."""
    words = ["controls", "Kidal", ",", "the", "seat", "of", "council", ",", "and", "much", "of", "Gao"]
    heads = [0, 0, 0, 4, 0, 4, 5, 4, 4, 4, 9, 10]
    deps = ["ROOT", "dobj", "punct", "det", "appos", "prep", "pobj", "punct", "cc", "conj", "prep", "pobj"]
    pos = ["VERB", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "CCONJ", "ADJ", "ADP", "PROPN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in held_objects(doc[0])] == ["Kidal", "much"]


def test_a_clause_after_the_objects_is_no_place_held() -> None:
    words = ["controls", "Kidal", ",", "and", "fighters", "fled", "to", "Gao"]
    heads = [0, 0, 0, 0, 5, 0, 5, 6]
    deps = ["ROOT", "dobj", "punct", "cc", "nsubj", "conj", "prep", "pobj"]
    pos = ["VERB", "PROPN", "PUNCT", "CCONJ", "NOUN", "VERB", "ADP", "PROPN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in held_objects(doc[0])] == ["Kidal"]


def test_a_group_whose_people_operate_in_a_place_is_based_there_not_their_home_state() -> None:
    found = triples("Chadian fighters of the Sentinel Front operate in southern Libya.")
    assert ("sentinel-front", "BASED_IN", "libya") in found, found
    assert not {s for s, t, o in found if t == "BASED_IN" and s == "chad"}, found


def test_a_group_s_former_people_do_not_place_it() -> None:
    found = triples("Former members of the Sentinel Front now operate in Libya.")
    assert ("sentinel-front", "BASED_IN", "libya") not in found, found


def test_a_group_holding_back_troops_is_not_based_in_their_state() -> None:
    found = triples("Hezbollah said its fighters were holding back Israeli troops in the south.")
    assert ("hezbollah", "BASED_IN", "israel") not in found, found


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Fans cheered the Russian rock band Picnic at a festival in Kazan.", "picnic", "russia"),
        ("Mahmoud Abbas has led Fatah, the larger of Palestine's two main parties, for years.", "fatah", "palestine"),
        (
            "Giad Industrial Group (GIG), the largest defence enterprise in Sudan, was listed.",
            "giad-industrial-group",
            "sudan",
        ),
        ("Los Zetas is a criminal organization that originated in Tamaulipas.", "los-zetas", "tamaulipas"),
        (
            "Behind the deals is Arya Sahand Tejarat Shipping (Arya Shipping), an Iranian firm that leases tankers.",
            "arya-sahand-tejarat-shipping",
            "iran",
        ),
    ],
)
def test_a_description_or_an_origin_places_the_organisation(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in triples(text), triples(text)


def test_a_body_established_under_a_resolution_about_a_country_is_not_based_there() -> None:
    text = "The Security Council Committee established pursuant to resolution 2374 (2017) concerning Mali oversees the"
    found = triples(text + " sanctions measures imposed by the Council.")
    assert not {(s, o) for s, t, o in found if t == "BASED_IN" and o == "mali"}, found
    found = triples("The Mai-Mai Yakutumba militia is based in the high plateaux above Uvira.")
    assert {o for s, t, o in found if t == "BASED_IN"} == {"uvira"}, found


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Gunmen stormed the Al Jazeera building in Doha on Monday.", "al-jazeera", "doha"),
        ("A fire broke out at the Cairo offices of the daily newspaper Al-Ahram on Sunday.", "al-ahram", "cairo"),
        (
            "Grenades were fired at the Ministry of State Security building in Tiraspol.",
            "ministry-of-state-security",
            "tiraspol",
        ),
        ("Police raided Hezbollah's headquarters in Beirut.", "hezbollah", "beirut"),
    ],
)
def test_an_organisation_s_premises_place_it(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in triples(text), triples(text)


def test_a_world_body_s_building_is_not_its_base() -> None:
    found = triples("Protesters gathered outside the UN building in Abuja.")
    assert not [t for t in found if t[1] == "BASED_IN"], found


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Nigerian jets bombed Boko Haram camps in the Sambisa forest on Sunday.", "boko-haram", "sambisa-forest"),
        ("Drones hit hideouts of the Arakan Army near Sittwe overnight.", "arakan-army", "sittwe"),
        ("Artillery shelled Hezbollah positions along the Litani river for a week.", "hezbollah", "litani-river"),
    ],
)
def test_a_struck_base_that_names_its_owner_places_the_owner(text: str, group: str, place: str) -> None:
    found = triples(text)
    assert (group, "BASED_IN", place) in found, found


def test_a_struck_base_that_names_no_owner_places_no_attacker() -> None:
    found = triples("The ELN bombed a police base in Saravena on Monday.")
    assert not [t for t in found if t[1] == "BASED_IN"], found


def test_a_place_based_offshoot_is_placed_not_the_parent_named_before_it() -> None:
    found = triples("The Yemen-based al-Qaeda affiliate, known as AQAP, claimed the bombing.")
    assert ("al-qaeda", "BASED_IN", "yemen") not in found, found


def test_a_group_is_based_where_it_emerged() -> None:
    found = triples("Ansar al-Sunna emerged in 2017 in the coastal districts of Cabo Delgado province.")
    assert ("ahlu-sunnah-wa-jama", "BASED_IN", "cabo-delgado") in found, found  # a known name of the group


def test_a_group_along_a_border_named_by_a_demonym_is_not_placed_across_it() -> None:
    found = triples("The Kachin Independence Army operates near the Chinese border.")
    assert ("kachin-independence-army", "BASED_IN", "china") not in found, found


def test_a_place_called_the_seat_of_a_body_places_the_body() -> None:
    found = triples("Tobruk, the seat of the House of Representatives, hosted the talks.")
    assert ("house-of-representatives", "BASED_IN", "tobruk") in found, found


def test_a_group_operating_on_an_island_is_based_there() -> None:
    found = triples("The Moro Islamic Liberation Front still operates on Mindanao island.")
    assert ("moro-islamic-liberation-front", "BASED_IN", "mindanao-island") in found, found
    assert not [t for t in triples("The decision was based on intelligence from Kabul.") if t[1] == "BASED_IN"]


@pytest.mark.parametrize(
    ("text", "group", "places"),
    [
        ("Photo: Al-Shabaab fighters parade in the Middle Juba region, in 2021. (AP)", "al-shabaab", {"middle-juba"}),
        (
            "Photo: TNLA fighters near Namhsan, northern Shan State, November 2023. (AFP)",
            "taang-national-liberation-army",
            {"namhsan", "shan-state"},
        ),
        ("Photo: Houthi supporters rally in Sanaa in support of the strikes, 2024. (AP)", "houthis", {"sanaa"}),
    ],
)
def test_a_caption_showing_a_group_s_people_somewhere_places_the_group_there(
    text: str, group: str, places: set[str]
) -> None:
    found = triples(text)
    assert {o for s, t, o in found if s == group and t == "BASED_IN"} >= places, found


def test_only_a_caption_places_a_group_by_where_its_people_are_shown() -> None:
    found = triples("Al-Shabaab fighters parade in the Middle Juba region after the attack.")
    assert ("al-shabaab", "BASED_IN", "middle-juba") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Sentinel Front fighters are still active in Chad.",
        "Sentinel Front units have several camps in Chad.",
        "Sentinel Front commanders took shelter in Chad.",
    ],
)
def test_a_group_s_people_place_the_group(text: str) -> None:
    assert ("sentinel-front", "BASED_IN", "chad") in triples(text), triples(text)


def test_a_country_s_people_or_an_outlet_s_work_place_no_one() -> None:
    found = triples("Afghan militants are active in Pakistan. A BBC investigation is active in Kenya.")
    assert not {t for t in found if t[1] == "BASED_IN"}, found


def test_a_state_body_named_by_a_common_noun_after_its_state_is_based_there() -> None:
    found = triples("The Egyptian army shelled Sentinel Front positions. Chad's defence ministry condemned the attack.")
    bodies = {(s, o) for s, t, o in found if t == "BASED_IN" and o in {"egypt", "chad"}}
    assert len(bodies) == 2, found
    tied = {pair for s, t, o in found if t == "AFFILIATED_WITH" for pair in ((s, o), (o, s))}
    assert bodies <= tied, found


@pytest.mark.parametrize(
    "text",
    ["The Chadian embassy said its staff were safe.", "Chad's consulate condemned the attack."],
)
def test_a_state_s_embassy_is_tied_to_it_but_not_based_there(text: str) -> None:
    found = triples(text)
    assert any(t == "AFFILIATED_WITH" and "chad" in (s, o) for s, t, o in found), found
    assert ("chad", "BASED_IN") not in {(o, t) for s, t, o in found}, found


def test_an_organisation_s_office_named_after_a_state_is_placed_there_but_not_the_state_s() -> None:
    found = triples("Human Rights Watch's Kenya office condemned the arrests on Monday.")
    assert ("kenya-office", "BASED_IN", "kenya") in found, found
    assert not any(t == "AFFILIATED_WITH" and "kenya" in (s, o) for s, t, o in found), found


def test_a_state_in_a_name_is_no_home_where_the_text_bases_the_body_in_another_state() -> None:
    found = triples("The Syrian Observatory for Human Rights, a Britain-based war monitor, counted 40 dead on Friday.")
    assert ("syrian-observatory-for-human-rights", "BASED_IN", "united-kingdom") in found, found
    assert ("syrian-observatory-for-human-rights", "BASED_IN", "syria") not in found, found


def test_a_state_body_with_its_state_in_its_proper_name_is_only_tied_to_it() -> None:
    found = triples("The Iraqi Federal Police found the launcher near Kirkuk.")
    assert {t for s, t, o in found if {s, o} == {"iraqi-federal-police", "iraq"}} == {"AFFILIATED_WITH"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Jund al-Khilafa is al-Qaeda's network in Tunisia.",
        "Jund al-Khilafa, al-Qaeda's network in Tunisia, claimed the attack.",
    ],
)
def test_the_organisation_called_another_s_network_in_a_place_is_there_not_its_owner(text: str) -> None:
    found = triples(text)
    assert ("jund-al-khilafah", "BASED_IN", "tunisia") in found, found
    assert ("al-qaeda", "BASED_IN", "tunisia") not in found, found


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("The abduction of two nurses by Boko Haram militants in Gwoza drew condemnation.", "boko-haram", "gwoza"),
        (
            "Police blamed the killing of a teacher by Boko Haram gunmen in Maiduguri on Monday.",
            "boko-haram",
            "maiduguri",
        ),
    ],
)
def test_the_doers_of_an_incident_are_not_placed_where_it_was_done(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) not in triples(text), triples(text)


def test_the_people_an_incident_hit_are_placed_where_they_were() -> None:
    found = triples("Drone strikes on al-Shabaab fighters in Jilib went on.")
    assert ("al-shabaab", "BASED_IN", "jilib") in found, found


@pytest.mark.parametrize(
    ("text", "group", "side"),
    [
        ("The Georgian Legion fights on Kyiv's side.", "georgian-legion", "ukraine"),
        ("The Fatemiyoun Brigade fought in support of the Syrian government.", "fatemiyoun-brigade", "syria"),
    ],
)
def test_a_side_fought_for_is_an_ally_not_a_base(text: str, group: str, side: str) -> None:
    found = triples(text)
    assert (group, "ALLIED_WITH", side) in found, found
    assert (group, "BASED_IN", side) not in found, found


def test_a_place_fought_in_still_places_a_group_that_fights_on_behalf_of_another() -> None:
    found = triples("The Fatemiyoun Brigade fought on behalf of Iran in Aleppo for years.")
    assert ("fatemiyoun-brigade", "BASED_IN", "aleppo") in found, found
    assert ("fatemiyoun-brigade", "BASED_IN", "iran") not in found, found
