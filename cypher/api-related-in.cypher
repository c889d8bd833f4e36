// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// As api-related-out, for incoming __TYPE__ relationships.
// Rows are `uid, items, count`, as in every per-node list: the loaders join a request's lists
// into one statement (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (n:Fact {uid: uid})
CALL (n) {
  MATCH (n)<-[r:__TYPE__]-(m)
  RETURN r, m ORDER BY m.date DESC, coalesce(m.name, m.text), m.uid LIMIT toInteger($first)
}
WITH uid, n, collect({rel: properties(r), node: m {.*, folded: null, label: head([l IN labels(m) WHERE l <> 'Fact'])}}) AS items
RETURN uid, items, COUNT { (n)<-[:__TYPE__]-() } AS count
