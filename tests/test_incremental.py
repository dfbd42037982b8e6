"""Incremental builds: the cache re-reads only what changed, removal retracts exactly a document's
contribution, near-identical copies count once, and the output never depends on how the cache was filled."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from graph.build import build, build_graph, parse, snapshot_file
from graph.cache import pipeline_version
from graph.errors import ActorGraphError
from graph.export import graph_json_text
from graph.seeds import seeds_dir
from loaders import Document
from loaders.nlp import load_nlp

LEADS = "Kataib Hezbollah is run by Abu Mahdi al-Muhandis. Iran funds Kataib Hezbollah.\n"
SHARED = "Iran funds Kataib Hezbollah, officials said. Hamas is based in Gaza.\n"
OTHER = "The United States sanctioned Qais Khazali.\n"
STORY = " ".join(
    [
        "Kataib Hezbollah is run by Abu Mahdi al-Muhandis, officials in Baghdad said on Sunday.",
        "Iran funds Kataib Hezbollah, according to two people familiar with the matter.",
        "The group has been blamed for a string of rocket attacks on bases hosting American troops.",
        "Residents of the capital said electricity had been cut for several hours a day since March.",
        "Prices of bread and cooking gas rose sharply in the spring, adding to pressure on households.",
        "Parliament is expected to vote on the budget before the end of the month, lawmakers said.",
        "The United States sanctioned Qais Khazali in December, accusing him of serious abuses.",
        "Hamas is based in Gaza, and its leaders have met officials from several regional states.",
        "Analysts said the coming weeks would test the fragile calm that has held since the summer.",
        "Aid groups warned that thousands of families could be displaced if the fighting spread.",
        "Negotiators met for eleven hours but failed to agree on a joint statement, diplomats said.",
        "The announcement came days before the anniversary of the protests that toppled the cabinet.",
    ]
)


def write(folder: Path, **docs: str) -> Path:
    """Write each keyword as ``<name>.txt``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def edge(graph: dict, source: str, rel_type: str, target: str) -> dict | None:
    """The edge ``source -rel_type-> target`` of a graph.json, if any."""
    return next(
        (e for e in graph["edges"] if (e["source"], e["type"], e["target"]) == (source, rel_type, target)), None
    )


@pytest.mark.model
def test_a_rebuild_reparses_only_the_changed_document(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", a=LEADS, b=SHARED, c=OTHER)
    cache = tmp_path / "cache.sqlite"
    first = build_graph([corpus], cache=cache)
    assert (first.parsed, first.cached) == (3, 0)
    (corpus / "c.txt").write_text(OTHER + "Iran threatened Israel.\n", encoding="utf-8")
    second = build_graph([corpus], cache=cache)
    assert (second.parsed, second.cached) == (1, 2)
    assert graph_json_text(second.graph) == graph_json_text(build_graph([corpus]).graph)


@pytest.mark.model
def test_removing_a_document_retracts_exactly_its_contribution(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", a=LEADS, b=SHARED, c=OTHER)
    cache = tmp_path / "cache.sqlite"
    before = build_graph([corpus], cache=cache).graph
    assert [e["doc_id"] for e in edge(before.to_json(), "iran", "FUNDS", "kataib-hezbollah")["evidence"]] == ["a", "b"]
    (corpus / "a.txt").unlink()
    after = build_graph([corpus], cache=cache)
    assert (after.parsed, after.cached) == (0, 2)
    graph = after.graph.to_json()
    assert edge(graph, "abu-mahdi-al-muhandis", "LEADS", "kataib-hezbollah") is None  # only a said so: gone
    assert "abu-mahdi-al-muhandis" not in {n["id"] for n in graph["nodes"]}
    funds = edge(graph, "iran", "FUNDS", "kataib-hezbollah")  # a and b said so: b's evidence stays
    assert [e["doc_id"] for e in funds["evidence"]] == ["b"] and funds["count"] == 1
    before.remove_documents(["a"])
    assert graph_json_text(after.graph) == graph_json_text(before)


OUTPUTS = ("graph.json", "graph.graphml", "graph.html", "build.json")


@pytest.mark.model
def test_a_patched_rebuild_writes_the_same_bytes_as_a_full_build(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", a=LEADS, b=SHARED, c=OTHER)
    out = tmp_path / "out"
    build([corpus], out)
    (corpus / "c.txt").write_text(OTHER + "Iran threatened Israel.\n", encoding="utf-8")  # changed
    write(corpus, d="Hezbollah is based in Lebanon. Iran funds Hezbollah.\n")  # added
    (corpus / "a.txt").unlink()  # deleted
    patched, _ = build([corpus], out)
    assert (patched.parsed, patched.cached, patched.patched) == (2, 1, True)
    build([corpus], tmp_path / "full")
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name


@pytest.mark.model
def test_a_rebuild_shares_the_outputs_that_did_not_change(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", a=LEADS, b=SHARED)
    out = tmp_path / "out"
    build([corpus], out)
    build([corpus], out)
    for name in OUTPUTS:  # one file on disk for both builds
        assert (out / "build-1" / name).stat().st_ino == (out / "build-2" / name).stat().st_ino, name


@pytest.mark.model
def test_near_identical_copies_count_once(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", **{"a-reuters": STORY + " (Reuters)", "b-afp": "BAGHDAD (AFP) - " + STORY})
    cache = tmp_path / "cache.sqlite"
    result = build_graph([corpus], cache=cache)
    assert result.duplicates == {"b-afp": "a-reuters"}
    graph = result.graph.to_json()
    assert {doc for n in graph["nodes"] for doc in n["doc_ids"]} == {"a-reuters"}
    assert edge(graph, "iran", "FUNDS", "kataib-hezbollah")["count"] == 1
    (corpus / "a-reuters.txt").unlink()  # the copy now stands for the story, straight from the cache
    again = build_graph([corpus], cache=cache)
    assert (again.duplicates, again.parsed) == ({}, 0)
    assert [e["doc_id"] for e in edge(again.graph.to_json(), "iran", "FUNDS", "kataib-hezbollah")["evidence"]] == [
        "b-afp"
    ]


@pytest.mark.model
def test_the_output_does_not_depend_on_how_the_cache_was_filled(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", a=LEADS, b=SHARED, c=OTHER)
    cache = tmp_path / "cache.sqlite"
    build_graph([corpus / "c.txt", corpus / "a.txt"], cache=cache)
    partly_cached = build_graph([corpus], cache=cache)
    assert (partly_cached.parsed, partly_cached.cached) == (1, 2)
    assert graph_json_text(partly_cached.graph) == graph_json_text(build_graph([corpus]).graph)


def test_editing_a_seed_file_invalidates_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = shutil.copytree(seeds_dir(), tmp_path / "seeds")
    monkeypatch.setenv("ACTORGRAPH_SEEDS", str(seeds))
    version = pipeline_version()
    assert pipeline_version() == version
    with (seeds / "relations.yaml").open("a", encoding="utf-8") as fh:
        fh.write("# a new cue word would go here\n")
    assert pipeline_version() != version


@pytest.mark.model
def test_a_long_text_is_parsed_in_pieces_with_the_same_facts() -> None:
    text = "\n\n".join([LEADS.strip(), SHARED.strip(), OTHER.strip()] * 3)
    doc = Document("long", text, date="2020-01-01")
    [(_, whole)] = parse(load_nlp(), [doc])
    [(_, pieces)] = parse(load_nlp(), [doc], chunk_chars=120)
    assert pieces.text == text
    assert pieces.relations == whole.relations and pieces.actors == whole.actors
    assert len(whole.relations) >= 9


def assembled_afresh(corpus: Path, cache: Path, into: Path) -> str:
    """graph.json of a build that assembles every document from a copy of the facts cache (no snapshot)."""
    into.mkdir()
    shutil.copy(cache, into / cache.name)
    again = build_graph([corpus], cache=into / cache.name)
    assert (again.parsed, again.patched) == (0, False)
    return graph_json_text(again.graph)


LEADER = "Karim Haddad, the leader of Kataib Hezbollah, met officials in Baghdad on Sunday.\n"
SURNAME = "Haddad said that Iran funds Kataib Hezbollah.\n"


@pytest.mark.model
@pytest.mark.parametrize(
    ("edit", "patched"),
    [
        ("Iran funds Hezbollah, officials said.\n", True),  # known actors only: patched
        ("Omar Farouk, a commander of the group, was arrested.\n", False),  # a new unknown name: assembled again
    ],
)
def test_a_rebuild_patches_only_when_no_other_document_can_resolve_differently(
    tmp_path: Path, edit: str, patched: bool
) -> None:
    corpus = write(tmp_path / "corpus", a=LEADER, b=SURNAME, c=OTHER)
    cache = tmp_path / "cache.sqlite"
    first = build_graph([corpus], cache=cache)
    assert "karim-haddad" in {n["id"] for n in first.graph.to_json()["nodes"]}
    (corpus / "a.txt").write_text(LEADER + edit, encoding="utf-8")
    again = build_graph([corpus], cache=cache)
    assert (again.parsed, again.patched) == (1, patched)
    assert graph_json_text(again.graph) == assembled_afresh(corpus, cache, tmp_path / "afresh")


@pytest.mark.model
def test_withdrawing_a_name_other_documents_resolved_to_assembles_again(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", a=LEADER, b=SURNAME)
    cache = tmp_path / "cache.sqlite"
    build_graph([corpus], cache=cache)
    (corpus / "a.txt").unlink()  # b's "Haddad" no longer has Karim Haddad to resolve to
    again = build_graph([corpus], cache=cache)
    assert not again.patched
    assert "karim-haddad" not in {n["id"] for n in again.graph.to_json()["nodes"]}
    assert graph_json_text(again.graph) == assembled_afresh(corpus, cache, tmp_path / "afresh")


@pytest.mark.model
def test_a_damaged_snapshot_means_assembling_again(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", a=LEADS, b=SHARED)
    cache = tmp_path / "cache.sqlite"
    first = build_graph([corpus], cache=cache)
    snapshot_file(cache).write_bytes(b"not a snapshot")
    left = cache.parent / f".{snapshot_file(cache).name}.killed.tmp"  # what a build killed while writing it leaves
    left.write_bytes(b"half a snapshot")
    again = build_graph([corpus], cache=cache)
    assert (again.parsed, again.patched) == (0, False)
    assert graph_json_text(again.graph) == graph_json_text(first.graph)
    assert build_graph([corpus], cache=cache).patched  # and written anew
    assert not left.exists()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty generated articles (``benchmarks/corpus.py``): known and unknown actors, incidents, places."""
    path = Path(__file__).parents[1] / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("bench_corpus", path)
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("generated")
    module.write_corpus(folder, 40, min_words=120, max_words=200)
    return folder


@pytest.mark.model
def test_patched_rebuilds_of_a_generated_corpus_match_assembling_afresh(generated: Path, tmp_path: Path) -> None:
    corpus = shutil.copytree(generated, tmp_path / "corpus")
    cache = tmp_path / "cache.sqlite"
    build_graph([corpus], cache=cache)
    articles = sorted(corpus.glob("*.txt"))
    edits = [
        lambda: articles[0].write_text(articles[0].read_text() + "Iran funds Kataib Hezbollah.\n"),  # the first
        lambda: articles[20].write_text(articles[20].read_text() + "Hamas is based in Gaza.\n"),  # one inside
        lambda: shutil.copy(articles[5], corpus / "copy-of-five.txt"),  # a near-duplicate joins
        lambda: (corpus / "copy-of-five.txt").unlink(),
        lambda: articles[39].write_text(articles[39].read_text().replace("said", "stated")),  # the last, reworded
    ]
    patched = []
    for number, edit in enumerate(edits):
        edit()
        again = build_graph([corpus], cache=cache)
        patched.append(again.patched)
        assert graph_json_text(again.graph) == assembled_afresh(corpus, cache, tmp_path / f"afresh-{number}")
    assert patched[:2] == [True, True]


@pytest.mark.model
def test_a_snapshot_that_cannot_be_written_is_a_one_line_error(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", a=LEADS)
    cache = tmp_path / "cache.sqlite"
    snapshot_file(cache).mkdir()  # something in the way
    with pytest.raises(ActorGraphError, match=r"cache\.graph\.pickle: cannot write the build cache"):
        build_graph([corpus], cache=cache)
