"""A page's labels, menus, cut-off names, qualifiers and languages spoken are not actors; a rank before a name is not
the name."""

from __future__ import annotations

import pytest
from conftest import graph_of
from spacy.tokens import Span

from graph.gazetteer import load_gazetteer
from loaders.mentions import mention_from_span
from loaders.nlp import load_nlp
from loaders.page_labels import heading_tokens, not_an_actor

pytestmark = pytest.mark.model


def names(text: str) -> set[str]:
    kg = graph_of(text)
    return {d["name"] for _, d in kg.g.nodes(data=True)}


def test_a_kicker_before_a_colon_is_no_actor_but_a_known_group_is() -> None:
    found = names("Explainer: Who are the Tamarel rebels?\n\nHezbollah: a short history\n\nThe group fired at Haifa.")
    assert "Explainer" not in found
    assert "Hezbollah" in found


def test_a_breadcrumb_line_names_no_actor() -> None:
    found = names("Home | Newsroom | Media Briefings\n\nThe Treasury sanctioned Kataib Hezbollah on Monday.")
    assert not {"Newsroom", "Media Briefings", "Newsroom | Media Briefings"} & found
    assert "Kataib Hezbollah" in found


def test_a_name_cut_at_a_conjunction_is_no_actor() -> None:
    found = names("OFAC added the firm to the Specially Designated Nationals and Blocked Persons List on Monday.")
    assert "OFAC" in found
    assert not any(name.endswith((" and", " of")) for name in found)


def test_a_name_qualifying_an_agreement_or_a_people_is_no_actor() -> None:
    found = names("The Tamarel agreement collapsed after the Bashkaran community fled the fighting in Mali.")
    assert not {"Tamarel", "Bashkaran"} & found
    assert "Mali" in found


def test_a_rank_before_a_name_leaves_the_whole_name() -> None:
    found = names("Two reservists died: Sergeant Liam Oduya Brandt and Specialist Carla Mendes Otero.")
    assert {"Liam Oduya Brandt", "Carla Mendes Otero"} <= found


def test_a_heading_a_kicker_and_a_credit_word_are_no_actors() -> None:
    text = (
        "## Background\n\nVideos posted online showed the Tamboura Front burning a depot in Mopti. "
        "The group said it acted alone.\n\n(Writing by Nora Felde; Editing by Ibrahim Salko)"
    )
    found = names(text)
    assert not {"Background", "Videos", "Writing"} & found
    assert {"Nora Felde", "Mopti"} <= found


def test_a_police_rank_is_no_part_of_the_name() -> None:
    text = (
        "PSNI Chief Constable Andrew Kerr said his officers were hunting the gunmen in Strabane. "
        "Detective Chief Superintendent Paul Gallagher said the New IRA was the focus."
    )
    found = names(text)
    assert {"Andrew Kerr", "Paul Gallagher"} <= found
    assert not any(name.split()[0] in {"Constable", "Superintendent"} for name in found)


def test_a_question_heading_in_capitals_names_no_actor_but_prose_acronyms_stay() -> None:
    text = (
        "WHO IS BEHIND IT\n\nA car bomb killed nine people in Mosul on Sunday. Officials blamed ISIS for the "
        "attack.\n\nWHAT HAPPENED NEXT?\n\nThe UN condemned the bombing."
    )
    kg = graph_of(text)
    found = {d["name"] for _, d in kg.g.nodes(data=True)}
    assert "World Health Organization" not in found
    assert {"ISIS", "United Nations"} <= found
    assert not any(s == "world-health-organization" for s, _, _ in kg.g.edges(keys=True))


@pytest.mark.parametrize(
    "text",
    [
        "Sgt. Tomas Wexley of the Rapid Support Forces was killed in the ambush near El Fasher.",
        "Lt. Col. Tomas Wexley of the Rapid Support Forces was killed in the ambush near El Fasher.",
    ],
)
def test_an_abbreviated_rank_ends_no_sentence_and_stays_out_of_the_name(text: str) -> None:
    doc = load_nlp()(text)
    assert len(list(doc.sents)) == 1
    kg = graph_of(text)
    found = {d["name"] for _, d in kg.g.nodes(data=True)}
    assert "Tomas Wexley" in found
    assert not any(name.startswith(("Sgt", "Lt", "Col")) for name in found)


def test_a_short_label_line_with_one_bar_names_no_actor_nor_the_region_it_files_under() -> None:
    found = names("RESEARCH NOTE | Horn of Africa Studies Unit\n\nKenyan troops clashed with al-Shabaab near Lamu.")
    assert not {"Horn of Africa Studies Unit", "Horn of Africa"} & found, found
    assert {"Lamu", "al-Shabaab"} <= found, found


def test_a_byline_with_one_bar_still_names_its_author() -> None:
    found = names("By Teodora Valcu, Danube Courier | 3 May 2024\n\nGunmen attacked a police post in Kidal.")
    assert "Teodora Valcu" in found, found


def test_a_law_named_in_the_text_is_no_actor() -> None:
    found = names(
        "The Tamarel Front was banned under the Public Order (Special Measures) Act in 2011. It was also listed "
        "under the Hostile Networks (Prevention) Act in 2019."
    )
    assert "Tamarel Front" in found, found
    assert not {"Public Order", "Hostile Networks", "Hostile Networks (Prevention) Act"} & found, found


def test_a_phrase_of_a_title_case_headline_named_nowhere_below_is_no_actor() -> None:
    found = names(
        "Kivu Council Renews Arms Embargo on the Rebels\n\nThe Kivu Council voted on Friday to keep the embargo."
    )
    assert "Kivu Council" in found, found  # named below the headline too
    assert not any("Renews" in name for name in found), found


def test_a_name_in_a_sentence_case_headline_is_still_read() -> None:
    found = names("Kivu Council renews arms embargo on the rebels\n\nThe embargo was renewed on Friday.")
    assert "Kivu Council" in found, found


def test_a_portfolio_before_a_ministers_title_is_no_actor() -> None:
    found = names("Finance Minister Tomas Arnell said the accounts of the group had been frozen.")
    assert "Finance" not in found and "Tomas Arnell" in found, found


def test_the_noun_of_an_agreement_alone_is_no_actor() -> None:
    doc = load_nlp()("Groups outside the Agreement kept fighting near Malakal.")
    assert not_an_actor(Span(doc, 3, 4, label="ORG"))  # "Agreement", the rest of a cut name
    assert not not_an_actor(Span(doc, 7, 8, label="GPE"))  # "Malakal"


def test_a_language_spoken_is_no_actor() -> None:
    found = names("Some of the gunmen speak only Kanuri or Zarma, residents of Garoua said.")
    assert not {"Kanuri", "Zarma"} & found
    assert "Garoua" in found


def test_a_breadcrumb_with_angle_marks_names_no_actor() -> None:
    found = names("Home › Africa › East Africa › Kenya › Lamu\n\nKenyan troops clashed with al-Shabaab near Lamu.")
    assert not any("Home" in name or "›" in name for name in found), found
    assert {"Lamu", "al-Shabaab"} <= found, found


def test_a_live_entry_heading_after_its_time_is_no_actor() -> None:
    found = names(
        "10:15 GMT - Verdict awaited in Kano\n\nThe court in Kano has not ruled.\n\n"
        "09:40 GMT - Protesters gather\n\nPolice in Kano dispersed a crowd."
    )
    assert not any("GMT" in name for name in found), found
    assert "Kano" in found, found


def test_the_fields_and_tags_of_a_listing_entry_are_no_actors() -> None:
    found = names(
        "The following person has been added to the Specially Designated Nationals and Blocked Persons (SDN) List:\n\n"
        'PETROVIC, Dragan (Cyrillic: ПЕТРОВИЋ, Драган; a.k.a. PETROVIC, D.; a.k.a. "DP"), Novi Sad, Serbia; '
        "DOB 02 Feb 1961; Gender Male; Organization Type: Trading [BALKANS-EO14033].\n\n"
        "Executive Order 14033: Blocking Property and Suspending Entry Into the United States of Certain Persons."
    )
    assert not {"Gender Male", "Organization Type", "BALKANS-EO14033", "Драган"} & found, found
    assert not any(";" in name or name.startswith(("Specially", "Blocking")) for name in found), found
    assert "Serbia" in found, found


def test_the_reporters_a_live_pages_credit_names_are_people() -> None:
    found = names(
        "*Live coverage by Kofi Boateng in Tamale and Yaw Asante in Bolgatanga*\n\n"
        "Soldiers seized the palace in Conakry on Sunday."
    )
    assert {"Kofi Boateng", "Yaw Asante"} <= found, found


def test_a_name_after_a_rank_of_two_words_is_a_persons_whatever_the_ner_read() -> None:
    doc = load_nlp()("Rear Admiral Moussa Sarr, head of the negotiators, met the General Intelligence Directorate.")
    ranked = mention_from_span(Span(doc, 0, 4, label="ORG"), load_gazetteer())
    body = mention_from_span(Span(doc, 11, 14, label="ORG"), load_gazetteer())
    assert (ranked.label, ranked.name) == ("Person", "Moussa Sarr"), ranked
    assert body.label == "Organization", body


def test_a_name_set_after_a_noun_of_a_language_is_the_language_no_actor() -> None:
    found = names(
        "The Tamarel Front takes its name from a word in the local language, Zaghawa, its founders said in Abeche."
    )
    assert "Zaghawa" not in found, found
    assert {"Tamarel Front", "Abeche"} <= found, found


def test_a_name_ending_in_a_lowercase_noun_of_a_building_is_a_site() -> None:
    kg = graph_of(
        "The 2019 escape from Kobar prison, in which a guard was shot, freed ten men. "
        "The group bombed the Lidorama supermarket in Bilbao in 1988."
    )
    found = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert found.get("Kobar prison") == "Location", found
    assert found.get("Lidorama supermarket") == "Location", found


def test_a_phrase_of_a_title_case_headline_below_a_kicker_or_in_a_related_link_is_no_actor() -> None:
    found = names(
        "SECURITY BRIEF | SAHEL\n\n"
        "Peace at Two Years: The Tamarel Front, the Dissidents and the Limits of Negotiation\n\n"
        "The Tamarel Front took the town of Menaka on Friday, officials said.\n\n"
        "Related: Treasury Sanctions Mali-based Gold Smugglers and Financial Facilitators (May 2, 2024)"
    )
    assert "Tamarel Front" in found, found  # named outside the headline too
    assert not {"Limits of Negotiation", "Gold Smugglers and Financial Facilitators"} & found, found


def test_is_in_capitals_in_prose_is_the_islamic_state() -> None:
    kg = graph_of("IS claimed the raid on the border post. Its current leader, Abu Yahya al-Shami, was not seen.")
    assert kg.g.has_edge("abu-yahya-al-shami", "isis", key="LEADS"), list(kg.g.edges(keys=True))


def test_a_common_word_amid_capitals_names_no_actor() -> None:
    kg = graph_of("THE AMBUSH IS THE WORST IN YEARS, the governor said of the raid in Kidal.")
    assert "ISIS" not in {d["name"] for _, d in kg.g.nodes(data=True)}


def test_a_common_word_in_capitals_beside_an_acronym_stays_an_actor() -> None:
    kg = graph_of("On Friday US CENTCOM said it had struck a depot in Raqqa.")
    assert "United States" in {d["name"] for _, d in kg.g.nodes(data=True)}


def test_a_common_word_in_capitals_after_the_article_a_stays_an_actor() -> None:
    kg = graph_of("A US strike hit a depot in Raqqa on Friday.")
    assert "United States" in {d["name"] for _, d in kg.g.nodes(data=True)}


def test_a_line_in_capitals_is_a_heading_only_when_it_asks() -> None:
    doc = load_nlp()("HOW THE AMBUSH UNFOLDED\nTHE ARMY SAID THE AMBUSH WAS REPELLED\nWHY NOW?\nThe army said so.")
    found = {doc[i].text for i in heading_tokens(doc)}
    assert {"HOW", "UNFOLDED", "WHY", "NOW"} <= found
    assert not {"ARMY", "REPELLED", "army"} & found


def test_a_body_before_list_as_is_a_sanctioner_not_a_qualifier_of_a_list() -> None:
    text = "The PKK, which Turkey, the United States and the Andean Union list as a terrorist organisation, denied it."
    assert "Andean Union" in names(text)
