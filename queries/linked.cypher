// title: Who is linked to whom
// description: Paths of at most max_hops relationships between two actors, walked in
//   either direction, shortest and best evidenced first, with the evidence of each hop
//   (every relationship between its two actors, each mention's certainty and document).
//   A path visits an actor once and does not pass through events. queries.paths.rank_linked
//   ranks these rows by meaning exactly as `actorgraph links` does (affiliation first).
// param: source (actor): one end, by name, alias or id (any case)
// param: target (actor): the other end
// param: max_hops (int) = 4: the longest path, 1 to 4
// param: limit (int) = 1000: the most paths returned
// note: Portable form. shortestPath() is not used: FalkorDB runs it only directed and
//   only in WITH/RETURN. Paths meet in the middle: up to two hops out from each end
//   ([*0..2]; Cypher takes no parameter there, so max_hops filters below it), joined on
//   the node where they meet (a hash join), each path split once (the source half as long
//   as the target half, or one longer); a few hundred half-paths instead of every 4-hop
//   walk from the source. Paths are kept when simple, then sorted and cut here.
MATCH (a:Actor) WHERE toLower($source) IN a.keys
MATCH (b:Actor) WHERE toLower($target) IN b.keys
MATCH p1 = (a)-[*0..2]-(m)
MATCH p2 = (b)-[*0..2]-(m2)
WHERE id(m) = id(m2)
WITH p1, p2, length(p1) AS l1, length(p2) AS l2
WHERE l1 + l2 >= 1 AND l1 + l2 <= $max_hops AND (l1 = l2 OR l1 = l2 + 1)
WITH nodes(p1) + reverse(nodes(p2))[1..] AS ns,
     reduce(total = 0, r IN relationships(p1) + relationships(p2) | total + r.count) AS mentions
WHERE none(n IN ns[1..-1] WHERE n.label = 'Event')
WITH ns, [n IN ns | n.id] AS ids, mentions
WHERE size(ids) = size(reduce(seen = [], i IN ids | CASE WHEN i IN seen THEN seen ELSE seen + i END))
WITH ids, collect(ns)[0] AS ns, max(mentions) AS strongest
ORDER BY size(ids), strongest DESC, ids
LIMIT $limit
UNWIND range(0, size(ns) - 2) AS i
WITH ids, ns, strongest, i, ns[i] AS x, ns[i + 1] AS y
MATCH (x)-[r]-(y)
WITH ids, ns, strongest, i, r
ORDER BY i, r.count DESC, type(r)
WITH ids, ns, strongest, i,
     collect({subject: startNode(r).name, type: type(r), object: endNode(r).name, certainty: r.certainty,
              mentions: r.count, doc_ids: r.evidence_doc_ids, sentences: r.evidence_sentences,
              certainties: r.evidence_certainty, ends: [startNode(r).id, endNode(r).id]}) AS hop
ORDER BY i
WITH ids, ns, strongest, collect(hop) AS evidence
RETURN size(ns) - 1 AS hops, [n IN ns | n.name] AS path, ids, strongest AS mentions, evidence
ORDER BY hops, mentions DESC, path
