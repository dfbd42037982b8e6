"""A body's title, then an abbreviated rank the tokenizer splits ("Maj" "." "Gen."), then a name: the title is the
person's (loaders/extract.py's ``title_before`` runs on across the rank's full stop, :func:`loaders.rank_stops.
is_rank_stop`); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

TITLED = [
    ("Defence Ministry spokesman Maj. Gen. Tomas Verhal said the drill was over.", "Tomas Verhal", "WORKS_FOR"),
    ("Houthi military spokesman Brig. Gen. Nabil Qasem said the group fired two missiles.", "Nabil Qasem", "WORKS_FOR"),
    (
        "The strike was ordered by Quds Force commander Brig. Gen. Karim Saberi, officials said.",
        "Karim Saberi",
        "LEADS",
    ),
    ("Pakistan Army chief Lt. Gen. Imran Qadir visited the border posts on Monday.", "Imran Qadir", "LEADS"),
    ("RSF deputy commander Lt. Gen. Omar Dafallah met the envoys in Jeddah.", "Omar Dafallah", "DEPUTY_OF"),
    ("Kataib Hezbollah commander Col. Haidar Jabbar was killed in the strike.", "Haidar Jabbar", "MEMBER_OF"),
]
BODY = {
    "Tomas Verhal": "Defence Ministry",
    "Nabil Qasem": "Houthis",
    "Karim Saberi": "Quds Force",
    "Imran Qadir": "Pakistan Army",
    "Omar Dafallah": "Rapid Support Forces",
    "Haidar Jabbar": "Kataib Hezbollah",
}


@pytest.mark.parametrize(("sentence", "person", "rel_type"), TITLED)
def test_a_title_before_an_abbreviated_rank_is_the_persons(sentence: str, person: str, rel_type: str) -> None:
    links = {(s, t) for s, t, o in links_by_name(sentence) if s == person and o == BODY[person]}
    assert (person, rel_type) in links


def test_a_rank_alone_still_makes_a_member_of_the_force() -> None:
    links = links_by_name("Marine Corps Lance Cpl. Dale Hoyt was killed in the blast.")
    assert ("Dale Hoyt", "MEMBER_OF", "Marine Corps") in links
    assert not any(t == "LEADS" for _, t, _ in links)


def test_a_clause_between_the_title_and_the_ranked_name_keeps_them_apart() -> None:
    links = links_by_name("The Pentagon spokesman said Maj. Gen. Dale Hoyt led the raid.")
    assert not any(s == "Dale Hoyt" and o == "Pentagon" for s, _, o in links)


def test_a_title_ending_a_sentence_is_not_carried_to_the_next() -> None:
    links = links_by_name("The raid was planned by the Hezbollah commander. Maj. Gen. Dale Hoyt of the army denied it.")
    assert not any(s == "Dale Hoyt" and o == "Hezbollah" for s, _, o in links)


def test_an_actor_killed_by_another_body_is_not_its_man() -> None:
    links = links_by_name("Hezbollah fighters killed Maj. Gen. Dale Hoyt near the border.")
    assert not any(s == "Dale Hoyt" and o == "Hezbollah" for s, _, o in links)
