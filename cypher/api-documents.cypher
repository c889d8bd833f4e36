// Documents by content hash, for the document loader (evidence points at them).
UNWIND $hashes AS hash
MATCH (d:Document {hash: hash})
RETURN hash, d {.*, label: 'Document', ingestedAt: toString(d.ingestedAt)} AS node
