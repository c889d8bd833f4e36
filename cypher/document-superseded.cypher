// Other documents ingested from the same source: an edited report replaces them.
MATCH (d:Document {source: $source})
WHERE d.hash <> $hash
RETURN d.hash AS hash
