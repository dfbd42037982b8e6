"""A place set before a part of a town the text names only as "the city" or "the capital", or by its possessive, lies in
that town (`loaders/town_parts.py`): "on the eastern edge of the city", "in the west of the capital", "a district of
the capital's southern suburbs", "the city's X district", "south-east of the capital", "on Marib's western edge", "X,
the city's largest hospital", "the city's western suburbs, the X"; not a place people go to or come from, a place
named only beside another place, a region wider than a town, an item of a list, nor a town named only as a modifier
or a site. Each on sentences written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "place", "town"),
    [
        (
            "Fighting flared in Kandahar on Monday. A car bomb went off in the Loya Wiala area on the eastern edge of "
            "the city.",
            "Loya Wiala",
            "Kandahar",
        ),
        (
            "Clashes erupted in Mogadishu on Friday. A mortar round struck Hodan district, in the west of the capital.",
            "Hodan",
            "Mogadishu",
        ),
        (
            "Israeli jets struck Beirut again. The raid flattened a building in Haret Hreik, a crowded district of the "
            "capital's southern suburbs.",
            "Haret Hreik",
            "Beirut",
        ),
        (
            "Rebels withdrew from Tripoli in June. They kept Tarhuna, their last stronghold south-east of the capital.",
            "Tarhuna",
            "Tripoli",
        ),
        (
            "The army retook Wad Madani on Saturday and searched the city's Hay al-Matar district.",
            "Hay al-Matar",
            "Wad Madani",
        ),
        ("A drone fell on the al-Sanabel district on Marib's western edge.", "al-Sanabel", "Marib"),
        (
            "Officials in Ankara were on alert. The plant stands in the Kazan district, about 30 km (19 miles) "
            "north-west of the capital.",
            "Kazan",
            "Ankara",
        ),
        (
            "Heavy rain hit Herat on Sunday. The flood swept through Guzara, which lies on the western fringe of the "
            "city.",
            "Guzara",
            "Herat",
        ),
        (
            "Shelling hit Goma overnight. Kibumba and Kanyaruchinya, on the northern outskirts of the city, emptied.",
            "Kibumba",
            "Goma",
        ),
        (
            "Shelling hit Goma overnight. Kibumba and Kanyaruchinya, on the northern outskirts of the city, emptied.",
            "Kanyaruchinya",
            "Goma",
        ),
        (
            "A missile hit the al-Rawda fuel station in the north of the city of Marib.",
            "al-Rawda fuel station",
            "Marib",
        ),
        (
            "Clashes erupted in Mogadishu. Mortar rounds struck Hodan and Wadajir, in the west of the capital.",
            "Wadajir",
            "Mogadishu",
        ),
        (
            "Clashes erupted in Mogadishu. Mortar rounds struck Hodan and Wadajir, in the west of the capital.",
            "Hodan",
            "Mogadishu",
        ),
        (
            "Fighters reached El Fasher. They stormed the Saudi Hospital, the city's largest hospital, on Monday.",
            "Saudi Hospital",
            "El Fasher",
        ),
        (
            "Protesters gathered at the South Hospital, Kabul's main functioning hospital, on Monday.",
            "South Hospital",
            "Kabul",
        ),
        ("A bomb struck a market in Karachi's western suburbs, the Lyari, on Tuesday.", "Lyari", "Karachi"),
        (
            "Police entered Karachi on Monday. Smoke rose over the western suburbs of the city (Lyari).",
            "Lyari",
            "Karachi",
        ),
        ("Rescuers searched a building in Kart-e-Seh, Kabul's western suburbs, on Wednesday.", "Kart-e-Seh", "Kabul"),
    ],
)
def test_a_place_in_a_part_of_a_town_lies_in_the_town(text: str, place: str, town: str) -> None:
    links = links_by_name(text)
    assert (place, "LOCATED_IN", town) in links, links


@pytest.mark.parametrize(
    ("text", "place", "town"),
    [
        ("Rebels shelled Goma. Families fled from Kibumba to the northern edge of the city.", "Kibumba", "Goma"),
        ("Rebels shelled Goma. Fighters from Kibumba attacked the northern outskirts of the city.", "Kibumba", "Goma"),
        ("Rebels shelled Goma. The governor of North Kivu toured the northern edge of the city.", "North Kivu", "Goma"),
        ("Rebels shelled Goma. Troops held Kibati, near Rutshuru, north of the city.", "Rutshuru", "Kibati"),
        (
            "Gunmen killed a police officer in Poso. The men hid in Parigi Moutong regency, north of the town of Poso.",
            "Parigi Moutong",
            "Poso",
        ),
        (
            "Fighters reached El Fasher. They stormed the South Hospital, the city's main market and the airport.",
            "South Hospital",
            "El Fasher",
        ),
        (
            "Shelling hit the Abu Shouk and Zamzam camps. Fighters stormed the Saudi Hospital, the city's largest "
            "hospital.",
            "Saudi Hospital",
            "Zamzam",
        ),
        (
            "The Houthi movement pressed its offensive on Marib. A missile hit the al-Rawda fuel station in the north "
            "of the city.",
            "al-Rawda fuel station",
            "Houthi",
        ),
    ],
)
def test_no_town_part_where_the_words_do_not_place_one_in_the_town(text: str, place: str, town: str) -> None:
    links = links_by_name(text)
    assert (place, "LOCATED_IN", town) not in links, links
