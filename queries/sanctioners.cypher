// title: Sanctioners of an actor
// description: The countries and organisations that sanctioned or designated the actor
//   (SANCTIONED_BY), with the evidence.
// param: name (actor): the sanctioned person or organisation, by name, alias or id (any case)
MATCH (a:Actor) WHERE toLower($name) IN a.keys
MATCH (a)-[r:SANCTIONED_BY]->(sanctioner:Actor)
RETURN sanctioner.name AS sanctioner, a.name AS sanctioned, r.certainty AS certainty, r.count AS mentions,
       r.evidence_doc_ids AS doc_ids, r.evidence_sentences AS sentences
ORDER BY mentions DESC, sanctioner
