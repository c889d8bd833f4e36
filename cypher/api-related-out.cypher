// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// For each parent, its outgoing __TYPE__ relationships and the nodes they reach, newest first,
// at most $first per parent (a top-N inside the subquery, so a busy node is never collected
// whole), and how many there are in all: the count comes with the page, from the same
// statement (one snapshot), and costs little next to the sort, which reads them all anyway.
// __TYPE__ is filled from the closed enum of relationship types, never from input.
// Rows are `uid, items, count`, as in every per-node list: the loaders join a request's lists
// into one statement (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (n:Fact {uid: uid})
CALL (n) {
  MATCH (n)-[r:__TYPE__]->(m)
  RETURN r, m ORDER BY m.date DESC, coalesce(m.name, m.text), m.uid LIMIT toInteger($first)
}
WITH uid, n, collect({rel: properties(r), node: m {.*, folded: null, label: head([l IN labels(m) WHERE l <> 'Fact'])}}) AS items
RETURN uid, items, COUNT { (n)-[:__TYPE__]->() } AS count
