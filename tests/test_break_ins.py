"""A break-in or a break-out is an incident: the parse reads the hyphenated noun as "in" or "out" with "break" as its
compound, so ``compound_incidents`` names them by that word (seeds/relations.yaml)."""

from conftest import named_links


def test_a_break_in_claimed_by_a_group_is_its_incident_at_the_place_named() -> None:
    text = "Green Action said it carried out the break-in at the Filton air base on Sunday."
    blamed = named_links(text, "BLAMED_FOR")
    assert [event for actor, event in blamed if actor == "Green Action"] == ["Filton break in"]
    assert ("Filton break in", "Filton") in named_links(text, "OCCURRED_AT")


def test_a_break_out_from_a_prison_is_an_incident() -> None:
    text = "Boko Haram carried out the break-out from the Kano prison in July 2022."
    assert any(event.endswith("break out") for _, event in named_links(text, "BLAMED_FOR"))


def test_a_break_of_day_or_lights_going_out_is_no_incident() -> None:
    text = "Boko Haram fighters waited in Kano from the break of day, and the lights went out at dusk."
    assert named_links(text, "BLAMED_FOR") == {}
