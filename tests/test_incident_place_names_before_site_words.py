"""An unknown name before the common nouns of an incident's phrase is the incident's place, as one right before the
incident's noun is: "the Tolon break-out", "the Dapo market bombing" (loaders/incident_place_names.py)."""

from conftest import named_links


def test_an_unknown_name_before_a_break_out_is_its_place() -> None:
    text = "The Tolon break-out, in which hundreds of inmates escaped, was claimed by the Islamic State group."
    assert named_links(text, "OCCURRED_AT") == {("Tolon break out", "Tolon"): "asserted"}


def test_a_name_before_an_adjective_and_the_incident_is_not_read_so() -> None:
    text = "The Tolon deadly break-out, in which hundreds of inmates escaped, was claimed by the Islamic State group."
    assert ("Tolon break out", "Tolon") not in named_links(text, "OCCURRED_AT")
