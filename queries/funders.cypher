// title: Funders of an actor
// description: Who funds, arms, trains or backs the actor (FUNDS), most mentioned first,
//   with the evidence.
// param: name (actor): the funded actor, by name, alias or id (any case)
MATCH (a:Actor) WHERE toLower($name) IN a.keys
MATCH (funder:Actor)-[r:FUNDS]->(a)
RETURN funder.name AS funder, funder.label AS label, a.name AS funded, r.certainty AS certainty,
       r.count AS mentions, r.evidence_doc_ids AS doc_ids, r.evidence_sentences AS sentences
ORDER BY mentions DESC, funder
