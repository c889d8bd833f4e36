// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// The person of a name that a report's mention now is (after a decision was applied).
MATCH (:Document {hash: $doc})-[:MENTIONS]->(p:Person {nameKey: $name})
RETURN p {.*, folded: null, label: 'Person'} AS node
LIMIT 1
