// actorgraph page script: legend with filters, search by any name or alias, evidence tooltips, details panel.
// Its data is the JSON in #graph-data: vis-network nodes (each with an `actor`) and edges (each with a `rel`
// holding its evidence) made in graph/html.py, the network options, and `meta` (title, notes,
// legend entries, date range). Text always enters the page as text, never as HTML.
"use strict";
(() => {
  const { nodes: NODES, edges: EDGES, options: OPTIONS, meta: META } = JSON.parse(
    document.getElementById("graph-data").textContent,
  );
  const $ = (id) => document.getElementById(id);
  const TIP_EVIDENCE = 3; // evidence items in a tooltip; the details panel shows all
  const LEGIBLE = 12; // actors whose labels are readable at the fitted zoom, the most connected
  const LEGIBLE_PX = [13, 17]; // their labels' size on screen there, from the last of them to the first
  const ARROW_SCALE = 0.35; // below this zoom an arrow head is under 4 px
  const SMOOTH_FRAME_MS = 25; // frames drawn faster than this animate a jump smoothly; slower ones jump at once

  function h(tag, props, ...children) {
    const el = Object.assign(document.createElement(tag), props);
    el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
    return el;
  }
  const number = new Intl.NumberFormat(); // one formatter: toLocaleString makes a new one on each call
  const plural = (n, word) => `${number.format(n)} ${word}${n === 1 ? "" : "s"}`;
  const listing = (items, max) =>
    items.slice(0, max).join(", ") + (items.length > max ? ` … +${items.length - max} more` : "");
  const norm = (s) =>
    s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’‘`ʼ]/g, "")
      .replace(/[^\p{L}\p{N}_]+/gu, " ").trim().replace(/^the\s+/, "");

  const byId = new Map(NODES.map((n) => [n.id, n]));
  const nameOf = (id) => byId.get(id).actor.name;
  const describe = (a) => [a.label, a.kind].filter(Boolean).join(" · ") + (a.date ? ` · ${a.date}` : "");
  const edgeText = (e) => `${nameOf(e.from)} ${e.label} ${nameOf(e.to)}`;

  // -- tooltips ------------------------------------------------------------------------------
  function evidenceItem(ev) {
    const where = [ev.doc_id, ev.date, ev.certainty, ev.source && `according to ${ev.source}`];
    return [h("blockquote", { className: ev.certainty }, ev.sentence),
      h("div", { className: "muted" }, where.filter(Boolean).join(" · "))];
  }
  function nodeTip({ actor: a }) {
    return h("div", {}, h("b", {}, a.name), h("div", { className: "muted" }, describe(a)),
      a.aliases.length ? h("div", {}, `Also: ${listing(a.aliases, 12)}`) : null,
      h("div", {}, `${plural(a.doc_ids.length, "document")}: ${listing(a.doc_ids, 6)}`),
      h("div", { className: "muted" }, plural(a.links, "link")));
  }
  function edgeTip(e) {
    const ev = e.rel.evidence;
    return h("div", {}, h("b", {}, edgeText(e)),
      h("div", { className: "muted" }, `${e.rel.certainty} · ${plural(ev.length, "mention")}`),
      ev.slice(0, TIP_EVIDENCE).map(evidenceItem),
      ev.length > TIP_EVIDENCE ? h("div", { className: "muted" }, `… ${ev.length - TIP_EVIDENCE} more: click the link`) : null);
  }

  // -- filters: the legend's checkboxes and the date range -------------------------------------
  const filters = { labels: new Set(), types: new Set(), certainty: new Set(), from: "", to: "", unlinked: false };
  const shown = { nodes: new Set(), edges: new Set() };
  const linked = new Set(EDGES.flatMap((e) => [e.from, e.to]));
  const keptEvidence = (ev) => filters.certainty.has(ev.certainty)
    && (!filters.from || ev.date >= filters.from) && (!filters.to || (ev.date && ev.date <= filters.to));

  function computeShown() {
    const labelOk = (id) => filters.labels.has(byId.get(id).actor.label);
    const edges = EDGES.filter((e) => filters.types.has(e.rel.type) && labelOk(e.from) && labelOk(e.to)
      && e.rel.evidence.some(keptEvidence));
    const ends = new Set(edges.flatMap((e) => [e.from, e.to]));
    shown.edges = new Set(edges.map((e) => e.id));
    // An actor that lost all its links to the filters goes too; one that never had any shows when asked.
    shown.nodes = new Set(NODES.filter((n) => labelOk(n.id)
      && (ends.has(n.id) || (filters.unlinked && !linked.has(n.id)))).map((n) => n.id));
  }

  const boxes = []; // [group, name, checkbox] for each legend row
  function legendRow(group, item, swatch) {
    filters[group].add(item.name);
    const box = h("input", { type: "checkbox", checked: true });
    box.addEventListener("change", () => {
      if (box.checked) filters[group].add(item.name); else filters[group].delete(item.name);
      applyFilters();
    });
    boxes.push([group, item.name, box]);
    return h("label", {}, box, swatch, item.name, h("span", { className: "count" }, item.count.toLocaleString()));
  }
  $("f-labels").append(...META.labels.map((l) =>
    legendRow("labels", l, h("span", { className: `swatch ${l.shape}`, style: `background:${l.colour}` }))));
  $("f-types").append(...META.types.map((t) =>
    legendRow("types", t, h("span", { className: "line", style: `border-color:${t.colour}` }))));
  $("f-certainty").append(...META.certainty.map((c) =>
    legendRow("certainty", c, h("span", { className: `line ${c.name}` }))));
  for (const input of [$("f-from"), $("f-to")]) {
    if (META.dates.length) [input.min, input.max] = META.dates;
    else input.disabled = true;
    input.addEventListener("change", () => {
      [filters.from, filters.to] = [$("f-from").value, $("f-to").value];
      applyFilters();
    });
  }
  $("unlinked-n").textContent = NODES.filter((n) => !linked.has(n.id)).length.toLocaleString();
  $("f-unlinked").addEventListener("change", () => {
    filters.unlinked = $("f-unlinked").checked;
    applyFilters();
  });
  $("f-reset").addEventListener("click", () => {
    for (const [group, name, box] of boxes) {
      box.checked = true;
      filters[group].add(name);
    }
    $("f-from").value = $("f-to").value = filters.from = filters.to = "";
    applyFilters();
  });
  $("notes").append(...META.notes.map((note) => h("p", {}, note)));

  // -- the network -----------------------------------------------------------------------------
  computeShown();
  const nodeData = new vis.DataSet(NODES);
  const edgeData = new vis.DataSet(EDGES);
  const nodeView = new vis.DataView(nodeData, { filter: (n) => shown.nodes.has(n.id) });
  const edgeView = new vis.DataView(edgeData, { filter: (e) => shown.edges.has(e.id) });
  const network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, OPTIONS);

  // vis-network draws the whole network after each change of its data; the changes made in batch() are drawn
  // once, in the next frame (it blocks those redraws with its own internal events, as its stabilisation does).
  function batch(change) {
    network.body.emitter.emit("_blockRedraw");
    try {
      change();
    } finally {
      network.body.emitter.emit("_allowRedraw");
    }
    network.body.emitter.emit("_requestRedraw");
  }

  // The most connected actors' labels are readable as the page opens: the first LEGIBLE by links are drawn
  // LEGIBLE_PX on screen at the fitted zoom (the first largest), the others at the options' size, which
  // vis-network leaves out under their drawThreshold, so they appear as one zooms in.
  function legibleLabels() {
    const scale = network.getScale(), base = OPTIONS.nodes.font.size, [least, most] = LEGIBLE_PX;
    const top = [...shown.nodes].map((id) => byId.get(id))
      .sort((a, b) => b.actor.links - a.actor.links || a.actor.name.localeCompare(b.actor.name)).slice(0, LEGIBLE);
    const px = (rank) => most - ((most - least) * rank) / Math.max(1, top.length - 1);
    return top.map(({ id }, rank) => ({ id, font: { size: Math.max(base, px(rank) / scale) } }));
  }
  batch(() => nodeData.update(legibleLabels()));

  function applyFilters() {
    // Keep where the actors leaving the view are (physics or a drag may have moved them), so they come back there.
    const before = shown.nodes;
    computeShown();
    const leaving = [...before].filter((id) => !shown.nodes.has(id));
    batch(() => {
      nodeData.update(Object.entries(network.getPositions(leaving)).map(([id, { x, y }]) => ({ id, x, y })));
      nodeView.refresh();
      edgeView.refresh();
    });
    showStatus();
  }
  function showStatus() {
    const count = (n, total, word) => `${number.format(n)} of ${plural(total, word)}`;
    $("status").textContent = `Shown: ${count(shown.nodes.size, NODES.length, "actor")},`
      + ` ${count(shown.edges.size, EDGES.length, "link")}.`;
  }
  showStatus();

  // Laid out before the page opened: physics only when asked for.
  $("f-physics").addEventListener("change", () => {
    network.setOptions({ physics: { enabled: $("f-physics").checked } });
  });
  window.actorgraph = { network, ready: true }; // for the browser tests, and a look from the console

  // A tooltip is made when its actor or link is first hovered: thousands made up front would slow the opening.
  function withTip(data, id, tip) {
    const item = data.get(id);
    if (!item.title) batch(() => data.update({ id, title: tip(item) }));
  }
  network.on("hoverNode", ({ node }) => withTip(nodeData, node, nodeTip));
  network.on("hoverEdge", ({ edge }) => withTip(edgeData, edge, edgeTip));

  // Arrow heads are drawn from ARROW_SCALE up: below it they are too small to see, and take vis-network a third
  // of each frame (where each link meets its actor's outline) on large graphs.
  let arrows = true;
  function arrowsForZoom() {
    const wanted = network.getScale() >= ARROW_SCALE;
    if (wanted !== arrows) network.setOptions({ edges: { arrows: { to: { enabled: (arrows = wanted) } } } });
  }
  arrowsForZoom();
  network.on("zoom", arrowsForZoom);
  network.on("animationFinished", arrowsForZoom);

  // How long the recent frames took to draw: a jump is animated only where they were all quick.
  let frameStart = 0;
  let frameMs = [];
  network.on("beforeDrawing", () => { frameStart = performance.now(); });
  network.on("afterDrawing", () => { frameMs = [...frameMs.slice(-9), performance.now() - frameStart]; });

  // -- details panel -----------------------------------------------------------------------------
  const actorLink = (id) => h("a", { onclick: () => focusActor(id) }, nameOf(id));
  function showPanel(...content) {
    const panel = $("details");
    const close = h("button", { className: "close", type: "button", title: "Close" }, "×");
    close.addEventListener("click", () => { panel.hidden = true; });
    panel.replaceChildren(close, h("div", {}, content));
    panel.hidden = false;
  }
  // A line of corrections.yaml (as `actorgraph review` prints it) with a button that copies it.
  function correction(line) {
    const code = h("code", {}, line);
    const copy = h("button", { type: "button", className: "copy" }, "Copy");
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(line);
        copy.textContent = "Copied";
      } catch { // no clipboard here: select the line for the reader's own Ctrl-C
        getSelection().selectAllChildren(code);
        copy.textContent = "Press Ctrl-C";
      }
    });
    return h("div", { className: "correction" }, code, copy);
  }
  function showNode(id) {
    const { actor: a } = byId.get(id);
    const links = EDGES.filter((e) => e.from === id || e.to === id);
    showPanel(h("h3", {}, a.name), h("div", { className: "muted" }, describe(a)),
      a.aliases.length ? h("p", {}, `Also written: ${a.aliases.join(", ")}`) : null,
      a.review.length ? [h("h2", {}, "Review"), h("div", { className: "muted" }, "Names the build bound to this actor"
        + " on its own. To undo one, add its line to corrections.yaml:"),
      a.review.map(({ what, line }) => [h("div", {}, what), correction(line)])] : null,
      h("p", {}, `Documents: ${a.doc_ids.join(", ")}`),
      h("h2", {}, plural(links.length, "link")),
      h("ul", {}, links.map((e) => h("li", {}, h("a", { onclick: () => showEdge(e.id) }, edgeText(e)),
        h("span", { className: "muted" }, ` (${e.rel.evidence.length})`)))));
  }
  function showEdge(id) {
    const e = edgeData.get(id);
    showPanel(h("h3", {}, actorLink(e.from), ` ${e.label} `, actorLink(e.to)),
      h("div", { className: "muted" }, `${e.rel.certainty} · ${plural(e.rel.evidence.length, "mention")}`),
      e.rel.evidence.map((ev) => [...evidenceItem(ev),
        h("div", { className: "muted" }, `found by ${ev.method || "?"}, confidence ${ev.confidence}`)]),
      e.rel.reverse ? [h("h2", {}, "Review"), h("div", { className: "muted" }, "To reject this link, add this"
        + " line to corrections.yaml, with your reason:"), correction(e.rel.reverse)] : null);
  }
  network.on("click", ({ nodes, edges }) => {
    if (nodes.length) showNode(nodes[0]);
    else if (edges.length) showEdge(edges[0]);
    else $("details").hidden = true;
  });

  // -- search --------------------------------------------------------------------------------------
  const index = NODES.map((n) => ({ id: n.id, names: [n.actor.name, ...n.actor.aliases].map((s) => [s, norm(s)]) }));
  function findActors(query, max = 8) {
    const q = norm(query);
    if (!q) return [];
    const rank = (key) => (key === q ? 0 : key.startsWith(q) ? 1 : ` ${key}`.includes(` ${q}`) ? 2 : key.includes(q) ? 3 : 9);
    return index
      .map(({ id, names }) => names.map(([name, key]) => ({ id, name, score: rank(key) }))
        .reduce((best, m) => (m.score < best.score ? m : best)))
      .filter((m) => m.score < 9)
      .sort((a, b) => a.score - b.score || byId.get(b.id).actor.links - byId.get(a.id).actor.links)
      .slice(0, max);
  }
  function focusActor(id) {
    showNode(id);
    if (!shown.nodes.has(id)) {
      $("status").textContent = `${nameOf(id)} is hidden by the filters: “Show all” brings it back.`;
      return;
    }
    // Centre it in the part of the network the details panel leaves uncovered.
    const offset = { x: -$("details").offsetWidth / 2, y: 0 };
    const scale = Math.max(network.getScale(), 1.2);
    if (Math.max(...frameMs) < SMOOTH_FRAME_MS) {
      network.selectNodes([id]);
      network.focus(id, { scale, offset, animation: { duration: 400 } });
    } else { // frames too slow to animate: there at once, drawn once
      batch(() => {
        network.selectNodes([id]);
        network.focus(id, { scale, offset, animation: false });
        arrowsForZoom();
      });
    }
  }
  const search = $("search");
  search.addEventListener("input", () => {
    $("matches").replaceChildren(...findActors(search.value).map(({ id, name }) => h("li", { onclick: () => focusActor(id) },
      nameOf(id), name !== nameOf(id) ? h("small", {}, ` “${name}”`) : null,
      h("small", {}, ` · ${byId.get(id).actor.label}`))));
  });
  search.addEventListener("keydown", (event) => {
    const [best] = findActors(search.value, 1);
    if (event.key === "Enter" && best) focusActor(best.id);
  });
})();
