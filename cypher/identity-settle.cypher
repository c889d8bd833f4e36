// After the moves: people of these names no report mentions any more are removed, the reason
// for each report's person is stored on its MENTIONS, and the possible matches among the
// names' people are replaced by the ones decided now.
CALL () {
  UNWIND $names AS name
  MATCH (p:Person {nameKey: name})
  WHERE NOT EXISTS { MATCH (:Document)-[:MENTIONS]->(p) }
  DETACH DELETE p
}
CALL () {
  UNWIND $reasons AS row
  MATCH (d:Document {hash: row.doc})-[m:MENTIONS]->(:Person:Fact {key: row.key})
  SET m.identity = row.reason
}
CALL () {
  UNWIND $names AS name
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
