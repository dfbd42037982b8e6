"""One incident told twice in one document is one Event: a harm told by its victims or by a wider place beside the
attack that names its own place, "the shooting took place at X" beside the shooting told before, and "the killing"
after a shooting told by its verb in the same sentence."""

from __future__ import annotations

from conftest import graph_of, links_of


def events(text: str) -> dict[str, set[str]]:
    """Each Event node's id and its name and aliases."""
    nodes = graph_of(text).g.nodes(data=True)
    return {n: {d["name"], *d["aliases"]} for n, d in nodes if d["label"] == "Event"}


def event_links(text: str) -> set[tuple[str, str]]:
    """The type and other end of every link of an Event."""
    kg = graph_of(text)
    return {(k, o) for s, o, k in kg.g.edges(keys=True) if kg.g.nodes[s]["label"] == "Event"}


def test_a_killing_told_at_a_base_in_a_country_is_the_attack_on_the_base() -> None:
    text = (
        "Two Italian soldiers were killed at a camp in Mali on Sunday. The rocket attack on Camp Tessalit, a base in "
        "Mali near the Algerian border, was the deadliest this year."
    )
    found = events(text)
    assert len(found) == 1, found
    [forms] = found.values()
    assert {"killed at a camp in Mali", "rocket attack on Camp Tessalit"} <= forms, forms


def test_a_headline_killing_in_a_province_is_the_attack_in_a_town_of_it() -> None:
    text = (
        "Rebels kill 12 police officers in Kivu province\n\n"
        "The attack in Rutshuru in Kivu province began before dawn on Monday, officials said."
    )
    found = events(text)
    assert len(found) == 1, found
    [forms] = found.values()
    assert {"kill 12 police officers in Kivu province", "attack in Rutshuru"} <= forms, forms


def test_the_shooting_said_to_take_place_in_a_town_is_the_one_told_before() -> None:
    text = (
        "A shooting in Kasese on Monday killed four police officers, officials said. The shooting took place in "
        "Bwera, a border town in Kasese district."
    )
    found = events(text)
    assert len(found) == 1, found
    assert ("OCCURRED_AT", "bwera") in event_links(text)


def test_a_shooting_said_to_take_place_on_another_date_stays_its_own() -> None:
    text = (
        "A shooting in Kasese on Monday killed four police officers, officials said. The shooting took place in "
        "Bwera in May 2019."
    )
    assert len(events(text)) == 2


def test_an_incident_told_only_by_its_verb_has_its_place_and_day_and_a_later_the_attack_joins_it() -> None:
    text = (
        "Gunmen stormed a mosque in Maiduguri on Friday, killing 12 worshippers. Police blamed Boko Haram for the "
        "attack, the deadliest in the city this year."
    )
    kg = graph_of(text)  # read on Tuesday 5 March 2024: "on Friday" is 1 March
    (incident,) = [(n, d) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    node, data = incident
    assert data["date"] == "2024-03-01" and kg.g.has_edge(node, "maiduguri", key="OCCURRED_AT")
    blamed = kg.g.get_edge_data("boko-haram", node, key="BLAMED_FOR")
    assert blamed is not None and blamed["evidence"][0].certainty == "alleged"


def test_a_killing_a_group_is_accused_of_with_its_toll_and_place_is_one_incident() -> None:
    text = "Human Rights Watch accused the Malian army of killing about 300 people in Djenne in March 2022."
    assert len(events(text)) == 1, events(text)
    assert ("OCCURRED_AT", "djenne") in event_links(text), event_links(text)


def test_an_incident_at_a_place_only_read_is_keyed_by_the_places_name_not_its_label() -> None:
    kg = graph_of("Gunmen attacked a checkpoint in Zorovka on Friday, killing three guards.")
    events = [n for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert events and all(not n.startswith(("location-", "organization-", "person-")) for n in events), events
    assert any(n.startswith("zorovka-attack") for n in events), events


def test_the_strike_told_next_at_a_closer_place_is_the_strike_told_before() -> None:
    text = (
        "A drone strike on a house in central Gaza killed two brothers on Monday. Medics said the strike in Deir "
        "al-Balah also wounded four children."
    )
    found = events(text)
    assert len(found) == 1, found
    assert ("OCCURRED_AT", "deir-al-balah") in event_links(text)


def test_the_strike_at_another_place_told_further_on_stays_its_own() -> None:
    text = (
        "A drone strike on a house in central Gaza killed two brothers on Monday. Medics said nine people were hurt. "
        "A week later, a shelter was hit. Officials said the strike in Deir al-Balah wounded four children."
    )
    assert not any("army raid" in form for forms in events(text).values() for form in forms), events(text)


def test_an_undated_act_a_later_reference_names_as_an_incident_is_one() -> None:
    text = "Gunmen stormed a wedding hall in Kunduz before dawn. Police blamed Islamic State for the massacre."
    kg = graph_of(text)
    [(event, forms)] = events(text).items()
    assert "the massacre" in forms and ("OCCURRED_AT", "kunduz") in event_links(text), forms
    assert kg.g.edges["isis", event, "BLAMED_FOR"]["evidence"][0].certainty == "alleged"


def test_an_act_only_threatened_is_no_incident_and_a_far_reference_makes_no_second_one() -> None:
    threat = "Militants have threatened to storm the prison in Kunduz. Police blamed Islamic State for the massacre."
    far = (
        "Gunmen stormed a wedding hall in Kunduz before dawn. Nine guests died. Relatives buried them on Sunday. "
        "Crowds gathered in the city. Police blamed Islamic State for the massacre."
    )
    assert events(threat) == {}
    assert len(events(far)) == 1, events(far)  # the storming, told at its place, is one incident (no second one)


def test_the_group_that_did_the_act_a_later_reference_names_is_blamed_for_the_incident() -> None:
    text = "Fighters from al-Shabaab raided Camp Simba in Lamu county before dawn. The raid killed three Americans."
    kg = graph_of(text)
    [event] = events(text)
    assert kg.g.has_edge("al-shabaab", event, "BLAMED_FOR"), list(kg.g.edges(keys=True))


def test_the_storys_first_raid_with_no_place_is_the_raid_its_headline_names() -> None:
    text = (
        "Gunmen claim deadly raid on police academy in Kidal\n\n"
        "An armed group said it was behind a raid on a gendarmerie school on Tuesday that killed 20 cadets."
    )
    [forms] = events(text).values()
    assert {"raid on police academy in Kidal", "raid on a gendarmerie school on Tuesday"} <= forms, forms


def test_a_captions_raid_of_another_year_is_not_the_headlines() -> None:
    text = (
        "Gunmen claim deadly raid on police academy in Kidal\n\n"
        "Photo: Smoke over a police post after an army raid, 2019.\n\n"
        "An armed group said it was behind the attack."
    )
    assert not any("army raid" in form for forms in events(text).values() for form in forms), events(text)


def test_a_verb_told_incident_is_named_without_its_own_noun_after_it() -> None:
    text = "The Revolutionary Guards said they struck Erbil in May 2023 in an attack they said hit an Israeli base."
    found = events(text)
    assert len(found) == 1, found
    [forms] = found.values()
    assert "struck Erbil in May 2023" in forms, forms
    assert not any("in an attack" in form for form in forms), forms


def test_an_incident_listed_before_another_is_named_without_the_conjunction() -> None:
    text = "The cell carried out the 2009 Ritz hotel bombing in Nairobi and the 2011 attack on the French embassy."
    found = events(text)
    assert len(found) == 2, found
    assert any("2009 Ritz hotel bombing in Nairobi" in forms for forms in found.values()), found
    assert not [f for forms in found.values() for f in forms if f.endswith(" and")], found


def test_a_killing_told_in_the_passive_is_named_with_its_auxiliary_too() -> None:
    text = "Karim Haddad, a local commander of Hamas, was shot dead by Israeli troops in Tubas in March 2023."
    found = events(text)
    assert len(found) == 1, found
    [forms] = found.values()
    assert {"was shot dead by Israeli troops in Tubas in March 2023", "shot dead by Israeli troops in Tubas"} <= forms


def test_an_incident_is_named_without_the_phrase_that_places_it_too() -> None:
    text = (
        "On Tuesday, gunmen abducted six teachers from a school near Dikwa, among them two nuns. "
        "In March 2022, drones struck a fuel depot in the Belgorod region."
    )
    forms = {f for names in events(text).values() for f in names}
    assert {"gunmen abducted six teachers from a school", "drones struck a fuel depot"} <= forms, forms
    assert "abducted six teachers from a school near Dikwa" in forms, forms  # before the aside after the place


def test_this_is_the_nth_attack_since_a_month_restates_the_attack_told_before() -> None:
    text = (
        "Rockets hit the Ain al-Asad air base in western Iraq on Friday, wounding two contractors. "
        "This is the fifth rocket attack on the base since late January, an official said."
    )
    found = events(text)
    assert len(found) == 1, found  # "since late January" counts attacks; it does not date this one
    [forms] = found.values()
    assert any(form.startswith("fifth rocket attack") for form in forms), forms


def test_the_storys_first_raid_at_a_place_of_its_own_is_the_raid_its_headline_names() -> None:
    text = (
        "Gunmen claim deadly raid on police academy in Kidal\n\n"
        "An armed group said it was behind a raid on a gendarmerie school in Anefis on Tuesday that killed 20 cadets."
    )
    found = events(text)
    assert len(found) == 1, found
    [forms] = found.values()
    assert {"raid on police academy in Kidal", "raid on a gendarmerie school in Anefis on Tuesday"} <= forms, forms


def test_a_headline_raid_takes_the_day_the_story_tells() -> None:
    text = (
        "Gunmen claim deadly raid on police academy in Kidal\n\n"
        "An armed group said it was behind a raid on a gendarmerie school in Anefis on Tuesday that killed 20 cadets."
    )
    dates = [d.get("date") for _, d in graph_of(text, "2024-05-09").g.nodes(data=True) if d["label"] == "Event"]
    assert dates == ["2024-05-07"], dates


def test_a_killing_told_first_undated_is_the_one_the_story_dates_later() -> None:
    text = (
        "Canada expelled six diplomats over the killing of Arjan Malhi, a Sikh activist. Police said the June 2023 "
        "killing of Arjan Malhi was ordered by agents abroad."
    )
    dates = [d.get("date") for _, d in graph_of(text, "2024-10-15").g.nodes(data=True) if d["label"] == "Event"]
    assert dates == ["2023-06"], dates


def test_the_attackers_striking_more_sites_is_the_incident_told_before() -> None:
    text = (
        "Gunmen from the Kawa Front stormed Kuna on 3 March 2019, killing 40 people. The city had been calm for "
        "years. Its mayor was abroad. Over three days the attackers struck the Grand Hotel and the Blue Cafe."
    )
    found = events(text)
    assert len(found) == 1, found
    assert {("OCCURRED_AT", "grand-hotel"), ("OCCURRED_AT", "blue-cafe")} <= event_links(text)


def test_gunmen_without_the_article_may_strike_again_in_a_new_incident() -> None:
    text = (
        "Gunmen from the Kawa Front stormed Kuna on 3 March 2019, killing 40 people. In May gunmen struck the Grand "
        "Hotel in Dara."
    )
    assert len(events(text)) == 2, events(text)


def test_the_killing_later_in_the_sentence_of_a_shooting_is_that_shooting() -> None:
    text = (
        "A district commissioner, Ali Farah, was shot dead in Baidoa on Friday, and the killing was later attributed "
        "to al-Shabaab."
    )
    found = events(text)
    assert len(found) == 1, found
    [(event, forms)] = found.items()
    assert {"shot dead in Baidoa", "the killing"} <= forms, forms
    assert ("al-shabaab", "BLAMED_FOR", event) in links_of(text)


def test_the_killing_with_a_place_of_its_own_is_another_incident() -> None:
    text = (
        "A district commissioner was shot dead in Baidoa on Friday, and the killing in Kismayo last year was "
        "attributed to al-Shabaab."
    )
    assert len(events(text)) == 2


def test_the_attack_a_harm_was_done_in_is_the_one_told_before() -> None:
    text = (
        "Gunmen attacked a police post in Baidoa on Friday. Two officers were killed near Kismayo on Sunday, and a "
        "third was killed in the attack, police said."
    )
    found = events(text)
    assert any("attacked a police post in Baidoa" in forms and "the attack" in forms for forms in found.values()), found


def test_a_strike_told_at_a_region_is_the_strike_on_a_town_of_it_that_day() -> None:
    text = (
        "A rocket strike on Kashmir on Sunday killed nine shoppers. Witnesses said a rocket struck a crowded market in "
        "Baramulla, a town in Kashmir, on Sunday."
    )
    found = events(text)
    assert len(found) == 1, found
    [forms] = found.values()
    assert {"A rocket strike on Kashmir", "a rocket struck a crowded market in Baramulla"} <= forms, forms


def test_a_strike_told_at_a_region_on_another_day_is_another_strike() -> None:
    text = (
        "A rocket strike on Kashmir on Saturday killed nine shoppers. Witnesses said a rocket struck a crowded market "
        "in Baramulla, a town in Kashmir, on Sunday."
    )
    assert len(events(text)) == 2, events(text)


def test_the_strike_told_again_with_its_day_alone_is_the_strike_told_before() -> None:
    text = (
        "A drone strike killed three soldiers at a base near Kuna on Sunday. Officials said the strike on Sunday was "
        "carried out by Kataib Hezbollah."
    )
    found = events(text)
    assert len(found) == 1, found
    assert ("BLAMED_FOR", "kuna-attack-2024-03") in {(k, o) for _, k, o in links_of(text) if k == "BLAMED_FOR"}


def test_the_assault_a_relative_clause_dates_is_the_one_told_before_that_day() -> None:
    text = (
        "Militants stormed an army post in Kuna on Saturday, killing 12 soldiers, the governor said on Monday. The "
        "assault, which began on Saturday afternoon and lasted several hours, was claimed by Jama'at Nusrat al-Islam "
        "wal-Muslimin."
    )
    found = events(text)
    assert len(found) == 1, found
    [forms] = found.values()
    assert "The assault" in forms, forms


def test_a_dated_shooting_of_someone_is_not_the_attack_told_before() -> None:
    text = (
        "Gunmen attacked a convoy near Kuna on Monday, killing four soldiers. Separately, police blamed the group for "
        "the March shooting of a village chief."
    )
    assert len(events(text)) == 2, events(text)


def test_a_superlative_set_after_the_incident_it_ranks_is_that_incident_and_what_it_hit() -> None:
    text = (
        "The Islamic State group on Tuesday claimed an overnight attack on an army post that killed four soldiers in "
        "the hills near Kuna, the deadliest assault on the Nigerian Army in months."
    )
    found = events(text)
    assert len(found) == 1, found
    [forms] = found.values()
    assert "the deadliest assault on the Nigerian Army" in forms, forms
    assert ("TARGETED", "nigerian-army") in event_links(text), event_links(text)


def test_a_blast_said_to_go_off_at_a_place_is_the_bombing_told_before() -> None:
    """A blast that "went off" somewhere is placed there, as "exploded" and "took place" are: the place of the
    bombing told before; not of an incident told between, nor of a thing that is no incident."""
    bombing = "Two bombs exploded in Mogadishu on Saturday, killing 18 people, officials said. "
    for told in (
        "The second explosion went off near the Zobe intersection.",
        "The first blast went off at a checkpoint near the Zobe intersection.",
        "The blasts went off near the Zobe intersection.",
    ):
        assert len(events(bombing + told)) == 1, told
        assert ("OCCURRED_AT", "zobe") in event_links(bombing + told), told
    between = "On Monday gunmen attacked a hotel in Kismayo, killing four guards. A car alarm went off near Zobe."
    assert ("OCCURRED_AT", "zobe") not in event_links(bombing + between)
