"""The gazetteer's forms as the pipeline reads them: a longer name that opens with another entry's name is read as
itself, and the actors added to ``seeds/actors.yaml`` are found in sentences written for this test.

A form shared by two entries is caught by ``test_seeds.test_every_form_points_to_one_actor`` (the file marks no form
as shared, so none may be)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

from graph.gazetteer import Gazetteer, is_acronym, load_gazetteer
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model

FRAME = "Officials said {} was named in the report."
FRAME_START = 2  # the token the form opens at in FRAME


def form_key(form: str) -> tuple[str, ...]:
    """A form's tokens as its ruler compares them: acronyms as written, other names in lowercase."""
    words = [t.text for t in load_nlp().make_doc(form)]
    return tuple(words if is_acronym(form) else (w.lower() for w in words))


def forms_opening_with_other_entries(gaz: Gazetteer) -> dict[str, tuple[str, set[str]]]:
    """Each form of an entry whose first words are a whole form of other entries: the form's entry and those."""
    keys = {(actor.id, form): form_key(form) for actor in gaz.actors.values() for form in actor.surfaces}
    ids_by_key: dict[tuple[str, ...], set[str]] = {}
    for (actor_id, _), key in keys.items():
        ids_by_key.setdefault(key, set()).add(actor_id)
    opening: dict[str, tuple[str, set[str]]] = {}
    for (actor_id, form), key in keys.items():
        shorter = {other for n in range(1, len(key)) for other in ids_by_key.get(key[:n], ()) if other != actor_id}
        if shorter:
            opening[form] = (actor_id, shorter)
    return opening


def test_no_longer_name_is_read_as_the_shorter_name_it_opens_with() -> None:
    opening = forms_opening_with_other_entries(load_gazetteer())
    assert opening["Kurdistan Region Security Council"] == ("kurdistan-region-security-council", {"kurdistan-region"})
    forms = sorted(opening)
    misread = []
    for form, doc in zip(forms, load_nlp().pipe(FRAME.format(form) for form in forms), strict=True):
        read = next((e.id_ for e in doc.ents if e.start <= FRAME_START < e.end), None)
        if read in opening[form][1]:
            misread.append((form, read))
    assert misread == []


ADDED = {
    "Fighters of the Front for Change and Concord in Chad, led by Mahamat Mahdi Ali, clashed with the DGSSIE.": {
        "front-for-change-and-concord-in-chad",
        "mahamat-mahdi-ali",
        "dgssie",
    },
    "Timan Erdimi said the Union of Resistance Forces would not talk to the Chadian Transitional Military Council.": {
        "timan-erdimi",
        "union-of-resistance-forces",
        "transitional-military-council-chad",
    },
    "The Kachin commander Htang Gam Shawng met Nyo Twan Awng and Yee Mon in the hills.": {
        "htang-gam-shawng",
        "nyo-twan-awng",
        "yee-mon",
    },
    "Naparama fighters and Ansar al-Sunna insurgents fought for a week, and Abraham Belay flew north.": {
        "naparama",
        "ahlu-sunnah-wa-jama",
        "abraham-belay",
    },
    "Gabriel Jean-Pierre and Izo signed the truce.": {"gabriel-jean-pierre", "johnson-andre"},
    "The Patriotic Movement for Safeguard and Restoration and the National Committee for the Salvation of the People "
    "both seized power, and URDPC fighters raided a camp.": {
        "burkinabe-junta",
        "national-committee-for-the-salvation-of-the-people",
        "urdpc",
    },
    "The Puntland Maritime Police Force trained with Zeravani units while Masrour Barzani chaired the Kurdistan Region "
    "Security Council, and Rojava held elections.": {
        "puntland-maritime-police-force",
        "zeravani",
        "masrour-barzani",
        "kurdistan-region-security-council",
        "rojava",
    },
    "Aslan Bzhania and then Badra Gunba led the Abkhaz government; Alan Gagloev heads the South Ossetian government.": {
        "aslan-bzhania",
        "badra-gunba",
        "government-of-abkhazia",
        "alan-gagloev",
        "government-of-south-ossetia",
    },
    "Vadim Krasnoselsky followed Yevgeny Shevchuk in Transnistria; Radovan Višković led the Republika Srpska "
    "government.": {
        "vadim-krasnoselsky",
        "yevgeny-shevchuk",
        "transnistria",
        "radovan-viskovic",
        "government-of-republika-srpska",
    },
    "Saleh Kebzabo followed Albert Pahimi Padacké in office, and the Chadian National Army moved north.": {
        "saleh-kebzabo",
        "albert-pahimi-padacke",
        "chadian-armed-forces",
    },
    "Lassina Zerbo, Abdoulaye Diop and Bakary Yaou Sangaré met as Malick Diaw opened Mali's National Transitional "
    "Council.": {
        "lassina-zerbo",
        "abdoulaye-diop",
        "bakary-yaou-sangare",
        "malick-diaw",
        "national-transitional-council-mali",
    },
    "Mya Tun Oo spoke after Kyaw Moe Tun, while Khaing Thukha, Lway Yay Oo, Saw Taw Nee and Naw Bu denied it.": {
        "mya-tun-oo",
        "kyaw-moe-tun",
        "khaing-thukha",
        "lway-yay-oo",
        "saw-taw-nee",
        "naw-bu",
    },
    "Kenea Yadeta praised the Ethiopian Air Force under Yilma Merdasa.": {
        "kenea-yadeta",
        "ethiopian-air-force",
        "yilma-merdasa",
    },
    "Fritz Alphonse Jean took over from Edgard Leblanc Fils.": {"fritz-alphonse-jean", "edgard-leblanc-fils"},
    "Qoorqoor, Laftagareen and Ali Gudlawe backed the Ministry of Peshmerga Affairs plan.": {
        "ahmed-abdi-karie",
        "abdiaziz-laftagareen",
        "ali-gudlawe",
        "ministry-of-peshmerga-affairs",
    },
    "Ersin Tatar and Tufan Erhürman led the Turkish Cypriot administration of Northern Cyprus.": {
        "ersin-tatar",
        "tufan-erhurman",
        "turkish-cypriot-administration",
        "northern-cyprus",
    },
    "Ishmael Toroama leads the Autonomous Bougainville Government on Bougainville.": {
        "ishmael-toroama",
        "autonomous-bougainville-government",
        "bougainville",
    },
    "Mohamed al-Kani's Kaniyat held Tarhuna, and Belgassem Haftar flew from Kufra to Bani Walid.": {
        "mohamed-al-kani",
        "kaniyat",
        "tarhuna",
        "belgassem-haftar",
        "kufra",
    },
    "Villagers fled Kolofata for Maroua after Mamman Nur's fighters raided Chibok and Gamboru.": {
        "kolofata",
        "maroua",
        "mamman-nur",
        "chibok",
        "gamboru",
    },
    "Paul Malong's South Sudan United Front denied the raid on Pibor, and Minembwe and Kamituga fell quiet.": {
        "paul-malong",
        "south-sudan-united-front",
        "pibor",
        "minembwe",
        "kamituga",
    },
    "Abu Zaraa al-Muharrami's Giants Brigades and the Security Belt Forces pushed toward Zinjibar and Lawdar.": {
        "abu-zaraa-al-muharrami",
        "security-belt-forces",
        "zinjibar",
        "lawdar",
    },
    "Hikmat al-Hijri met Laith al-Balous in Shahba while the Men of Dignity guarded Jaramana.": {
        "hikmat-al-hijri",
        "laith-al-balous",
        "shahba",
        "men-of-dignity",
        "jaramana",
    },
    "Rayan al-Kildani's Babylon Brigades moved from Tal Afar to Baqubah.": {
        "rayan-al-kildani",
        "babylon-brigades",
        "tal-afar",
        "baqubah",
    },
    "Rockets hit Kiryat Shmona and Metula after Givati Brigade troops entered Shejaiya.": {
        "kiryat-shmona",
        "metula",
        "givati-brigade",
        "shejaiya",
    },
    "The Baloch Yakjehti Committee marched to Panjgur after Mahrang Baloch was detained in Khuzdar.": {
        "baloch-yakjehti-committee",
        "panjgur",
        "mahrang-baloch",
        "khuzdar",
    },
    "Hafiz Saeed's men trained in Muridke while the Pakistan Air Force flew over Bahawalpur.": {
        "hafiz-saeed",
        "muridke",
        "pakistan-air-force",
        "bahawalpur",
    },
    "District Reserve Guard teams and CoBRA commandos swept Kanker and Kondagaon.": {
        "district-reserve-guard",
        "cobra",
        "kanker",
        "kondagaon",
    },
    "Than Shwe and Saw Chit Thu were named over Shwe Kokko, and the Atomic Energy Organization of Iran over Parchin.": {
        "than-shwe",
        "saw-chit-thu",
        "shwe-kokko",
        "atomic-energy-organization-of-iran",
        "parchin",
    },
    "Isnilon Hapilon fled Patikul for Sumisip.": {"isnilon-hapilon", "patikul", "sumisip"},
    "Gran Grif raided Liancourt, and Jeff Larose's Canaan gang held Arcahaie.": {
        "liancourt",
        "jeff-larose",
        "canaan-gang",
        "arcahaie",
    },
    "Los Shottas and Los Espartanos fought in Quibdo while the Carlos Patino Front held El Plateado.": {
        "los-shottas",
        "los-espartanos",
        "quibdo",
        "carlos-patino-front",
        "el-plateado",
    },
    "Hernan Bermudez Requena's La Barredora clashed with Los Ardillos near Iguala.": {
        "hernan-bermudez-requena",
        "la-barredora",
        "los-ardillos",
        "iguala",
    },
    "Tareck El Aissami and Juan Guaido were named, and FAES units entered Las Claritas.": {
        "tareck-el-aissami",
        "juan-guaido",
        "faes",
        "las-claritas",
    },
    "Apti Alaudinov's Akhmat special forces held Sudzha while Rusich fighters shelled Shebekino.": {
        "apti-alaudinov",
        "akhmat-special-forces",
        "sudzha",
        "rusich",
        "shebekino",
    },
    "Christian Schmidt of the Office of the High Representative met Zeljka Cvijanovic in Banja Luka.": {
        "christian-schmidt",
        "office-of-the-high-representative",
        "zeljka-cvijanovic",
        "banja-luka",
    },
    "The 2140 Committee and the UN Panel of Experts on Yemen cited Global Affairs Canada and UNMISS.": {
        "2140-committee",
        "un-panel-of-experts-on-yemen",
        "global-affairs-canada",
        "unmiss",
    },
    "Southern Cameroons Defence Forces fighters raided Kumbo and Ndop as Operation Mirador patrolled Karimama.": {
        "southern-cameroons-defence-forces",
        "kumbo",
        "ndop",
        "operation-mirador",
        "karimama",
    },
}


@pytest.mark.parametrize("sentence", ADDED)
def test_the_added_actors_are_found_by_their_names(sentence: str) -> None:
    found = {e.id_ for e in load_nlp()(sentence).ents}
    assert ADDED[sentence] <= found


def test_the_added_heads_lead_their_bodies() -> None:
    gaz = load_gazetteer()
    offices = {
        person: [a.name for a in gaz.offices(person)]
        for person in ("timan-erdimi", "htang-gam-shawng", "gabriel-jean-pierre", "vadim-krasnoselsky")
    }
    assert offices == {
        "timan-erdimi": ["Union of Resistance Forces"],
        "htang-gam-shawng": ["Kachin Independence Army"],
        "gabriel-jean-pierre": ["G-Pèp"],
        "vadim-krasnoselsky": ["Transnistria"],
    }


def test_a_breakaway_state_and_an_armed_faction_are_led_by_their_heads() -> None:
    links = links_by_name(
        "Transnistrian leader Vadim Krasnoselsky met Russian officials. "
        "FACT leader Mahamat Mahdi Ali said his fighters would keep attacking the Chadian army."
    )
    assert ("Vadim Krasnoselsky", "LEADS", "Transnistria") in links
    assert ("Mahamat Mahdi Ali", "LEADS", "Front for Change and Concord in Chad") in links


THEATRE_HEADS = {
    "mohamed-al-kani": ["Kaniyat"],
    "paul-malong": ["South Sudan United Front"],
    "abu-zaraa-al-muharrami": ["Giants Brigades"],
    "rayan-al-kildani": ["Babylon Brigades"],
    "hafiz-saeed": ["Lashkar-e-Taiba"],
    "saw-chit-thu": ["Karen National Army"],
    "jeff-larose": ["Canaan gang"],
    "hernan-bermudez-requena": ["La Barredora"],
    "apti-alaudinov": ["Akhmat special forces"],
    "christian-schmidt": ["Office of the High Representative"],
}


def test_the_heads_added_for_each_theatre_lead_their_bodies() -> None:
    gaz = load_gazetteer()
    found = {person: [a.name for a in gaz.offices(person)] for person in THEATRE_HEADS}
    assert found == THEATRE_HEADS


def test_a_place_is_not_read_in_a_first_name_it_shares() -> None:
    found = {e.id_ for e in load_nlp()("Kamaran Aziz and Salif Traore spoke in Amedi's name.").ents}
    assert found.isdisjoint({"kamaran-island", "al-salif", "amadiya"})


def test_a_militia_named_after_its_town_is_not_read_as_the_town() -> None:
    doc = load_nlp()("Ahmed Madobe's Ras Kamboni fought beside Kenyan troops, and an IED hit a patrol in Bijapur.")
    found = {e.id_ for e in doc.ents}
    assert "ras-kamboni" not in found and "bijapur" in found
