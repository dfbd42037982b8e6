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
//   only in WITH/RETURN. Paths are enumerated with a bounded variable-length pattern
//   ([*1..4]; Cypher takes no parameter there, so max_hops filters below it), kept when
//   simple, then sorted and cut here.
MATCH (a:Actor) WHERE toLower($source) IN a.keys
MATCH (b:Actor) WHERE toLower($target) IN b.keys
MATCH p = (a)-[*1..4]-(b)
WHERE length(p) <= $max_hops AND none(n IN nodes(p)[1..-1] WHERE n.label = 'Event')
WITH nodes(p) AS ns, [n IN nodes(p) | n.id] AS ids, reduce(total = 0, r IN relationships(p) | total + r.count) AS mentions
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
