"""The graph as one self-contained HTML page that opens offline from disk.

The nodes, edges and options are vis-network's; the page inlines pyvis's copy of
vis-network and a small script and stylesheet of our own (``html_template/``) that add the
legend with its filters, the search box, the evidence tooltips and a details panel. The page
fetches nothing.

A page shows the whole graph, one actor's neighbourhood (``around``) or the shortest paths
between two actors (``path``), after optional filters; more than ``max_nodes`` actors are cut
to the most connected ones, and the page says so.

>>> kg = KnowledgeGraph()
>>> kg.add_actor("kataib-hezbollah", "Organization", "Kataib Hezbollah", kind="armed_group", doc_id="d1")
>>> kg.add_actor("abu-mahdi-al-muhandis", "Person", "Abu Mahdi al-Muhandis", aliases=["Muhandis"], doc_id="d1")
>>> kg.add_actor("iran", "Country", "Iran", doc_id="d1")
>>> ev = Evidence("d1", "Kataib Hezbollah is run by Abu Mahdi al-Muhandis.", 0, 49, "2019-12-28")
>>> kg.add_relation("abu-mahdi-al-muhandis", "LEADS", "kataib-hezbollah", ev)
True
>>> ev = Evidence("d1", "Kataib Hezbollah is believed to be backed by Iran.", 50, 99, certainty="alleged")
>>> kg.add_relation("iran", "FUNDS", "kataib-hezbollah", ev)
True
>>> page = render_html(kg, around="Muhandis")
>>> page.report.title, page.report.nodes, page.report.edges
('Around Abu Mahdi al-Muhandis (1 hop)', 2, 1)
>>> render_html(kg, path=("Muhandis", "Iran")).report.nodes
3
"""

from __future__ import annotations

import html
import importlib.util
import math
import random
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import igraph
import networkx as nx
import orjson
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from graph.corrections import ANALYST, alias_judgements, reject_line
from graph.errors import ActorGraphError
from graph.export import atomic_write_text, graph_data, json_record
from graph.gazetteer import load_gazetteer
from graph.kg import CERTAINTY_ORDER, Evidence, KnowledgeGraph
from queries.paths import MAX_HOPS, links
from queries.resolve import resolve_actor

TEMPLATE_DIR = Path(__file__).with_name("html_template")
# pyvis's copy of vis-network, found without importing pyvis (which imports IPython: a fifth of a second a build)
VIS_DIR = Path(importlib.util.find_spec("pyvis").origin).with_name("templates") / "lib" / "vis-9.1.2"

# Shape and colour of each node label; the legend is drawn from this.
LABEL_STYLE: dict[str, tuple[str, str]] = {
    "Person": ("dot", "#4e79a7"),
    "Organization": ("square", "#f28e2b"),
    "Country": ("diamond", "#59a14f"),
    "Location": ("triangle", "#9c755f"),
    "Event": ("star", "#e15759"),
}
# A colour per relationship type: command and membership in blues, support in greens and teal,
# hostility in related warm shades (reds, oranges, browns), places in greys.
TYPE_COLOUR: dict[str, str] = {
    "LEADS": "#1f4e8c",
    "DEPUTY_OF": "#4e79a7",
    "MEMBER_OF": "#76a5d6",
    "WORKS_FOR": "#7b5ea7",
    "FUNDS": "#2e8b3a",
    "ALLIED_WITH": "#59a14f",
    "AFFILIATED_WITH": "#17a2a2",
    "MET_WITH": "#b07aa1",
    "ATTACKED": "#c0231f",
    "THREATENED": "#e8603c",
    "OPPOSES": "#f28e2b",
    "SANCTIONED_BY": "#d4a017",
    "BLAMED_FOR": "#8b1a4a",
    "TARGETED": "#a0522d",
    "BASED_IN": "#8c8c8c",
    "LOCATED_IN": "#b0b0b0",
    "OCCURRED_AT": "#6b6b6b",
}
OTHER_COLOUR = "#777777"
NEGATED_COLOUR = "#b8b8b8"
# A solid line is asserted, dashes alleged, dots negated (vis-network dash patterns).
DASHES: dict[str, bool | list[int]] = {"asserted": False, "alleged": [8, 6], "negated": [2, 5]}
MAX_PATHS = 25
NODE_SIZE = (8, 30)  # px at zoom 1: an actor with no link, the most connected one
EVIDENCE_FIELDS = [f for f in Evidence.__dataclass_fields__ if f not in ("start", "end")]
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


@dataclass
class HtmlReport:
    """What a page shows: its title, the actors and links shown and in the graph, and notes for the reader."""

    title: str
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    notes: list[str] = field(default_factory=list)
    path: Path | None = None


@dataclass
class HtmlPage:
    """A rendered page; Jupyter shows it inline in a frame."""

    html: str
    report: HtmlReport
    height: int = 650

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html)}" title="{html.escape(self.report.title)}"'
            f' style="width:100%;height:{self.height}px;border:1px solid #ddd"></iframe>'
        )


@dataclass
class _View:
    """What one page shows: node-link dicts by id, the actors it centres on, and notes."""

    nodes: dict[str, dict]
    edges: list[dict]
    degree: Counter  # links per actor in the filtered graph, drawn as node size
    title: str = "Actor graph"
    focus: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def render_html(
    kg: KnowledgeGraph,
    *,
    around: str | None = None,
    hops: int = 1,
    path: tuple[str, str] | None = None,
    types: Collection[str] = (),
    labels: Collection[str] = (),
    certainty: Collection[str] = (),
    since: str | None = None,
    until: str | None = None,
    max_nodes: int = 1500,
    data: dict | None = None,
) -> HtmlPage:
    """Render the graph, or one view of it, as a self-contained HTML page.

    ``around`` (an actor's name or alias) with ``hops`` shows a neighbourhood; ``path``
    (two names) shows the shortest paths between two actors. ``types``, ``labels`` and
    ``certainty`` keep only those relationship types, node labels and certainty values;
    ``since``/``until`` (ISO dates) keep only evidence dated within the range. Raises
    :class:`ActorGraphError` for an unknown name, type, label or certainty, or a bad date. ``data``: the
    graph's :func:`~graph.export.graph_data`, when the caller has it already.
    """
    if around and path:
        raise ActorGraphError("choose one view: --around or --path, not both")
    if hops < 1 or max_nodes < 1:
        raise ActorGraphError("--hops and --max-nodes must be at least 1")
    data = data or graph_data(kg)
    view = _filtered(data, kg, types, labels, certainty, since, until)
    if around:
        _around(view, data, resolve_actor(kg, around), hops)
    elif path:
        _between(view, kg, data, *(resolve_actor(kg, name) for name in path))
    if len(view.nodes) > max_nodes:
        _cut(view, max_nodes)
    counts = len(view.nodes), len(view.edges), len(data["nodes"]), len(data["edges"])
    return HtmlPage(_page(_network(view, kg), view), HtmlReport(view.title, *counts, notes=view.notes))


def write_html(kg: KnowledgeGraph, out: Path, **view: object) -> HtmlReport:
    """Write the page of :func:`render_html` (same keyword arguments) to ``out``, atomically."""
    page = render_html(kg, **view)
    atomic_write_text(Path(out), page.html)
    page.report.path = Path(out)
    return page.report


# -- choosing what to show ---------------------------------------------------------------------
def _known(given: Collection[str], known: Collection[str], what: str) -> set[str]:
    """The values to keep: those given (checked against the known ones), or all when none are given."""
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise ActorGraphError(f"unknown {what} {', '.join(unknown)}; choose from {', '.join(known)}")
    return set(given or known)


def _iso(day: str | None, option: str) -> str:
    if not day:
        return ""
    try:
        return date.fromisoformat(day).isoformat()
    except ValueError:
        raise ActorGraphError(f"{option} {day!r}: expected a date such as 2019-12-28") from None


def _filtered(
    data: dict,
    kg: KnowledgeGraph,
    types: Collection[str],
    labels: Collection[str],
    certainty: Collection[str],
    since: str | None,
    until: str | None,
) -> _View:
    """The graph with only the evidence, links and actors the filters keep.

    A link stays while some of its evidence does; an actor that loses all its links to a
    filter goes too.
    """
    keep_types = _known(types, kg.ontology.relations, "relationship type(s)")
    keep_labels = _known(labels, kg.ontology.labels, "label(s)")
    keep_certainty = _known(certainty, kg.ontology.certainty, "certainty value(s)")
    start, end = _iso(since, "--since"), _iso(until, "--until")

    def kept(ev: dict) -> bool:
        dated = (not start or ev["date"] >= start) and (not end or "" < ev["date"] <= end)
        return ev["certainty"] in keep_certainty and dated

    nodes = {n["id"]: n for n in data["nodes"] if n["label"] in keep_labels}
    edges = []
    for e in data["edges"]:
        evidence = [ev for ev in e["evidence"] if kept(ev)]
        if not (evidence and e["type"] in keep_types and e["source"] in nodes and e["target"] in nodes):
            continue
        if len(evidence) == len(e["evidence"]):  # all kept: its count and certainty stand (a build's whole page)
            edges.append(e)
            continue
        surest = min((ev["certainty"] for ev in evidence), key=CERTAINTY_ORDER.index)
        edges.append({**e, "evidence": evidence, "count": len(evidence), "certainty": surest})
    degree = Counter(actor for e in edges for actor in (e["source"], e["target"]))
    view = _View(nodes, edges, degree)
    if types or certainty or start or end:
        view.nodes = {k: n for k, n in nodes.items() if degree[k]}
    if types or labels or certainty or start or end:
        parts = [", ".join(sorted(chosen)) for chosen in (types, labels, certainty) if chosen]
        if start or end:
            parts.append(f"evidence dated {start or '…'} to {end or '…'}")
        view.notes.append(f"Filtered: {'; '.join(parts)}.")
    return view


def _around(view: _View, data: dict, centre: str, hops: int) -> None:
    """Narrow the view to the actors within ``hops`` links of ``centre``."""
    everyone = {n["id"]: n for n in data["nodes"]}
    linked = nx.Graph()  # who is linked to whom, either way
    linked.add_nodes_from((*view.nodes, centre))
    linked.add_edges_from((e["source"], e["target"]) for e in view.edges)
    near = nx.single_source_shortest_path_length(linked, centre, cutoff=hops)
    view.nodes = {k: everyone[k] for k in near}
    view.edges = [e for e in view.edges if e["source"] in near and e["target"] in near]
    view.title = f"Around {everyone[centre]['name']} ({hops} hop{'s' if hops > 1 else ''})"
    view.focus = {centre}


def _between(view: _View, kg: KnowledgeGraph, data: dict, a: str, b: str) -> None:
    """Narrow the view to the shortest paths between ``a`` and ``b`` (as :func:`queries.paths.links` finds them)."""
    everyone = {n["id"]: n for n in data["nodes"]}
    names = f"{everyone[a]['name']} and {everyone[b]['name']}"
    paths = links(kg, a, b, limit=MAX_PATHS)
    if not paths:
        view.notes.append(f"No link within {MAX_HOPS} hops between {names} in this graph.")
    steps = {frozenset((hop.start, hop.end)) for p in paths for hop in p}
    view.nodes = {k: everyone[k] for k in {a, b}.union(*steps)}
    view.edges = [e for e in view.edges if frozenset((e["source"], e["target"])) in steps]
    view.title = f"Paths between {names}"
    view.focus = {a, b}
    if len(paths) == MAX_PATHS:
        view.notes.append(f"Showing the first {MAX_PATHS} shortest paths.")


def _cut(view: _View, max_nodes: int) -> None:
    """Keep the ``max_nodes`` most connected actors (and those in focus) and the links among them."""
    ranked = sorted(view.nodes, key=lambda k: (k not in view.focus, -view.degree[k], k))
    kept = set(ranked[:max_nodes])
    total_nodes, total_edges = len(view.nodes), len(view.edges)
    view.nodes = {k: n for k, n in view.nodes.items() if k in kept}
    view.edges = [e for e in view.edges if e["source"] in kept and e["target"] in kept]
    view.notes.insert(
        0,
        f"Showing the {len(view.nodes):,} most connected of {total_nodes:,} actors"
        f" ({len(view.edges):,} of {total_edges:,} links). Narrow it with --around, --path or the filters.",
    )


# -- drawing -----------------------------------------------------------------------------------
def _layout(view: _View) -> dict[str, tuple[int, int]]:
    """Where each actor is drawn, computed here so the page opens laid out (igraph's Fruchterman-Reingold,
    seeded, so the same graph is always drawn the same); actors with no link go in a grid below."""
    ids = sorted(view.nodes)
    index = {k: i for i, k in enumerate(ids)}
    pairs = sorted(
        {(min(index[e["source"]], index[e["target"]]), max(index[e["source"]], index[e["target"]])) for e in view.edges}
    )
    linked = sorted({i for pair in pairs for i in pair})
    spread = 150 * math.sqrt(max(len(linked), 1))  # about 150 px between neighbours
    at: dict[str, tuple[int, int]] = {}
    if linked:
        where = {old: new for new, old in enumerate(linked)}
        graph = igraph.Graph(n=len(linked), edges=[(where[a], where[b]) for a, b in pairs])
        igraph.set_random_number_generator(random.Random(7))
        coords = graph.layout_fruchterman_reingold(niter=500).coords
        xs, ys = [c[0] for c in coords], [c[1] for c in coords]
        left, top = min(xs), min(ys)
        scale = spread / max(max(xs) - left, max(ys) - top, 1e-9)
        for old, (x, y) in zip(linked, coords, strict=True):
            at[ids[old]] = (round((x - left) * scale - spread / 2), round((y - top) * scale - spread / 2))
    placed = set(linked)
    alone = [k for i, k in enumerate(ids) if i not in placed]
    columns = max(1, math.isqrt(len(alone)))
    for n, k in enumerate(alone):
        at[k] = (round(-spread / 2 + 80 * (n % columns)), round(spread / 2 + 120 + 60 * (n // columns)))
    return at


def _network(view: _View, kg: KnowledgeGraph) -> dict:
    """The view as vis-network data: styled, laid-out nodes and edges, carrying their data for the page's
    script (with the corrections that would reverse the build's judgements, as ``actorgraph review`` prints
    them), and the network's options."""
    at = _layout(view)
    gazetteer = load_gazetteer()
    most = max((view.degree[k] for k in view.nodes), default=0)
    nodes, edges = [], []
    for k, n in view.nodes.items():
        shape, colour = LABEL_STYLE.get(n["label"], ("dot", OTHER_COLOUR))
        kind = (n["kind"] or "").replace("_", " ")
        selected = {"background": colour, "border": "#111111"}
        nodes.append(
            {
                "id": k,
                "label": f"{n['name']}\n({kind})" if kind else n["name"],
                "shape": shape,
                "color": {
                    "background": colour,
                    "border": "#222222" if k in view.focus else colour,
                    "highlight": selected,
                    "hover": selected,
                },
                "borderWidth": 4 if k in view.focus else 1,
                "size": _size(view.degree[k], most),
                "x": at[k][0],
                "y": at[k][1],
                "actor": {
                    "name": n["name"],
                    "label": n["label"],
                    "kind": kind,
                    "aliases": n["aliases"],
                    "doc_ids": n["doc_ids"],
                    "date": n.get("date", ""),
                    "links": view.degree[k],
                    "review": [{"what": j.what, "line": j.reverse} for j in alias_judgements(kg, gazetteer, k)],
                },
            }
        )
    between: Counter = Counter()  # edges drawn so far between each pair of actors
    for e in view.edges:
        s, t, certainty = e["source"], e["target"], e["certainty"]
        pair = (min(s, t), max(s, t))
        analysts = all(ev.method == ANALYST for ev in kg.g.edges[s, t, e["type"]]["evidence"])
        edge = {
            "id": f"{s}|{e['type']}|{t}",
            "from": s,
            "to": t,
            "label": ("NOT " if certainty == "negated" else "") + e["type"],
            "dashes": DASHES.get(certainty, False),
            "color": NEGATED_COLOUR if certainty == "negated" else TYPE_COLOUR.get(e["type"], OTHER_COLOUR),
            "width": min(6.0, 1.5 + math.log2(e["count"])),
            "smooth": _bend(between[pair], reverse=s != pair[0]),
            "rel": {
                "type": e["type"],
                "certainty": certainty,
                "evidence": [{f: ev[f] for f in EVIDENCE_FIELDS} for ev in e["evidence"]],
                # An analyst's own link is undone in the corrections file, not rejected there.
                "reverse": "" if analysts else reject_line(kg, s, e["type"], t),
            },
        }
        if e["symmetric"]:  # no arrow head; the others take the network's, which the page switches by zoom
            edge["arrows"] = {"to": {"enabled": False}}
        edges.append(edge)
        between[pair] += 1
    return {"nodes": nodes, "edges": edges, "options": _options(len(view.nodes))}


def _size(links: int, most: int) -> float:
    """How large an actor is drawn: from NODE_SIZE's least (no link) to its most (the most links), by its links.

    Fixed here rather than scaled by vis-network, which would rescale every actor on each change of its data.

    >>> _size(0, 10), _size(5, 10), _size(10, 10), _size(0, 0)
    (8.0, 19.0, 30.0, 8.0)
    """
    least, largest = NODE_SIZE
    return round(least + (largest - least) * links / max(most, 1), 1)


def _bend(nth: int, reverse: bool) -> dict:
    """The first edge between two actors is straight; further ones curve out, alternately on either side."""
    if nth == 0:
        return {"enabled": False}
    clockwise = (nth % 2 == 1) != reverse
    return {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW", "roundness": 0.2 * ((nth + 1) // 2)}


def _options(n_nodes: int) -> dict:
    """vis-network options: actors come laid out (:func:`_layout`), so physics is off until the page's
    tick box turns it on; labels too small to read are not drawn, and large graphs hide their links
    while the view moves."""
    return {
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -120, "springLength": 150, "avoidOverlap": 0.5},
            "stabilization": {"enabled": False},
            "minVelocity": 1.0,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": n_nodes > 500,
            "hideEdgesOnZoom": n_nodes > 500,
            "keyboard": False,
        },
        "nodes": {
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            # Labels under 8 px on screen are not drawn (the page makes the most connected readable), none over 22.
            "scaling": {"label": {"drawThreshold": 8, "maxVisible": 22}},
        },
        "edges": {
            "font": {"size": 10, "face": "system-ui, sans-serif", "color": "#444444", "strokeWidth": 3},
            "scaling": {"label": {"drawThreshold": 10}},  # a link's type shows from 9 px up; its colour says it before
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
    }


def _legend(view: _View) -> dict:
    """The legend's entries, with counts: labels, relationship types, certainty; and the evidence's date range."""
    labels = Counter(n["label"] for n in view.nodes.values())
    order = [*LABEL_STYLE, *sorted(set(labels) - set(LABEL_STYLE))]
    types = Counter(e["type"] for e in view.edges)
    certainty = Counter(e["certainty"] for e in view.edges)
    dates = sorted(ev["date"] for e in view.edges for ev in e["evidence"] if ev["date"])
    return {
        "labels": [
            {"name": label, "shape": shape, "colour": colour, "count": labels[label]}
            for label in order
            if labels[label]
            for shape, colour in [LABEL_STYLE.get(label, ("dot", OTHER_COLOUR))]
        ],
        "types": [{"name": t, "colour": TYPE_COLOUR.get(t, OTHER_COLOUR), "count": types[t]} for t in sorted(types)],
        "certainty": [{"name": c, "count": certainty[c]} for c in CERTAINTY_ORDER],
        "dates": [dates[0], dates[-1]] if dates else [],
    }


def _asset(path: Path) -> str:
    """A script or stylesheet to inline, without the source-map comment a browser would try to fetch."""
    return _SOURCE_MAP.sub("", path.read_text(encoding="utf-8"))


def script_json(data: object) -> Markup:
    r"""``data`` as JSON to inline in a ``<script>`` element, as jinja's ``tojson`` filter writes it with
    :func:`~graph.export.json_record` (``<``, ``>``, ``&`` and ``'`` as ``\u`` escapes), but escaped in orjson's
    UTF-8 bytes (a few scans of one byte a character, where the text of a page with non-Latin names takes four).

    >>> str(script_json({"b": "<Hamas & 'PIJ'>", "a": "Ö"}))
    '{"a":"Ö","b":"\\u003cHamas \\u0026 \\u0027PIJ\\u0027\\u003e"}'
    >>> script_json({"a": "\ud800"}) == htmlsafe_json_dumps({"a": "\ud800"}, dumps=json_record)
    True
    """
    try:
        encoded = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # a lone surrogate: json_record's own fallback, escaped as the filter escapes it
        return htmlsafe_json_dumps(data, dumps=json_record)
    for character, escaped in ((b"<", b"\\u003c"), (b">", b"\\u003e"), (b"&", b"\\u0026"), (b"'", b"\\u0027")):
        encoded = encoded.replace(character, escaped)
    return Markup(encoded.decode())


def _page(network: dict, view: _View) -> str:
    """The page: the template with vis-network, our script and style, and the graph's data inlined."""
    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(default=True))
    return env.get_template("page.html").render(
        title=view.title,
        vis_css=_asset(VIS_DIR / "vis-network.css"),
        vis_js=_asset(VIS_DIR / "vis-network.min.js"),
        app_css=_asset(TEMPLATE_DIR / "actorgraph.css"),
        app_js=_asset(TEMPLATE_DIR / "actorgraph.js"),
        data=script_json({**network, "meta": {**_legend(view), "notes": view.notes}}),
    )
