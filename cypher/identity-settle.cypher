// After the moves, what changed: people no report mentions any more (of those reports left)
// are removed, each report whose decision is new or different gets it on its MENTIONS, and
// the names whose possible matches changed get the ones decided now.
CALL () {
  UNWIND $orphans AS uid
  MATCH (p:Person:Fact {uid: uid})
  WHERE NOT EXISTS { MATCH (:Document)-[:MENTIONS]->(p) }
  DETACH DELETE p
}
CALL () {
  UNWIND $reasons AS row
  MATCH (d:Document {hash: row.doc})-[m:MENTIONS]->(:Person:Fact {key: row.key})
  SET m.identity = row.reason
}
CALL () {
  UNWIND $relink AS name
  MATCH (:Person {nameKey: name})-[s:POSSIBLY_SAME_AS]-()
  DELETE s
}
CALL () {
  UNWIND $links AS l
  MATCH (a:Person:Fact {key: l.a}), (b:Person:Fact {key: l.b})
  MERGE (a)-[s:POSSIBLY_SAME_AS]->(b)
  SET s.score = l.score, s.reason = l.reason
}
RETURN 1 AS done
