"""A chain of "he" carries its person on: "Delis was born in Tarsa. He studied medicine. ... He led X" is Delis, the
subject each "he" before stands for, where the name itself is paragraphs back (:mod:`loaders.reference_chain`)."""

from __future__ import annotations

from conftest import graph_of


def leads(text: str) -> set[tuple[str, str]]:
    """The (leader, body) pairs of the LEADS links the rules make from a text."""
    return {(s, o) for s, o, k in graph_of(text).g.edges(keys=True) if k == "LEADS"}


def test_he_carried_on_by_a_chain_of_he_is_the_person_first_named() -> None:
    text = (
        "Korvan Delis was killed on Monday. Tomas Vell was wounded.\n\n"
        "Delis was born in Tarsa in 1951. He studied medicine in Lerno and later taught there.\n\n"
        "He led the Ashar Front, a militant group that fought the government."
    )
    assert leads(text) == {("korvan-delis", "ashar-front")}


def test_a_person_named_as_subject_after_the_chain_stops_it() -> None:
    text = (
        "Korvan Delis was born in Tarsa in 1951. He studied medicine in Lerno and later taught there.\n\n"
        "Tomas Vell joined him in 1990.\n\n"
        "He led the Ashar Front, a militant group that fought the government."
    )
    assert ("korvan-delis", "ashar-front") not in leads(text)


def test_him_and_his_after_a_chain_of_he_are_the_person_first_named() -> None:
    text = (
        "Korvan Delis was killed in an air strike on Monday.\n\n"
        "Delis was born in Tarsa in 1951. He studied medicine in Lerno and later taught there.\n\n"
        "He joined the Ashar Front in 1990 and spent ten years in prison. He was released in 2001 and moved to the "
        "coast. He later lived in Mersa and Tobruk before settling in the capital.\n\n"
        "He was elected deputy to the chairman in 2017.\n\n"
        "The United States designated him a terrorist in 2015, and Britain froze his assets."
    )
    sanctioned = {(s, o) for s, o, k in graph_of(text).g.edges(keys=True) if k == "SANCTIONED_BY"}
    assert ("korvan-delis", "united-states") in sanctioned, sanctioned
