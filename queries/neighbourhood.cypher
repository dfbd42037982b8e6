// title: An actor's neighbourhood
// description: Every relationship of the actor and the actor at its other end, most
//   mentioned first; direction says how it reads from the actor (out, in, or both for
//   symmetric types such as ALLIED_WITH).
// param: name (actor): the actor, by name, alias or id (any case)
// param: limit (int) = 100: the most relationships returned
MATCH (a:Actor) WHERE toLower($name) IN a.keys
MATCH (a)-[r]-(b:Actor)
WITH a, r, b, CASE WHEN r.symmetric THEN 'both' WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction
ORDER BY r.count DESC, type(r), b.name
LIMIT $limit
RETURN a.name AS actor, type(r) AS type, direction, b.name AS neighbour, b.label AS label,
       r.certainty AS certainty, r.count AS mentions, r.evidence_doc_ids AS doc_ids
