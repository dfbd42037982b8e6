"""References on long pages, built as a corpus is (a file in a folder): a possessive in a phrase set before its
clause's subject ("After his mutiny ..., Sorokin fled"), "they" after a sentence whose subject is unnamed groups ("the
gangs adapted. They attacked"), a demonstrative group noun ("That gang, led by X") and "he" who ordered an attack, on
paragraphs written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.build import build_graph

pytestmark = pytest.mark.model


def links(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """The relationships a one-page corpus states, by node ids."""
    (tmp_path / "page.txt").write_text(text)
    return {(s, k, o) for s, o, k in build_graph([tmp_path]).graph.g.edges(keys=True)}


def test_a_possessive_before_the_subject_stands_for_that_subject(tmp_path: Path) -> None:
    text = (
        "The junta is led by Colonel Marcel Dube, who took power in 2020. Dube expelled the French ambassador in "
        "2022.\n\nThe mercenaries\n\nThe Vostok battalion was founded by Viktor Sorokin, a former boxer whose "
        "fighters also fought in Syria and Libya. After his mutiny against the Russian defence ministry in May, "
        "Sorokin fled to Belarus."
    )
    found = links(tmp_path, text)
    assert ("viktor-sorokin", "OPPOSES", "russian-ministry-of-defence") in found
    assert not any(s == "marcel-dube" and o == "russian-ministry-of-defence" for s, _, o in found)


def test_they_after_unnamed_gangs_as_subject_stands_for_no_one_named(tmp_path: Path) -> None:
    text = (
        "The United States pays for most of the police mission, which Kenya leads.\n\nPaul Mwangi, the Kenyan "
        "commander of the mission, said his officers had retaken the port. But the gangs adapted. They attacked "
        "suburbs such as Petionville and Tabarre, which had been calm."
    )
    assert not any(k == "ATTACKED" for _, k, _ in links(tmp_path, text))


def test_that_gang_is_the_group_named_in_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "Jimmy Cherizier leads the G9 federation. Cherizier said his men would fight on.\n\nThe raid on the prison "
        "freed several gang leaders, including men of 400 Mawozo. That gang, led by Jean Ernst Duval, kidnapped 17 "
        "missionaries in 2021. Duval was charged in the United States."
    )
    found = links(tmp_path, text)
    assert ("jean-ernst-duval", "LEADS", "400-mawozo") in found
    assert not any(s == "jean-ernst-duval" and k == "LEADS" and o != "400-mawozo" for s, k, o in found)


def test_he_who_ordered_an_attack_is_blamed_for_it(tmp_path: Path) -> None:
    text = (
        "Colonel Ibrahim Diallo commanded the Katiba Serma, a jihadist unit in central Mali.\n\nHe ordered the ambush "
        "of a Malian army convoy near Boni in 2023, according to officials."
    )
    assert any(s == "ibrahim-diallo" and k == "BLAMED_FOR" for s, k, _ in links(tmp_path, text))
