"""Places in comma chains and in lists of divisions, and groups described after their short name: each construction
on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of
from spacy.tokens import Span
from test_real_text import triples

from loaders.joined_names import name_parts
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def located(text: str) -> set[tuple[str, str]]:
    """The LOCATED_IN pairs of a one-sentence graph."""
    return {(s, o) for s, t, o in triples(text) if t == "LOCATED_IN"}


def test_a_comma_chain_places_the_first_place_in_every_wider_one() -> None:
    found = located("Police questioned two men in Kalehe district, South Kivu province, Congo, last week.")
    assert {("kalehe", "south-kivu"), ("kalehe", "democratic-republic-of-the-congo")} <= found, found
    assert ("south-kivu", "democratic-republic-of-the-congo") in found, found


def test_a_division_named_after_a_place_before_a_comma_is_that_place_s_own() -> None:
    found = located("Soldiers manned a checkpoint in Kismayo district, Lower Juba, on Friday.")
    assert ("kismayo", "lower-juba") in found, found
    assert ("lower-juba", "kismayo") not in found, found


def test_a_name_before_department_is_a_division_that_holds_the_village_in_it() -> None:
    found = located("Gunmen raided the village of Bankilare, in the Tera department, on Monday.")
    assert ("bankilare", "tera-niger") in found, found  # the known "Tera (Niger)"


def test_places_listed_after_a_division_plural_lie_in_the_place_before_it() -> None:
    found = located("Floods cut roads in the northern Borno districts of Bama, Gwoza and Konduga.")
    assert {("bama", "borno"), ("gwoza", "borno"), ("konduga", "borno")} <= found, found
    assert ("borno", "bama") not in found, found


def test_a_description_after_a_bracketed_short_name_places_the_named_organisation() -> None:
    found = triples(
        "Chadian troops serve with the Multinational Joint Task Force (MNJTF), "
        "the regional force headquartered in Maiduguri."
    )
    assert ("multinational-joint-task-force", "BASED_IN", "maiduguri") in found, found


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (
            "The Allied Democratic Forces, whose main base has long been the Rwenzori mountains, denied the attack.",
            "allied-democratic-forces",
            "rwenzori",
        ),
        ("Ansar Dine denied the raid. Its stronghold is the Kidal region.", "ansar-dine", "kidal"),
        (
            "Al-Shabaab was founded in 2006 by former Islamic Courts fighters, and its strongholds are in Jilib.",
            "al-shabaab",
            "jilib",
        ),
    ],
)
def test_an_organisation_s_base_said_to_be_a_place_places_it(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in triples(text), triples(text)


def test_a_state_army_s_stronghold_does_not_place_it() -> None:
    found = triples("The Malian army retook Gao in 2013. Its stronghold is the Kidal region.")
    assert not {(s, o) for s, t, o in found if t == "BASED_IN" and o != "mali"}, found  # its state's army, not Kidal


def test_a_group_active_around_a_place_is_based_there() -> None:
    assert ("ansar-dine", "BASED_IN", "timbuktu") in triples("Ansar Dine remains active around Timbuktu.")


def test_a_group_from_the_mountains_of_a_place_is_based_there() -> None:
    found = triples("The Houthis are a Zaydi movement from the mountains of Saada in northern Yemen.")
    assert ("houthis", "BASED_IN", "saada") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen burned homes in Mpondwe, in western Uganda's Kasese district, overnight.",
        "Gunmen burned homes in Mpondwe in Uganda's Kasese district overnight.",
    ],
)
def test_a_place_in_a_state_s_division_lies_in_the_division_and_the_division_in_the_state(text: str) -> None:
    found = located(text)
    assert {("mpondwe", "kasese"), ("kasese", "uganda")} <= found, found
    assert ("mpondwe", "uganda") not in found, found  # the nearest level the text states, as the gold annotates


def test_a_ship_s_crew_from_countries_does_not_place_the_group_that_seized_it() -> None:
    found = triples(
        "The Houthis seized the cargo ship in November. Its 25 crew members, from Bulgaria and Mexico, were held."
    )
    assert not {(s, o) for s, t, o in found if t == "BASED_IN" and s == "houthis"}, found


def test_a_group_s_own_cell_members_still_place_it() -> None:
    assert ("hamas", "BASED_IN", "jenin") in triples("Hamas said its cell members in Jenin were arrested.")


def test_a_state_s_possessive_on_an_affiliate_does_not_place_the_parent() -> None:
    found = triples("Syria's al-Qaeda affiliate has grown stronger, analysts said.")
    assert ("al-qaeda", "BASED_IN", "syria") not in found, found
    assert ("al-shabaab", "BASED_IN", "somalia") in triples("Somalia's al-Shabaab claimed the bombing.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels split into two wings, Jabhat al-Nusra and Ahrar al-Sham, both of which are based in Idlib.",
        "Analysts named Jabhat al-Nusra, Ahrar al-Sham and Hayat Tahrir al-Sham, all based in Idlib, as rivals.",
    ],
)
def test_organisations_listed_before_all_based_in_a_place_are_each_based_there(text: str) -> None:
    found = {s for s, t, o in triples(text) if t == "BASED_IN" and o == "idlib"}
    assert {"nusra-front", "ahrar-al-sham"} <= found, found


def test_a_base_named_with_its_country_after_a_comma_places_the_group_in_both() -> None:
    found = triples("Al-Shabaab, a militant group headquartered in Jilib, Somalia, claimed the attack.")
    assert {("al-shabaab", "BASED_IN", "jilib"), ("al-shabaab", "BASED_IN", "somalia")} <= found, found


def test_a_desk_named_after_a_place_is_not_based_there() -> None:
    text = "By Staff reporter, West Bank Desk\n\nIsraeli forces raided Jenin in the West Bank on Monday."
    assert not {(s, o) for s, t, o in triples(text) if t == "BASED_IN"}, triples(text)


def test_a_credit_line_s_places_are_where_reporters_were_not_places_in_places() -> None:
    text = (
        "BOSASO, Somalia (Reuters) - Fighting erupted near Bosaso on Friday.\n\n"
        "(Reporting by Abdi Warsame in Bosaso and Hodan Jama in Garowe; Writing by Ruth Kimani)"
    )
    found = located(text)
    assert ("bosaso", "somalia") in found, found
    assert not {(s, o) for s, o in found if o == "garowe"}, found


def test_a_demonym_describing_a_group_after_a_place_does_not_place_it_in_the_country() -> None:
    found = located("Rebels overran Kitchanga, the Congolese group said in a statement.")
    assert not {o for s, o in found if s.endswith("kitchanga")}, found
    assert ("mosul", "iraq") in located("Troops patrolled Mosul, Iraq, on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Women sell maize at the market in Kabindi, Ruzizi Plain, 12 May 2023.",
        "Photo: Women sell maize at the market in Kabindi, Ruzizi Plain, May 2023.",
    ],
)
def test_a_caption_s_two_places_before_a_date_are_a_place_and_its_wider_place(text: str) -> None:
    assert ("kabindi", "ruzizi-plain") in located(text), located(text)


def test_places_listed_after_including_lie_in_the_place_before() -> None:
    found = located("Rebels clashed with soldiers in Central Equatoria, including around Yei and Morobo.")
    assert {("yei", "central-equatoria"), ("morobo", "central-equatoria")} <= found, found


def test_a_listed_place_opening_with_the_lies_in_the_place_before_including_too() -> None:
    found = located("Air raid alarms rang across Kenya, including in Nakuru and the Rift Valley, late on Monday.")
    assert {("nakuru", "kenya"), ("rift-valley", "kenya")} <= found, found


def test_a_name_the_ner_read_as_a_person_s_is_a_place_when_the_sentence_says_so() -> None:
    assert ("dansadau", "zamfara") in located("Bandits stormed Dansadau, a farming village in Zamfara, overnight.")


def test_a_place_an_incident_is_named_after_lies_in_the_place_after_its_in() -> None:
    found = located("Police recalled the Kapsabet market bombing in Nandi county, which killed four people.")
    assert ("kapsabet", "nandi-county") in found, found


def test_a_division_of_a_country_s_region_lies_in_the_region() -> None:
    found = located("Troops patrolled the Abala department of northern Niger's Tillabéri region on Friday.")
    assert ("abala", "tillaberi") in found, found


def test_places_listed_before_a_plural_division_noun_all_lie_in_the_place_after_of() -> None:
    found = located("Troops patrolled the Zummar and Rabia areas of Nineveh province.")
    assert {("zummar", "nineveh"), ("rabia", "nineveh")} <= found, found


def test_a_place_said_to_be_also_in_another_lies_in_it() -> None:
    assert ("teguey", "tillaberi") in located("Four soldiers died in an ambush near Teguey, also in Tillaberi.")


def test_places_included_after_a_border_lie_along_it_not_across_it() -> None:
    found = located("The rebels hold several villages along the border with Uganda, including Bunagana and Kitagoma.")
    assert ("bunagana", "uganda") not in found, found
    assert ("akobo", "jonglei") in located("Clashes spread across Jonglei, including around Akobo and Nasir.")


def test_a_distance_from_a_place_called_what_it_is_puts_a_place_near_it() -> None:
    found = located("Palma, about 60 km north of the district capital of Mocimboa da Praia, was shelled.")
    assert ("palma", "mocimboa-da-praia") in found, found


def test_a_place_called_a_group_s_stronghold_in_another_lies_in_it() -> None:
    found = located("Troops retook Bunagana, an M23 stronghold in Rutshuru territory, on Tuesday.")
    assert ("bunagana", "rutshuru") in found, found


def test_a_place_written_without_its_known_division_noun_is_the_known_place() -> None:
    kg = graph_of("The army lost Shan State's towns. Rebels in northern Shan took Lashio.")
    names = {d["name"] for _, d in kg.g.nodes(data=True)}
    assert "Shan State" in names and "Shan" not in names, names


def test_a_place_after_a_town_and_its_state_is_the_town_s_not_the_state_s() -> None:
    found = triples("The convoy was hit in Silver City, New Mexico, near Deming, on Friday.")
    assert ("silver-city", "LOCATED_IN", "new-mexico") in found, found
    assert ("new-mexico", "LOCATED_IN", "deming") not in found, found


def test_any_common_noun_set_beside_a_place_places_it_by_its_in() -> None:
    found = located("Shots were fired outside Rosewood Arena, a concert venue in Nairobi, late on Friday.")
    assert ("rosewood-arena", "nairobi") in found, found


def test_a_noun_beside_a_place_without_a_place_of_its_own_places_nothing() -> None:
    found = located("Rosewood Arena, a concert venue, was closed in January.")
    assert not {s for s, _ in found} & {"rosewood-arena"}, found


def test_a_place_in_a_region_a_state_occupies_lies_in_the_region_not_in_the_state() -> None:
    kg = graph_of("A school in Tokmak, in Russian-occupied Zaporizhzhia region, was shelled on Monday.")
    assert kg.g.has_edge("tokmak", "zaporizhzhia-region", "LOCATED_IN")
    assert not kg.g.has_edge("tokmak", "russia", "LOCATED_IN")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Djibo lies some 200 km north of Ouagadougou, on the road to Mali.", ("djibo", "ouagadougou")),
        ("The Kalma camp, which sits on the edge of Nyala, was shelled overnight.", ("kalma", "nyala")),
        ("Camp Lemonnier is located about 10 km south of Djibouti City.", ("camp-lemonnier", "djibouti-city")),
    ],
)
def test_a_place_said_to_lie_in_or_near_another_lies_in_it(text: str, pair: tuple[str, str]) -> None:
    found = located(text)
    assert any(s.startswith(pair[0]) and o == pair[1] for s, o in found), found


def test_a_place_lying_in_ruins_or_between_two_others_lies_in_neither() -> None:
    assert located("After the siege, Marawi lies in ruins.") == set()
    assert ("kidal", "gao") not in located("Anefis lies between Kidal and Gao.")


def test_places_listed_after_a_state_s_plural_division_of_lie_in_that_state() -> None:
    found = located("Aid convoys reached the Nigerian states of Borno, Yobe and Adamawa after the floods.")
    assert {("borno", "nigeria"), ("yobe", "nigeria"), ("adamawa", "nigeria")} <= found, found


def test_a_country_in_brackets_after_a_place_is_where_the_place_lies() -> None:
    found = located("Traders cross daily between Posadas (Argentina) and Encarnacion (Paraguay) by bridge.")
    assert {(s, o) for s, o in found if o in {"argentina", "paraguay"}} >= {("posadas", "argentina")}, found
    assert not {(s, o) for s, o in found if s in {"argentina", "paraguay"}}, found


def test_a_place_on_the_shore_of_another_lies_in_it_but_not_a_place_on_a_day() -> None:
    assert ("kalehe", "lake-kivu") in located("Boats left Kalehe, on the western shore of Lake Kivu, at dawn.")
    assert not located("Rebels entered Kalehe on Tuesday, Lake Kivu residents said.")


def test_a_sea_named_before_an_owner_s_coast_is_not_placed_in_the_owner() -> None:
    found = located("Smugglers land boats on Libya's Mediterranean coast every week.")
    assert not {(s, o) for s, o in found if o == "libya"}, found
    assert ("borno", "nigeria") in located("Floods hit Nigeria's Borno state and its coastline of lakes.")


def test_a_place_on_an_owner_s_coast_lies_in_the_owner_and_by_the_sea() -> None:
    found = located("Traders ship charcoal from Kismayo on Somalia's Indian Ocean coast.")
    assert {("kismayo", "somalia"), ("kismayo", "indian-ocean")} <= found, found
    assert ("indian-ocean", "somalia") not in found, found


def test_a_body_s_name_run_over_a_comma_after_a_preposition_of_place_is_two_places() -> None:
    doc = load_nlp()("The commander was captured in Velkaro, Ostrania, in October and extradited.")
    start = next(t.i for t in doc if t.text == "Velkaro")
    parts = name_parts(Span(doc, start, start + 3, label="ORG"))
    assert [(p.text, p.label_) for p in parts] == [("Velkaro", "LOC"), ("Ostrania", "LOC")], parts


def test_a_body_s_name_with_a_comma_after_the_article_stays_whole() -> None:
    doc = load_nlp()("She spoke in the Foreign, Commonwealth and Development Office on Monday.")
    start = next(t.i for t in doc if t.text == "Foreign")
    parts = name_parts(Span(doc, start, start + 6, label="ORG"))
    assert [p.text for p in parts] == ["Foreign, Commonwealth and Development Office"], parts


def test_a_capitalised_kind_noun_closes_a_name_and_places_nothing() -> None:
    assert not located("Fighters of the Ugandan State Rwenzori Province raided a farm near Kasese on Monday.")
