"""Where the links a build misses between two actors it found stand, for the learned scorer.

    .venv/bin/python benchmarks/written/scorer_reach.py GOLD ARTICLES [--folds N] [--by-type] [--list TYPE,...]

Builds ARTICLES (rules and scorer) and takes the gold links it misses although both ends are nodes of that
document (matched as ``graph/evaluate.py`` matches). Each is one of:

- ``candidate``: a pair of mentions in one sentence the scorer reads (:meth:`loaders.extract.DocReader.candidates`,
  gold ids by ``loaders.learn.gold_id``); ``candidate-ref`` when one end is a reference the build resolved to an
  actor named in an earlier sentence ("the group", "he"). For these, the probability the scorer gave the gold
  type (the best over the pair's sentences), in bins, against the type's threshold;
- ``same-sentence``: both named in one sentence, yet no candidate (too far apart);
- ``cross-sentence``: never named in one sentence, by how many sentences apart they are at the nearest;
- ``unmapped``: an end the build found under a form no mention of the text has.

``--by-type`` counts each place by the gold link's type; ``--list LEADS,BASED_IN`` prints each missed link of those
types with its place and the sentences that name its ends nearest to each other (never for sets held out).

The scorer is the shipped model, or with ``--folds N`` one trained on the other folds of ARTICLES' documents
(whole documents, sorted by id): the probabilities of pages it has not seen. Documents longer than the build's
piece (20,000 characters) are read whole here.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from graph.build import build_graph
from graph.evaluate import _node_to_gold, read_gold
from loaders.extract import DocReader
from loaders.learn import _gold_ids, gold_documents, gold_id, labelled_pairs, train_model
from loaders.nlp import load_nlp
from loaders.scorer import RelationModel, load_model


def missed_between_found(kg: object, gold: list[dict], symmetric: set[str]) -> list[tuple[str, str, str, str]]:
    """(document, type, subject, object) of each gold link missed although both its ends are the document's nodes
    and the build links them by no other type."""
    out = []
    for doc in gold:
        nodes = [n for n, d in kg.g.nodes(data=True) if doc["doc_id"] in d["doc_ids"]]
        n2g = _node_to_gold(kg, doc, nodes)
        found, made = set(n2g.values()), set()
        for s, o, t, d in kg.g.edges(keys=True, data=True):
            if any(e.doc_id == doc["doc_id"] for e in d["evidence"]):
                a, b = n2g.get(s, "?"), n2g.get(o, "?")
                made |= {(t, a, b), ("*", a, b), ("*", b, a)} | ({(t, b, a)} if t in symmetric else set())
        for r in doc["relations"]:
            t, s, o = r["type"], r["subject"], r["object"]
            if (t, s, o) not in made and ("*", s, o) not in made and s in found and o in found:
                out.append((doc["doc_id"], t, s, o))
    return out


def probabilities(rows: list, folds: int) -> list[dict[str, float]]:
    """Each row's calibrated probability of every type: the shipped model's, or out of fold."""
    if not folds:
        model = load_model()
        return [dict(zip(model.types, model.probabilities(r.features), strict=True)) for r in rows]
    fold = {d: n % folds for n, d in enumerate(sorted({r.doc for r in rows}))}
    out: list[dict[str, float]] = [{} for _ in rows]
    for k in range(folds):
        model: RelationModel = train_model([r for r in rows if fold[r.doc] != k])
        for n, r in enumerate(rows):
            if fold[r.doc] == k:
                out[n] = dict(zip(model.types, model.probabilities(r.features), strict=True))
    return out


def bin_of(p: float, threshold: float) -> str:
    """A probability's bin, the last one from the type's threshold up."""
    for bound, name in ((0.1, "<0.1"), (0.3, "0.1-0.3"), (0.5, "0.3-0.5"), (threshold, "0.5-thr")):
        if p < bound:
            return name
    return ">=thr"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--folds", type=int, default=0, help="score each pair by a model trained on the other folds")
    parser.add_argument("--by-type", action="store_true", help="also count each place by the gold link's type")
    parser.add_argument("--list", default="", help="print each missed link of these types (comma-separated)")
    args = parser.parse_args()
    kg = build_graph([args.articles]).graph
    symmetric = {t for t, r in kg.ontology.relations.items() if r.symmetric}
    gold = read_gold(args.gold)
    missed = missed_between_found(kg, gold, symmetric)
    documents = gold_documents(args.gold, [args.articles])
    rows = labelled_pairs(documents)
    probs = probabilities(rows, args.folds)
    pairs: dict[tuple[str, str | None, str | None], list[int]] = defaultdict(list)
    for n, r in enumerate(rows):
        pairs[r.doc, r.subject, r.object].append(n)
    shipped = load_model()
    thresholds = dict(zip(shipped.types, shipped.thresholds, strict=True))
    texts = {d.id: d for d, _ in documents}
    lines = {g["doc_id"]: g for g in gold}
    where: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    bins: Counter[str] = Counter()
    readers: dict[str, tuple[DocReader, dict[str, set[int]]]] = {}

    def sentences_of(doc_id: str) -> tuple[DocReader, dict[str, set[int]]]:
        """The document's reader and, per gold id, the sentences naming it."""
        if doc_id not in readers:
            reader = DocReader(load_nlp()(texts[doc_id].text), doc_id, texts[doc_id].date)
            reader.apply_rules()
            ids, starts = _gold_ids(lines[doc_id]), [sent.start for sent in reader.words.sentences]
            at: dict[str, set[int]] = defaultdict(set)
            for end in [*reader.index.mentions, *reader.events.events]:
                if (gid := gold_id(end, ids)) is not None:
                    token = end.cue.i if hasattr(end, "cue") else end.start
                    at[gid].add(max(n for n, start in enumerate(starts) if start <= token))
            readers[doc_id] = reader, at
        return readers[doc_id]

    listed = set(args.list.split(",")) if args.list else set()
    for doc_id, t, s, o in missed:
        found = pairs.get((doc_id, s, o), []) + (pairs.get((doc_id, o, s), []) if t in symmetric else [])
        if found:
            place = "candidate-ref" if any({"sref", "oref"} & set(rows[n].features) for n in found) else "candidate"
            bins[bin_of(max(probs[n].get(t, 0.0) for n in found), thresholds.get(t, 1.01))] += 1
        else:
            at = sentences_of(doc_id)[1]
            if not at[s] or not at[o]:
                place = "unmapped"
            elif at[s] & at[o]:
                place = "same-sentence"
            else:
                apart = min(abs(x - y) for x in at[s] for y in at[o])
                place = f"cross-sentence {'1' if apart == 1 else '2-3' if apart <= 3 else '4+'} apart"
        where[place] += 1
        by_type[t, place] += 1
        if t in listed:
            reader, at = sentences_of(doc_id)
            names = {e["id"]: e["name"] for e in lines[doc_id]["entities"]}
            print(f"[{place}] {doc_id}: {names.get(s, s)} -{t}-> {names.get(o, o)}")
            near = min(((x, y) for x in at[s] for y in at[o]), key=lambda p: abs(p[0] - p[1]), default=())
            for n in sorted(set(near)):
                print(f"    {n}: {reader.words.sentences[n].text.strip()[:400]}")
    print(f"{len(missed)} gold links missed between two actors found")
    for name, count in sorted(where.items()):
        print(f"  {name:28} {count:5}")
    print("  gold type's probability, candidates:", ", ".join(f"{b} {bins[b]}" for b in sorted(bins)))
    if args.by_type:
        places = sorted(where)
        print(f"{'type':16}" + "".join(f"{p.replace('cross-sentence ', 'x')[:10]:>11}" for p in places))
        for t in sorted({t for t, _ in by_type}):
            print(f"{t:16}" + "".join(f"{by_type[t, p]:11}" for p in places))


if __name__ == "__main__":
    main()
