// Other documents ingested from the same sources: an edited report replaces them.
UNWIND $docs AS doc
MATCH (d:Document {source: doc.source})
WHERE d.hash <> doc.hash
RETURN doc.hash AS by, d.hash AS hash
