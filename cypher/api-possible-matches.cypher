// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// Pairs of people of one name kept apart but possibly one, most likely first: a range seek on
// the score index (cypher/schema.cypher), never a scan of people.
MATCH (a:Person)-[s:POSSIBLY_SAME_AS]->(b:Person)
WHERE s.score >= $minScore
RETURN a {.*, folded: null, label: 'Person'} AS a, b {.*, folded: null, label: 'Person'} AS b,
       s.score AS score, s.reason AS reason
ORDER BY score DESC, a.key, b.key
LIMIT toInteger($first)
