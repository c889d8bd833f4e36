// Removes one document and every fact it contributed, then the people, organisations,
// meetings and themes that no other document supports. Facts of other documents stay.
MATCH (d:Document {hash: $hash})
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
