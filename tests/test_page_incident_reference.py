"""A reference back paragraphs after an incident told in passing means the page's own incident."""

from tests.conftest import graph_of

PAGE = (
    "A rocket attack on the airport in Kirkuk on Monday wounded four guards.\n\n"
    "In January 2024 a car bombing in Basra killed eleven people.\n\n"
    "Officials met in Baghdad on Tuesday. Jordan condemned the attack."
)


def _told_as_the_attack(page: str) -> set[str]:
    """The names of the incidents whose mentions hold "the attack"."""
    kg = graph_of(page, date="2024-03-06")
    return {d["name"] for _, d in kg.g.nodes(data=True) if d["label"] == "Event" and "the attack" in d["aliases"]}


def test_the_attack_is_the_pages_incident_not_an_earlier_one_told_in_passing() -> None:
    assert _told_as_the_attack(PAGE) == {"Kirkuk rocket attack"}


def test_the_attack_told_right_after_the_earlier_incident_is_that_one() -> None:
    assert _told_as_the_attack(PAGE.replace("Officials met in Baghdad on Tuesday. ", "")) == {"Basra car bombing"}


def test_the_attack_after_an_incident_told_in_a_relative_clause_is_the_pages_incident() -> None:
    page = (
        "A rocket attack on the airport in Kirkuk on Monday wounded four guards.\n\n"
        "Police blamed a militia that had carried out a car bombing in Basra.\n\n"
        "Officials met in Baghdad on Tuesday. Jordan condemned the attack."
    )
    assert _told_as_the_attack(page) == {"Kirkuk rocket attack"}


def test_a_reference_that_states_its_day_means_the_incident_of_that_day_not_a_nearer_one_of_the_day_before() -> None:
    page = (
        "A drone strike on a car in Basra on Wednesday killed a militia commander.\n\n"
        "A rocket attack on a base in Erbil on Tuesday wounded two guards.\n\n"
        "The Kataib Sayyid al-Shuhada militia blamed Washington for Wednesday's strike."
    )
    kg = graph_of(page, date="2024-02-08")
    named = {
        d["name"] for _, d in kg.g.nodes(data=True) if d["label"] == "Event" and "Wednesday's strike" in d["aliases"]
    }
    assert named == {"Basra drone strike"}, named


def test_the_attack_after_a_years_old_incident_told_describing_a_group_is_not_that_one() -> None:
    page = (
        "Gunmen opened fire on a bus in Peshawar on Monday, killing nine passengers.\n\n"
        "The Red Hand, founded by Ali Khan and blamed for the Karachi bombings of 2011, says it has no fighters in the "
        "province. Afghanistan has denied any role in the attack."
    )
    assert _told_as_the_attack(page) == {"Peshawar attack"}


def test_the_attack_after_a_years_old_incident_told_as_news_of_its_own_is_that_one() -> None:
    page = (
        "Gunmen opened fire on a bus in Peshawar on Monday, killing nine passengers.\n\n"
        "A bombing in Karachi in 2011 killed twenty people. Afghanistan has denied any role in the attack."
    )
    assert _told_as_the_attack(page) == {"Karachi bombing"}
