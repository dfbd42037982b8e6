"""The HTML page in a real headless Chromium: it draws the graph, finds actors by alias, shows evidence.

Needs Debian's ``chromium`` (``make browser`` installs it). Without it these tests skip,
except in CI (``CI=true``), where they fail. Screenshots go to each test's ``tmp_path``.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx
import pytest

from graph.corrections import review
from graph.gazetteer import load_gazetteer
from graph.html import write_html
from graph.kg import Evidence, KnowledgeGraph
from queries.resolve import resolve_actor

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - the dev install has it
    sync_playwright = None

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Where to hover to reach an edge: a point on it that no node or other edge covers, in page coordinates.
EDGE_POINT = """(id) => {
  const net = actorgraph.network, box = document.getElementById("graph").getBoundingClientRect();
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const at = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(t));
    const inside = at.x > 0 && at.y > 0 && at.x < box.width && at.y < box.height;
    const clear = inside && net.getEdgeAt(at) === id && net.getNodeAt(at) === undefined;
    if (clear) return {x: box.left + at.x, y: box.top + at.y};
  }
  return null;
}"""
TOOLTIP_DELAY_MS = 800  # more than vis-network's delay before it shows (or changes) a tooltip
DRAWN = "[actorgraph.network.body.nodeIndices.length, actorgraph.network.body.edgeIndices.length]"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium, or a skip (a failure in CI) saying why there is none."""
    missing = "Chromium is not installed (make browser)" if not CHROMIUM else None
    if sync_playwright is None:
        missing = "the playwright package is not installed"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{missing}; CI must run the browser tests")
        pytest.skip(missing)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def open_page(browser: Browser) -> Iterator[Callable[[Path], Page]]:
    """Open a page from disk and wait for its layout; afterwards, check it had no error and fetched nothing."""
    errors: list[str] = []
    fetched: list[str] = []
    context = browser.new_context(viewport={"width": 1400, "height": 900})

    def route(r) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            fetched.append(r.request.url)
            r.abort()

    context.route("**/*", route)

    def open_(path: Path) -> Page:
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(path.as_uri())
        page.wait_for_function("window.actorgraph && window.actorgraph.ready", timeout=60_000)
        return page

    yield open_
    context.close()
    assert errors == [], "the page's script failed"
    assert fetched == [], "the page fetched something from the network"


@pytest.fixture()
def sample_page(sample_graph: KnowledgeGraph, tmp_path: Path) -> Path:
    """The sample corpus's graph as a page."""
    return write_html(sample_graph, tmp_path / "graph.html").path


def words(text: str) -> str:
    return " ".join(text.split())


def test_page_draws_the_whole_graph(sample_graph: KnowledgeGraph, sample_page: Path, open_page, tmp_path) -> None:
    page = open_page(sample_page)
    nodes, edges = sample_graph.g.number_of_nodes(), sample_graph.g.number_of_edges()
    linked = sum(1 for n in sample_graph.g if sample_graph.g.degree(n))
    assert linked < nodes  # actors with no link wait behind their tick box
    assert page.evaluate(DRAWN) == [linked, edges]
    assert page.evaluate("actorgraph.network.physics.physicsEnabled") is False  # laid out in Python, still
    assert page.inner_text("#status") == f"Shown: {linked} of {nodes} actors, {edges} of {edges} links."
    assert page.inner_text("#unlinked-n") == str(nodes - linked)
    page.locator("#f-unlinked").check()
    assert page.evaluate(DRAWN) == [nodes, edges]
    assert page.inner_text("#status") == f"Shown: {nodes} of {nodes} actors, {edges} of {edges} links."
    page.locator("#f-physics").check()
    assert page.evaluate("actorgraph.network.physics.physicsEnabled") is True
    types = {k for _, _, k in sample_graph.g.edges(keys=True)}
    assert page.locator("#f-types label").count() == len(types)
    page.screenshot(path=tmp_path / "graph.png")


# How large a node's label is drawn on screen, 0 when not drawn: vis-network's own rule (Label.draw) applied to
# the label's font size and the network's scale.
LABEL_PX = """(id) => {
  const net = actorgraph.network, label = net.body.nodes[id].labelModule;
  const { drawThreshold, maxVisible } = label.elementOptions.scaling.label;
  const px = label.fontOptions.size * net.getScale();
  return px < drawThreshold - 1 ? 0 : Math.min(px, maxVisible);
}"""


def test_most_connected_labels_are_readable_when_the_page_opens(
    sample_graph: KnowledgeGraph, sample_page: Path, open_page
) -> None:
    page = open_page(sample_page)
    ranked = sorted(sample_graph.g, key=lambda k: -sample_graph.g.degree(k))
    fifth = sample_graph.g.degree(ranked[4])
    top = [k for k in ranked if sample_graph.g.degree(k) >= fifth]
    assert all(page.evaluate(LABEL_PX, k) >= 12 for k in top), {k: page.evaluate(LABEL_PX, k) for k in top}


def test_search_finds_muhandis_by_alias(sample_graph: KnowledgeGraph, sample_page: Path, open_page, tmp_path) -> None:
    muhandis = resolve_actor(sample_graph, "Muhandis")
    name = sample_graph.g.nodes[muhandis]["name"]
    assert "Muhandis" in sample_graph.g.nodes[muhandis]["aliases"]
    page = open_page(sample_page)
    page.fill("#search", "muhandis")
    assert page.inner_text("#matches li >> nth=0").startswith(f"{name} “Muhandis”")
    page.press("#search", "Enter")
    page.wait_for_function(f"actorgraph.network.getSelectedNodes()[0] === {muhandis!r}")
    assert page.inner_text("#details h3") == name
    page.screenshot(path=tmp_path / "search.png")


def test_panel_shows_the_correction_that_reverses_the_builds_judgement(
    sample_graph: KnowledgeGraph, sample_page: Path, open_page
) -> None:
    lines = {j.what: j.reverse for j in review(sample_graph, load_gazetteer(), min_confidence=0.6)}
    page = open_page(sample_page)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.fill("#search", "Barham Saleh")
    page.press("#search", "Enter")
    assert page.inner_text("#details .correction code") == lines["'Saleh' taken for Barham Saleh (Person)"]
    page.click("#details .correction button")
    page.wait_for_function("document.querySelector('#details .correction button').textContent !== 'Copy'")
    assert page.inner_text("#details .correction button") == "Copied"  # the clipboard's write is awaited
    assert page.evaluate("navigator.clipboard.readText()") == 'split: [{alias: "Saleh", from: "Barham Saleh"}]'
    link = next(what for what in lines if re.fullmatch(r"(.+) -([A-Z_]+)-> (.+)", what))  # a link review doubts
    subject, rel_type, obj = re.fullmatch(r"(.+) -([A-Z_]+)-> (.+)", link).groups()
    page.fill("#search", subject)
    page.press("#search", "Enter")
    page.click(f"#details a >> text={subject} {rel_type} {obj}")
    assert page.inner_text("#details .correction code") == lines[link]


def hovered_edge(page: Page, kg: KnowledgeGraph, actor: str) -> tuple[dict, str, list[Evidence]]:
    """Hover the actor's edges, each at a point where it is drawn clear of the others, until one shows its own
    tooltip (vis-network's tooltip picks among crossing edges by a wider test than getEdgeAt's): the point,
    the tooltip's text and that edge's evidence in page order."""
    for s, o, k, data in kg.g.edges(keys=True, data=True):
        point = page.evaluate(EDGE_POINT, f"{s}|{k}|{o}") if actor in (s, o) else None
        if not point:
            continue
        page.mouse.move(point["x"], point["y"])
        page.wait_for_timeout(TOOLTIP_DELAY_MS)
        tooltip = page.wait_for_selector("div.vis-tooltip", state="visible").inner_text()
        head = f"{kg.g.nodes[s]['name']} {k} {kg.g.nodes[o]['name']}"
        if tooltip.startswith(head):
            return point, tooltip, sorted(data["evidence"], key=lambda e: (e.doc_id, e.start, e.end, e.method))
    raise AssertionError(f"no edge of {actor}'s could be hovered alone")


def test_edge_shows_its_evidence(sample_graph: KnowledgeGraph, sample_page: Path, open_page, tmp_path) -> None:
    page = open_page(sample_page)
    point, tooltip, evidence = hovered_edge(page, sample_graph, resolve_actor(sample_graph, "Muhandis"))
    assert words(evidence[0].sentence) in words(tooltip)
    assert f"{evidence[0].doc_id} · {evidence[0].date} · {evidence[0].certainty}" in tooltip
    page.screenshot(path=tmp_path / "tooltip.png")
    page.mouse.click(point["x"], point["y"])
    panel = page.wait_for_selector("#details:not([hidden])").inner_text()
    assert all(words(e.sentence) in words(panel) for e in evidence)


def test_filters_hide_and_show_again(sample_page: Path, open_page) -> None:
    page = open_page(sample_page)
    before = page.evaluate(DRAWN)
    row = page.locator("#f-types label >> nth=0")
    count = int(row.locator(".count").inner_text())
    row.locator("input").uncheck()
    assert page.evaluate(DRAWN)[1] == before[1] - count
    page.locator("#f-certainty input >> nth=0").uncheck()  # asserted
    page.locator("#f-certainty input >> nth=1").uncheck()  # alleged
    assert page.evaluate(DRAWN)[1] < before[1] - count
    page.click("#f-reset")
    assert page.evaluate(DRAWN) == before


NODE_POINT = """(id) => {
  const net = actorgraph.network, box = document.getElementById("graph").getBoundingClientRect();
  const at = net.canvasToDOM(net.getPosition(id));
  return {x: box.left + at.x, y: box.top + at.y};
}"""


def test_a_dragged_actor_keeps_its_place_through_a_filter(sample_graph: KnowledgeGraph, sample_page: Path, open_page):
    page = open_page(sample_page)
    muhandis = resolve_actor(sample_graph, "Muhandis")
    start = page.evaluate(NODE_POINT, muhandis)
    page.mouse.move(start["x"], start["y"])
    page.mouse.down()
    page.mouse.move(start["x"] + 60, start["y"] + 40, steps=8)
    page.mouse.up()
    moved = page.evaluate(f"actorgraph.network.getPosition({muhandis!r})")
    person = page.locator("#f-labels label", has_text="Person").locator("input")
    person.uncheck()
    assert muhandis not in page.evaluate("actorgraph.network.body.nodeIndices")
    person.check()
    assert page.evaluate(f"actorgraph.network.getPosition({muhandis!r})") == moved
    assert page.evaluate(NODE_POINT, muhandis) == pytest.approx({"x": start["x"] + 60, "y": start["y"] + 40}, abs=2)


def big_graph(n: int) -> KnowledgeGraph:
    """A scale-free graph of ``n`` actors, two links each on average."""
    rnd = random.Random(1)
    kg = KnowledgeGraph()
    for i in range(n):
        kg.add_actor(f"a{i}", "Organization", f"Group {i}", kind="armed_group", doc_id=f"d{i % 40}")
    for k, (u, v) in enumerate(nx.barabasi_albert_graph(n, 2, seed=1).edges()):
        certainty = rnd.choice(["asserted", "asserted", "alleged"])
        evidence = Evidence(f"d{k % 40}", f"Group {u} is part of Group {v}.", k, k + 30, "2020-01-01", certainty)
        kg.add_relation(f"a{u}", "MEMBER_OF", f"a{v}", evidence)
    return kg


def test_large_graph_settles_and_is_cut(open_page, tmp_path: Path) -> None:
    kg = big_graph(2000)
    report = write_html(kg, tmp_path / "big.html")
    assert report.nodes == 1500
    started = time.monotonic()
    page = open_page(report.path)
    assert time.monotonic() - started < 60
    assert page.evaluate(DRAWN) == [report.nodes, report.edges]
    assert page.evaluate("actorgraph.network.physics.physicsEnabled") is False
    assert page.inner_text("#notes").startswith("Showing the 1,500 most connected of 2,000 actors")
    # At the fitted zoom the most connected actor's label is readable, a minor actor's is left out until zoomed in;
    # so are arrow heads.
    shown = page.evaluate("actorgraph.network.body.nodeIndices")
    hub, minor = max(shown, key=kg.g.degree), min(shown, key=kg.g.degree)
    assert page.evaluate(LABEL_PX, hub) >= 12 and page.evaluate(LABEL_PX, minor) == 0
    arrow = "actorgraph.network.body.edges[actorgraph.network.getConnectedEdges('a0')[0]].options.arrows.to.enabled"
    assert page.evaluate("actorgraph.network.getScale()") < 0.35 and page.evaluate(arrow) is False
    page.fill("#search", kg.g.nodes[minor]["name"])
    page.press("#search", "Enter")
    page.wait_for_function(f"actorgraph.network.getSelectedNodes()[0] === {minor!r}")
    page.wait_for_function(arrow, timeout=10_000)  # once the view has arrived
    assert page.evaluate(LABEL_PX, minor) >= 12
    page.screenshot(path=tmp_path / "big.png")


def test_empty_graph_page(open_page, tmp_path: Path) -> None:
    page = open_page(write_html(KnowledgeGraph(), tmp_path / "empty.html").path)
    assert page.evaluate(DRAWN) == [0, 0]
    assert page.inner_text("#status") == "Shown: 0 of 0 actors, 0 of 0 links."
