// Other documents ingested from the same sources: an edited report replaces them. The hint
// keeps this a seek on the source index: left to itself the planner scanned every document's
// hash for the `<>`, so each batch cost grew with the corpus (found in bench:ingest's profile).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document)
USING INDEX d:Document(source)
WHERE d.source = doc.source AND d.hash <> doc.hash
RETURN doc.hash AS by, d.hash AS hash
