"""A built graph's entity errors against gold, per document and grouped by cause.

    .venv/bin/python benchmarks/written/entity_causes.py GRAPHDIR GOLD ARTICLES [--list] [--doc TEXT]

Matched as ``graph/evaluate.py`` matches: each gold document against the nodes the graph has from it, a node
matching a gold entity when its name or an alias equals the gold name or a mention after ``name_key`` (case,
punctuation and a leading "the" ignored). The entity score counts every node as predicted and each gold entity
found once, so a second node for a found actor costs precision as a made-up one does. Each error gets one cause:

- ``duplicate``: a second node matching a gold entity another node matches already (an alias not merged);
- ``alias-unmerged``: a node matching nothing whose name is part of, or holds, a name of a gold entity that
  another node matches (a short form or a fuller one left apart: "Muhandis" beside "Abu Mahdi al-Muhandis");
- ``fragment``, ``joined``: a node matching nothing whose name is part of (fragment) or holds (joined) a name of a
  gold entity no node matches; the gold entity is then counted once, under the same cause;
- ``credit``: a node first written in a byline, a photo caption or a credit line;
- ``common-noun``: a node whose words are all written in lower case elsewhere in the text, or that starts with a
  title ("President", "Minister") kept in the name;
- ``event-extra``, ``event-missed``: incidents (the events' own work, counted apart);
- ``extra``: any other node gold lacks (an actor named in passing and not annotated, a misread name);
- ``missed-absent``: a gold entity none of whose forms is written in the text (gold names it otherwise);
- ``missed``: a gold entity written in the text that no node matches;
- ``label``: a matched node whose label is not the gold's (counted apart: the name still scores).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from graph.evaluate import read_gold
from graph.export import load_graph
from graph.kg import KnowledgeGraph
from graph.slug import name_key

CREDIT_LINE = re.compile(
    r"^\s*(by\b|photo|image|picture|file photo|reporting by|writing by|editing by|additional reporting|"
    r"\(reporting|caption|credit|\(photo|\[photo|\*photo|_photo)",
    re.IGNORECASE,
)
CREDIT_WORDS = re.compile(r"\b(AFP|Reuters|AP|Getty Images?)\s*(/|via)|/\s*(AFP|Reuters|AP|Getty)", re.IGNORECASE)
TITLES = frozenset(
    re.findall(
        r"\w+",
        "president minister general gen col colonel commander chief sheikh mr mrs ms dr prime secretary governor "
        "senator spokesman spokeswoman lt captain capt major maj sgt ambassador king prince emir imam",
    )
)


def line_of(text: str, name: str) -> str:
    """The first line of the text the name is written in, else ''."""
    at = text.find(name)
    if at < 0:
        at = text.lower().find(name.lower())
    if at < 0:
        return ""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)].strip()


def is_credit(line: str) -> bool:
    """Whether a line is a byline, a caption or a credit."""
    return bool(CREDIT_LINE.match(line.lstrip("*_>#- ")) or CREDIT_WORDS.search(line))


def is_common(name: str, text: str) -> bool:
    """Whether a name is common words (each written in lower case in the text) or opens with a title."""
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    if not words:
        return False
    if words[0].lower().rstrip(".") in TITLES:
        return True
    return all(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text) for w in words)


def _contains(longer: str, shorter: str) -> bool:
    """Whether ``shorter``'s words are a run of ``longer``'s (keys compared word by word)."""
    return bool(shorter) and longer != shorter and f" {shorter} " in f" {longer} "


def document_errors(kg: KnowledgeGraph, doc: dict, text: str) -> list[tuple[str, str]]:
    """The (cause, description) of each entity error in one gold document."""
    forms: dict[str, str] = {}
    for ent in doc["entities"]:
        for form in [ent["name"], *ent.get("mentions", [])]:
            forms.setdefault(name_key(form), ent["id"])
    gold = {e["id"]: e for e in doc["entities"]}
    gold_keys = {gid: {k for k, g in forms.items() if g == gid} for gid in gold}
    nodes = sorted(n for n, d in kg.g.nodes(data=True) if doc["doc_id"] in d["doc_ids"])
    node_keys = {
        n: [k for k in (name_key(f) for f in [kg.g.nodes[n]["name"], *sorted(kg.g.nodes[n]["aliases"])]) if k]
        for n in nodes
    }
    match: dict[str, str] = {}
    for n in nodes:
        hit = next((forms[k] for k in node_keys[n] if k in forms), None)
        if hit is not None:
            match[n] = hit
    found = set(match.values())
    errors: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    explained: set[str] = set()
    for n in nodes:
        data = kg.g.nodes[n]
        desc = f"{data['name']!r} ({data['label']})"
        if n in match:
            gid = match[n]
            if gid in seen:
                first = kg.g.nodes[seen[gid]]
                beside = f"{first['name']!r} ({first['label']})"
                errors.append(("duplicate", f"{desc} beside {beside} = gold {gold[gid]['name']!r}"))
            seen.setdefault(gid, n)
            if data["label"] != gold[gid]["label"]:
                errors.append(("label", f"{desc}, gold {gold[gid]['label']} {gold[gid]['name']!r}"))
            continue
        if data["label"] == "Event":
            errors.append(("event-extra", desc))
            continue
        related = [
            (gid, "part" if any(_contains(gk, nk) for gk in keys for nk in node_keys[n]) else "holds")
            for gid, keys in gold_keys.items()
            if gold[gid]["label"] != "Event"
            and any(_contains(gk, nk) or _contains(nk, gk) for gk in keys for nk in node_keys[n])
        ]
        line = line_of(text, data["name"])
        if related:
            gid, how = next(((g, h) for g, h in related if g not in found), related[0])
            if gid in found:
                errors.append(("alias-unmerged", f"{desc} {how} of gold {gold[gid]['name']!r}"))
            else:
                cause = "fragment" if how == "part" else "joined"
                errors.append((cause, f"{desc} {how} of missed gold {gold[gid]['name']!r} ({gold[gid]['label']})"))
                explained.add(gid)
        elif is_credit(line):
            errors.append(("credit", f"{desc}: {line[:100]}"))
        elif is_common(data["name"], text):
            errors.append(("common-noun", f"{desc}: {line[:100]}"))
        else:
            errors.append(("extra", f"{desc}: {line[:100]}"))
    lowered = text.lower()
    for gid, ent in gold.items():
        if gid in found or gid in explained:
            continue
        desc = f"{ent['name']!r} ({ent['label']})"
        if ent["label"] == "Event":
            errors.append(("event-missed", desc))
        elif not any(f.lower() in lowered for f in [ent["name"], *ent.get("mentions", [])]):
            errors.append(("missed-absent", f"{desc} mentions {ent.get('mentions', [])}"))
        else:
            errors.append(("missed", f"{desc}: {line_of(text, ent['name'])[:100]}"))
    return errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph", type=Path, help="a build's output folder (holding graph.json)")
    ap.add_argument("gold", type=Path)
    ap.add_argument("articles", type=Path, help="the folder of the articles the graph was built from")
    ap.add_argument("--list", action="store_true", help="print each error under its document")
    ap.add_argument("--doc", default="", help="only documents whose id holds this")
    ap.add_argument("--cause", default="", help="with --list, only this cause")
    args = ap.parse_args()
    kg = load_graph(args.graph / "graph.json")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in args.articles.iterdir() if p.is_file()}
    totals: Counter[str] = Counter()
    for doc in read_gold(args.gold):
        if args.doc not in doc["doc_id"]:
            continue
        errors = document_errors(kg, doc, texts.get(doc["doc_id"], ""))
        totals.update(cause for cause, _ in errors)
        shown = [(c, d) for c, d in errors if not args.cause or c == args.cause]
        if args.list and shown:
            print(f"== {doc['doc_id']}")
            for cause, desc in sorted(shown):
                print(f"  {cause:15} {desc}")
    for cause, n in totals.most_common():
        print(f"{cause:15} {n:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
