"""Incidents told in the plural as what a verb of doing carried out on a stated day, against someone named, are one
telling of that day: "On 11 January, the US conducted strikes against Houthi sites in Yemen" (not "has carried out
strikes since 2014", "launched raids in 2023", strikes with no one named as hit, nor "ordered sustained strikes on X
on March 15", a campaign) (loaders/events.py: ``_done_on_a_day``; loaders/incident_words.py: ``lasting``)."""

from conftest import named_links


def test_strikes_carried_out_on_a_stated_day_are_one_incident_with_its_author_and_target() -> None:
    text = "On 11 January, the United States and Britain conducted strikes against Houthi radar sites in Yemen."
    blamed = named_links(text, "BLAMED_FOR")
    targeted = named_links(text, "TARGETED")
    assert {author for author, _ in blamed} == {"United States", "United Kingdom"}
    assert [target for _, target in targeted] == ["Houthis"]


def test_other_verbs_and_days_of_doing() -> None:
    for text in (
        "Israel carried out air strikes on Hezbollah positions on Monday, the army said.",
        "The coalition launched raids on Islamic State hideouts on 3 May.",
        "On Tuesday, Turkish jets staged air strikes against PKK camps in northern Iraq.",
        "Pakistan mounted drone strikes against TTP hideouts on 18 March.",
        "Warplanes of the United States conducted airstrikes against al-Shabaab bases on Sunday.",
    ):
        assert named_links(text, "TARGETED"), text


def test_no_day_or_no_one_hit_makes_no_incident() -> None:
    for text in (
        "The United States has carried out strikes on the Islamic State since 2014.",
        "Israel launched raids on Hezbollah in 2023.",
        "Israel carried out air strikes on Monday.",
        "The president ordered sustained strikes on Houthi targets on March 15.",
        "The coalition began daily raids on Islamic State hideouts on 3 May.",
    ):
        assert not named_links(text, "TARGETED") and not named_links(text, "BLAMED_FOR"), text
