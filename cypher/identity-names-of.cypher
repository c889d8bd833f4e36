// The folded names of one document's people: their identity is settled again once it is gone.
OPTIONAL MATCH (:Document {hash: $hash})-[:MENTIONS]->(p:Person)
RETURN [n IN collect(DISTINCT p.nameKey) WHERE n IS NOT NULL] AS names
