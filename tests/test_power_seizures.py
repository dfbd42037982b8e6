"""A seizure of power is a coup: laid on who seized power, at the places its clause names, hitting whom it ousted;
told with a coup of its own, that coup is laid on them. Only announced, it is none."""

from __future__ import annotations

from conftest import graph_of


def _events(text: str) -> tuple[list[str], set[tuple[str, str, str]]]:
    kg = graph_of(text)
    events = [n for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    return events, {(s, k, o) for s, o, k in kg.g.edges(keys=True)}


def test_soldiers_who_seized_power_on_a_day_are_blamed_for_a_coup_at_the_palace_city_hitting_the_president() -> None:
    events, links = _events(
        "General Abdourahamane Tiani's guards seized power on 26 July, detaining President Mohamed Bazoum at his "
        "residence in Niamey."
    )
    assert len(events) == 1, events
    assert ("abdourahamane-tiani", "BLAMED_FOR", events[0]) in links, links
    assert (events[0], "OCCURRED_AT", "niamey") in links, links
    assert (events[0], "TARGETED", "mohamed-bazoum") in links, links


def test_power_seized_in_a_named_coup_lays_that_coup_on_both_seizers() -> None:
    events, links = _events(
        "Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo had together seized power in the October 2021 coup in "
        "Khartoum."
    )
    assert len(events) == 1, events
    assert {
        ("abdel-fattah-al-burhan", "BLAMED_FOR", events[0]),
        ("mohamed-hamdan-dagalo", "BLAMED_FOR", events[0]),
    } <= links


def test_power_a_colonel_only_plans_to_seize_is_no_coup() -> None:
    events, links = _events("Colonel Assimi Goita plans to seize power in Bamako next year.")
    assert not events and not any(k == "BLAMED_FOR" for _, k, _ in links), links


def test_power_seized_in_a_year_is_a_coup_of_that_year_on_whom_it_ousted() -> None:
    kg = graph_of("Captain Ibrahim Traore seized power in 2022, ousting Paul-Henri Damiba.")
    events = [(n, d) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 1 and events[0][1]["date"] == "2022", events
    links = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert ("ibrahim-traore", "BLAMED_FOR", events[0][0]) in links, links


def test_power_taken_after_a_father_died_is_a_succession_not_a_coup() -> None:
    events, _ = _events("Mahamat Deby, who took power in N'Djamena in 2021 after his father was killed, flew north.")
    assert not events, events


def test_a_person_who_seized_power_in_a_capital_leads_its_state() -> None:
    _, links = _events("Colonel Tomas Ardel, who seized power in Bamako in May 2021, expelled the French ambassador.")
    assert ("tomas-ardel", "LEADS", "mali") in links, links


def test_a_person_who_seized_power_in_a_state_leads_it_and_a_group_leads_nothing() -> None:
    _, links = _events("Colonel Tomas Ardel seized power in Mali in 2021. The Taliban seized power in Kabul in 2021.")
    assert ("tomas-ardel", "LEADS", "mali") in links, links
    assert not any(k == "LEADS" and o == "afghanistan" for _, k, o in links), links


def test_a_plan_to_seize_power_leads_nothing() -> None:
    _, links = _events("Colonel Tomas Ardel plans to seize power in Bamako.")
    assert not any(k == "LEADS" for _, k, _ in links), links


def test_who_ousted_a_president_and_who_removed_him_in_turn_lead_the_state_the_clause_names() -> None:
    kg = graph_of(
        "In Gabon, Colonel Amadou Sadi ousted President Ali Kone in May 2021, only to be removed eight months later "
        "by Captain Ibrahim Sow."
    )
    links = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    for person in ("amadou-sadi", "ali-kone", "ibrahim-sow"):
        assert (person, "LEADS", "gabon") in links, links


def test_a_states_prime_minister_overthrown_by_a_colonel_puts_the_colonel_at_its_head() -> None:
    kg = graph_of("Gabon's Prime Minister Ali Kone was overthrown by Colonel Amadou Sadi in May 2021.")
    links = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert ("amadou-sadi", "LEADS", "gabon") in links, links


def test_an_officer_removed_from_a_command_leads_no_state() -> None:
    kg = graph_of("In Gabon, General Amadou Sadi removed Colonel Ali Kone from command of the guard.")
    assert not [k for _, _, k in kg.g.edges(keys=True) if k == "LEADS"]


def test_soldiers_led_by_a_colonel_who_ousted_a_president_in_a_coup_lay_the_coup_on_the_colonel() -> None:
    events, links = _events(
        "He linked the attacks to the May 2021 coup in Gabon, in which soldiers led by Colonel Amadou Sadi ousted "
        "President Ali Kone."
    )
    assert len(events) == 1, events
    assert ("amadou-sadi", "BLAMED_FOR", events[0]) in links, links
    assert ("amadou-sadi", "LEADS", "gabon") in links, links


def test_a_coup_in_which_soldiers_ousted_a_president_hit_him_and_sets_their_leader_against_him() -> None:
    events, links = _events(
        "He linked the attacks to the May 2021 coup in Gabon, in which soldiers led by Colonel Amadou Sadi ousted "
        "President Ali Kone."
    )
    assert len(events) == 1, events
    assert (events[0], "TARGETED", "ali-kone") in links, links
    assert ("amadou-sadi", "OPPOSES", "ali-kone") in links, links
    assert ("amadou-sadi", "ATTACKED", "ali-kone") not in links, links


def test_power_seized_after_ousting_a_colonel_is_a_coup_that_hit_him() -> None:
    events, links = _events(
        "Captain Moussa Kande, who seized power in Ouagadougou in March 2023 after ousting Colonel Idrissa Bamba, "
        "has accused Togo of sheltering rebels."
    )
    assert len(events) == 1, events
    assert ("moussa-kande", "BLAMED_FOR", events[0]) in links, links
    assert (events[0], "TARGETED", "idrissa-bamba") in links, links


def test_a_putsch_at_a_place_is_a_coup_there() -> None:
    events, links = _events("Officers staged a putsch in Libreville on 30 August. The putsch was condemned by France.")
    assert len(events) == 1, events
    assert (events[0], "OCCURRED_AT", "libreville") in links, links
