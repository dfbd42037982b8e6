"""Two incidents of one page that the naming rule names alike ("Garoua barracks attack" of this week and of an
earlier year) are two names to a reader: the page's latest keeps the plain name, the older one is named by its date
too and keeps no phrase that is only the plain name (loaders/namesake_incidents.py)."""

from __future__ import annotations

from conftest import graph_of

from loaders.facts import ActorFact, DocFacts
from loaders.namesake_incidents import dated_namesakes


def test_the_older_of_two_incidents_named_alike_is_named_by_its_month() -> None:
    facts = DocFacts("d", "2025-03-06", "")
    older = ActorFact("garoua-attack-2023-05", "Event", "Garoua attack", date="2023-05", surfaces={"Garoua attack"})
    older.surfaces.add("stormed the Garoua barracks in May 2023")
    newer = ActorFact("garoua-attack-2025-03", "Event", "Garoua attack", date="2025-03-04", surfaces={"the attack"})
    facts.actors = {f.key: f for f in (older, newer)}
    dated_namesakes(facts)
    assert (older.name, newer.name) == ("Garoua attack of May 2023", "Garoua attack")
    assert older.surfaces == {"stormed the Garoua barracks in May 2023"}


def test_incidents_of_one_date_or_of_other_names_keep_their_names() -> None:
    facts = DocFacts("d", "2025-03-06", "")
    one = ActorFact("a", "Event", "Garoua attack", date="2025-03")
    two = ActorFact("b", "Event", "Garoua attack", date="2025-03")
    other = ActorFact("c", "Event", "Maroua attack", date="2019")
    facts.actors = {f.key: f for f in (one, two, other)}
    dated_namesakes(facts)
    assert [f.name for f in (one, two, other)] == ["Garoua attack", "Garoua attack", "Maroua attack"]


def test_a_page_names_its_news_plainly_and_an_earlier_attack_on_the_same_base_by_its_date() -> None:
    kg = graph_of(
        "Gunmen attacked the Garoua barracks on Tuesday, killing four soldiers, the army said.\n\n"
        "Militants linked to the group also attacked the Garoua barracks in May 2023, when two guards were killed."
    )
    names = sorted(d["name"] for _, d in kg.g.nodes(data=True) if d["label"] == "Event")
    assert any(n.endswith("of May 2023") for n in names), names
    assert len(set(names)) == len(names), names
