"""The HTML page, read as text: self-contained, styled by label and certainty, evidence inside, views and filters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.corrections import apply_corrections, parse_corrections
from graph.errors import ActorGraphError, UnknownActorError
from graph.export import write_json
from graph.html import DASHES, LABEL_STYLE, TYPE_COLOUR, HtmlPage, render_html, write_html
from graph.kg import Evidence, KnowledgeGraph

INJECTED = "Iran's </script><script>alert(1)</script> backing of KH."


@pytest.fixture()
def kg() -> KnowledgeGraph:
    """A small graph with every kind of edge the page draws differently."""
    kg = KnowledgeGraph()
    kg.add_actor("abu-mahdi-al-muhandis", "Person", "Abu Mahdi al-Muhandis", aliases=["Muhandis"], doc_id="d1")
    kg.add_actor(
        "kataib-hezbollah", "Organization", "Kataib Hezbollah", kind="armed_group", aliases=["KH"], doc_id="d1"
    )
    kg.add_actor("iran", "Country", "Iran", doc_id="d1")
    kg.add_actor("isis", "Organization", "ISIS", kind="armed_group", doc_id="d2")
    kg.add_actor("k-1-attack", "Event", "K-1 rocket attack", doc_id="d1", date="2019-12-27")
    kg.add_actor("newsweek", "Organization", "Newsweek", kind="media", doc_id="d3")
    rel = kg.add_relation
    rel(
        "abu-mahdi-al-muhandis",
        "LEADS",
        "kataib-hezbollah",
        Evidence("d1", "KH is run by Muhandis.", 0, 22, "2019-12-28"),
    )
    rel("abu-mahdi-al-muhandis", "MEMBER_OF", "kataib-hezbollah", Evidence("d1", "Muhandis, a KH fighter.", 23, 45))
    rel("iran", "FUNDS", "kataib-hezbollah", Evidence("d1", INJECTED, 46, 90, "2019-12-28", "alleged", "US officials"))
    rel("iran", "FUNDS", "kataib-hezbollah", Evidence("d2", "Iran arms KH.", 0, 13, "2020-01-05"))
    rel("iran", "ALLIED_WITH", "kataib-hezbollah", Evidence("d2", "Iran and KH are allies.", 14, 37, "2020-01-05"))
    rel("kataib-hezbollah", "BLAMED_FOR", "k-1-attack", Evidence("d1", "KH is blamed for it.", 91, 99, "2019-12-28"))
    rel("isis", "BLAMED_FOR", "k-1-attack", Evidence("d2", "ISIS was not behind it.", 38, 60, "2020-01-05", "negated"))
    return kg


def page_data(page: HtmlPage | str) -> dict:
    """The JSON the page's script reads."""
    text = page.html if isinstance(page, HtmlPage) else page
    found = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', text, re.S)
    assert found, "no graph data in the page"
    return json.loads(found.group(1))


def by_id(items: list[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items}


def test_page_is_self_contained(kg: KnowledgeGraph) -> None:
    text = render_html(kg).html
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", text), "the page loads a file"
    assert not re.search(r"@import|url\((?![\"']?data:)", text), "a stylesheet loads a file"
    assert "sourceMappingURL" not in text
    assert "vis.Network" in text and ".vis-network" in text  # vis-network's script and style, inlined
    assert INJECTED not in text  # text is JSON data in the page, escaped: it cannot end the script
    funds = by_id(page_data(text)["edges"])["iran|FUNDS|kataib-hezbollah"]
    assert funds["rel"]["evidence"][0]["sentence"] == INJECTED


def test_nodes_show_label_kind_size_aliases_and_documents(kg: KnowledgeGraph) -> None:
    nodes = by_id(page_data(render_html(kg))["nodes"])
    assert len(nodes) == 6
    kh, muhandis = nodes["kataib-hezbollah"], nodes["abu-mahdi-al-muhandis"]
    assert (kh["shape"], kh["color"]["background"]) == LABEL_STYLE["Organization"]
    assert (muhandis["shape"], muhandis["color"]["background"]) == LABEL_STYLE["Person"]
    assert kh["label"] == "Kataib Hezbollah\n(armed group)" and kh["actor"]["kind"] == "armed group"
    assert kh["size"] > muhandis["size"] > nodes["newsweek"]["size"]  # size by number of links
    assert muhandis["actor"]["aliases"] == ["Muhandis"] and muhandis["actor"]["doc_ids"] == ["d1"]
    assert nodes["k-1-attack"]["actor"]["date"] == "2019-12-27"


def test_edges_show_type_certainty_and_evidence(kg: KnowledgeGraph) -> None:
    edges = by_id(page_data(render_html(kg))["edges"])
    funds = edges["iran|FUNDS|kataib-hezbollah"]
    assert funds["label"] == "FUNDS" and "arrows" not in funds and funds["color"] == TYPE_COLOUR["FUNDS"]
    assert funds["dashes"] is False  # asserted by one of its two mentions
    assert funds["rel"]["evidence"][0] == {
        "doc_id": "d1",
        "sentence": INJECTED,
        "date": "2019-12-28",
        "certainty": "alleged",
        "source": "US officials",
        "confidence": 1.0,
        "method": "",
    }
    assert funds["width"] > edges["abu-mahdi-al-muhandis|LEADS|kataib-hezbollah"]["width"]
    assert edges["iran|ALLIED_WITH|kataib-hezbollah"]["arrows"] == {"to": {"enabled": False}}  # symmetric
    negated = edges["isis|BLAMED_FOR|k-1-attack"]
    assert negated["label"] == "NOT BLAMED_FOR" and negated["dashes"] == DASHES["negated"]
    # A second edge between the same two actors curves away from the first.
    assert edges["abu-mahdi-al-muhandis|LEADS|kataib-hezbollah"]["smooth"] == {"enabled": False}
    assert edges["abu-mahdi-al-muhandis|MEMBER_OF|kataib-hezbollah"]["smooth"]["enabled"] is True


def test_each_link_carries_the_line_that_rejects_it_unless_an_analyst_added_it(kg: KnowledgeGraph) -> None:
    apply_corrections(kg, parse_corrections({"add": [{"subject": "ISIS", "type": "OPPOSES", "object": "Iran"}]}))
    edges = by_id(page_data(render_html(kg))["edges"])
    leads = edges["abu-mahdi-al-muhandis|LEADS|kataib-hezbollah"]["rel"]["reverse"]
    assert leads == (
        'reject: [{subject: "Abu Mahdi al-Muhandis", type: "LEADS", object: "Kataib Hezbollah", reason: ""}]'
    )
    assert edges["isis|OPPOSES|iran"]["rel"]["reverse"] == ""  # undone in the corrections file, not by a reject


def test_alleged_edges_are_dashed(kg: KnowledgeGraph) -> None:
    edges = page_data(render_html(kg, certainty=["alleged"]))["edges"]
    assert [(e["id"], e["dashes"]) for e in edges] == [("iran|FUNDS|kataib-hezbollah", DASHES["alleged"])]


def test_legend_counts_what_is_shown(kg: KnowledgeGraph) -> None:
    meta = page_data(render_html(kg))["meta"]
    assert [(x["name"], x["count"]) for x in meta["labels"]] == [
        ("Person", 1),
        ("Organization", 3),
        ("Country", 1),
        ("Event", 1),
    ]
    assert {x["name"]: x["count"] for x in meta["types"]} == {
        "ALLIED_WITH": 1,
        "BLAMED_FOR": 2,
        "FUNDS": 1,
        "LEADS": 1,
        "MEMBER_OF": 1,
    }
    assert {x["name"]: x["count"] for x in meta["certainty"]} == {"asserted": 5, "alleged": 0, "negated": 1}
    assert meta["dates"] == ["2019-12-28", "2020-01-05"] and meta["notes"] == []


@pytest.mark.parametrize(
    ("filters", "nodes", "edges"),
    [
        ({"types": ["FUNDS", "LEADS"]}, {"iran", "kataib-hezbollah", "abu-mahdi-al-muhandis"}, 2),
        ({"labels": ["Organization", "Event"]}, {"kataib-hezbollah", "isis", "k-1-attack", "newsweek"}, 2),
        ({"certainty": ["negated"]}, {"isis", "k-1-attack"}, 1),
        ({"since": "2020-01-01"}, {"iran", "kataib-hezbollah", "isis", "k-1-attack"}, 3),
        ({"until": "2019-12-31"}, {"iran", "kataib-hezbollah", "abu-mahdi-al-muhandis", "k-1-attack"}, 3),
    ],
)
def test_filters(kg: KnowledgeGraph, filters: dict, nodes: set[str], edges: int) -> None:
    page = render_html(kg, **filters)
    assert {n["id"] for n in page_data(page)["nodes"]} == nodes
    assert page.report.edges == edges
    assert page.report.notes[-1].startswith("Filtered: ")


def test_date_filter_keeps_only_evidence_in_range(kg: KnowledgeGraph) -> None:
    edges = by_id(page_data(render_html(kg, since="2020-01-01"))["edges"])
    assert [ev["doc_id"] for ev in edges["iran|FUNDS|kataib-hezbollah"]["rel"]["evidence"]] == ["d2"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"types": ["LEADZ"]}, "unknown relationship type(s) LEADZ; choose from LEADS"),
        ({"labels": ["Actor"]}, "unknown label(s) Actor"),
        ({"certainty": ["likely"]}, "unknown certainty value(s) likely"),
        ({"since": "28/12/2019"}, "--since '28/12/2019': expected a date"),
        ({"around": "Iran", "path": ("Iran", "KH")}, "choose one view"),
        ({"around": "Iran", "hops": 0}, "at least 1"),
    ],
)
def test_bad_options_are_user_errors(kg: KnowledgeGraph, filters: dict, message: str) -> None:
    with pytest.raises(ActorGraphError, match=re.escape(message)):
        render_html(kg, **filters)


def test_around_an_alias(kg: KnowledgeGraph) -> None:
    page = render_html(kg, around="Muhandis")
    assert page.report.title == "Around Abu Mahdi al-Muhandis (1 hop)"
    assert (page.report.nodes, page.report.edges) == (2, 2)
    centre = by_id(page_data(page)["nodes"])["abu-mahdi-al-muhandis"]
    assert centre["borderWidth"] > 1  # the actor asked about stands out
    assert render_html(kg, around="Muhandis", hops=2).report.nodes == 4


def test_unknown_actor_suggests_near_names(kg: KnowledgeGraph) -> None:
    with pytest.raises(UnknownActorError, match="did you mean: Muhandis"):
        render_html(kg, around="Muhandes")


def test_paths_between_two_actors(kg: KnowledgeGraph) -> None:
    page = render_html(kg, path=("Muhandis", "Iran"))
    assert page.report.title == "Paths between Abu Mahdi al-Muhandis and Iran"
    ids = {e["id"] for e in page_data(page)["edges"]}
    assert ids == {
        "abu-mahdi-al-muhandis|LEADS|kataib-hezbollah",
        "abu-mahdi-al-muhandis|MEMBER_OF|kataib-hezbollah",
        "iran|FUNDS|kataib-hezbollah",
        "iran|ALLIED_WITH|kataib-hezbollah",
    }


def test_no_path_is_an_answer_not_an_error(kg: KnowledgeGraph) -> None:
    page = render_html(kg, path=("Muhandis", "Newsweek"))
    assert (page.report.nodes, page.report.edges) == (2, 0)
    assert page.report.notes == ["No link within 4 hops between Abu Mahdi al-Muhandis and Newsweek in this graph."]


def test_large_graph_is_cut_to_its_most_connected_part() -> None:
    kg = KnowledgeGraph()
    kg.add_actor("hub", "Organization", "Hub", doc_id="d")
    for i in range(30):
        kg.add_actor(f"p{i}", "Person", f"Person {i}", doc_id="d")
        kg.add_relation(f"p{i}", "MEMBER_OF", "hub", Evidence("d", f"Person {i} is in Hub.", i, i + 1))
    for i in range(10):
        kg.add_actor(f"loner{i}", "Person", f"Loner {i}", doc_id="d")
    page = render_html(kg, max_nodes=20)
    assert (page.report.nodes, page.report.edges, page.report.total_nodes) == (20, 19, 41)
    assert "hub" in by_id(page_data(page)["nodes"])
    assert page.report.notes[0].startswith("Showing the 20 most connected of 41 actors (19 of 30 links).")
    assert render_html(kg, around="Loner 3", max_nodes=1).report.title.startswith("Around Loner 3")


def test_the_page_opens_laid_out_with_physics_off(sample_graph: KnowledgeGraph) -> None:
    data = page_data(render_html(sample_graph))
    assert data["options"]["physics"]["enabled"] is False
    nodes = by_id(data["nodes"])
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes.values())
    linked = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    alone = set(nodes) - linked
    assert alone, "the sample has actors with no link"
    lowest_linked = max(nodes[k]["y"] for k in linked)
    assert all(nodes[k]["y"] > lowest_linked for k in alone)  # out of the way, below the drawing
    spots = [(n["x"], n["y"]) for n in nodes.values()]
    assert len(set(spots)) == len(spots)


def test_every_relationship_type_has_its_own_colour(sample_graph: KnowledgeGraph) -> None:
    ontology = sample_graph.ontology
    assert set(TYPE_COLOUR) == set(ontology.relations)
    assert len(set(TYPE_COLOUR.values())) == len(TYPE_COLOUR)
    hostile = [TYPE_COLOUR[t] for t in ontology.relations if ontology.group(t) == "hostile"]
    assert all(int(c[1:3], 16) > max(int(c[3:5], 16), int(c[5:7], 16)) for c in hostile)  # warm: red leads


def test_same_graph_same_page(kg: KnowledgeGraph) -> None:
    assert render_html(kg).html == render_html(kg).html


def test_notebook_display_is_a_frame(kg: KnowledgeGraph) -> None:
    shown = render_html(kg, around="KH")._repr_html_()
    assert shown.startswith('<iframe srcdoc="&lt;!doctype html&gt;') and "&quot;" in shown


def test_write_html(kg: KnowledgeGraph, tmp_path: Path) -> None:
    report = write_html(kg, tmp_path / "sub" / "graph.html")
    assert report.path == tmp_path / "sub" / "graph.html" and report.nodes == 6
    assert page_data(report.path.read_text(encoding="utf-8"))["meta"]["labels"]
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["graph.html"]


def test_cli_html(kg: KnowledgeGraph, tmp_path: Path) -> None:
    write_json(kg, tmp_path / "graph.json")
    result = CliRunner().invoke(app, ["html", "--graph", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {tmp_path / 'graph.html'}: Actor graph, 6 actors and 6 links\n"
    args = ["html", "-g", str(tmp_path), "--path", "Muhandis", "Iran", "--type", "LEADS", "--type", "FUNDS"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph-path-muhandis-iran.html").is_file()
    assert "2 links\n  Filtered: FUNDS, LEADS.\n" in result.output
    result = CliRunner().invoke(app, ["html", "-g", str(tmp_path), "--around", "Muhandes", "-o", "x.html"])
    assert result.exit_code == 1 and "error: no actor called 'Muhandes'; did you mean" in result.output


def test_cli_html_into_a_folder_that_is_a_file_is_one_line(kg: KnowledgeGraph, tmp_path: Path) -> None:
    write_json(kg, tmp_path / "graph.json")
    (tmp_path / "views").write_text("mine")
    page = tmp_path / "views" / "iran.html"
    result = CliRunner().invoke(app, ["html", "--graph", str(tmp_path), "--around", "Iran", "-o", str(page)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {page}: cannot write ({tmp_path / 'views'} is a file, not a folder)"]
    assert (tmp_path / "views").read_text() == "mine"


def test_the_page_data_is_escaped_as_jinjas_tojson_filter_escapes_it() -> None:
    from jinja2.utils import htmlsafe_json_dumps

    from graph.export import json_record
    from graph.html import script_json

    for data in (
        {"name": "Ansar Allah <Houthis> & 'friends'", "ar": "أنصار الله", "n": [1, 2.5, None, True]},
        {"sentence": "</script><script>alert(1)</script>", "z": {"b": 1, "a": 2}},
        {"lone": "half \ud800 a pair"},  # orjson refuses it: the standard library's encoder writes it
    ):
        assert str(script_json(data)) == str(htmlsafe_json_dumps(data, dumps=json_record))
