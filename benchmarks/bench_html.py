"""HTML page benchmark: a generated graph of 2,000 actors and 6,000 links, written as ``actorgraph html`` writes
it, opened in headless Chromium.

    .venv/bin/python benchmarks/bench_html.py [--actors 2000 --links 6000 --repeat 12]

The graph is ``bench_store.generate``'s (seeded: labels in the ontology's proportions, every
relationship type in turn between the labels it allows). Reports, in the page's own clock
(``performance.now()``, from the start of navigation):

- the time until the network is drawn and the search box has answered a query (target <= 2 s; the median
  of ``--opens`` openings);
- the median time of a filter change (a legend box unticked or ticked again) until the network
  has redrawn it, and of a jump to an actor (Enter in the search box) until the details panel
  is filled and the view has started to move, and until it has arrived (target <= 200 ms each);
- frames per second while the view is dragged, and the median time to draw a frame.

Needs Debian's ``chromium`` (``make browser``) and playwright (the dev extras). Timings depend on
the load of the machine: the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_store import generate
from playwright.sync_api import Page, sync_playwright

from graph.html import write_html

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
VIEWPORT = {"width": 1400, "height": 900}
TARGET_OPEN_MS, TARGET_ACTION_MS = 2000, 200

# The first frame drawn after the page's script has run, then a search answered: ms since navigation.
OPEN = """async (query) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  await frame();
  const drawn = await frame();
  const search = document.getElementById("search");
  search.value = query;
  search.dispatchEvent(new Event("input"));
  const matches = document.querySelectorAll("#matches li").length;
  return { drawn, answered: await frame(), matches };
}"""
# Run an action and time it until the network has drawn its result, and until it has drawn its last frame
# (no frame for QUIET ms; a jump may animate): ms after the action, or 10 s when nothing was drawn.
TIMED = """async ([action, arg]) => {
  const net = actorgraph.network, QUIET = 600, frames = [];
  const settled = new Promise((resolve) => {
    let timer = setTimeout(resolve, 10000);
    net.on("afterDrawing", function frame() {
      frames.push(performance.now());
      clearTimeout(timer);
      timer = setTimeout(() => { net.off("afterDrawing", frame); resolve(); }, QUIET);
    });
  });
  const started = performance.now();
  if (action === "click") {
    document.querySelector(arg).click();
  } else {
    const search = document.getElementById("search");
    search.value = arg;
    search.dispatchEvent(new Event("input"));
    search.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
  }
  const panel = document.querySelector("#details h3")?.textContent ?? "";
  await settled;
  const after = (t) => (t === undefined ? 10000 : t - started);
  return { drawn: after(frames[0]), done: after(frames.at(-1)), panel };
}"""
# Draw the network five times: the median ms to draw a frame with every link.
REDRAW = """async () => {
  const net = actorgraph.network, times = [];
  for (let i = 0; i < 5; i++) {
    let began = 0;
    net.once("beforeDrawing", () => { began = performance.now(); });
    const drawn = new Promise((r) => net.once("afterDrawing", () => r(performance.now() - began)));
    net.redraw();
    times.push(await drawn);
  }
  return times.sort((a, b) => a - b)[2];
}"""
# Drag the view to and fro for two seconds with pointer events (one a frame, starting off any actor):
# frames drawn, ms to draw each, and whether the view moved.
PAN = """async () => {
  const net = actorgraph.network, canvas = document.querySelector("#graph canvas");
  const box = canvas.getBoundingClientRect(), before = net.getViewPosition();
  let [x, y] = [box.width / 2, box.height / 2], began = 0, step = 0;
  while (net.getNodeAt({ x, y }) !== undefined) [x, y] = [x + 7, y + 5];  // start the drag off any actor
  [x, y] = [box.left + x, box.top + y];
  const draw = [];
  const pointer = (type) => canvas.dispatchEvent(new PointerEvent(type, {
    bubbles: true, clientX: x, clientY: y, pointerId: 1, pointerType: "mouse", isPrimary: true,
    button: 0, buttons: type === "pointerup" ? 0 : 1 }));
  const before_ = () => { began = performance.now(); }, after = () => { draw.push(performance.now() - began); };
  net.on("beforeDrawing", before_);
  net.on("afterDrawing", after);
  pointer("pointerdown");
  const started = performance.now();
  await new Promise((done) => requestAnimationFrame(function move() {
    step += 1;
    x += step % 60 < 30 ? 6 : -6;
    pointer("pointermove");
    if (performance.now() - started < 2000) requestAnimationFrame(move); else done();
  }));
  const moved = net.getViewPosition().x !== before.x;
  pointer("pointerup");
  net.off("beforeDrawing", before_);
  net.off("afterDrawing", after);
  return { frames: draw.length, seconds: (performance.now() - started) / 1000, draw, moved };
}"""


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def open_page(page: Page, path: Path, query: str) -> dict:
    """Open the page from disk; when it was drawn and when the search answered, in ms since navigation."""
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("window.actorgraph && window.actorgraph.ready", timeout=120_000)
    return page.evaluate(OPEN, query)


def filter_changes(page: Page, repeat: int) -> list[float]:
    """Untick and tick again ``repeat`` legend boxes, spread over relationship types, labels and certainty:
    ms until each change is drawn."""
    rows = ["#f-types input", "#f-labels input", "#f-certainty input"]
    boxes = [f"{row} >> nth={i}" for row in rows for i in range(page.locator(row).count())]
    times = []
    for selector in boxes[:: max(1, len(boxes) // repeat)][:repeat]:
        css = page.locator(selector).evaluate("(el) => { el.id ||= 'bench-' + Math.random(); return el.id; }")
        for _ in range(2):  # off, then on again
            times.append(page.evaluate(TIMED, ["click", f"[id='{css}']"])["done"])
    return times


def jumps(page: Page, names: list[str]) -> tuple[list[float], list[float]]:
    """Jump to each actor by its name: ms until the panel shows it and the view moves, and until it arrives."""
    answered, arrived = [], []
    for name in names:
        result = page.evaluate(TIMED, ["jump", name])
        if result["panel"] != name:
            sys.exit(f"the jump to {name!r} showed {result['panel']!r}")
        answered.append(result["drawn"])
        arrived.append(result["done"])
    return answered, arrived


def panning(page: Page) -> dict:
    """Drag the view for two seconds: frames drawn per second and the ms to draw each."""
    frames = page.evaluate(PAN)
    if not frames["moved"]:
        sys.exit("the view did not move when dragged")
    return frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--links", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=12, help="filter boxes to toggle and actors to jump to")
    parser.add_argument("--opens", type=int, default=3, help="times to open the page (the median is reported)")
    parser.add_argument("--keep", type=Path, help="write the page here instead of a temporary folder")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("error: Chromium is not installed (make browser)")

    print(f"load average before: {load()}")
    kg = generate(args.actors, args.links)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "bench.html"
        started = time.perf_counter()
        report = write_html(kg, out, max_nodes=args.actors)
        print(
            f"page of {report.nodes:,} actors and {report.edges:,} links written in "
            f"{time.perf_counter() - started:.1f} s ({out.stat().st_size / 1e6:.1f} MB)"
        )
        rng = random.Random(5)
        names = [kg.g.nodes[k]["name"] for k in rng.sample(sorted(k for k in kg.g if kg.g.degree(k)), args.repeat)]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport=VIEWPORT)
            opens = []
            for n in range(args.opens):
                page = context.new_page()
                opens.append(open_page(page, out, names[0]))
                if n < args.opens - 1:
                    page.close()
            opened = {key: median([o[key] for o in opens]) for key in ("drawn", "answered", "matches")}
            frame_ms = page.evaluate(REDRAW)
            frames = panning(page)
            filters = filter_changes(page, args.repeat)
            answered, arrived = jumps(page, names)
            browser.close()

    ready = max(opened["drawn"], opened["answered"])
    print(
        f"drawn at {opened['drawn']:,.0f} ms, search answered at {opened['answered']:,.0f} ms ({opened['matches']:.0f}"
        f" matches): {'within' if ready <= TARGET_OPEN_MS else 'OVER'} the {TARGET_OPEN_MS:,} ms target"
    )
    for what, times in (("filter change", filters), ("jump to an actor, view moving", answered)):
        verdict = "within" if median(times) <= TARGET_ACTION_MS else "OVER"
        print(
            f"{what}: median {median(times):.0f} ms, max {max(times):.0f} ms over {len(times)}"
            f" ({verdict} the {TARGET_ACTION_MS} ms target)"
        )
    print(f"jump to an actor, view arrived: median {median(arrived):.0f} ms (the animation included)")
    print(f"a frame of the network as it opens: {frame_ms:.0f} ms to draw")
    print(
        f"panning: {frames['frames'] / frames['seconds']:.0f} frames/s, median {median(frames['draw']):.0f} ms"
        f" to draw a frame (links hidden while dragging)"
    )
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
