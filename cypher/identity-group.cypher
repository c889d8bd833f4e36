// Who is who (src/store/identity.ts), for each name: first its lock node, so writers that
// settle one name at once take turns (names come sorted: one locking order), then, seen after
// the lock, the people of the name (an index seek on the folded name) with every report that
// mentions them (what identity reads: the report's specific organisations, its year, and the
// decision stored last time), their possible matches, and the analysts' decisions in force.
UNWIND $names AS name
MERGE (l:IdentityLock {name: name})
SET l.version = coalesce(l.version, 0) + 1
WITH name
CALL (name) {
  OPTIONAL MATCH (p:Person {nameKey: name})
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(p)
  WITH p, [x IN collect({doc: d.hash, orgs: coalesce(m.orgs, []), year: m.year, reason: m.identity}) WHERE x.doc IS NOT NULL] AS mentions
  RETURN [x IN collect(CASE WHEN p IS NULL THEN null ELSE {
    uid: p.uid, key: p.key, mentions: mentions,
    links: [(p)-[s:POSSIBLY_SAME_AS]->(o:Person) | {a: p.key, b: o.key, score: s.score, reason: s.reason}]
  } END) WHERE x IS NOT NULL] AS people
}
CALL (name) {
  OPTIONAL MATCH (d:IdentityDecision {name: name})
  WHERE d.undone IS NULL
  WITH d ORDER BY d.at, d.id
  RETURN [x IN collect(CASE WHEN d IS NULL THEN null ELSE {id: d.id, kind: d.kind, docs: d.docs, reason: d.reason} END) WHERE x IS NOT NULL] AS decisions
}
RETURN name, people, decisions
