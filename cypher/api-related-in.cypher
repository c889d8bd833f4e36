// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// As api-related-out, for incoming __TYPE__ relationships.
UNWIND $uids AS uid
MATCH (n:Fact {uid: uid})
CALL (n) {
  MATCH (n)<-[r:__TYPE__]-(m)
  RETURN r, m ORDER BY m.date DESC, coalesce(m.name, m.text), m.uid LIMIT toInteger($first)
}
WITH uid, n, collect({rel: properties(r), node: m {.*, folded: null, label: head([l IN labels(m) WHERE l <> 'Fact'])}}) AS items
RETURN uid, items, COUNT { (n)<-[:__TYPE__]-() } AS count
