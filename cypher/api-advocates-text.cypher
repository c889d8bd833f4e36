// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// People whose proposals match the full-text $query, most matching proposals first.
CALL db.index.fulltext.queryNodes('fact_search', $query, {limit: 2000}) YIELD node, score
WHERE node:Proposal
MATCH (p:Person)-[:PROPOSES]->(node)
WITH p, node, score ORDER BY score DESC
WITH p, collect(node) AS prs, sum(score) AS relevance
ORDER BY size(prs) DESC, relevance DESC, p.name
LIMIT toInteger($first)
RETURN p {.*, folded: null, label: 'Person'} AS person, size(prs) AS count,
  [x IN prs[..toInteger($perPerson)] | x {.*, folded: null, label: 'Proposal'}] AS proposals
