"""A capital is its state or a city by how the page uses it (loaders/capital_states.py, loaders/mentions.acts)."""

from conftest import graph_of


def _aliases(text: str) -> dict[str, tuple[str, set[str]]]:
    """Each node's label and the names it was written as."""
    kg = graph_of(text)
    return {n: (d["label"], set(d.get("aliases", ())) | {d["name"]}) for n, d in kg.g.nodes(data=True)}


def test_a_city_a_grenade_attack_hit_stays_a_city_though_it_also_acts() -> None:
    nodes = _aliases(
        "Two guards were wounded in a grenade attack in Yaounde on Friday. Yaounde blamed the separatists, "
        "and Yaounde later promised an inquiry."
    )
    assert nodes["yaounde"][0] == "Location"


def test_a_capital_a_minister_flew_to_is_the_city() -> None:
    nodes = _aliases("The Burundian envoy flew to Kigali on Sunday. Kigali has rejected the charge.")
    assert nodes["kigali"][0] == "Location"
    assert "Kigali" in nodes["rwanda"][1]


def test_a_visited_capital_is_the_city() -> None:
    assert _aliases("The Turkish foreign minister visited Kigali in May.")["kigali"][0] == "Location"


def test_a_capital_given_money_is_its_state() -> None:
    nodes = _aliases("The European Union has given Kigali 40 million euros for the mission.")
    assert "kigali" not in nodes
    assert "Kigali" in nodes["rwanda"][1]


def test_an_accented_capital_that_agrees_is_its_state() -> None:
    nodes = _aliases("Officials said Yaoundé and the armed groups had agreed to meet in Switzerland.")
    assert "yaounde" not in nodes
    assert "Yaoundé" in nodes["cameroon"][1]


def test_where_the_reporters_were_does_not_make_a_state_a_city() -> None:
    nodes = _aliases(
        "By Ann Poe, reporting from Jakarta\n\nThe rebels demanded talks before Jakarta agreed to any release.\n\n"
        "(Reporting by Jane Roe in Jakarta and John Doe in Wellington; Editing by Ann Poe)"
    )
    assert "jakarta" not in nodes
    assert "Jakarta" in nodes["indonesia"][1]


def test_rulers_seated_in_a_capital_are_its_state() -> None:
    found = graph_of("The government in Kabul accused Pakistan of shelling the border villages on Sunday.")
    links = set(found.g.edges(keys=True))
    assert ("afghanistan", "pakistan", "OPPOSES") in links, links


def test_people_in_a_capital_or_a_named_body_seated_there_are_no_state() -> None:
    found = graph_of(
        "The Taliban administration in Kabul and officials in Kabul accused Pakistan of shelling villages."
    )
    assert "afghanistan" not in found.g.nodes, set(found.g.nodes)


def test_a_capital_a_place_lies_north_of_stays_the_city() -> None:
    nodes = _aliases(
        "Rebels seized Shyorongi, a town north of Kigali, on Sunday. Kigali condemned the raid, and Kigali "
        "recalled its envoy."
    )
    assert nodes["kigali"][0] == "Location"
    assert "Kigali" in nodes["rwanda"][1]


def test_a_capital_a_news_conference_was_held_in_stays_the_city() -> None:
    nodes = _aliases(
        "The army spokesman told a news conference in Kigali that the border was closed. Kigali blamed the "
        "rebels, and Kigali asked for talks."
    )
    assert nodes["kigali"][0] == "Location"


def test_a_capital_named_after_its_state_stays_the_city() -> None:
    nodes = _aliases("MEXICO CITY (Reuters) - Gunmen shot Mexico City's police chief. Mexico City officials agreed.")
    assert nodes["mexico-city"][0] == "Location"
    assert "Mexico City" not in nodes.get("mexico", ("", set()))[1]


def test_a_capital_written_with_its_state_after_a_comma_is_the_city() -> None:
    nodes = _aliases(
        "The trading firm gave its address as Harbour Road 4, Nairobi, Kenya. Nairobi has denied any knowledge of "
        "the firm."
    )
    assert nodes["nairobi"][0] == "Location"


def test_a_capital_listed_with_other_capitals_still_acts() -> None:
    nodes = _aliases("Nairobi, Kampala and Kigali condemned the raid on the border post.")
    assert "Nairobi" in nodes["kenya"][1]
    assert "nairobi" not in nodes


def test_a_capital_a_movement_controlled_is_the_city() -> None:
    nodes = _aliases("The militia controlled Kigali for three months in 1994.")
    assert nodes["kigali"][0] == "Location"
    assert "rwanda" not in nodes


def test_rulers_of_a_state_named_after_of_are_the_state() -> None:
    found = graph_of("The Nasr Brigade was armed and trained by the government of Chad, residents said.")
    links = set(found.g.edges(keys=True))
    assert ("chad", "nasr-brigade", "FUNDS") in links, links


def test_rulers_of_a_person_name_no_state() -> None:
    found = graph_of("The government of Prime Minister Ali Karimov armed the Nasr Brigade in 2004.")
    backers = {found.g.nodes[s]["label"] for s, _, k in found.g.edges(keys=True) if k == "FUNDS"}
    assert "Country" not in backers, set(found.g.edges(keys=True))
