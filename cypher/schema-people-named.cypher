// People stored before who-is-who have no `nameKey`: their key was the folded name, so it is.
// Up to $limit at a time (schema.ts repeats until none is left).
MATCH (p:Person)
WHERE p.nameKey IS NULL
WITH p LIMIT toInteger($limit)
SET p.nameKey = p.key
RETURN count(p) AS named
