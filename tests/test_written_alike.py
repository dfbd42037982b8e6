"""A group or a place a page writes two ways is one node (graph/written_alike.py, graph/resolve.py's plan)."""

from __future__ import annotations

from graph.gazetteer import Gazetteer
from graph.resolve import Resolver
from graph.written_alike import written_alike, written_form
from loaders.facts import ActorFact


def _fact(label: str, name: str, kind: str | None = None) -> ActorFact:
    return ActorFact(f"{label}:{name}", label, name, kind)


def _nodes(*facts: ActorFact) -> dict[str, str]:
    return Resolver(Gazetteer.from_entries([])).resolve_document({f.key: f for f in facts})


def test_a_group_with_and_without_its_article_is_one_node() -> None:
    ids = _nodes(_fact("Organization", "al-Zubair Brigade"), _fact("Organization", "Zubair Brigade"))
    assert ids["Organization:al-Zubair Brigade"] == ids["Organization:Zubair Brigade"]


def test_a_group_and_its_plural_are_one_node() -> None:
    ids = _nodes(_fact("Organization", "Kuki"), _fact("Organization", "Kukis"))
    assert ids["Organization:Kuki"] == ids["Organization:Kukis"]


def test_a_group_read_once_as_a_place_is_the_group() -> None:
    ids = _nodes(_fact("Organization", "Sanabel", "armed_group"), _fact("Location", "Sanabel"))
    assert ids["Location:Sanabel"] == ids["Organization:Sanabel"]


def test_a_town_and_the_outlet_named_after_it_stay_apart() -> None:
    ids = _nodes(_fact("Organization", "Tarija", "media"), _fact("Location", "Tarija"))
    assert ids["Location:Tarija"] != ids["Organization:Tarija"]


def test_a_city_is_not_the_group_its_name_is_a_plural_of() -> None:
    assert written_alike({f.key: f for f in (_fact("Location", "Hama"), _fact("Organization", "Hamas"))}) == {}


def test_a_person_and_a_place_of_one_name_stay_apart() -> None:
    ids = _nodes(_fact("Person", "Malik Idris"), _fact("Location", "Malik Idris"))
    assert ids["Person:Malik Idris"] != ids["Location:Malik Idris"]


def test_written_forms_agree_on_case_hyphens_articles_and_plurals() -> None:
    assert written_form("al-Shabaab") == written_form("Al Shabaab") == written_form("Shabaab")
    assert written_form("Congolese") != written_form("Congo")
