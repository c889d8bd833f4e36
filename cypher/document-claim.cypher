// Claims a document by content hash inside the ingest transaction. Under the uniqueness
// constraint a concurrent claim of the same hash waits for the first to commit and then
// matches it, so twenty concurrent ingests of one report write its facts once.
MERGE (d:Document {hash: $hash})
ON CREATE SET d.fresh = true, d.source = $source, d.published = $published, d.script = $script,
  d.ingestedAt = datetime(), d.warnings = $warnings
ON MATCH SET d.fresh = false
WITH d, d.fresh AS fresh
REMOVE d.fresh
RETURN fresh
