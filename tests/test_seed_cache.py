"""What a build keeps of the seeds in its cache folder: read back while valid, made again when stale or damaged,
and the same graph either way."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from graph.gazetteer import Gazetteer, load_gazetteer, parse_gazetteer
from graph.seed_cache import KEPT_VERSIONS, cache_file, cached, kept_in, shared_file
from loaders.nlp import ruler_patterns
from loaders.phrase_keys import add_phrase_patterns, phrase_keys

ACTORGRAPH = str(Path(sys.executable).with_name("actorgraph"))


@pytest.fixture(autouse=True)
def own_user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's user cache folder, empty at its start."""
    monkeypatch.setenv("ACTORGRAPH_CACHE", str(tmp_path / "user"))
    return tmp_path / "user"


def made(calls: list[str]) -> Gazetteer:
    """The gazetteer parsed from the seeds, noting the call."""
    calls.append("parsed")
    return parse_gazetteer()


def test_a_kept_gazetteer_is_read_back_without_parsing_the_seeds(tmp_path: Path) -> None:
    calls: list[str] = []
    with kept_in(tmp_path, "v1"):
        first = cached("gazetteer", lambda: made(calls))
        again = cached("gazetteer", lambda: made(calls))
    assert calls == ["parsed"]
    assert again.actors == first.actors == load_gazetteer().actors
    assert again.lookup("the Kataib Hezbollah").id == "kataib-hezbollah"


def test_a_file_of_another_pipeline_version_is_made_again_and_replaced(tmp_path: Path) -> None:
    calls: list[str] = []
    with kept_in(tmp_path, "v1"):
        cached("gazetteer", lambda: made(calls))
    with kept_in(tmp_path, "v2"):
        assert cached("gazetteer", lambda: made(calls)).actors == load_gazetteer().actors
        cached("gazetteer", lambda: made(calls))
    assert calls == ["parsed", "parsed"]  # made again under v2 once, then read back


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])  # empty, garbage, another value
def test_a_damaged_file_is_made_again_and_replaced(tmp_path: Path, damage: bytes) -> None:
    calls: list[str] = []
    cache_file(tmp_path, "gazetteer").write_bytes(damage)
    with kept_in(tmp_path, "v1"):
        assert cached("gazetteer", lambda: made(calls)).actors == load_gazetteer().actors
        cached("gazetteer", lambda: made(calls))
    assert calls == ["parsed"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_patterns_added_by_their_kept_keys_match_what_add_patterns_matches() -> None:
    text = (
        "Kataib Hezbollah, the KH, and the PMU met Iranian officials of the U.S. Department of State in "
        "Baghdad; the IRGC-QF and Abu Mahdi al-Muhandis were named. kataib hezbollah denied it."
    )
    found = []
    for by_keys in (False, True):
        nlp = spacy.blank("en")
        for name, attr, acronyms in (("names", "LOWER", False), ("acronyms", "ORTH", True)):
            ruler = nlp.add_pipe("span_ruler", name=name, config={"spans_key": name, "phrase_matcher_attr": attr})
            patterns = ruler_patterns(load_gazetteer(), acronyms)
            if by_keys:
                add_phrase_patterns(ruler, patterns, phrase_keys(nlp, [p["pattern"] for p in patterns], attr))
            else:
                ruler.add_patterns(patterns)
        doc = nlp(text)
        found.append([(s.start, s.end, s.label_, s.id_) for key in ("names", "acronyms") for s in doc.spans[key]])
    assert found[0] == found[1]
    assert len(found[0]) >= 6


def test_the_rulers_labels_are_made_as_bare_words_and_the_texts_words_keep_their_attributes() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = [{"label": "Person", "pattern": "Omar Bello", "id": "omar-bello"}]
    add_phrase_patterns(ruler, patterns, phrase_keys(nlp, ["Omar Bello"], "LOWER"))
    assert nlp.vocab["('Person', 'omar-bello')"].shape_ == ""  # no attribute worked out for a label
    doc = nlp("Police said Omar Bello fled.")
    assert [(s.text, s.id_) for s in doc.spans["ruler"]] == [("Omar Bello", "omar-bello")]
    assert [t.shape_ for t in doc[:3]] == ["Xxxxx", "xxxx", "Xxxx"]


@pytest.mark.model
def test_a_build_with_the_seeds_kept_by_another_gives_the_same_graph(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "date 2020-01-02\nIran funds Kataib Hezbollah, the KH, officials in Baghdad said.\n", encoding="utf-8"
    )
    cold, warm = tmp_path / "cold", tmp_path / "warm"
    subprocess.run([ACTORGRAPH, "build", str(corpus), "--out", str(cold), "-q"], check=True)
    kept = sorted(p.name for p in (cold / "cache").glob("seeds-*.pickle"))
    assert kept == ["seeds-actor-phrase-patterns.pickle", "seeds-gazetteer.pickle", "seeds-relation-model.pickle"]
    (warm / "cache").mkdir(parents=True)
    for name in kept:
        shutil.copy(cold / "cache" / name, warm / "cache" / name)
    subprocess.run([ACTORGRAPH, "build", str(corpus), "--out", str(warm), "-q"], check=True)
    assert (warm / "graph.json").read_bytes() == (cold / "graph.json").read_bytes()
    assert '"kataib-hezbollah"' in (warm / "graph.json").read_text(encoding="utf-8")


def test_a_new_build_folder_reads_what_another_made_from_the_users_cache_folder(tmp_path: Path) -> None:
    calls: list[str] = []
    with kept_in(tmp_path / "first", "v1"):
        first = cached("gazetteer", lambda: made(calls))
    with kept_in(tmp_path / "second", "v1"):
        second = cached("gazetteer", lambda: made(calls))
    assert calls == ["parsed"]
    assert second.actors == first.actors
    assert cache_file(tmp_path / "second", "gazetteer").exists()  # the new folder keeps its own copy


def test_an_empty_actorgraph_cache_keeps_nothing_outside_the_build_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACTORGRAPH_CACHE", "")
    calls: list[str] = []
    for folder in ("first", "second"):
        with kept_in(tmp_path / folder, "v1"):
            cached("answer", lambda: calls.append("made") or 42)
    assert calls == ["made", "made"]


def test_the_users_cache_folder_keeps_the_newest_versions_of_a_name(tmp_path: Path, own_user_cache: Path) -> None:
    user = own_user_cache
    for n in range(KEPT_VERSIONS + 2):
        with kept_in(tmp_path / f"build-{n}", f"v{n}"):
            cached("answer", lambda: 42)
        os.utime(shared_file(user, "answer", f"v{n}"), (n, n))  # made in that order, whatever the clock's grain
    kept = sorted(p.name for p in user.glob("seeds-answer-*.pickle"))
    assert len(kept) == KEPT_VERSIONS
    assert shared_file(user, "answer", f"v{KEPT_VERSIONS + 1}").name in kept
