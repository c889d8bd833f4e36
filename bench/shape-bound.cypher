// bench:ingest's shape bound: the rows of an ingest batch (the parameters of
// cypher/ingest-facts.cypher, same batches) written with CREATE only, under labels that carry
// no index or constraint. No identity (a person is a new node in every batch), no alias
// merging, no full-text entries: what the graph's data costs Neo4j on its own, to set beside
// the bare ceiling (integers, no properties) and the real statement. Never used by the product.
CALL () {
  UNWIND $documents AS doc
  CREATE (d:ShapeDocument)
  SET d = doc
  RETURN collect(d) AS docs
}
CALL () {
  WITH $persons AS c
  UNWIND range(0, size(c.key) - 1) AS i
  CREATE (p:ShapePerson {key: c.key[i], uid: c.uid[i], name: c.name[i], aliases: c.aliases[i], folded: c.folded[i]})
  RETURN collect(p) AS persons
}
CALL () {
  WITH $organisations AS c
  UNWIND range(0, size(c.key) - 1) AS i
  CREATE (o:ShapeOrganisation {key: c.key[i], uid: c.uid[i], name: c.name[i], aliases: c.aliases[i], folded: c.folded[i], source: c.source[i]})
  RETURN collect(o) AS organisations
}
CALL () {
  WITH $themes AS c
  UNWIND range(0, size(c.key) - 1) AS i
  CREATE (t:ShapeTheme {key: c.key[i], uid: c.uid[i], name: c.name[i], folded: c.key[i]})
  RETURN collect(t) AS themes
}
CALL (docs) {
  WITH docs, $meetings AS c
  UNWIND range(0, size(c.key) - 1) AS i
  CREATE (m:ShapeMeeting {key: c.key[i], uid: c.uid[i], name: c.name[i], kind: c.kind[i], date: c.date[i], location: c.location[i], topic: c.topic[i], venues: c.venues[i]})
  WITH m, c, i, docs[toInteger(c.at[i])] AS d
  CREATE (m)-[:SHAPE_REPORTED_IN {doc: c.doc[i], start: c.start[i], end: c.end[i], quote: c.quote[i]}]->(d)
  RETURN collect(m) AS meetings
}
CALL () {
  WITH $proposals AS c
  UNWIND range(0, size(c.uid) - 1) AS i
  CREATE (p:ShapeProposal {uid: c.uid[i], doc: c.doc[i], text: c.text[i], folded: c.folded[i], start: c.start[i], end: c.end[i], speaker: c.speaker[i], date: c.date[i]})
  RETURN collect(p) AS proposals
}
WITH docs + persons + organisations + themes + meetings + proposals AS n
// One relationship type for all: the real statement's one block per type is its own cost.
CALL (n) {
  UNWIND keys($edges) AS t
  WITH n, $edges[t] AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  CREATE (a)-[r:SHAPE]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
CALL (n) {
  WITH n, $mentions AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS d, n[toInteger(c.to[i])] AS x, c, i
  CREATE (d)-[:SHAPE_MENTIONS {doc: $hashes[toInteger(c.from[i])]}]->(x)
}
RETURN size(n) AS nodes
