// Removes one document and every fact it contributed, then the people, organisations,
// meetings and themes that no other document supports. Facts of other documents stay.
MATCH (d:Document {hash: $hash})
// A proposal this document holds that another one also reports (a republished story) moves
// to that one: its evidence becomes that report's, and so do its relationships, which that
// report's MENTIONS then hold, so deleting it later removes them too.
CALL () {
  MATCH (p:Proposal {doc: $hash})-[:REPORTED_IN]->(other:Document)
  WITH p, min(other.hash) AS home
  MATCH (p)-[moved:REPORTED_IN]->(h:Document {hash: home})
  SET p.doc = home, p.start = moved.start, p.end = moved.end, p.text = moved.quote
  WITH p, h, moved
  CALL (p, h, moved) {
    MATCH (p)-[e:PROPOSES|ABOUT|RAISED_AT]-(x)
    WHERE e.doc = $hash
    SET e.doc = h.hash, e.start = moved.start, e.end = moved.end, e.quote = moved.quote
    WITH DISTINCT h, x
    WHERE NOT x:Meeting AND NOT (h)-[:MENTIONS]->(x)
    CREATE (h)-[:MENTIONS {doc: h.hash}]->(x)
  }
  DELETE moved
}
OPTIONAL MATCH (d)-[:MENTIONS|REPORTED_IN]-(n)
WITH d, collect(DISTINCT n) AS touched
CALL (touched) {
  UNWIND touched AS n
  MATCH (n)-[r]-()
  WHERE r.doc = $hash
  DELETE r
}
CALL () {
  MATCH (p:Proposal {doc: $hash})
  DETACH DELETE p
}
DETACH DELETE d
WITH touched
UNWIND touched AS n
WITH n
WHERE NOT (n)--()
DELETE n
RETURN count(n) AS orphansDeleted
