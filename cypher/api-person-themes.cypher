// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// The themes of each person's proposals, most frequent first.
// Rows are `uid, items, count`, as in every per-node list: the loaders join a request's lists
// into one statement (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (p:Fact {uid: uid})
CALL (p) {
  MATCH (p)-[:PROPOSES]->(:Proposal)-[:ABOUT]->(t:Theme)
  WITH t, count(*) AS count
  RETURN t, count ORDER BY count DESC, t.name LIMIT toInteger($first)
}
RETURN uid, collect({theme: t {.*, folded: null, label: 'Theme'}, count: count}) AS items, null AS count
