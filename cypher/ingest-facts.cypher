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
// Rows arrive as columns, one list per key (`c.key[i]` is row i's key): the driver packs a
// batch's lists of values in a third of the time it packs the same rows as maps.
//
// One block per relationship type of the extractor's closed enum (MENTIONS apart): a type
// cannot be a parameter that varies by row in Neo4j 5.26. A unit test checks that every type
// has its block. $edges holds the columns of every type (empty lists for a type the batch lacks).
//
// replan=skip: the plan is seeks and creates whatever the statistics say, and during a bulk
// load the growing counts made Neo4j replan the ingest statements again and again.
CYPHER replan=skip
CALL () {
  UNWIND $docs AS id
  MATCH (d) WHERE elementId(d) = id
  RETURN collect(d) AS docs
}
// One node per person across reports and scripts, keyed on the folded name and the first
// specific organisation the report ties them to (src/domain/identity.ts); who is who over all
// the reports of a name is settled after this statement (src/store/identity.ts). Rows come sorted
// by key, so concurrent batches lock shared nodes in one order (which avoids most deadlocks).
// Aliases, and their folded forms in `folded` (what the full-text index searches), accumulate
// over reports: a later report that does not use a short form must not make it unsearchable.
CALL () {
  WITH $persons AS c
  UNWIND range(0, size(c.key) - 1) AS i
  MERGE (p:Person:Fact {key: c.key[i]})
  ON CREATE SET p.uid = c.uid[i], p.name = c.name[i], p.aliases = []
  SET p.nameKey = c.nameKey[i],
      p.aliases = reduce(acc = p.aliases, a IN [c.name[i]] + c.aliases[i] | CASE WHEN a IN acc OR a = p.name THEN acc ELSE acc + a END),
      p.folded = reduce(acc = coalesce(p.folded, ''), w IN split(c.folded[i], ' ') | CASE WHEN w IN split(acc, ' ') THEN acc ELSE trim(acc + ' ' + w) END)
  RETURN collect(p) AS persons
}
CALL () {
  WITH $organisations AS c
  UNWIND range(0, size(c.key) - 1) AS i
  MERGE (o:Organisation:Fact {key: c.key[i]})
  ON CREATE SET o.uid = c.uid[i], o.name = c.name[i], o.aliases = [], o.source = c.source[i]
  SET o.aliases = reduce(acc = o.aliases, a IN [c.name[i]] + c.aliases[i] | CASE WHEN a IN acc OR a = o.name THEN acc ELSE acc + a END),
      o.folded = reduce(acc = coalesce(o.folded, ''), w IN split(c.folded[i], ' ') | CASE WHEN w IN split(acc, ' ') THEN acc ELSE trim(acc + ' ' + w) END)
  RETURN collect(o) AS organisations
}
CALL () {
  WITH $themes AS c
  UNWIND range(0, size(c.key) - 1) AS i
  MERGE (t:Theme:Fact {key: c.key[i]})
  ON CREATE SET t.uid = c.uid[i], t.name = c.name[i], t.kind = c.kind[i], t.parent = c.parent[i], t.forms = [], t.formCounts = []
  // Forms seen before keep their places, new ones are appended, and each counts the reports
  // that write it; the name is the form most reports write (the first such on a tie).
  WITH t, c, i, reduce(acc = coalesce(t.forms, []), f IN c.forms[i] | CASE WHEN f IN acc THEN acc ELSE acc + f END) AS forms
  WITH t, c, i, forms, [k IN range(0, size(forms) - 1) | coalesce(t.formCounts[k], 0) + reduce(n = 0, j IN range(0, size(c.forms[i]) - 1) | n + CASE WHEN c.forms[i][j] = forms[k] THEN c.formCounts[i][j] ELSE 0 END)] AS counts
  SET t.forms = forms, t.formCounts = counts,
      t.name = forms[reduce(best = 0, k IN range(0, size(counts) - 1) | CASE WHEN counts[k] > counts[best] THEN k ELSE best END)],
      t.kind = coalesce(t.kind, c.kind[i]), t.parent = coalesce(t.parent, c.parent[i]),
      t.folded = reduce(acc = coalesce(t.folded, ''), w IN split(c.folded[i], ' ') | CASE WHEN w IN split(acc, ' ') THEN acc ELSE trim(acc + ' ' + w) END)
  RETURN collect(t) AS themes
}
// Reports of the same meeting (same date, kind) share one Meeting node.
CALL (docs) {
  WITH docs, $meetings AS c
  UNWIND range(0, size(c.key) - 1) AS i
  MERGE (m:Meeting:Fact {key: c.key[i]})
  ON CREATE SET m.uid = c.uid[i]
  SET m.name = c.name[i], m.kind = c.kind[i], m.date = c.date[i], m.location = coalesce(c.location[i], m.location),
      m.topic = coalesce(c.topic[i], m.topic), m.venues = c.venues[i], m.folded = c.folded[i]
  WITH m, c, i, docs[toInteger(c.at[i])] AS d
  CREATE (m)-[:REPORTED_IN {doc: c.doc[i], start: c.start[i], end: c.end[i], quote: c.quote[i]}]->(d)
  RETURN collect(m) AS meetings
}
// A proposal belongs to the first document that reports it (its `doc`, evidence and
// relationships). Another report of the same meeting, speaker and words (a republished story;
// the uid, see rows.ts) adds its evidence as a REPORTED_IN to its own document, and none of
// its relationships: counts are of distinct proposals.
CALL (docs) {
  WITH docs, $proposals AS c
  UNWIND range(0, size(c.uid) - 1) AS i
  MERGE (p:Proposal:Fact {uid: c.uid[i]})
  ON CREATE SET p.doc = c.doc[i], p.text = c.text[i], p.folded = c.folded[i], p.start = c.start[i], p.end = c.end[i], p.speaker = c.speaker[i], p.speakerKind = c.speakerKind[i], p.kind = c.kind[i], p.date = c.date[i]
  WITH p, c, i, docs[toInteger(c.at[i])] AS d
  FOREACH (_ IN CASE WHEN p.doc <> c.doc[i] THEN [1] ELSE [] END |
    CREATE (p)-[:REPORTED_IN {doc: c.doc[i], start: c.start[i], end: c.end[i], quote: c.text[i]}]->(d))
  RETURN collect(p) AS proposals
}
WITH docs + persons + organisations + themes + meetings + proposals AS n
// c.props: the relationship's own properties (or null); its evidence's offsets win over them.
// A relationship of a proposal that another document holds is that document's, and not
// written again (PROPOSES, ABOUT, RAISED_AT).
// Its document and quote are positions in $hashes and $quotes, each sent once per batch.
CALL (n) {
  WITH n, $edges.PROPOSES AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  WHERE all(x IN [a, b] WHERE NOT x:Proposal OR x.doc = $hashes[toInteger(c.doc[i])])
  CREATE (a)-[r:PROPOSES]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
CALL (n) {
  WITH n, $edges.CHAIRS AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  CREATE (a)-[r:CHAIRS]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
CALL (n) {
  WITH n, $edges.HOLDS_POST AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  CREATE (a)-[r:HOLDS_POST]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
CALL (n) {
  WITH n, $edges.REPRESENTS AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  CREATE (a)-[r:REPRESENTS]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
CALL (n) {
  WITH n, $edges.ATTENDS AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  CREATE (a)-[r:ATTENDS]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
CALL (n) {
  WITH n, $edges.CONVENES AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  CREATE (a)-[r:CONVENES]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
CALL (n) {
  WITH n, $edges.ABOUT AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  WHERE all(x IN [a, b] WHERE NOT x:Proposal OR x.doc = $hashes[toInteger(c.doc[i])])
  CREATE (a)-[r:ABOUT]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
CALL (n) {
  WITH n, $edges.RAISED_AT AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS a, n[toInteger(c.to[i])] AS b, c, i
  WHERE all(x IN [a, b] WHERE NOT x:Proposal OR x.doc = $hashes[toInteger(c.doc[i])])
  CREATE (a)-[r:RAISED_AT]->(b)
  SET r = coalesce(c.props[i], {}), r.start = c.start[i], r.end = c.end[i],
      r.doc = $hashes[toInteger(c.doc[i])], r.quote = $quotes[toInteger(c.quote[i])]
}
// Each document's own links to every node it touched: deletion and provenance start here.
CALL (n) {
  WITH n, $mentions AS c
  UNWIND range(0, size(c.from) - 1) AS i
  WITH n[toInteger(c.from[i])] AS d, n[toInteger(c.to[i])] AS x, c, i
  // A person's mention keeps what identity reads: the report's specific organisations, its year,
  // and the decision this report alone gives (settling over the name's reports rewrites it
  // only where they decide otherwise, which for most names is never).
  CREATE (d)-[m:MENTIONS {doc: $hashes[toInteger(c.from[i])]}]->(x)
  SET m.orgs = c.orgs[i], m.year = c.year[i], m.identity = c.reason[i]
}
// Marks documents whose facts are all written (checked after a crash: none is ever partial).
CALL (n) {
  WITH n, $complete AS c
  UNWIND range(0, size(c.at) - 1) AS i
  WITH n[toInteger(c.at[i])] AS d, c, i
  SET d.complete = true, d.proposals = c.proposals[i], d.persons = c.persons[i]
}
RETURN size(n) AS nodes
