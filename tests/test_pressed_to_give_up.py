"""A side pressed, or said it must, give up the fight (loaders/hostility.py, ``HostilityReader.ordered_out`` and
``HostilityReader.must_give_up``), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The State Department called on Iran to cease its violations of Iraq's sovereignty.",
            ("US State Department", "Iran"),
        ),
        ("Ned Price urged Russia to halt its offensive.", ("Ned Price", "Russia")),
        ("The US pressed the Houthis to stop attacking shipping.", ("United States", "Houthis")),
        ("Myanmar told the KIA to lay down its weapons.", ("Myanmar", "Kachin Independence Army")),
        ("Turkey urged the PKK to disband.", ("Turkey", "PKK")),
        ("Erdogan has repeatedly called on the PKK to disarm and dissolve itself.", ("Recep Tayyip Erdogan", "PKK")),
        (
            "China urged the MNDAA to halt operations near Lashio.",
            ("China", "Myanmar National Democratic Alliance Army"),
        ),
        (
            "The US State Department called on Rwanda to pull out its troops from Congolese territory.",
            ("US State Department", "Rwanda"),
        ),
        (
            '"We condemn the strikes and call on Iran to cease its violations," spokesperson Ned Price said.',
            ("Ned Price", "Iran"),
        ),
        ('"I urge Hamas to lay down its weapons," Antony Blinken said on Tuesday.', ("Antony Blinken", "Hamas")),
    ],
)
def test_whoever_presses_one_side_to_give_up_the_fight_opposes_it(text: str, pair: tuple[str, str]) -> None:
    assert named_links(text, "OPPOSES").get(pair) == "asserted"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkish Foreign Minister Hakan Fidan has said the YPG must disband.", ("Hakan Fidan", "YPG")),
        ("Moscow says Kyiv should withdraw its troops from the Kursk region.", ("Russia", "Ukraine")),
        ("Washington insisted Iran must stop its attacks on shipping.", ("United States", "Iran")),
        ("Erdogan said the PKK must lay down its weapons and dissolve.", ("Recep Tayyip Erdogan", "PKK")),
        (
            "The Kurdistan Regional Government said the PKK should leave Sinjar.",
            ("Kurdistan Regional Government", "PKK"),
        ),
    ],
)
def test_whoever_says_a_side_must_give_up_the_fight_opposes_it(text: str, pair: tuple[str, str]) -> None:
    assert named_links(text, "OPPOSES").get(pair) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The UN urged Israel and Hamas to stop fighting.",  # two sides pressed together: a mediator
        "Qatar urged Hamas to stop the violence.",  # anyone's violence
        "The US urged Ukraine to stop Russia's offensive.",  # someone else's offensive
        '"We call on Iran to stop," Price said.',  # to stop what?
        "Hezbollah said it must withdraw from the border.",  # a side of its own
        "Ankara said the PKK must not leave.",
        "The ministry said the UN should withdraw the force from Kidal.",  # someone else's force
        "Turkey said the YPG will disband.",  # a forecast, not a demand
    ],
)
def test_a_mediator_a_forecast_or_a_deed_not_the_sides_own_opposes_no_one(text: str) -> None:
    assert not named_links(text, "OPPOSES")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "HTS pushed into Afrin within days, forcing the Third Legion to withdraw.",
            ("Hayat Tahrir al-Sham", "Third Legion"),
        ),
        ("AMISOM forced al-Shabaab out of Mogadishu in 2011.", ("AMISOM", "al-Shabaab")),
        ("The RSF compelled the SPLM-N to retreat from Kadugli.", ("Rapid Support Forces", "SPLM-North")),
        ("Iran was urged by the United States to stop its attacks.", ("United States", "Iran")),
        (
            "The MNDAA took Lashio, and Chinese pressure on the MNDAA to halt operations followed.",
            ("China", "Myanmar National Democratic Alliance Army"),
        ),
        ("The United States stepped up pressure on Rwanda to withdraw its troops.", ("United States", "Rwanda")),
        ("Turkey increased its pressure on the PKK to disarm.", ("Turkey", "PKK")),
    ],
)
def test_whoever_forces_a_side_out_or_puts_pressure_on_it_to_give_up_opposes_it(
    text: str, pair: tuple[str, str]
) -> None:
    assert named_links(text, "OPPOSES").get(pair) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The floods forced thousands of civilians to flee.",
        "Heavy losses forced the Malian army to withdraw from Kidal.",  # no one who forced it
        "The UN put pressure on Israel and Hamas to stop fighting.",  # a mediator's
        "The United States put pressure on Iran to release the hostages.",  # not a fight given up
        "Kenya increased pressure on Somalia to end the violence.",  # anyone's violence
    ],
)
def test_forcing_or_pressure_with_no_presser_or_no_fight_given_up_opposes_no_one(text: str) -> None:
    assert not named_links(text, "OPPOSES")
