// Takes an analyst's decision back (kept, marked undone, with who and when).
MATCH (d:IdentityDecision {id: $id})
WHERE d.undone IS NULL
SET d.undone = datetime(), d.undoneBy = $by
RETURN d.name AS name, d.kind AS kind, d.docs AS docs, d.reason AS reason, d.by AS by, toString(d.at) AS at
