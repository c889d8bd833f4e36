// Every fact of a batch of claimed documents in one statement: nodes first, then relationships
// between them, then each document's mentions and its completion mark.
//
// The nodes this statement upserts or creates are collected, in parameter order, into one
// list `n` (documents, persons, organisations, themes, meetings, proposals); a relationship
// names its ends by their positions in `n`. So relationships need no lookup at all, and the
// batch costs one round trip where it cost one per kind of node and per relationship type
// (with element ids sent back and forth between them). The positions arrive as JavaScript
// numbers, that is as floats, hence toInteger.
//
// One block per relationship type of the extractor's closed enum (MENTIONS apart): a type
// cannot be a parameter that varies by row in Neo4j 5.26. A unit test checks that every type
// has its block. $edges holds one list per type; a missing list is no rows.
//
// replan=skip: the plan is seeks and creates whatever the statistics say, and during a bulk
// load the growing counts made Neo4j replan the ingest statements again and again.
CYPHER replan=skip
CALL () {
  UNWIND $docs AS id
  MATCH (d) WHERE elementId(d) = id
  RETURN collect(d) AS docs
}
// One node per person across reports and scripts, keyed on the folded name. Rows come sorted
// by key, so concurrent batches lock shared nodes in one order (which avoids most deadlocks).
// Aliases, and their folded forms in `folded` (what the full-text index searches), accumulate
// over reports: a later report that does not use a short form must not make it unsearchable.
CALL () {
  UNWIND $persons AS row
  MERGE (p:Person:Fact {key: row.key})
  ON CREATE SET p.uid = row.uid, p.name = row.name, p.aliases = []
  SET p.aliases = reduce(acc = p.aliases, a IN [row.name] + row.aliases | CASE WHEN a IN acc OR a = p.name THEN acc ELSE acc + a END),
      p.folded = reduce(acc = coalesce(p.folded, ''), w IN split(row.folded, ' ') | CASE WHEN w IN split(acc, ' ') THEN acc ELSE trim(acc + ' ' + w) END)
  RETURN collect(p) AS persons
}
CALL () {
  UNWIND $organisations AS row
  MERGE (o:Organisation:Fact {key: row.key})
  ON CREATE SET o.uid = row.uid, o.name = row.name, o.aliases = [], o.source = row.source
  SET o.aliases = reduce(acc = o.aliases, a IN [row.name] + row.aliases | CASE WHEN a IN acc OR a = o.name THEN acc ELSE acc + a END),
      o.folded = reduce(acc = coalesce(o.folded, ''), w IN split(row.folded, ' ') | CASE WHEN w IN split(acc, ' ') THEN acc ELSE trim(acc + ' ' + w) END)
  RETURN collect(o) AS organisations
}
CALL () {
  UNWIND $themes AS row
  MERGE (t:Theme:Fact {key: row.key})
  ON CREATE SET t.uid = row.uid, t.name = row.name, t.folded = row.key
  RETURN collect(t) AS themes
}
// Reports of the same meeting (same date, kind) share one Meeting node.
CALL (docs) {
  UNWIND $meetings AS row
  MERGE (m:Meeting:Fact {key: row.key})
  ON CREATE SET m.uid = row.uid
  SET m.name = row.name, m.kind = row.kind, m.date = row.date, m.location = coalesce(row.location, m.location),
      m.topic = coalesce(row.topic, m.topic), m.venues = row.venues
  WITH m, row, docs[toInteger(row.at)] AS d
  CREATE (m)-[:REPORTED_IN {doc: row.doc, start: row.start, end: row.end, quote: row.quote}]->(d)
  RETURN collect(m) AS meetings
}
// Proposals belong to one document: created, never merged, and deleted with it.
CALL () {
  UNWIND $proposals AS row
  CREATE (p:Proposal:Fact {uid: row.uid, doc: row.doc, text: row.text, folded: row.folded, start: row.start, end: row.end, speaker: row.speaker, date: row.date})
  RETURN collect(p) AS proposals
}
WITH docs + persons + organisations + themes + meetings + proposals AS n
// row.props: the relationship's own properties and its evidence's offsets (start, end); its
// document and quote are positions in $hashes and $quotes, each sent once per batch.
CALL (n) {
  UNWIND $edges.PROPOSES AS row
  WITH n[toInteger(row.from)] AS a, n[toInteger(row.to)] AS b, row
  CREATE (a)-[r:PROPOSES]->(b)
  SET r = row.props, r.doc = $hashes[toInteger(row.doc)], r.quote = $quotes[toInteger(row.quote)]
}
CALL (n) {
  UNWIND $edges.CHAIRS AS row
  WITH n[toInteger(row.from)] AS a, n[toInteger(row.to)] AS b, row
  CREATE (a)-[r:CHAIRS]->(b)
  SET r = row.props, r.doc = $hashes[toInteger(row.doc)], r.quote = $quotes[toInteger(row.quote)]
}
CALL (n) {
  UNWIND $edges.HOLDS_POST AS row
  WITH n[toInteger(row.from)] AS a, n[toInteger(row.to)] AS b, row
  CREATE (a)-[r:HOLDS_POST]->(b)
  SET r = row.props, r.doc = $hashes[toInteger(row.doc)], r.quote = $quotes[toInteger(row.quote)]
}
CALL (n) {
  UNWIND $edges.REPRESENTS AS row
  WITH n[toInteger(row.from)] AS a, n[toInteger(row.to)] AS b, row
  CREATE (a)-[r:REPRESENTS]->(b)
  SET r = row.props, r.doc = $hashes[toInteger(row.doc)], r.quote = $quotes[toInteger(row.quote)]
}
CALL (n) {
  UNWIND $edges.ATTENDS AS row
  WITH n[toInteger(row.from)] AS a, n[toInteger(row.to)] AS b, row
  CREATE (a)-[r:ATTENDS]->(b)
  SET r = row.props, r.doc = $hashes[toInteger(row.doc)], r.quote = $quotes[toInteger(row.quote)]
}
CALL (n) {
  UNWIND $edges.CONVENES AS row
  WITH n[toInteger(row.from)] AS a, n[toInteger(row.to)] AS b, row
  CREATE (a)-[r:CONVENES]->(b)
  SET r = row.props, r.doc = $hashes[toInteger(row.doc)], r.quote = $quotes[toInteger(row.quote)]
}
CALL (n) {
  UNWIND $edges.ABOUT AS row
  WITH n[toInteger(row.from)] AS a, n[toInteger(row.to)] AS b, row
  CREATE (a)-[r:ABOUT]->(b)
  SET r = row.props, r.doc = $hashes[toInteger(row.doc)], r.quote = $quotes[toInteger(row.quote)]
}
CALL (n) {
  UNWIND $edges.RAISED_AT AS row
  WITH n[toInteger(row.from)] AS a, n[toInteger(row.to)] AS b, row
  CREATE (a)-[r:RAISED_AT]->(b)
  SET r = row.props, r.doc = $hashes[toInteger(row.doc)], r.quote = $quotes[toInteger(row.quote)]
}
// Each document's own links to every node it touched: deletion and provenance start here.
CALL (n) {
  UNWIND $mentions AS row
  WITH n[toInteger(row.from)] AS d, n[toInteger(row.to)] AS x, row
  CREATE (d)-[:MENTIONS {doc: $hashes[toInteger(row.from)]}]->(x)
}
// Marks documents whose facts are all written (checked after a crash: none is ever partial).
CALL (n) {
  UNWIND $complete AS row
  WITH n[toInteger(row.at)] AS d, row
  SET d.complete = true, d.proposals = row.proposals, d.persons = row.persons
}
RETURN size(n) AS nodes
