// title: Actors linked through a shared organisation
// description: Other actors that lead, are deputy of, are members of or work for an
//   organisation the actor also leads, deputises, belongs to or works for.
// param: name (actor): the actor, by name, alias or id (any case)
MATCH (a:Actor) WHERE toLower($name) IN a.keys
MATCH (a)-[mine:LEADS|DEPUTY_OF|MEMBER_OF|WORKS_FOR]->(o:Organization)<-[theirs:LEADS|DEPUTY_OF|MEMBER_OF|WORKS_FOR]-(other:Actor)
WHERE other <> a
RETURN a.name AS actor, type(mine) AS role, o.name AS organisation, other.name AS other, type(theirs) AS other_role,
       mine.count + theirs.count AS mentions
ORDER BY organisation, other, other_role
