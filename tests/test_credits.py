"""Bylines and credit lines: the people a page credits work for the outlet it names."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def works_for(text: str) -> set[tuple[str, str]]:
    kg = graph_of(text)
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    return {(name[s], name[o]) for s, o, k in kg.g.edges(keys=True) if k == "WORKS_FOR"}


def test_byline_and_credit_line_people_work_for_the_bylines_outlet() -> None:
    text = (
        "Gunmen kill 12 in raid on market town\n\n"
        "By Amara Diallo and Tomas Keller, Sahel Observer\n\n"
        "Gunmen killed 12 people in a raid on a market town in central Mali on Sunday, officials said.\n\n"
        "(Reporting by Amara Diallo in Bamako; additional reporting by Ines Varga in Dakar; Editing by Rob Lyle)"
    )
    assert works_for(text) >= {
        ("Amara Diallo", "Sahel Observer"),
        ("Tomas Keller", "Sahel Observer"),
        ("Ines Varga", "Sahel Observer"),
        ("Rob Lyle", "Sahel Observer"),
    }


def test_a_wire_datelines_outlet_when_the_byline_names_none() -> None:
    text = (
        "By Amara Diallo\n\n"
        "BAMAKO, March 4 (Reuters) - Gunmen killed 12 people in a raid on a market town on Sunday.\n\n"
        "(Reporting by Amara Diallo; Editing by Rob Lyle)"
    )
    assert works_for(text) >= {("Amara Diallo", "Reuters"), ("Rob Lyle", "Reuters")}


def test_an_unknown_name_in_a_datelines_brackets_is_the_outlet_its_reporters_work_for() -> None:
    text = (
        "By Amara Diallo and Ines Varga\n\n"
        "GAO, Mali, March 4 (Kestrel) - Gunmen killed 12 people in a raid on a market town on Sunday, a local "
        "official told Kestrel. Kestrel could not verify the toll.\n\n"
        "(Reporting by Amara Diallo in Gao and Ines Varga in Dakar; Editing by Rob Lyle)"
    )
    kg = graph_of(text)
    outlet = [d for _, d in kg.g.nodes(data=True) if d["name"] == "Kestrel"]
    assert [(d["label"], d["kind"]) for d in outlet] == [("Organization", "media")]
    assert works_for(text) >= {("Amara Diallo", "Kestrel"), ("Ines Varga", "Kestrel"), ("Rob Lyle", "Kestrel")}


def test_a_page_that_names_no_outlet_credits_no_one() -> None:
    text = "By Staff reporter\n\nGunmen killed 12 people in Mali on Sunday, said Amara Diallo, a local official."
    assert not works_for(text)


def test_every_reporter_a_credit_line_lists_is_a_person_of_the_outlet() -> None:
    text = (
        "BUKAVU, March 4 (Reuters) - Gunmen killed 12 people in a raid on a market town on Sunday.\n\n"
        "(Reporting by Aline Mupenzi in Bukavu and Jean-Claude Birindwa in Uvira; additional reporting by "
        "Amadou Traoré in Goma; Editing by Rob Lyle)"
    )
    found = works_for(text)
    assert {("Jean-Claude Birindwa", "Reuters"), ("Amadou Traoré", "Reuters")} <= found


def test_an_outlets_correspondents_in_a_credit_line_are_no_person() -> None:
    text = (
        "PESHAWAR, March 4 (Reuters) - Gunmen killed 12 people in a raid on a market town on Sunday.\n\n"
        "(Reporting by Frontier Post correspondents in Peshawar; Editing by Rob Lyle)"
    )
    kg = graph_of(text)
    assert "Person" not in {d["label"] for d in kg.g.nodes.values() if d["name"] == "Frontier Post"}


def test_the_outlets_own_staff_in_a_credit_line_work_for_no_one() -> None:
    text = (
        "Gunmen kill 12 in raid on market town\n\n"
        "By Amara Diallo, Meridian\n\n"
        "BAMAKO, March 4 (Meridian) - Gunmen killed 12 people in a raid on a market town on Sunday.\n\n"
        "(Reporting by Amara Diallo; Writing by Meridian Staff; Editing by Rob Lyle)"
    )
    found = works_for(text)
    assert {("Amara Diallo", "Meridian"), ("Rob Lyle", "Meridian")} <= found, found
    assert not any(person.startswith("Meridian") for person, _ in found), found


def test_a_photo_credit_names_a_photographer_of_the_outlet_after_its_slash() -> None:
    text = (
        "GOMA, March 4 (Reuters) - Rebels shelled a camp outside the city on Sunday, aid workers said.\n\n"
        "FILE - Displaced families queue for food near Goma in 2023. (Photo: Tarek Ossei Mbala/AFP)"
    )
    assert ("Tarek Ossei Mbala", "Agence France-Presse") in works_for(text)


def test_a_caption_credit_naming_the_outlet_first_makes_the_photographer_its_own() -> None:
    text = (
        "Rebels shelled a camp outside Goma on Sunday, aid workers said.\n\n"
        "*Displaced families queue for food near Goma. Photo: AFP / Tarek Ossei Mbala*"
    )
    assert ("Tarek Ossei Mbala", "Agence France-Presse") in works_for(text)


@pytest.mark.parametrize("credit", ["Photo: AFP / Getty Images", "Photo: Reuters / Stringer", "Photo: FCDO / Dan Roe"])
def test_a_caption_credit_of_an_agency_or_a_handout_names_no_photographer(credit: str) -> None:
    text = f"Rebels shelled a camp outside Goma on Sunday, aid workers said.\n\n*Families near Goma. {credit}*"
    assert not works_for(text), works_for(text)


def test_a_credited_name_ending_in_a_country_is_a_person_not_the_country() -> None:
    text = (
        "BAMAKO, March 4 (Reuters) - Gunmen killed 12 people in a raid on a market town on Sunday.\n\n"
        "(Reporting by Amara Diallo; Editing by Helen Chad and Rob Lyle)"
    )
    kg = graph_of(text)
    assert ("Helen Chad", "Reuters") in works_for(text)
    assert "chad" not in kg.g


def test_a_byline_author_with_a_particle_before_a_bar_is_one_person() -> None:
    kg = graph_of("By Luiz Fernando dos Santos | Brasília\n\nThe army said on Monday that the gang had fled.")
    assert kg.g.nodes["luiz-fernando-dos-santos"]["label"] == "Person"
    assert not {"luiz-fernando", "santos"} & set(kg.g)


STORY = "Rebels shelled the town of Sake on Sunday, aid workers said."


def test_the_outlet_a_masthead_of_the_staff_names_is_an_organisation_with_no_home() -> None:
    kg = graph_of(
        "Kivu Herald | Staff reporter | 2 May 2024\n\nRebels shelled the town of Sake on Sunday, aid workers said."
    )
    assert kg.g.nodes["kivu-herald"]["label"] == "Organization"
    assert not [k for s, _, k in kg.g.edges(keys=True) if s == "kivu-herald"]  # "Kivu" covered, not its base


def test_a_mastheads_bureau_is_the_staffs_part_and_the_outlet_beside_it_one_name() -> None:
    kg = graph_of(f"Goma bureau | Great Lakes Courier\n\n{STORY}")
    assert kg.g.nodes["great-lakes-courier"]["label"] == "Organization"


def test_a_bylines_desk_names_no_actor() -> None:
    for desk in ("Horn of Africa Desk", "Great Lakes desk"):
        kg = graph_of(f"By Staff reporter, {desk}\n\n{STORY}")
        assert not {"horn-of-africa-desk", "horn-of-africa", "great-lakes"} & set(kg.g), desk


def test_a_menu_line_with_no_staff_names_no_outlet() -> None:
    kg = graph_of(
        "Home | Kivu Herald | Press Statements\n\nRebels shelled the town of Sake on Sunday, aid workers said."
    )
    assert "kivu-herald" not in kg.g


def test_authors_titles_in_a_byline_are_no_outlet() -> None:
    text = f"By Clara Voss, Senior Fellow, and Omar Haddad, Research Analyst\n\nSummary\n\n{STORY}"
    assert not works_for(text)


def test_an_outlet_after_the_authors_still_employs_them() -> None:
    text = f"By Clara Voss and Omar Haddad, Sahel Observer\n\n{STORY}"
    assert works_for(text) >= {("Clara Voss", "Sahel Observer"), ("Omar Haddad", "Sahel Observer")}


def test_authors_titles_in_a_byline_are_no_actors() -> None:
    kg = graph_of(f"By Clara Voss, Senior Fellow, and Omar Haddad, Research Analyst\n\n{STORY}")
    names = {d["name"] for _, d in kg.g.nodes(data=True)}
    assert {"Clara Voss", "Omar Haddad"} <= names
    assert not {"Senior Fellow", "Research Analyst", "Fellow", "Analyst"} & names


@pytest.mark.parametrize("credit", ["Handout", "Archive", "Handout via Reuters", "Sahel Observer/Archive"])
def test_a_photo_credits_handout_or_archive_is_no_actor(credit: str) -> None:
    kg = graph_of(f"{STORY}\n\nPhoto: Soldiers at a checkpoint near Gao in Mali, 2023. ({credit})")
    names = {d["name"] for _, d in kg.g.nodes(data=True)}
    assert not {"Handout", "Archive"} & names


def test_the_outlet_a_byline_names_is_the_same_organisation_in_a_photo_credit() -> None:
    text = (
        "By Staff reporter | Valle Hondo Diario, Temuco\n\n"
        "Police raided a farm near Ercilla on Monday, officials said.\n\n"
        "Photo: Police vehicles at the farm near Ercilla, 2023. (Valle Hondo Diario)"
    )
    found = [(d["name"], d["label"]) for _, d in graph_of(text).g.nodes(data=True) if "Valle" in d["name"]]
    assert found == [("Valle Hondo Diario", "Organization")]


def test_a_dateline_s_acronym_of_the_byline_s_outlet_is_that_outlet() -> None:
    kg = graph_of(
        "By Jane Roe, Sahel Wire\n\n"
        "BAMAKO, Mali, May 3 (SW) - Gunmen from the Ravel Brigade killed 12 soldiers near Gao on Sunday, the army said."
    )
    names = {data["name"]: sorted(data["aliases"]) for _, data in kg.g.nodes(data=True)}
    assert "SW" not in names
    assert names.get("Sahel Wire") == ["SW"]


def test_authors_after_a_mastheads_bar_are_people_and_its_first_part_their_outlet() -> None:
    kg = graph_of(f"Harbour Chronicle | Coast News | By Amina Wekesa and John Mwangi Kariuki in Malindi\n\n{STORY}")
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert labels["Amina Wekesa"] == labels["John Mwangi Kariuki"] == "Person"
    assert labels["Harbour Chronicle"] == "Organization"
    assert "Coast News" not in labels


def test_a_live_desks_credit_after_a_bar_names_each_reporter_and_the_outlet_without_its_desk() -> None:
    kg = graph_of(f"Sahel Today live desk | Coverage by Idrissa Maiga, Fatou Ndiaye and Karim Benali\n\n{STORY}")
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert labels["Karim Benali"] == labels["Idrissa Maiga"] == "Person"
    assert labels["Sahel Today"] == "Organization"
    assert not {"Sahel Today live desk", "Sahel Today live"} & set(labels)


def test_authors_work_for_the_publisher_a_bold_masthead_names_at_the_pages_head() -> None:
    text = (
        "# Gunmen kill five in Garissa\n\n"
        "**Horn Security Observatory** | Policy Brief No. 12 | July 2023\n\n"
        f"*By Dr. Halima Wanjiru and Peter Otieno*\n\n{STORY}"
    )
    assert works_for(text) >= {
        ("Halima Wanjiru", "Horn Security Observatory"),
        ("Peter Otieno", "Horn Security Observatory"),
    }


def test_authors_on_an_authors_line_work_for_the_mastheads_programme() -> None:
    text = (
        "**Conflict & Resilience Programme | Policy Brief No. 41**\n"
        f"*Authors: Dr Halima Wanjiru, Senior Fellow; Peter Otieno, Research Analyst*\n\n{STORY}"
    )
    assert works_for(text) >= {
        ("Halima Wanjiru", "Conflict & Resilience Programme"),
        ("Peter Otieno", "Conflict & Resilience Programme"),
    }


def test_reporters_after_a_bold_mastheads_bar_work_for_its_outlet() -> None:
    found = works_for(
        f"**Sahel Today live desk** | Coverage by Idrissa Maiga, Fatou Ndiaye and Karim Benali\n\n{STORY}"
    )
    assert found >= {("Idrissa Maiga", "Sahel Today"), ("Karim Benali", "Sahel Today")}
    found = works_for(
        f"**The Lakeside Observer** | Garissa News | By Amina Wekesa and John Kariuki in Garissa\n\n{STORY}"
    )
    assert found >= {("Amina Wekesa", "The Lakeside Observer"), ("John Kariuki", "The Lakeside Observer")}


def test_an_armed_group_a_masthead_names_as_its_topic_employs_no_author() -> None:
    text = f"Explainer | Hezbollah | 2 May 2024\n\nBy Halima Wanjiru and Peter Otieno\n\n{STORY}"
    assert not works_for(text)


def test_a_masthead_over_a_byline_names_the_authors_outlet() -> None:
    text = f"**Tana River Courier** | Regional news | 27 May 2022\n\n*By Halima Wanjiru Odhiambo*\n\n{STORY}"
    kg = graph_of(text)
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert labels.get("Tana River Courier") == "Organization", labels
    assert ("Halima Wanjiru Odhiambo", "Tana River Courier") in works_for(text)


def test_an_unknown_outlet_a_captions_credit_names_first_is_the_photographers() -> None:
    text = (
        "Gunmen killed 12 people in a raid on a market town in central Mali on Sunday, officials said.\n\n"
        "*Residents walk past burned shops in the town on Monday. Photo: QVX / Pierre Kabila*"
    )
    assert ("Pierre Kabila", "QVX") in works_for(text)


def test_an_unknown_outlet_in_brackets_ending_a_caption_is_an_organisation() -> None:
    kg = graph_of(
        "Gunmen killed 12 people in a raid on a market town in central Mali on Sunday, officials said.\n\n"
        "Photo: Soldiers patrol the road out of the town, 2023. (QVX)"
    )
    assert {d["label"] for _, d in kg.g.nodes(data=True) if d["name"] == "QVX"} == {"Organization"}


def labels_of(text: str, name: str) -> set[str]:
    """The labels of the nodes of that name (an outlet and a place of one name are two nodes)."""
    return {d["label"] for _, d in graph_of(text).g.nodes(data=True) if d["name"] == name}


@pytest.mark.parametrize(
    "byline",
    [
        "By Clara Voss, Kelvara",
        "By a Kivu Herald correspondent, Kelvara",
        "By Staff reporter, Kelvara",
        "By Clara Voss and Omar Haddad, Kelvara",
        "*By our correspondent, Kelvara | Updated 2 May 2024*",
    ],
)
def test_a_bylines_town_the_page_places_elsewhere_is_no_outlet(byline: str) -> None:
    text = f"{byline}\n\nRebels attacked an army post in Kelvara on Monday, and fighting spread to nearby villages."
    assert labels_of(text, "Kelvara") == {"Location"}


def test_a_bylines_outlet_the_page_names_as_a_body_stays_an_outlet() -> None:
    text = f"By Clara Voss, Sahel Observer\n\nThe Sahel Observer said rebels attacked the town. {STORY}"
    assert labels_of(text, "Sahel Observer") == {"Organization"}
