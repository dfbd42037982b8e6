"""A reference back ("the offensive", "Wednesday's strike", "the strike") means the latest earlier incident it can:
one of a kind it may name, on a day it allows, and not an incident of a past year told further back; and an incident
in a bulleted list keeps the name it is told by, which later references match."""

from __future__ import annotations

from conftest import graph_of


def named_by(text: str, phrase: str, date: str = "2024-03-05") -> set[str]:
    """The names of the Event nodes that have this phrase among their names."""
    nodes = graph_of(text, date).g.nodes(data=True)
    return {d["name"] for _, d in nodes if d["label"] == "Event" and phrase in {d["name"], *d["aliases"]}}


def test_the_offensive_is_not_an_earlier_strike() -> None:
    text = (
        "Rebel commanders announced a campaign to retake the northern valley last month. "
        "On Sunday, a drone strike on a fuel depot in Korvale killed three guards. "
        "The offensive has stalled since the rains began, aid workers said."
    )
    assert named_by(text, "The offensive") == set()


def test_the_assault_may_mean_an_earlier_offensive() -> None:
    text = (
        "In April, the army launched an offensive on Darvana, the rebel-held capital of the eastern province. "
        "The assault displaced more than 40,000 residents, the United Nations said."
    )
    found = named_by(text, "The assault")
    assert len(found) == 1 and "Darvana" in next(iter(found)), found


def test_a_weekday_reference_is_not_an_incident_of_another_day() -> None:
    text = (
        "On Wednesday, an air strike on the market in Tolvey killed four people. "
        "On February 20, a bombing at a checkpoint in Merath killed six police officers. "
        "Wednesday's strike was condemned by the governor."
    )
    found = named_by(text, "Wednesday's strike", "2024-03-01")
    assert len(found) == 1 and "Tolvey" in next(iter(found)), found


def test_the_strike_does_not_mean_a_bombing_of_a_past_year_told_further_back() -> None:
    text = (
        "The commander was wanted by Washington, which linked him to the 1994 bombing of the embassy in Karvash. "
        "His group has grown since then. "
        "Dozens of fighters gathered in the old city on Friday. "
        "The strike killed the commander and two of his aides, the army said."
    )
    assert named_by(text, "The strike") == set()


def test_the_bombing_told_right_after_a_past_bombing_is_that_bombing() -> None:
    text = (
        "The group was blamed for the 1994 bombing of the embassy in Karvash. "
        "The bombing killed 31 people, among them four diplomats."
    )
    found = named_by(text, "The bombing")
    assert len(found) == 1 and "Karvash" in next(iter(found)), found


def test_a_reference_by_a_name_means_the_incident_told_with_it() -> None:
    text = (
        "Gunmen attacked the Sutton Ridge mine on Saturday, killing nine guards. "
        "On Monday, an air strike in Olmen district destroyed a warehouse. "
        "The Sutton assault was the deadliest this year."
    )
    assert named_by(text, "The Sutton assault") == {"Sutton Ridge attack"}


def test_the_attacks_are_not_one_strike_told_before() -> None:
    text = (
        "A drone strike on a radar station in Velsk damaged two antennas on Sunday. "
        "The attacks have grown more frequent since the spring, officials said."
    )
    assert named_by(text, "The attacks") == set()


def test_an_incident_in_a_bulleted_list_keeps_its_own_name() -> None:
    text = (
        "The group has struck the region many times. Its worst attacks include:\n\n"
        "- the Corvel shopping centre siege in Tamsa in May 2015, in which 40 people died;\n"
        "- the ambush of a convoy near Kellam in June 2016, followed weeks later by a raid on a farm in Kellam."
    )
    assert named_by(text, "Corvel shopping centre siege", "2024-03-05"), "no Event named by its own phrase"


def test_a_reference_in_a_when_clause_of_another_year_is_not_the_earlier_kidnapping() -> None:
    text = (
        "In June 2015, gunmen abducted 40 pupils from a boarding school in Tamsa. "
        "When 60 farmers were taken from a market in Orrel in March 2019, the kidnapping was blamed on the rebels."
    )
    assert not any("Tamsa" in name for name in named_by(text, "the kidnapping"))


def test_the_bombings_at_a_place_of_their_own_are_not_an_earlier_incident_elsewhere() -> None:
    text = (
        "Gunmen opened fire on a bus in Peshawar on Monday, killing nine passengers.\n\n"
        "The Red Hand was blamed for the bombings in Karachi in 2011."
    )
    assert named_by(text, "bombings in Karachi") == {"Karachi bombings"}


def test_the_attack_at_the_place_of_an_earlier_incident_is_that_incident() -> None:
    text = (
        "Gunmen opened fire on a bus in Peshawar on Monday, killing nine passengers.\n\n"
        "Police blamed the Red Hand for the attack in Peshawar."
    )
    assert named_by(text, "attack in Peshawar") == {"Peshawar attack"}


def test_the_blast_is_not_an_earlier_offensive() -> None:
    text = (
        "In April, the army launched an offensive on Darvana, the rebel-held capital of the eastern province. "
        "The blast destroyed two houses near the market, residents said."
    )
    assert named_by(text, "The blast") == set()


def test_the_drone_attack_means_the_drone_attack_not_an_ambush_told_since() -> None:
    text = (
        "A drone attack on a base near Kuna killed three soldiers on Sunday. On Monday, gunmen ambushed a police "
        "patrol near Zaria, killing two officers. The Islamic Resistance in Iraq claimed the drone attack."
    )
    assert named_by(text, "the drone attack") == {"Kuna drone attack"}


def test_a_reference_that_states_a_past_month_means_the_incident_of_that_month_told_further_back() -> None:
    text = (
        "Gunmen stormed an army post at Kuna in May 2022, killing eight soldiers. The army has since reinforced its "
        "posts in the region. Residents say the roads are safer now. After the May 2022 attack, the government "
        "declared a state of emergency."
    )
    assert named_by(text, "the May 2022 attack") == {"Kuna attack"}


def test_a_weekday_reference_is_not_an_incident_told_since_with_only_its_month() -> None:
    text = (
        "On Wednesday, an air strike on a fuel depot in Kuna killed four guards. Earlier this month, rebels attacked "
        "a convoy near Zaria. Wednesday's strike was condemned by the governor."
    )
    assert named_by(text, "Wednesday's strike", "2024-03-08") == {"Kuna air strike"}


def test_the_bombings_may_mean_one_attack_told_on_several_sites() -> None:
    text = (
        "The group's deadliest operation was the attack on two hotels in Kandi on 3 May 2009, which killed 80 people. "
        "Two of the men convicted over the bombings were hanged in 2012."
    )
    assert named_by(text, "the bombings") == {"Kandi attack"}


def test_the_strike_after_an_airstrike_that_made_no_incident_is_not_the_assault_told_before() -> None:
    text = (
        "The army's assault on Bhamo entered its third week on Monday. A monastery in the town was damaged in an"
        " airstrike last week, residents said. The rebels said the strike was carried out by military jets."
    )
    assert named_by(text, "the strike") == set()


def test_that_attack_after_an_attack_that_describes_a_killing_is_the_killing() -> None:
    text = (
        "Gunmen killed 40 people at a concert hall in Kandi in March, an attack claimed by the Sahel Front. "
        "Officials insisted that Ruritania was also behind that attack."
    )
    assert named_by(text, "that attack") == {"Kandi killing"}


def test_the_violence_is_no_lone_killing_told_before() -> None:
    text = (
        "Gunmen killed the mayor of Korvale in his car on Monday. "
        "Rival militias have fought in the streets of Darvana since the start of the month. "
        "The governor blamed the Tolvey Front for the violence, police said."
    )
    assert named_by(text, "the violence") == set()


def test_the_violence_may_mean_attacks_told_before() -> None:
    text = (
        "Fighters of the Tolvey Front attacked army posts in Darvana on Monday. "
        "The governor blamed the Tolvey Front for the violence, police said."
    )
    assert len(named_by(text, "the violence")) == 1


def test_the_killings_are_no_killing_of_one_person_told_before() -> None:
    text = (
        "Gunmen killed Omar Diallo, the mayor of Korvale, in his car on Monday. "
        "Ten bodies were later found near a bridge in Darvana. No group claimed the killings, police said."
    )
    assert named_by(text, "the killings") == set()


def test_the_operation_is_not_one_named_only_to_measure_the_news_by() -> None:
    text = (
        "Police killed 23 people on Tuesday during a joint police operation in Korvale, in what became the deadliest "
        "raid in the city's history, surpassed only by last year's operation in Darvana. "
        "The operation was carried out by the special police battalion."
    )
    assert named_by(text, "The operation") == {"Korvale police operation"}
