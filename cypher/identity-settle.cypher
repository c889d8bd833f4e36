// After the moves, what changed: people no report mentions any more (of those reports left)
// are removed, each report whose decision is new or different gets it on its MENTIONS, the
// possible matches no longer decided go, and those new or changed are written.
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
  UNWIND $unlink AS l
  MATCH (:Person:Fact {key: l.a})-[s:POSSIBLY_SAME_AS]->(:Person:Fact {key: l.b})
  DELETE s
}
CALL () {
  UNWIND $links AS l
  MATCH (a:Person:Fact {key: l.a}), (b:Person:Fact {key: l.b})
  MERGE (a)-[s:POSSIBLY_SAME_AS]->(b)
  SET s.score = l.score, s.reason = l.reason
}
RETURN 1 AS done
