"""The knowledge kept as data: seeds/actors.yaml and seeds/relations.yaml stay consistent."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from graph.errors import OntologyError
from graph.gazetteer import Gazetteer, load_gazetteer
from graph.ontology import load_ontology
from graph.seeds import seeds_dir
from graph.slug import name_key, slugify
from loaders.cues import load_cues, parse_cues
from loaders.hostility import load_hostility_cues, parse_hostility_cues


def entries() -> list[dict]:
    return yaml.safe_load((seeds_dir() / "actors.yaml").read_text(encoding="utf-8"))["actors"]


def test_every_form_points_to_one_actor() -> None:
    forms = Counter(
        key
        for e in entries()
        for key in {name_key(form) for form in [e["name"], *(e.get("aliases") or []), *(e.get("demonyms") or [])]}
    )
    clashes = [form for form, n in forms.items() if n > 1]
    assert clashes == []
    slugs = Counter(slugify(e["name"]) for e in entries())
    assert [s for s, n in slugs.items() if n > 1] == []


def test_no_form_is_a_lone_letter() -> None:
    # a one-letter alias would make an actor of every initial and every "S" a tokenizer splits off
    short = [(e["name"], form) for e in entries() for form in e.get("aliases") or [] if len(str(form).strip()) < 2]
    assert short == []


def test_labels_kinds_and_references() -> None:
    onto = load_ontology()
    gaz = load_gazetteer()
    countries = {e["name"] for e in entries() if e["label"] == "Country"}
    for e in entries():
        assert e["label"] in onto.labels and e["label"] != "Event", e["name"]
        assert ("kind" in e) == (e["label"] == "Organization"), e["name"]
        assert not e.get("demonyms") or e["label"] == "Country", e["name"]
        for ref in ("country", "capital_of"):
            assert e.get(ref) is None or e[ref] in countries, (e["name"], ref)
    assert len(gaz.actors) >= 300
    assert gaz.lookup("Kata'ib Hizballah").id == "kataib-hezbollah"
    assert gaz.lookup("Hashd al-Shaabi").id == "popular-mobilization-units"
    assert gaz.lookup("PMF").id == "popular-mobilization-units"


def test_every_office_a_person_leads_is_a_known_state_or_body() -> None:
    labels = {e["name"]: e["label"] for e in entries()}
    leads = {e["name"]: e["leads"] for e in entries() if "leads" in e}
    assert all(labels[name] == "Person" for name in leads), "only people lead"
    offices = {
        (name, office) for name, listed in leads.items() for office in ([listed] if isinstance(listed, str) else listed)
    }
    assert {
        (name, office) for name, office in offices if labels.get(office) not in {"Country", "Organization"}
    } == set()
    assert len(leads) >= 300
    gaz = load_gazetteer()
    assert [a.name for a in gaz.offices(gaz.lookup("Putin").id)] == ["Russia"]
    assert {a.name for a in gaz.offices(gaz.lookup("Jolani").id)} >= {"Syria", "Hayat Tahrir al-Sham"}


def test_every_place_lies_in_a_known_place_and_no_chain_leads_back() -> None:
    labels = {e["name"]: e["label"] for e in entries()}
    within = {e["name"]: e["in"] for e in entries() if "in" in e}
    assert all(labels[name] == "Location" for name in within), "only places lie in places"
    assert {
        (name, wider) for name, wider in within.items() if labels.get(wider) not in {"Location", "Country"}
    } == set()
    for name in within:
        seen = [name]
        while seen[-1] in within:
            assert within[seen[-1]] not in seen, seen
            seen.append(within[seen[-1]])
    assert len(within) >= 700
    gaz = load_gazetteer()
    chain = [a.name for a in gaz.containing(gaz.lookup("Geneina"))]
    assert chain == ["West Darfur", "Darfur", "Sudan"]
    assert gaz.containing(gaz.lookup("Sahel")) == []  # across countries: in none


def test_a_chain_that_leads_back_stops_before_repeating_a_place() -> None:
    gaz = Gazetteer.from_entries(
        [
            {"name": "Upland", "label": "Location", "in": "Lowland"},
            {"name": "Lowland", "label": "Location", "in": "Upland"},
        ]
    )
    assert [a.name for a in gaz.containing(gaz.lookup("Upland"))] == ["Lowland"]


def _keys_written_twice(path: Path) -> list[str]:
    """The keys a YAML file writes twice in one mapping (the loader keeps the last one in silence), with their lines."""
    twice: list[str] = []

    class Loader(yaml.SafeLoader):
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
            keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
            pairs = zip(node.value, keys, strict=True)
            twice.extend(f"{key} (line {k.start_mark.line + 1})" for (k, _), key in pairs if keys.count(key) > 1)
            return super().construct_mapping(node, deep)

    yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)
    return twice


@pytest.mark.parametrize("name", sorted(p.name for p in seeds_dir().glob("*.yaml")))
def test_no_seed_file_writes_a_key_twice(name: str) -> None:
    assert _keys_written_twice(seeds_dir() / name) == []


def test_relation_cues_name_ontology_types() -> None:
    onto = load_ontology()
    cues = load_cues()
    used = (
        {c.type for cs in cues.verbs.values() for c in cs}
        | set(cues.roles.values())
        | {t for t, _ in cues.hyphen.values()}
    )
    assert used <= set(onto.relations)


def test_a_word_added_to_a_list_counts_in_the_lists_built_on_it() -> None:
    data = yaml.safe_load((seeds_dir() / "relations.yaml").read_text(encoding="utf-8"))
    data["determiners"]["definite"].append("yon")  # "yon militia": as "the" is, so anaphoric and specific too
    data["pronouns"]["person"].append("thon")
    data["pronouns"]["owners"].append("thonne")  # "thonne fighters": the owner acts, as with "its fighters"
    data["determiners"]["anaphoric"].append("yonder")  # "yonder strike": an incident told before, and "Yonder was ..."
    data["determiners"]["indefinite_articles"].append("ane")  # "ane attack", and so "ane leader" is one of several
    data["list_pronoun_verbs"].append("encompass")  # "This encompasses A and B": a list of members after any pronoun
    data["local_services"].append("district")  # "district chief": a service's head, and the head of a part
    data["blame"]["incident_preps"].append("about")  # "the culprit about", and so "blamed about" the attack
    data["thing_relative_pronouns"].append("whilk")  # "a bombing whilk targeted X": a relative pronoun as any other
    cues = parse_cues(data)
    assert "yon" in cues.definite & cues.anaphoric & cues.specific & cues.articles & cues.group_reference
    assert "yon" in cues.member_list_fillers
    assert "yon" not in load_cues().specific and "yon" not in cues.indefinite
    assert "thon" in cues.person_pronouns & cues.pronouns
    assert "thonne" in cues.owner_pronouns & cues.pronouns and "thonne" not in cues.person_pronouns
    assert "yonder" in cues.anaphoric & cues.specific & cues.incident_pronouns
    assert "ane" in cues.indefinite_articles & cues.indefinite & cues.articles and "ane" not in cues.definite
    assert "encompass" in cues.list_pronoun_verbs & cues.member_list_verbs
    assert "district" in cues.service_words & cues.part_role_words
    assert "about" in cues.blame_incident_preps & cues.blame_verb_incident_preps
    assert "whilk" in cues.thing_relative_pronouns & cues.relative_pronouns


def test_a_hostility_block_without_one_of_its_lists_is_a_one_line_error() -> None:
    data = yaml.safe_load((seeds_dir() / "relations.yaml").read_text(encoding="utf-8"))
    assert load_hostility_cues().joint_acts  # the project's own block reads
    del data["hostility"]["joint_acts"]
    with pytest.raises(OntologyError, match=r"^relations.yaml: hostility block lacks the list 'joint_acts'$"):
        parse_hostility_cues(data)
    with pytest.raises(OntologyError, match=r"^relations.yaml: no 'hostility' block$"):
        parse_hostility_cues({})


def test_a_renamed_cue_list_is_a_one_line_error_naming_the_file_and_the_key(tmp_path: Path) -> None:
    seeds = shutil.copytree(seeds_dir(), tmp_path / "seeds")
    cues = seeds / "relations.yaml"
    cues.write_text(cues.read_text(encoding="utf-8").replace("\noffshoot_nouns:", "\noffshoot_noun:"), encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Iran funds Kataib Hezbollah.\n", encoding="utf-8")
    build = [str(Path(sys.executable).with_name("actorgraph")), "build", str(tmp_path / "corpus")]
    env = {**os.environ, "ACTORGRAPH_SEEDS": str(seeds)}
    done = subprocess.run([*build, "--out", str(tmp_path / "out")], capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"error: {cues}: no key 'offshoot_nouns'"]


def test_a_key_one_part_of_a_page_reads_missing_stops_the_build_and_keeps_the_last_graph(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Home / Iraq / Kirkuk\n\nIran funds Kataib Hezbollah.\n", encoding="utf-8")
    build = [str(Path(sys.executable).with_name("actorgraph")), "build", str(corpus), "--out", str(tmp_path / "out")]
    assert subprocess.run(build, capture_output=True, text=True).returncode == 0
    graph = (tmp_path / "out" / "graph.json").read_bytes()
    seeds = shutil.copytree(seeds_dir(), tmp_path / "seeds")  # a copy of an older layout: the breadcrumbs' key gone
    cues = seeds / "relations.yaml"
    text = cues.read_text(encoding="utf-8")
    cues.write_text(text.replace("breadcrumb_only_separators:", "breadcrumb_separators:"), encoding="utf-8")
    (corpus / "a.txt").write_text("Home / Iraq / Kirkuk\n\nIran funds Kataib Hezbollah in Iraq.\n", encoding="utf-8")
    env = {**os.environ, "ACTORGRAPH_SEEDS": str(seeds)}
    done = subprocess.run(build, capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"error: {cues}: no key 'page_labels.breadcrumb_only_separators'"]
    assert (tmp_path / "out" / "graph.json").read_bytes() == graph
