"""Bodies named in lower case after their owner (loaders/owned_bodies.py), on sentences written for them."""

from __future__ import annotations

from conftest import graph_of, links_of
from test_whole_names import nodes

from graph.build import add_facts
from graph.gazetteer import load_gazetteer
from graph.kg import KnowledgeGraph
from graph.resolve import Resolver
from loaders.extract import read_document
from loaders.nlp import load_nlp


def test_an_international_body_in_lower_case_is_one_organisation_of_its_owner() -> None:
    text = "Maria Lopez, a spokeswoman for the UN refugee office, said the camp was full."
    assert nodes(text)["UN refugee office"][0] == "Organization"
    assert {
        ("maria-lopez", "WORKS_FOR", "un-refugee-office"),
        ("un-refugee-office", "MEMBER_OF", "united-nations"),
    } <= (links_of(text))


def test_a_spokesman_of_a_state_s_ministry_works_for_the_ministry_and_the_state() -> None:
    text = "Chad's interior ministry spokesman, Idriss Moussa, said the convoy had been turned back."
    assert nodes(text)["Chad's interior ministry"][0] == "Organization"
    found = links_of(text)
    assert ("idriss-moussa", "WORKS_FOR", "chads-interior-ministry") in found
    assert ("idriss-moussa", "WORKS_FOR", "chad") in found


def test_a_state_body_of_any_name_before_a_role_is_the_body() -> None:
    text = "Chad's armed forces spokesman, Idriss Moussa, said the convoy had been turned back."
    assert ("idriss-moussa", "WORKS_FOR", "chads-armed-forces") in links_of(text)


def test_a_state_s_minister_still_works_for_the_state() -> None:
    text = "Chad's interior minister, Idriss Moussa, said the convoy had been turned back."
    assert "Chad's interior" not in " ".join(nodes(text))
    assert ("idriss-moussa", "WORKS_FOR", "chad") in links_of(text)


def test_a_group_of_experts_keeps_its_of_phrase() -> None:
    assert "UN panel of experts" in nodes("The UN panel of experts said Ruritania had shipped rifles to the rebels.")


def test_an_embassy_keeps_its_place_and_its_staff_work_for_it_and_the_state() -> None:
    text = "A diplomat at the French embassy in Bamako, Luc Girard, said the talks had stalled."
    found = links_of(text)
    assert "French embassy in Bamako" in nodes(text)
    assert ("luc-girard", "WORKS_FOR", "french-embassy-in-bamako") in found
    assert ("luc-girard", "WORKS_FOR", "france") in found
    assert ("french-embassy-in-bamako", "BASED_IN", "bamako") in found


def test_a_body_named_only_as_a_place_is_no_node() -> None:
    names = nodes("Protesters gathered outside the UN refugee office in Bamako on Friday.")
    assert not any("office" in n for n in names)


def test_an_embassy_named_only_as_a_place_is_a_place_in_its_city() -> None:
    text = "Protesters gathered outside the French embassy in Bamako on Friday."
    assert nodes(text)["French embassy in Bamako"] == ("Location", {"French embassy"})
    found = links_of(text)
    assert ("french-embassy-in-bamako", "LOCATED_IN", "bamako") in found
    assert not any("france" in (s, o) for s, _, o in found)


def test_an_embassy_an_incident_hit_is_its_place_and_target_and_the_state_is_hit_too() -> None:
    text = "Gunmen stormed the Kenyan embassy in Kampala on Monday. The attack on the Kenyan embassy killed two."
    assert nodes(text)["Kenyan embassy in Kampala"][0] == "Location"
    found = {(s, t, o) for s, t, o in links_of(text) if not s.startswith("kenyan-embassy-in-kampala-")}
    assert ("kenyan-embassy-in-kampala", "LOCATED_IN", "kampala") in found
    events = {s for s, t, o in links_of(text) if t == "TARGETED" and o == "kenyan-embassy-in-kampala"}
    assert events
    assert all((e, "TARGETED", "kenya") in links_of(text) for e in events)


def test_an_embassy_that_speaks_stays_an_organisation() -> None:
    text = "The Kenyan embassy in Kampala said two guards were wounded in the attack on the embassy."
    assert nodes(text)["Kenyan embassy in Kampala"][0] == "Organization"


def test_the_same_body_of_two_states_stays_two_nodes() -> None:
    names = nodes("Mali's foreign ministry summoned the envoy, and Niger's foreign ministry protested.")
    assert {"Mali's foreign ministry", "Niger's foreign ministry"} <= set(names)
    assert names["Mali's foreign ministry"][0] == "Organization"


def test_plural_officials_and_forces_stay_the_owner() -> None:
    names = nodes("UN officials said US forces had left the base.")
    assert {"United Nations", "United States"} <= set(names)
    assert not any("officials" in n or "forces" in n for n in names)


def test_a_phrase_describing_a_name_makes_no_body_of_its_own() -> None:
    names = nodes("The UN relief mission, UNRELIEF, left the country in May.")
    assert not any("mission" in n for n in names)


def test_a_short_reference_to_a_body_named_in_full_is_that_body_not_another() -> None:
    text = "Soldiers of the African Union Transition Mission in Somalia patrolled. The AU mission wants more troops."
    names = nodes(text)
    assert "AU mission" not in names
    assert ("atmis", "MEMBER_OF", "african-union") in links_of(text)


def test_close_spellings_of_two_states_bodies_stay_apart_across_documents() -> None:
    kg = KnowledgeGraph()
    resolver = Resolver(load_gazetteer())
    for i, text in enumerate(
        ["Iraq's foreign ministry summoned the envoy.", "Iran's foreign ministry summoned the envoy."]
    ):
        add_facts(kg, read_document(load_nlp()(text), f"d{i}", "2024-03-05", "rules"), resolver)
    forms = [{d["name"], *d["aliases"]} for _, d in kg.g.nodes(data=True)]
    assert any("Iran's foreign ministry" in names for names in forms)  # Iran's own, or the known Iranian one
    assert not any({"Iran's foreign ministry", "Iraq's foreign ministry"} <= names for names in forms), forms


def test_a_possessive_body_keeps_its_name_without_the_owner_as_an_alias() -> None:
    label, aliases = nodes("Chad's election commission delayed the vote by a month.")["Chad's election commission"]
    assert label == "Organization"
    assert "election commission" in aliases


def test_a_state_body_named_with_its_owner_is_also_written_without_it() -> None:
    found = nodes("Russia's Foreign Ministry rejected the charge. Pakistan's Foreign Office called it baseless.")
    assert "Foreign Ministry" in found["Russian Foreign Ministry"][1], found
    assert "Foreign Office" in next(aliases for name, (_, aliases) in found.items() if "Foreign Office" in name), found


def test_a_known_office_named_with_its_owner_is_also_written_without_it() -> None:
    found = nodes("On Monday the Treasury's Office of Foreign Assets Control listed three Ravel Brigade commanders.")
    assert "Office of Foreign Assets Control" in found["OFAC"][1], found


def test_a_body_described_beside_its_name_is_no_second_organisation() -> None:
    for text in (
        "Kenya's domestic spy agency, the National Intelligence Service, said it had foiled a plot in Mombasa.",
        "The National Intelligence Service, Kenya's domestic spy agency, said it had foiled a plot in Mombasa.",
        "Kenya's domestic spy agency, known as the National Intelligence Service, said it had foiled a plot.",
    ):
        found = nodes(text)
        assert "National Intelligence Service (Kenya)" in found, found
        assert not any("spy agency" in name for name in found), found


def test_an_unread_acronym_set_after_a_state_body_is_that_body() -> None:
    found = nodes("Venezuela's military intelligence agency, the DIMAR, arrested Pedro Rojas in Valencia.")
    assert found.get("DIMAR", ("",))[0] == "Organization", found
    assert not any("agency" in name for name in found), found


def test_a_state_body_set_after_a_body_and_its_acronym_describes_it() -> None:
    text = "The cell reports to the Strategic Signals Bureau (SSB), Belarus's main spy agency, which trains hackers."
    found = nodes(text)
    assert "Strategic Signals Bureau" in found, found
    assert not any("spy agency" in name for name in found), found


def test_a_state_s_mission_to_an_international_body_is_named_with_it() -> None:
    found = nodes("Oman's mission to the United Nations, led by Salim Harthy, rejected the claim.")
    assert "Oman's mission to the United Nations" in found, found
    assert ("salim-harthy", "LEADS", "omans-mission-to-the-united-nations") in links_of(
        "Oman's mission to the United Nations, led by Salim Harthy, rejected the claim."
    )


def test_a_body_whose_name_says_it_broke_away_is_no_part_of_the_one_it_names() -> None:
    text = (
        "Total Peace: the FARC Dissidents and the Army\n\n"  # a title's capitals
        "The army fought the FARC dissidents in Cauca and the FARC in Narino."
    )
    links = links_of(text)
    assert ("farc-dissidents", "MEMBER_OF", "farc") not in links, links
    assert ("farc-dissidents", "BASED_IN", "cauca") in links, links


def test_a_state_s_force_named_by_its_demonym_in_lower_case_is_one_military_body_of_the_state() -> None:
    text = "The Gabonese air force bombed a rebel convoy near Makokou on Sunday."
    assert nodes(text)["Gabonese air force"][0] == "Organization"
    assert graph_of(text).g.nodes["gabonese-air-force"]["kind"] == "military"
    found = links_of(text)
    assert ("gabon", "AFFILIATED_WITH", "gabonese-air-force") in found or (
        "gabonese-air-force",
        "AFFILIATED_WITH",
        "gabon",
    ) in found


def test_a_state_s_force_after_a_possessive_named_once_stays_the_state() -> None:
    text = "Gabon's army said it had repelled the attack near Makokou."
    assert "Gabon's army" not in nodes(text)


def test_a_state_s_force_after_a_possessive_the_page_names_again_is_one_military_body() -> None:
    text = (
        "Gabon's military said on Monday that its troops had retaken the town of Makokou from the rebels. "
        "Rebel commanders accused the military of shelling the market."
    )
    graph = graph_of(text)
    force = [d for _, d in graph.g.nodes(data=True) if "Gabon's military" in {d["name"], *d["aliases"]}]
    assert [(d["label"], d["kind"]) for d in force] == [("Organization", "military")]


def test_a_body_after_an_indefinite_article_is_no_node() -> None:
    names = nodes("A UN fact-finding mission left Goma before it could visit the camp.")
    assert not any("mission" in n for n in names)
    assert "UN fact-finding mission" in nodes("The UN fact-finding mission left Goma before it could visit the camp.")


def test_a_state_s_parliament_and_cabinet_in_lower_case_are_bodies_of_the_state() -> None:
    text = (
        "Gabon's parliament listed the Makokou Liberation Front as a terrorist group on Tuesday. "
        "Gabon's security cabinet met in Libreville the next morning."
    )
    found = nodes(text)
    assert found["Gabon's parliament"][0] == "Organization"
    assert found["Gabon's security cabinet"][0] == "Organization"
    assert ("makokou-liberation-front", "SANCTIONED_BY", "gabons-parliament") in links_of(text)


def test_a_place_s_own_government_or_police_is_one_body() -> None:
    for text, name, kind in (
        ("The Borno state government said the girls were freed.", "Borno state government", "government"),
        (
            "A spokesman for the Borno state police command declined to comment.",
            "Borno state police command",
            "military",
        ),
        ("Two officers were killed, according to the Lagos police.", "Lagos police", "military"),
        ("The Lagos police said two men were held.", "Lagos police", "military"),
    ):
        kinds = {d["name"]: (d["label"], d.get("kind")) for _, d in graph_of(text).g.nodes(data=True)}
        assert kinds.get(name) == ("Organization", kind), (text, kinds)


def test_a_place_before_a_title_a_division_or_another_noun_stays_a_place() -> None:
    for text, place in (
        ("The Borno state governor Babagana Zulum visited the camp.", "Borno"),
        ("Gabonese officials said the Kabul embassy was closed.", "Kabul"),
        ("Peshawar's police chief Ijaz Khan said the bomber was known.", "Peshawar"),
        ("Fighters struck near Karimama in the Alibori department.", "Alibori"),
        ("Mexico City police chief Omar Harfuch was wounded.", "Mexico City"),
        ("The gunmen also targeted the Makokou district command of the police.", "Makokou"),
    ):
        names = nodes(text)
        assert names.get(place, ("",))[0] == "Location", (text, names)
        bodies = [n for n, (label, _) in names.items() if label == "Organization"]
        assert not any(n.startswith((f"{place} ", f"{place}'s")) for n in bodies), (text, names)
