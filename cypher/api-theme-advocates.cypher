// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// The people who proposed on each theme, most proposals first, each with their newest ten
// proposals on it: who raised the theme most.
// Rows are `uid, items, count`, as in every per-node list (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (t:Fact {uid: uid})
CALL (t) {
  MATCH (t)<-[:ABOUT]-(pr:Proposal)<-[:PROPOSES]-(p:Person)
  WITH p, count(DISTINCT pr) AS count
  ORDER BY count DESC, p.name LIMIT toInteger($first)
  CALL (t, p) {
    MATCH (p)-[:PROPOSES]->(pr:Proposal)-[:ABOUT]->(t)
    WITH DISTINCT pr ORDER BY pr.date DESC, pr.uid LIMIT 10
    RETURN collect(pr {.*, folded: null, label: 'Proposal'}) AS proposals
  }
  RETURN {person: p {.*, folded: null, label: 'Person'}, count: count, proposals: proposals} AS item
}
RETURN uid, collect(item) AS items, null AS count
