// title: The most connected actors
// description: Actors with the most relationships (either direction), then the most
//   mentions; neighbours counts distinct actors at the other ends.
// param: label (string) = null: only this node label (Person, Organization, Country, Location, Event)
// param: limit (int) = 10: how many actors
MATCH (a:Actor)-[r]-(b:Actor)
WHERE $label IS NULL OR a.label = $label
WITH a, count(r) AS relationships, count(DISTINCT b) AS neighbours, toInteger(sum(r.count)) AS mentions
ORDER BY relationships DESC, mentions DESC, a.name
LIMIT $limit
RETURN a.name AS actor, a.label AS label, relationships, neighbours, mentions
