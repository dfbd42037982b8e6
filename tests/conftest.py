"""Chained fixtures: the sample corpus -> its graph -> a build folder on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graph.build import BuildResult, add_facts, build_graph
from graph.export import write_json
from graph.gazetteer import load_gazetteer
from graph.kg import KnowledgeGraph
from graph.resolve import Resolver
from loaders.extract import read_document
from loaders.mentions import Mention, find_mentions
from loaders.nlp import load_nlp
from loaders.place_context import places_in_context

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SAMPLE_ID = "000_6bd6c12fd24f382d"
GOLD = ROOT.parent / "shared" / "gold" / "seed.jsonl"


def graph_of(text: str, date: str = "2024-03-05", extractor: str = "rules") -> KnowledgeGraph:
    """The graph of one document written for a test (by default the rules alone, read on 5 March 2024)."""
    kg = KnowledgeGraph()
    add_facts(kg, read_document(load_nlp()(text), "t", date, extractor), Resolver(load_gazetteer()))
    return kg


def links_of(text: str) -> set[tuple[str, str, str]]:
    """Every link (subject, type, object) of the graph of one document written for a test (the rules alone)."""
    return {(s, k, o) for s, o, k in graph_of(text).g.edges(keys=True)}


def links_by_name(text: str) -> set[tuple[str, str, str]]:
    """Every link of the graph of one document written for a test (the rules alone), by its ends' names."""
    kg = graph_of(text)
    return {(kg.g.nodes[s]["name"], t, kg.g.nodes[o]["name"]) for s, o, t in kg.g.edges(keys=True)}


def named_links(text: str, rel_type: str) -> dict[tuple[str, str], str]:
    """Each link of one type in the graph of one document written for a test (the rules alone), by its ends' names,
    with the certainty of its first evidence."""
    kg = graph_of(text)
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    edges = kg.g.edges(keys=True, data=True)
    return {(name[s], name[o]): d["evidence"][0].certainty for s, o, k, d in edges if k == rel_type}


def certainties_of(text: str) -> dict[tuple[str, str, str], str]:
    """Every link of the graph of one document written for a test (the rules alone), with the certainty of its first
    evidence."""
    kg = graph_of(text)
    return {(s, k, o): d["evidence"][0].certainty for s, o, k, d in kg.g.edges(keys=True, data=True)}


def label_as_read(text: str, name: str, label: str) -> str:
    """The label a one-word name ends with after the rules of places (``places_in_context``) when the NER had read it
    with ``label``."""
    doc = load_nlp()(text)
    first = next(t.i for t in doc if t.text == name)
    found = [m for m in find_mentions(doc, load_gazetteer()) if not m.start <= first < m.end]
    ms = sorted([*found, Mention(first, first + 1, 0, 0, name, label, name)], key=lambda m: m.start)
    return {m.name: m.label for m in places_in_context(doc, ms)}[name]


@pytest.fixture(scope="session")
def sample_build() -> BuildResult:
    """The sample corpus built once for the session."""
    return build_graph([SEEDS])


@pytest.fixture(scope="session")
def sample_graph(sample_build: BuildResult) -> KnowledgeGraph:
    """The sample corpus's graph."""
    return sample_build.graph


@pytest.fixture(scope="session")
def sample_out(sample_graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder holding the sample's graph.json."""
    folder = tmp_path_factory.mktemp("build")
    write_json(sample_graph, folder / "graph.json")
    return folder


@pytest.fixture(scope="session")
def sample_json(sample_out: Path) -> dict:
    """The sample's graph.json, parsed."""
    return json.loads((sample_out / "graph.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session", autouse=True)
def own_user_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The tests' builds keep the seeds in a folder of their own, not the user's cache folder (``graph.seed_cache``),
    so that a test that makes them is not answered by what a build of the user kept."""
    os.environ["ACTORGRAPH_CACHE"] = str(tmp_path_factory.mktemp("user-cache"))
