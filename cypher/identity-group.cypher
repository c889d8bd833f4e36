// The people of each name (an index seek on the folded name) and every report that mentions
// them, with what identity reads from each: the report's specific organisations and its year.
UNWIND $names AS name
MATCH (p:Person {nameKey: name})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(p)
RETURN name, p.uid AS uid, p.key AS key,
       [x IN collect({doc: d.hash, orgs: coalesce(m.orgs, []), year: m.year}) WHERE x.doc IS NOT NULL] AS mentions
