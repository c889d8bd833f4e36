// Claims a batch of documents by content hash inside the ingest transaction. Under the
// uniqueness constraint a concurrent claim of the same hash waits for the first to commit and
// then matches it, so twenty concurrent ingests of one report write its facts once. The
// caller sends each hash at most once per statement.
CYPHER replan=skip
UNWIND $docs AS doc
MERGE (d:Document {hash: doc.hash})
ON CREATE SET d.fresh = true, d.source = doc.source, d.published = doc.published, d.script = doc.script, d.text = doc.text,
  d.ingestedAt = datetime(), d.warnings = doc.warnings,
  d.announcedSpeakers = doc.announcedSpeakers, d.foundSpeakers = doc.foundSpeakers, d.truncated = doc.truncated
ON MATCH SET d.fresh = false
WITH d, d.fresh AS fresh
REMOVE d.fresh
RETURN d.hash AS hash, fresh, elementId(d) AS id
