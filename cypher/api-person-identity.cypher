// Why each report's mention of a person is this person: the report, the specific
// organisations it ties the name to, and the decision stored when identity was settled.
// Rows are `uid, items, count`, as in every per-node list: the loaders join a request's lists
// into one statement (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (p:Fact {uid: uid})
CALL (p) {
  MATCH (d:Document)-[m:MENTIONS]->(p)
  RETURN d.hash AS doc, coalesce(m.orgs, []) AS orgs, m.identity AS reason
  ORDER BY d.published DESC, d.hash LIMIT toInteger($first)
}
RETURN uid, collect({doc: doc, orgs: orgs, reason: reason}) AS items, null AS count
