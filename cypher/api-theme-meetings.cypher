// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// Proposals about each theme per meeting, in date order (undated meetings last).
// Rows are `uid, items, count`, as in every per-node list (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (t:Fact {uid: uid})
CALL (t) {
  MATCH (t)<-[:ABOUT]-(:Proposal)-[:RAISED_AT]->(m:Meeting)
  WITH m, count(*) AS count
  RETURN m, count ORDER BY m.date IS NULL, m.date, m.name, m.uid LIMIT toInteger($first)
}
RETURN uid, collect({meeting: m {.*, folded: null, label: 'Meeting'}, count: count}) AS items, null AS count
