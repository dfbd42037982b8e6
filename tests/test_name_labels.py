"""The learned label check of unknown names: deterministic training, the shipped model, its use in a build."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import spacy
from conftest import ROOT
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.errors import ActorGraphError
from graph.gazetteer import Gazetteer
from loaders.learn_labels import LabelRow, labelled_mentions, train_label_model
from loaders.mentions import Mention
from loaders.name_labels import LabelModel, learned_labels, load_label_model, page_features

SNAPSHOT = ROOT / "tests" / "data" / "label_model_sample.json"  # ACTORGRAPH_UPDATE_SNAPSHOT=1 rewrites it

SAMPLE = (
    "Fighters loyal to Kavuro Mbeya seized the town of Lubero on Monday, a spokesman for the Nyatura Alliance said.",
    "Colonel Amina Tesfay told reporters in Gondar that the Fano militia had withdrawn from the Wegera district.",
    "Witnesses said gunmen from the Orvane Liberation Front fired on a convoy near Kisangi on Sunday.",
)


def _rows() -> list[LabelRow]:
    """Mentions of ten pages, written for the test: names of each reading with the words that tell it."""
    shapes = {
        "Person": ["prev=colonel", "next=said", "shape=Xx", "n=2"],
        "Organization": ["prev=the", "last=front", "next=fighters", "n=3"],
        "Location": ["prev=in", "suf3=ngo", "dep=pobj", "n=1"],
        "none": ["prev=<s>", "last=sunday", "shape=Xx", "n=1"],
    }
    rows = []
    for page in range(10):
        for n, (truth, feats) in enumerate(shapes.items()):
            label = "Person" if truth == "none" or (truth == "Organization" and page % 3 == 0) else truth
            rows.append(LabelRow(f"p{page}", f"Name {n}", label, [f"label={label}", *feats], truth))
    return rows


def test_training_twice_on_the_same_mentions_gives_the_same_model_file() -> None:
    rows = _rows()
    first, second = train_label_model(rows), train_label_model(rows)
    assert first.to_json() == second.to_json()
    assert LabelModel.from_json(first.to_json()).to_json() == first.to_json()
    assert first.readings == ("Location", "Organization", "Person", "none")


def test_a_damaged_label_model_file_is_one_clear_error() -> None:
    with pytest.raises(ActorGraphError, match="not a label model"):
        LabelModel.from_json('{"readings": ["Person"]}', "label_model.json")


def _model(thresholds: dict[str, float]) -> LabelModel:
    weights = {"Organization": {"next=fighters": 4.0}, "none": {"w=sunday": 4.0}}
    return LabelModel(
        ("Location", "Organization", "Person", "none"),
        dict.fromkeys(("Location", "Organization", "Person", "none"), 0.0),
        weights,
        thresholds,
    )


def test_a_name_the_model_is_sure_of_is_relabelled_and_one_it_finds_no_actor_left_out() -> None:
    doc = spacy.blank("en")("Orvane fighters left Kisangi on Sunday .")
    ms = [
        Mention(0, 1, 0, 6, "Orvane", "Person", "Orvane"),
        Mention(3, 4, 21, 28, "Kisangi", "Location", "Kisangi"),
        Mention(5, 6, 32, 38, "Sunday", "Person", "Sunday"),
    ]
    out = learned_labels(doc, ms, _model({"Organization": 0.6, "none": 0.6}))
    assert [(m.name, m.label, m.kind) for m in out] == [
        ("Orvane", "Organization", "other"),
        ("Kisangi", "Location", None),
    ]


def test_a_reading_the_model_is_not_sure_enough_of_changes_nothing() -> None:
    doc = spacy.blank("en")("Orvane fighters left Kisangi on Sunday .")
    ms = [Mention(0, 1, 0, 6, "Orvane", "Person", "Orvane"), Mention(5, 6, 32, 38, "Sunday", "Person", "Sunday")]
    assert learned_labels(doc, ms, _model({"Organization": 0.99})) == [ms[0], ms[1]]


def test_a_known_actor_is_never_checked() -> None:
    doc = spacy.blank("en")("Orvane fighters left .")
    known = Mention(0, 1, 0, 6, "Orvane", "Person", "Orvane", actor_id="orvane")
    assert learned_labels(doc, [known], _model({"Organization": 0.5})) == [known]


@pytest.mark.model
def test_the_shipped_model_loads_and_its_answers_on_the_sample_match_the_snapshot() -> None:
    from loaders.extract import voted_mentions
    from loaders.nlp import load_nlp

    model = load_label_model()
    assert model is not None and set(model.thresholds) <= set(model.readings)
    nlp = load_nlp()
    found = []
    for text in SAMPLE:
        doc = nlp(text)
        ms = voted_mentions(doc, _empty_gazetteer())
        for m, feats in zip(ms, page_features(doc, ms), strict=True):
            if feats is not None:
                found.append([m.name, m.label, [round(p, 3) for p in model.probabilities(feats)]])
    if os.environ.get("ACTORGRAPH_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(found, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    assert found == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def _empty_gazetteer() -> Gazetteer:
    """The gazetteer of a theatre nobody prepared for: every name is read from the text alone."""
    return Gazetteer.from_entries([])


@pytest.mark.model
def test_train_labels_command_writes_the_same_file_twice(tmp_path: Path) -> None:
    texts = tmp_path / "pages"
    texts.mkdir()
    gold = []
    for n in range(6):
        (texts / f"p{n}.txt").write_text(SAMPLE[n % 3], encoding="utf-8")
        gold.append(
            {
                "doc_id": f"p{n}",
                "entities": [
                    {"id": "kavuro-mbeya", "label": "Person", "name": "Kavuro Mbeya"},
                    {"id": "amina-tesfay", "label": "Person", "name": "Amina Tesfay"},
                    {"id": "nyatura-alliance", "label": "Organization", "name": "Nyatura Alliance"},
                    {"id": "orvane-liberation-front", "label": "Organization", "name": "Orvane Liberation Front"},
                    {"id": "lubero", "label": "Location", "name": "Lubero"},
                    {"id": "gondar", "label": "Location", "name": "Gondar"},
                    {"id": "kisangi", "label": "Location", "name": "Kisangi"},
                ],
                "relations": [],
            }
        )
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    args = ["train-labels", str(tmp_path / "gold.jsonl"), str(texts)]
    for out in ("one.json", "two.json"):
        result = CliRunner().invoke(app, [*args, "-o", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    assert LabelModel.from_json((tmp_path / "one.json").read_text(encoding="utf-8")).readings


@pytest.mark.model
def test_training_mentions_carry_the_gold_reading() -> None:
    from loaders import Document

    gold = {"doc_id": "t", "entities": [{"id": "a", "label": "Person", "name": "Amina Tesfay"}], "relations": []}
    rows = labelled_mentions([(Document("t", SAMPLE[1]), gold)])
    assert ("Amina Tesfay", "Person") in {(r.name, r.truth) for r in rows}
