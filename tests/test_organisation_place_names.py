"""An organisation placed by its own name or by the "in" of its own phrase: each construction on a sentence written
for its test."""

from __future__ import annotations

import pytest
from conftest import named_links


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (  # two "of"s in the name: the place is the last one's
            "The Union of Democratic Forces of Guinea (UFDG) said Guinea must hold elections.",
            "Union of Democratic Forces of Guinea",
            "Guinea",
        ),
        (  # a place the gazetteer does not know, named on its own in the document
            "The National Democratic Front of Bodoland (NDFB) attacked a camp in Bodoland on Monday.",
            "National Democratic Front of Bodoland",
            "Bodoland",
        ),
        (  # "for" before the place
            "The far-right Alternative for Germany (AfD) won seats in the Bundestag, Germany's parliament.",
            "Alternative for Germany",
            "Germany",
        ),
        (  # a Spanish name's "de" before the place
            "The Movimiento Revolucionario de Honduras (MRH) claimed the attack on Monday.",
            "Movimiento Revolucionario de Honduras",
            "Honduras",
        ),
    ],
)
def test_an_organisation_named_after_a_place_is_based_there(text: str, group: str, place: str) -> None:
    links = named_links(text, "BASED_IN")
    assert (group, place) in links, links


def test_an_organisation_s_short_name_in_brackets_keeps_its_in_phrase() -> None:
    links = named_links("The Mombasa Republican Council (MRC) in Kilifi denied the report.", "BASED_IN")
    assert ("Mombasa Republican Council", "Kilifi") in links, links


def test_the_in_phrase_after_a_verb_s_object_places_the_object() -> None:
    links = named_links("Ugandan troops attacked the ADF in Beni on Tuesday.", "BASED_IN")
    assert ("Allied Democratic Forces", "Beni") in links, links


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Analysts say JNIM in central Mali has grown.", "JNIM", "Mali"),
        (  # the short name in brackets, the name the object of the verb the "in" hangs on
            "Officials blamed the Allied Democratic Forces (ADF) in eastern Congo for the raid.",
            "Allied Democratic Forces",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_words_of_direction_after_an_organisation_s_in_keep_its_place(text: str, group: str, place: str) -> None:
    links = named_links(text, "BASED_IN")
    assert (group, place) in links, links


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("US envoys met the Taliban in Doha on Monday.", "Taliban", "Doha"),  # where they met
        ("An Indigenous leader was killed by FARC dissidents in Toribio on Sunday.", "FARC dissidents", "Toribio"),
    ],
)
def test_the_in_phrase_after_a_meeting_or_a_passive_s_doer_does_not_place_the_name(
    text: str, group: str, place: str
) -> None:
    links = named_links(text, "BASED_IN")
    assert (group, place) not in links, links


def test_a_noun_of_what_an_organisation_is_keeps_its_in_phrase_and_the_places_listed() -> None:
    links = named_links("Residents fled after the Lakurawa armed group in Sokoto and Kebbi seized cattle.", "BASED_IN")
    assert {("Lakurawa", "Sokoto"), ("Lakurawa", "Kebbi")} <= set(links), links


def test_an_incident_s_place_after_a_described_organisation_does_not_place_it() -> None:
    links = named_links("The attack by the Lakurawa armed group in Sokoto killed ten herders.", "BASED_IN")
    assert ("Lakurawa", "Sokoto") not in links, links


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Rights groups documented abuses by the Wagner Group in Kidal last year.", "Wagner Group", "Kidal"),
        (
            "The commander was killed during a confrontation with the Ansaru group in the Kamuku forest.",
            "Ansaru",
            "Kamuku",
        ),
        ("He was wounded in a battle with the Ansaru group in Birnin Gwari.", "Ansaru", "Birnin Gwari"),
    ],
)
def test_the_place_of_a_deed_or_a_fight_after_its_doer_or_foe_does_not_place_it(
    text: str, group: str, place: str
) -> None:
    links = named_links(text, "BASED_IN")
    assert (group, place) not in links, links


def test_a_place_that_only_names_an_incident_does_not_place_the_organisation_before_it() -> None:
    links = named_links("Troops retook two towns from al-Shabaab in the Hiraal offensive.", "BASED_IN")
    assert ("al-Shabaab", "Hiraal") not in links, links


def test_the_in_phrase_of_a_group_s_affiliate_places_the_affiliate_not_the_group() -> None:
    links = named_links("Ansar Dine, an al-Qaeda affiliate in the Sahel, claimed the raid.", "BASED_IN")
    assert ("Ansar Dine", "Sahel") in links, links
    assert ("al-Qaeda", "Sahel") not in links, links


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Ansaru raises money for its operations in Nigeria and beyond.", "Ansaru", "Nigeria"),
        ("A veteran commander ran Ansaru's structures in Kaduna and Zamfara.", "Ansaru", "Zamfara"),
        ("Ansaru fighters shelter in Niger, officials say.", "Ansaru", "Niger"),
        ("Ansaru has since spread from Kaduna into Niger and Chad.", "Ansaru", "Chad"),
    ],
)
def test_an_organisation_s_operations_structures_shelter_or_spread_place_it(text: str, group: str, place: str) -> None:
    links = named_links(text, "BASED_IN")
    assert (group, place) in links, links


def test_an_operation_with_no_organisation_s_name_places_none() -> None:
    links = named_links("A military operation in Kebbi killed ten Ansaru fighters.", "BASED_IN")
    assert ("Ansaru", "Kebbi") not in links, links


def test_operations_run_by_a_subject_are_incidents_not_a_base() -> None:
    text = "The Kenya Defence Forces have been conducting ground operations in Lamu since May."
    links = named_links(text, "BASED_IN")
    assert not any(place == "Lamu" for _, place in links), links


def test_fighting_that_spreads_places_no_organisation() -> None:
    links = named_links("After Ansaru struck, the fighting spread to Kaduna and Zamfara.", "BASED_IN")
    assert not any(place in {"Kaduna", "Zamfara"} for _, place in links), links


@pytest.mark.parametrize(
    "text",
    [
        "Ansaru and Boko Haram are small Nigerian militant groups that emerged after 2009.",
        "Ansaru (the Vanguard, AV) and Boko Haram (BH) are small Nigerian Sunni militant groups.",
    ],
)
def test_a_plural_description_after_joined_subjects_places_each_one(text: str) -> None:
    links = named_links(text, "BASED_IN")
    assert {("Ansaru", "Nigeria"), ("Boko Haram", "Nigeria")} <= set(links), links


def test_a_demonym_before_another_modifier_of_the_description_places_it() -> None:
    links = named_links("Ansaru is a small Nigerian Salafi militant group.", "BASED_IN")
    assert ("Ansaru", "Nigeria") in links, links


def test_a_name_that_opens_with_one_state_and_ends_in_another_is_based_in_the_other() -> None:
    links = named_links("The US Mission in Kenya said its staff were safe.", "BASED_IN")
    assert ("US Mission in Kenya", "Kenya") in links, links
    assert ("US Mission in Kenya", "United States") not in links, links


@pytest.mark.parametrize(
    ("text", "group", "state"),
    [
        ("The Chad Liberation Front (CLF) claimed the attack on Monday.", "Chad Liberation Front", "Chad"),
        ("Gunmen robbed the Mali Development Bank (MDB) on Monday.", "Mali Development Bank", "Mali"),
    ],
)
def test_a_state_s_own_name_opening_an_organisation_s_name_does_not_base_it_there(
    text: str, group: str, state: str
) -> None:
    assert (group, state) not in named_links(text, "BASED_IN")


def test_a_state_s_demonym_opening_an_organisation_s_name_bases_it_there() -> None:
    links = named_links("The Chadian Liberation Front (CLF) claimed the attack on Monday.", "BASED_IN")
    assert ("Chadian Liberation Front", "Chad") in links, links


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Two lecturers of the University of Kadugli were freed on Monday.", "University of Kadugli", "Kadugli"),
        ("The Kadugli University Council met on Monday, residents of Kadugli said.", "Kadugli University", "Kadugli"),
        ("The Chadian Commercial Bank froze the accounts on Monday.", "Chadian Commercial Bank", "Chad"),
    ],
)
def test_a_university_or_bank_whose_title_carries_a_place_is_not_based_there_by_its_name(
    text: str, body: str, place: str
) -> None:
    links = named_links(text, "BASED_IN")
    assert not {(b, p) for b, p in links if body in b and p == place}, links


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (  # the homeland opens the name
            "Separatists want a state called Ambazonia in the Anglophone regions. The Ambazonia Defence Forces "
            "ambushed a patrol near Bamenda.",
            "Ambazonia Defence Forces",
        ),
        (  # the homeland ends the name
            "Secessionists dream of Biafra. The Indigenous People of Biafra called a strike in Enugu.",
            "Indigenous People of Biafra",
        ),
    ],
)
def test_a_homeland_a_movement_fights_for_does_not_place_it_by_its_name(text: str, group: str) -> None:
    links = named_links(text, "BASED_IN")
    assert not [place for name, place in links if name == group], links


def test_a_body_named_after_a_homeland_is_no_member_of_it() -> None:
    text = "Nijjar campaigned for Khalistan, a Sikh homeland. India said he led the Khalistan Tiger Force."
    links = named_links(text, "MEMBER_OF")
    assert ("Khalistan Tiger Force", "Khalistan") not in links, links


def test_a_real_region_named_like_a_homeland_still_places_a_body_by_its_name() -> None:
    text = "Officials in the Kurdistan Region said the Kurdistan Region Security Council had arrested two men in Erbil."
    links = named_links(text, "BASED_IN")
    assert ("Kurdistan Region Security Council", "Kurdistan Region") in links, links


@pytest.mark.parametrize(
    "text",
    [
        "Reporters waited for hours outside the Supreme Electoral Council in Caracas on Friday.",
        "The two delegations shook hands at the Supreme Electoral Council in Caracas on Friday.",
    ],
)
def test_a_body_named_as_a_site_one_is_at_is_not_placed_by_the_in_after_it(text: str) -> None:
    links = named_links(text, "BASED_IN")
    assert ("Supreme Electoral Council", "Caracas") not in links, links


def test_a_body_named_on_its_own_keeps_its_in_phrase() -> None:
    links = named_links("The Supreme Electoral Council in Caracas delayed the count on Friday.", "BASED_IN")
    assert ("Supreme Electoral Council", "Caracas") in links, links
