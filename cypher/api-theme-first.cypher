// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// Each theme's earliest proposals by meeting date (undated ones last), in the order the report
// that carries them writes them: who raised the theme first.
// Rows are `uid, items, count`, as in every per-node list (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (t:Fact {uid: uid})
CALL (t) {
  MATCH (t)<-[:ABOUT]-(p:Proposal)
  RETURN p ORDER BY p.date IS NULL, p.date, p.doc, p.start LIMIT toInteger($first)
}
RETURN uid, collect(p {.*, folded: null, label: 'Proposal'}) AS items, null AS count
