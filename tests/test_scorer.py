"""The learned relation scorer: deterministic training, the shipped model, its file format, `actorgraph train`."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.build import build_graph
from graph.errors import ActorGraphError
from loaders import Document
from loaders.doc_words import DocWords
from loaders.extract import DocReader, read_document
from loaders.learn import labelled_pairs, train_model
from loaders.nlp import load_nlp
from loaders.scorer import PairContext, ParseMemo, RelationModel, load_model

SNAPSHOT = ROOT / "tests" / "data" / "model_sample.json"  # ACTORGRAPH_UPDATE_SNAPSHOT=1 rewrites it

TEXTS = {
    "a": "Hezbollah is led by Hassan Nasrallah. Iran funds Hezbollah. The Houthis are based in Yemen.",
    "b": "Hamas is led by Yahya Sinwar. Qatar funds Hamas, officials said. Hamas is based in Gaza.",
    "c": "Al-Shabaab is led by Ahmed Diriye. Eritrea funds al-Shabaab. Al-Shabaab is based in Somalia.",
    "d": "The Houthis are led by Abdul-Malik al-Houthi. Iran funds the Houthis. Hezbollah is based in Lebanon.",
}
LINKS = {
    "a": [("Hassan Nasrallah", "LEADS", "Hezbollah"), ("Iran", "FUNDS", "Hezbollah"), ("Houthis", "BASED_IN", "Yemen")],
    "b": [("Yahya Sinwar", "LEADS", "Hamas"), ("Qatar", "FUNDS", "Hamas"), ("Hamas", "BASED_IN", "Gaza")],
    "c": [
        ("Ahmed Diriye", "LEADS", "Al-Shabaab"),
        ("Eritrea", "FUNDS", "Al-Shabaab"),
        ("Al-Shabaab", "BASED_IN", "Somalia"),
    ],
    "d": [
        ("Abdul-Malik al-Houthi", "LEADS", "Houthis"),
        ("Iran", "FUNDS", "Houthis"),
        ("Hezbollah", "BASED_IN", "Lebanon"),
    ],
}


def gold_line(doc_id: str) -> dict:
    names = {n for s, _, o in LINKS[doc_id] for n in (s, o)}
    ids = {n: n.lower().replace(" ", "-") for n in names}
    return {
        "doc_id": doc_id,
        "entities": [{"id": ids[n], "name": n, "mentions": [n]} for n in sorted(names)],
        "relations": [{"subject": ids[s], "type": t, "object": ids[o]} for s, t, o in LINKS[doc_id]],
    }


def corpus(*doc_ids: str) -> list[tuple[Document, dict]]:
    return [(Document(d, TEXTS[d]), gold_line(d)) for d in doc_ids]


@pytest.mark.model
def test_training_twice_on_the_same_gold_gives_the_same_model_file() -> None:
    train = labelled_pairs(corpus("a", "b", "c"))
    first, second = train_model(train), train_model(train)
    assert first.to_json() == second.to_json()
    assert {"FUNDS", "BASED_IN"} <= set(first.types)  # every LEADS candidate is a positive: nothing to learn
    back = RelationModel.from_json(first.to_json())
    assert back.to_json() == first.to_json()


@pytest.mark.model
def test_the_trained_scorer_ranks_a_stated_link_above_an_unstated_one() -> None:
    model = train_model(labelled_pairs(corpus("a", "b", "c")))
    [row] = [r for r in labelled_pairs(corpus("d")) if (r.subject, r.object) == ("iran", "houthis")]
    [wrong] = [r for r in labelled_pairs(corpus("d")) if (r.subject, r.object) == ("houthis", "iran")]
    funds = model.types.index("FUNDS")
    assert model.probabilities(row.features)[funds] > model.probabilities(wrong.features)[funds]
    assert model.explain(row.features, "FUNDS")  # the features that weighed most can be shown


@pytest.mark.model
def test_the_shipped_model_loads_and_its_answers_on_the_sample_match_the_snapshot() -> None:
    model = load_model()
    assert model is not None and model.types
    assert all(0 < t <= 1.01 for t in model.thresholds)
    kg = build_graph([SEEDS], extractor="model").graph
    found = sorted(
        [s, t, o] for s, o, t, d in kg.g.edges(keys=True, data=True) if any(e.method == "model" for e in d["evidence"])
    )
    if os.environ.get("ACTORGRAPH_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(found, indent=0) + "\n", encoding="utf-8")
    assert found == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_a_damaged_model_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "relation_model.json"
    bad.write_text('{"types": ["LEADS"], "weights": {}}', encoding="utf-8")
    with pytest.raises(ActorGraphError, match="not a relation model"):
        load_model(bad)


@pytest.mark.model
def test_the_rules_alone_never_read_the_model_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "relation_model.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("ACTORGRAPH_SEEDS", str(seeds))
    load_model.cache_clear()
    try:
        doc = load_nlp()("Iran funds Kataib Hezbollah.")
        facts = read_document(doc, "d", extractor="rules")
        assert [(r.subject, r.type, r.object) for r in facts.relations] == [("iran", "FUNDS", "kataib-hezbollah")]
        with pytest.raises(ActorGraphError, match="not a relation model"):
            read_document(doc, "d", extractor="both")
    finally:
        load_model.cache_clear()  # the next reader loads the shipped model again


@pytest.mark.model
def test_train_command_writes_a_model_the_build_can_use(tmp_path: Path) -> None:
    for name, ids in (("train", "abc"), ("dev", "d")):
        with (tmp_path / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for d in ids:
                fh.write(json.dumps({"id": d, "text": TEXTS[d]}) + "\n")
        with (tmp_path / f"{name}-gold.jsonl").open("w", encoding="utf-8") as fh:
            for d in ids:
                fh.write(json.dumps(gold_line(d)) + "\n")
    out = tmp_path / "model.json"
    args = ["train", str(tmp_path / "train-gold.jsonl"), str(tmp_path / "train.jsonl")]
    args += ["--dev-gold", str(tmp_path / "dev-gold.jsonl"), "--dev-texts", str(tmp_path / "dev.jsonl"), "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and load_model(out) is not None
    assert "calibration on the" in result.output  # checked on the held-out documents

    alone = CliRunner().invoke(app, [*args[:3], "-o", str(tmp_path / "alone.json")])  # calibrated on train alone
    assert alone.exit_code == 0, alone.output
    assert (tmp_path / "alone.json").read_text(encoding="utf-8") == out.read_text(encoding="utf-8")

    missing = CliRunner().invoke(app, [*args[:2], str(tmp_path / "dev.jsonl"), *args[3:]])
    assert missing.exit_code == 1 and "no text for 3 annotated documents" in missing.output


@pytest.mark.model
def test_the_scorer_reads_who_acts_on_whom_and_a_denial() -> None:
    text = "Hezbollah attacked Israel on Monday. Iran does not fund the Houthis, officials said."
    names = ["Hezbollah", "Israel", "Iran", "Houthis"]
    gold = {"doc_id": "r", "entities": [{"id": n.lower(), "name": n, "mentions": [n]} for n in names], "relations": []}
    features = {(r.subject, r.object): r.features for r in labelled_pairs([(Document("r", text), gold)])}
    assert any(f.startswith("arcs=nsubj>dobj|") for f in features[("hezbollah", "israel")])  # the attacker acts
    assert any(f.startswith("arcs=dobj>nsubj|") for f in features[("israel", "hezbollah")])  # the attacked is acted on
    assert any(f.startswith("pneg|") for f in features[("iran", "houthis")])
    assert not any(f.startswith("pneg|") for f in features[("hezbollah", "israel")])


@pytest.mark.model
def test_a_pairs_features_and_a_documents_scores_are_the_same_however_they_are_read() -> None:
    text = (
        "The Pentagon said Kataib Hezbollah, which is funded by the Islamic Revolutionary Guard Corps, did not "
        "fire the rockets at the base near Erbil. Iran denied arming the group."
    )
    doc = load_nlp()(text)
    reader = DocReader(doc, "t")
    reader.apply_rules()
    candidates = list(reader.candidates())
    assert len(candidates) > 4
    memo = ParseMemo(reader.cues, DocWords(doc))
    for _, s, o, _ in candidates:  # the words between and on the path are spelled once, shared by both directions
        both = PairContext(doc, s, o, reader.cues, 0, memo)
        first = both.features(True)
        assert both.features(False) != first
        assert both.features(True) == first  # reading the other direction changed nothing
    model = load_model()
    batch = [feats for *_, feats in candidates]
    assert model.scores_of(batch) == [model.scores(feats) for feats in batch]  # the same sums, bit for bit
