// title: Leaders of an actor
// description: Who leads the organisation or country (LEADS), most mentioned first, with
//   the certainty, documents and sentences of each.
// param: name (actor): the organisation or country, by name, alias or id (any case)
MATCH (a:Actor) WHERE toLower($name) IN a.keys
MATCH (leader:Actor)-[r:LEADS]->(a)
RETURN leader.name AS leader, a.name AS led, r.certainty AS certainty, r.count AS mentions,
       r.evidence_doc_ids AS doc_ids, r.evidence_sentences AS sentences
ORDER BY mentions DESC, leader
