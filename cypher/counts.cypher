// Sizes of the graph, for summaries and the idempotency tests; the bookkeeping node (:Meta) is
// not part of it. Each count is a count-store lookup.
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (m:Meta) RETURN count(m) AS meta }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN all - meta AS nodes, relationships
