"""An incident named by words set right after its noun is the incident of that name: a name in apposition between
commas or quotation marks ("launched its own operation, "Iron Dawn", against X"), or after words of naming ("an
operation known as X", "codenamed X", "code-named X", "remembered as X"); not a known actor, a place or a name the
sentence goes on with (loaders/named_operations.py: ``called_name``, ``phrased_name``, ``apposed_name``)."""

from conftest import graph_of, named_links


def events_of(text: str) -> set[str]:
    """The names of the Events of one document written for a test."""
    kg = graph_of(text)
    return {d["name"] for _, d in kg.g.nodes(data=True) if d["label"] == "Event"}


def test_a_quoted_name_set_after_the_noun_names_the_incident_and_keeps_its_aim() -> None:
    text = 'The Wagner Group launched its own operation, "Iron Dawn", against the army in Kidal on Monday.'
    assert events_of(text) == {"Iron Dawn"}
    assert ("Iron Dawn", "Kidal") in named_links(text, "OCCURRED_AT")
    assert ("Wagner Group", "Iron Dawn") in named_links(text, "BLAMED_FOR")


def test_a_quoted_name_after_a_raid_names_it() -> None:
    assert events_of('The rebels launched a raid, "Iron Dawn", on the army base in Kidal on 3 May.') == {"Iron Dawn"}


def test_a_name_after_words_of_naming_names_the_incident() -> None:
    assert events_of("The rebels launched an operation known as Iron Dawn against the army in Kidal.") == {"Iron Dawn"}
    assert events_of("""The alliance's offensive, codenamed "Iron Dawn", drove the army from Kidal.""") == {"Iron Dawn"}
    assert events_of("Soldiers raided villages near Umuahia during an army operation code-named Python Step.") == {
        "Python Step"
    }
    assert events_of("The massacre remembered as Black Sunday killed 40 worshippers in Zahedan in 2022.") == {
        "Black Sunday"
    }


def test_a_name_the_sentence_goes_on_with_names_no_incident() -> None:
    assert "Russia" not in events_of("The rebels launched an operation, Russia said, against the army in Kidal.")
    assert "Mogadishu" not in events_of("An attack, Mogadishu police said, killed five people in Afgoye on Monday.")
    assert not {"Kenya", "Kenya's"} & events_of("The bombing, Kenya's worst, killed five people in Garissa on Monday.")


def test_words_of_naming_before_no_name_name_nothing() -> None:
    assert events_of("The army began an operation known as a clearance drive in Rakhine on Monday.") <= {
        "Rakhine operation"
    }


def test_an_operation_of_another_name_after_a_possessive_is_a_second_operation() -> None:
    text = (
        "The Three Brotherhood Alliance launched Operation 1027 in Shan State in October. "
        'Resistance forces in Karenni State launched their own "Operation 1111" in November.'
    )
    assert {"Operation 1027", "Operation 1111"} <= events_of(text)


def test_the_same_name_after_a_possessive_is_the_operation_told_again() -> None:
    text = "The Wagner Group launched Operation Iron Gate in Kidal in May. The group's Operation Iron Gate took Anefis."
    assert events_of(text) == {"Operation Iron Gate"}
