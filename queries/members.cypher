// title: Members of an organisation
// description: The people and groups that are members of the organisation (MEMBER_OF),
//   most mentioned first, with the evidence.
// param: name (actor): the organisation, by name, alias or id (any case)
MATCH (a:Actor) WHERE toLower($name) IN a.keys
MATCH (member:Actor)-[r:MEMBER_OF]->(a)
RETURN member.name AS member, member.label AS label, a.name AS organisation, r.certainty AS certainty,
       r.count AS mentions, r.evidence_doc_ids AS doc_ids, r.evidence_sentences AS sentences
ORDER BY mentions DESC, member
