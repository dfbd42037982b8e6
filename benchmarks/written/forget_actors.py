"""A seeds folder whose gazetteer forgets the actors a gold set names: the "cold" score of unseen theatres.

    .venv/bin/python benchmarks/written/forget_actors.py GOLD OUT [--seeds seeds] [--rare-in OTHER_GOLD ...]
    ACTORGRAPH_SEEDS=OUT .venv/bin/actorgraph build ARTICLES --out G && .venv/bin/actorgraph eval GOLD --graph G

Writes OUT, a copy of the seeds folder whose ``actors.yaml`` leaves out every entry other than a Country that one of
GOLD's entities is written as (its name or a mention equal to the entry's name or an alias, ignoring case) or a
capital (``capital_of``: a gazetteer knows every state's capital, whatever the theatre), and drops what pointed at
a forgotten entry (``in``, ``country``, ``capital_of``, ``leads``, ``theatre``). A build with
it reads GOLD's pages as a build reads a page from a theatre the gazetteer does not cover: every group, body, person
and place found from the text alone. With ``--rare-in``, an entry named on more than one page of GOLD and the other
gold files together stays (a well-kept gazetteer knows the actors many pages name).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import yaml

POINTERS = ("in", "country", "capital_of")
LISTS = ("leads", "theatre")


def page_forms(gold: Path) -> list[set[str]]:
    """Each gold page's entity names and mentions, lowercased."""
    pages = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            pages.append({form.lower() for e in doc["entities"] for form in [e["name"], *e.get("mentions", [])]})
    return pages


def forgotten(entries: list[dict], named: list[set[str]], others: list[set[str]] | None = None) -> set[str]:
    """Names of the entries other than states and capitals the pages ``named`` write; with ``others``, only those on
    at most one page.

    >>> entries = [{"name": "Iraq", "label": "Country"}, {"name": "Kataib Hezbollah", "label": "Organization",
    ...            "aliases": ["KH"]}, {"name": "Baghdad", "label": "Location", "capital_of": "Iraq"}]
    >>> sorted(forgotten(entries, [{"kh", "iraq", "baghdad"}]))
    ['Kataib Hezbollah']
    """
    forms = set().union(*named) if named else set()
    pages = named + (others or [])
    out = set()
    for entry in entries:
        surfaces = {entry["name"].lower(), *(alias.lower() for alias in entry.get("aliases") or ())}
        if entry["label"] == "Country" or "capital_of" in entry or not surfaces & forms:
            continue
        if others is None or sum(1 for page in pages if surfaces & page) <= 1:
            out.add(entry["name"])
    return out


def without(entries: list[dict], names: set[str]) -> list[dict]:
    """``entries`` less ``names``, with every pointer at a left-out entry dropped."""
    kept = []
    for entry in entries:
        if entry["name"] in names:
            continue
        entry = {k: v for k, v in entry.items() if not (k in POINTERS and v in names)}
        for key in LISTS:
            if key in entry:
                listed = entry[key] if isinstance(entry[key], list) else [entry[key]]
                left = [name for name in listed if name not in names]
                if left:
                    entry[key] = left if isinstance(entry[key], list) else left[0]
                else:
                    del entry[key]
        kept.append(entry)
    return kept


def write_cold_seeds(gold: Path, out: Path, seeds: Path, rare_in: list[Path] | None = None) -> int:
    """Write the cold seeds folder ``out``; return how many entries it forgets."""
    entries = yaml.safe_load((seeds / "actors.yaml").read_text(encoding="utf-8"))["actors"]
    others = [page for other in rare_in for page in page_forms(other)] if rare_in else None
    names = forgotten(entries, page_forms(gold), others)
    out.mkdir(parents=True, exist_ok=True)
    for path in seeds.iterdir():
        if path.is_file() and path.name != "actors.yaml":
            shutil.copy2(path, out / path.name)
    text = yaml.safe_dump({"actors": without(entries, names)}, allow_unicode=True, sort_keys=False)
    tmp = out / "actors.yaml.tmp"
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out / "actors.yaml")
    return len(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seeds", type=Path, default=Path(__file__).resolve().parents[2] / "seeds")
    parser.add_argument("--rare-in", type=Path, nargs="*", help="other gold files: keep actors named on 2+ pages")
    args = parser.parse_args()
    count = write_cold_seeds(args.gold, args.out, args.seeds, args.rare_in)
    print(f"{args.out}: actors.yaml forgets {count} entries named in {args.gold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
