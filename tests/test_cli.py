"""The command line: thin commands, one-line errors, and a README that documents every command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from actorgraph.cli import app

runner = CliRunner()


def test_links_prints_each_hop_with_its_evidence(sample_out: Path) -> None:
    result = runner.invoke(app, ["links", "Muhandis", "Iran", "--graph", str(sample_out)])
    assert result.exit_code == 0, result.output
    assert "path 1" in result.output
    assert "Abu Mahdi al-Muhandis -" in result.output
    assert '"Kataib Hezbollah is run by Abu Mahdi al-Muhandis' in result.output


def test_links_prints_an_affiliation_path_first_with_its_score_and_why(sample_out: Path) -> None:
    result = runner.invoke(app, ["links", "Muhandis", "Iran", "--graph", str(sample_out)])
    first = result.output.split("path 2")[0]
    assert re.search(r"^path 1 \(\d hops, score [\d.]+\)$", first, re.M), first
    why = re.search(r"^  why: (.*)$", first, re.M)[1]
    assert "hostile" not in why and why.count("affiliation") == len(why.split("; "))
    assert "SANCTIONED_BY" not in first and "ATTACKED" not in first
    hostile = runner.invoke(app, ["links", "Muhandis", "Iran", "--kind", "hostile", "--graph", str(sample_out)])
    assert "SANCTIONED_BY" in hostile.output.split("path 2")[0] and "affiliation" not in hostile.output


def test_neighbours_lists_direct_links(sample_out: Path) -> None:
    result = runner.invoke(app, ["neighbours", "KH", "--graph", str(sample_out)])
    assert result.exit_code == 0, result.output
    assert "<-LEADS- Abu Mahdi al-Muhandis (Person, 1 mention, asserted)" in result.output
    assert "<-ATTACKED- Israel (Country, 1 mention, alleged)" in result.output


def test_unknown_actor_is_one_line_with_suggestions(sample_out: Path) -> None:
    result = runner.invoke(app, ["links", "Muhandes", "Iran", "--graph", str(sample_out)])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("error: no actor called 'Muhandes'; did you mean: Muhandis (Abu Mahdi al-Muhandis)")


def test_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--graph", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'graph.json'}: no graph here; run `actorgraph build` first"


@pytest.mark.model
def test_build_writes_the_three_outputs(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} >= {"graph.json", "graph.graphml", "graph.html"}
    assert re.search(r"1 documents, [\d,]+ words.* -> \d+ actors", result.output)


def test_links_between_two_names_of_one_actor_says_they_are_one(sample_out: Path) -> None:
    result = runner.invoke(app, ["links", "KH", "Kataib Hezbollah", "--graph", str(sample_out)])
    assert result.exit_code == 0
    assert result.output == "'KH' and 'Kataib Hezbollah' are the same actor: Kataib Hezbollah (kataib-hezbollah)\n"


def test_neighbours_of_a_type_in_any_case_and_an_unknown_type_is_an_error(sample_out: Path) -> None:
    result = runner.invoke(app, ["neighbours", "Kataib Hezbollah", "--type", "leads", "--graph", str(sample_out)])
    assert result.exit_code == 0 and result.output.startswith("<-LEADS- Abu Mahdi al-Muhandis (Person")
    result = runner.invoke(app, ["neighbours", "Kataib Hezbollah", "--type", "LEAD", "--graph", str(sample_out)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: unknown relationship type LEAD; choose from LEADS, DEPUTY_OF,")


def test_eval_prints_the_scores(sample_out: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "000_6bd6c12fd24f382d", "entities": [], "relations": []}\n')
    result = runner.invoke(app, ["eval", str(gold), "--graph", str(sample_out)])
    assert result.exit_code == 0, result.output
    assert "overall" in result.output and "untyped" in result.output


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"doc_id": "000_6bd6c12fd24f382d", "relations": []}\n', "line 1: gold document has no 'entities' list"),
        (
            b'{"doc_id": "a", "entities": [], "relations": [{"subject": "iran"}]}\n',
            "line 1: relation #1 needs a 'subject', a 'type' and an 'object'",
        ),
        (b"\n\n", "no gold documents"),
        ('{"doc_id": "caf\u00e9"}'.encode("cp1252"), "not valid UTF-8; gold files are UTF-8 JSON Lines"),
    ],
)
def test_eval_of_a_bad_gold_file_is_one_line(sample_out: Path, tmp_path: Path, content: bytes, problem: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    result = runner.invoke(app, ["eval", str(gold), "--graph", str(sample_out)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {gold}: {problem}"]


def test_eval_against_a_graph_of_other_documents_says_so(sample_out: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "elsewhere", "entities": [{"id": "iran", "name": "Iran"}], "relations": []}\n')
    result = runner.invoke(app, ["eval", str(gold), "--graph", str(sample_out)])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "warning: 1 of 1 gold document(s) have no actor in this graph (elsewhere): was it built from other documents?"
    ]


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    result = runner.invoke(app, ["--help"])
    commands = re.findall(r"^│ (\w[\w-]*)\s", result.output, flags=re.MULTILINE)
    assert commands, result.output
    for command in commands:
        assert f"actorgraph {command}" in readme, f"`actorgraph {command}` is not in the README"


def test_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_build_help_lists_the_engines() -> None:
    result = runner.invoke(app, ["build", "--help"], env={"COLUMNS": "200"})
    assert re.search(r"--engine\s+<local\|dask>", result.output), result.output


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["build", "seeds", "--corrections", "nope.yaml"], "'--corrections': file 'nope.yaml' does not exist"),
        (["build", "seeds", "--jobs", "0"], "'--jobs'"),
        (["build"], "Missing argument"),
        (["review", "--min-confidence", "3"], "'--min-confidence'"),
        (["build", "seeds", "--extractor", "all"], "'--extractor': 'all' is not one of 'rules', 'model', 'both'."),
        (["build", "seeds", "--engine", "spark"], "'--engine' (env var: 'ACTORGRAPH_ENGINE'): 'spark' is not one of"),
        (["export", "--format", "dot"], "'dot' is not one of 'ftm', 'neo4j-csv', 'cypher', 'gexf', 'graphml'."),
        (["links", "a", "b", "--kind", "friendly"], "'--kind'"),
        (["links", "Muhandis"], "Missing argument 'B'"),
        (["links", "a", "b", "--max-hops", "many"], "'--max-hops': Input should be a valid integer"),
        (["stats", "--colour"], "No such option: --colour"),
        (["bogus"], "No such command 'bogus'"),
        (["--bogus"], "No such option: --bogus"),
    ],
)
def test_a_usage_error_is_one_line_naming_the_option_and_exit_code_2(args: list[str], problem: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and problem in line, line
