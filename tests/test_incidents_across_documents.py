"""Events of two documents are one node only when they agree on place, kind and date, never by a generic phrase."""

from graph.build import add_facts
from graph.gazetteer import load_gazetteer
from graph.kg import KnowledgeGraph
from graph.resolve import Resolver
from loaders.extract import read_document
from loaders.nlp import load_nlp


def _events(*pages: tuple[str, str]) -> dict[str, set[str]]:
    """The Event nodes of a graph of these (text, date) documents, by id, each with the documents that tell it."""
    kg, resolver = KnowledgeGraph(), Resolver(load_gazetteer())
    for n, (text, date) in enumerate(pages):
        add_facts(kg, read_document(load_nlp()(text), f"d{n}", date, "rules"), resolver)
    return {n: set(d["doc_ids"]) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"}


def test_two_bombings_in_two_cities_both_told_as_the_bombing_stay_two() -> None:
    events = _events(
        (
            "A car bomb exploded at a market in Mosul on Sunday. Police said the bombing killed nine people.",
            "2024-05-13",
        ),
        ("A bomb went off outside a mosque in Quetta on Sunday. The bombing wounded twenty worshippers.", "2024-05-13"),
    )
    assert not any(len(docs) > 1 for docs in events.values()), events


def test_one_bombing_in_one_city_on_one_day_told_by_two_documents_is_one() -> None:
    events = _events(
        (
            "A suicide bombing at a market in Mosul on Sunday killed nine people. The bombing was not claimed.",
            "2024-05-13",
        ),
        ("Nine people died in a suicide bombing at a market in Mosul on Sunday, police said.", "2024-05-14"),
    )
    assert [docs for docs in events.values() if len(docs) > 1] == [{"d0", "d1"}], events


def test_a_bombing_named_by_its_day_alone_in_two_documents_is_two_incidents() -> None:
    events = _events(
        ("Gunmen shot a judge in Kandahar. Tuesday's bombing killed nine people, police said.", "2024-05-15"),
        ("Rebels seized a town in North Kivu. The deadly bombing on Tuesday wounded twenty soldiers.", "2024-05-15"),
    )
    bombings = [docs for n, docs in events.items() if "bombing" in n]  # not the judge's shooting, an incident too
    assert sorted(len(docs) for docs in bombings) == [1, 1], events


def test_one_bombing_told_by_two_documents_keeps_no_alias_that_names_only_its_kind() -> None:
    kg, resolver = KnowledgeGraph(), Resolver(load_gazetteer())
    pages = [
        (
            "A suicide bombing at a market in Mosul on Sunday killed nine people. The bombing was not claimed.",
            "2024-05-13",
        ),
        ("Nine people died in a suicide bombing at a market in Mosul on Sunday, police said.", "2024-05-14"),
    ]
    for n, (text, date) in enumerate(pages):
        add_facts(kg, read_document(load_nlp()(text), f"d{n}", date, "rules"), resolver)
    shared = [d for _, d in kg.g.nodes(data=True) if d["label"] == "Event" and len(d["doc_ids"]) > 1]
    assert len(shared) == 1, shared
    aliases = {a.lower() for a in shared[0]["aliases"]}
    assert "the bombing" not in aliases and "suicide bombing" not in aliases, aliases
    assert any("mosul" in a for a in aliases), aliases


def test_an_incident_of_one_document_keeps_the_phrases_it_is_told_by() -> None:
    kg, resolver = KnowledgeGraph(), Resolver(load_gazetteer())
    text = "A suicide bombing at a market in Mosul on Sunday killed nine people. The bombing was not claimed."
    add_facts(kg, read_document(load_nlp()(text), "d0", "2024-05-13", "rules"), resolver)
    (event,) = [d for _, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert "The bombing" in event["aliases"], event["aliases"]
