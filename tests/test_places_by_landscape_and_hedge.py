"""A place put in or near another by a described part ("on the European shore of X"), a landscape's noun ("in the
hills above X", "in the forests around X") or a hedged connector (", just outside X", "immediately north of X")
lies in it (`loaders/place_phrases.py`); not a part set apart ("on the other side of X"), nor a place past a border
or a third place. Each on sentences written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def placed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in links_by_name(text) if t == "LOCATED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked a church in the Sariyer district on the European shore of the Bosphorus.",
            ("Sariyer", "Bosphorus"),
        ),
        ("Fighting reached Minova on the rugged northern shore of Lake Kivu.", ("Minova", "Lake Kivu")),
        (
            "Gunmen broke into the Wilberforce barracks in the hills above Freetown.",
            ("Wilberforce barracks", "Freetown"),
        ),
        (
            "Rebels shelled the Nyamugari camp, in the hills overlooking Bukavu.",
            ("Nyamugari camp", "Bukavu"),
        ),
        ("Troops raided Mulindi, a village in the forests around Kigali.", ("Mulindi", "Kigali")),
        ("The plane landed at Santa Teresa, just outside El Paso, on Thursday.", ("Santa Teresa", "El Paso")),
        ("Shells hit Kozinka, immediately north of Graivoron, overnight.", ("Kozinka", "Graivoron")),
        ("The convoy was stopped at Dharjaale, some 20 km south of Bosaso.", ("Dharjaale", "Bosaso")),
    ],
)
def test_a_place_near_another_by_a_part_a_landscape_or_a_hedge_lies_in_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in placed(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Fighting reached Kasindi, on the other side of the Lubiriha river from Mpondwe.", ("Kasindi", "Mpondwe")),
        ("Rebels held Varnik, in the mountains near the border with Uganda.", ("Varnik", "Uganda")),
        ("Talks opened in Nairobi, just as fighting spread to Goma.", ("Nairobi", "Goma")),
    ],
)
def test_no_place_across_a_part_set_apart_a_border_or_a_clause(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in placed(text)
