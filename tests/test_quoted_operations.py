"""A named operation written in quotation marks is read as one written without them: the phrases the parse hangs on
the name's last word are its aim and place, the noun in apposition after the closing mark tells it again, and the
owner of the name launched it (loaders/events.py, loaders/named_operations.py, loaders/extract.py)."""

from conftest import named_links


def test_the_aim_and_place_hung_on_a_quoted_name_are_the_operations() -> None:
    text = 'The Northern Alliance launched "Operation Sunrise" against the Tatmadaw in Kachin State on 12 May.'
    assert ("Operation Sunrise", "Tatmadaw") in named_links(text, "TARGETED")
    assert ("Operation Sunrise", "Kachin State") in named_links(text, "OCCURRED_AT")


def test_a_noun_in_apposition_after_the_closing_mark_tells_the_operation_again() -> None:
    text = 'Uganda launched "Operation Iron Gate", a joint offensive against the Allied Democratic Forces.'
    targeted = named_links(text, "TARGETED")
    assert ("Operation Iron Gate", "Allied Democratic Forces") in targeted
    assert all(event == "Operation Iron Gate" for event, _ in targeted)


def test_the_owner_of_an_operations_name_launched_it() -> None:
    text = 'Last year Turkey\'s "Operation Mountain Wind" pushed the fighters back from the border.'
    assert named_links(text, "BLAMED_FOR") == {("Turkey", "Operation Mountain Wind"): "asserted"}
