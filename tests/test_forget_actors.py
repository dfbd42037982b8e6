"""benchmarks/written/forget_actors.py: a seeds folder that forgets the actors a gold set names."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import yaml
from conftest import ROOT

from graph.gazetteer import Gazetteer


def forget_module() -> object:
    spec = importlib.util.spec_from_file_location("forget_actors", ROOT / "benchmarks" / "written" / "forget_actors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cold_gazetteer(tmp_path: Path, entities: list[dict], **kwargs: object) -> tuple[Gazetteer, int]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "p", "entities": entities, "relations": []}) + "\n", encoding="utf-8")
    count = forget_module().write_cold_seeds(gold, tmp_path / "cold", ROOT / "seeds", **kwargs)
    entries = yaml.safe_load((tmp_path / "cold" / "actors.yaml").read_text(encoding="utf-8"))["actors"]
    return Gazetteer.from_entries(entries), count


def test_the_named_group_and_its_leaders_pointer_are_forgotten_and_countries_stay(tmp_path: Path) -> None:
    entities = [
        {"id": "kh", "name": "Kataib Hezbollah", "label": "Organization", "mentions": ["KH"]},
        {"id": "iraq", "name": "Iraq", "label": "Country", "mentions": []},
    ]
    gaz, count = cold_gazetteer(tmp_path, entities)
    assert count == 1
    assert gaz.lookup("Kataib Hezbollah") is None and gaz.lookup("KH") is None
    assert gaz.lookup("Iraq") is not None and gaz.lookup("Kirkuk") is not None
    muhandis = gaz.lookup("Abu Mahdi al-Muhandis")
    assert muhandis is not None and muhandis.leads == ()
    assert (tmp_path / "cold" / "relations.yaml").read_bytes() == (ROOT / "seeds" / "relations.yaml").read_bytes()


def test_a_capital_the_page_names_stays(tmp_path: Path) -> None:
    entities = [
        {"id": "b", "name": "Baghdad", "label": "Location", "mentions": []},
        {"id": "k", "name": "Kirkuk", "label": "Location", "mentions": []},
    ]
    gaz, count = cold_gazetteer(tmp_path, entities)
    assert count == 1
    assert gaz.lookup("Kirkuk") is None
    baghdad = gaz.lookup("Baghdad")
    assert baghdad is not None and baghdad.capital_of == "Iraq"


def test_with_rare_in_an_actor_other_pages_name_stays(tmp_path: Path) -> None:
    other = tmp_path / "other.jsonl"
    other.write_text(
        json.dumps({"doc_id": "q", "entities": [{"id": "k", "name": "Kataib Hezbollah", "mentions": []}]}) + "\n",
        encoding="utf-8",
    )
    entities = [
        {"id": "kh", "name": "Kataib Hezbollah", "label": "Organization", "mentions": []},
        {"id": "k", "name": "Kirkuk", "label": "Location", "mentions": []},
    ]
    gaz, count = cold_gazetteer(tmp_path, entities, rare_in=[other])
    assert count == 1
    assert gaz.lookup("Kataib Hezbollah") is not None and gaz.lookup("Kirkuk") is None
