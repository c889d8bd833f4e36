// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// The themes of each theme's proposals, most shared proposals first: what co-occurs with it
// (for an area, of kind phrase: the area's phrases). `__KIND__` is phrase, area or any.
// Rows are `uid, items, count`, as in every per-node list (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (t:Fact {uid: uid})
CALL (t) {
  MATCH (t)<-[:ABOUT]-(p:Proposal)-[:ABOUT]->(o:Theme)
  WHERE o <> t AND ('__KIND__' = 'any' OR coalesce(o.kind, 'phrase') = '__KIND__')
  WITH o, count(DISTINCT p) AS count
  RETURN o, count ORDER BY count DESC, o.name, o.uid LIMIT toInteger($first)
}
RETURN uid, collect({theme: o {.*, folded: null, label: 'Theme'}, count: count}) AS items, null AS count
