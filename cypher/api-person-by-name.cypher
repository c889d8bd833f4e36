// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// A person by name in either script: $key is the name folded to one script, found by an index
// seek on the folded name. Several people may share a name (src/store/identity.ts): the one
// most reports mention comes first (`people(filter: {name})` lists them all). A database made
// before names were indexed finds its people by key.
CALL () {
  MATCH (p:Person {nameKey: $key})
  RETURN p
  UNION
  MATCH (p:Person {key: $key})
  RETURN p
}
WITH p, COUNT { (:Document)-[:MENTIONS]->(p) } AS reports
RETURN p {.*, folded: null, label: 'Person'} AS node
ORDER BY reports DESC, p.key
LIMIT 1
