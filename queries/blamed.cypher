// title: Who is blamed for which event
// description: Actors blamed or held responsible for events (BLAMED_FOR), with the
//   certainty (often alleged), who says so and the evidence; by event date.
// param: name (actor) = null: only this event, or only this blamed actor (all when left out)
MATCH (blamed:Actor)-[r:BLAMED_FOR]->(e:Event)
WHERE $name IS NULL OR toLower($name) IN e.keys OR toLower($name) IN blamed.keys
RETURN e.name AS event, e.date AS date, blamed.name AS blamed, r.certainty AS certainty, r.count AS mentions,
       r.evidence_sources AS sources, r.evidence_doc_ids AS doc_ids, r.evidence_sentences AS sentences
ORDER BY date, event, mentions DESC, blamed
