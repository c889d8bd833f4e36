// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// People who proposed on themes whose folded name contains $theme, most proposals first, each
// with their newest $perPerson proposals on those themes. People are ranked on counts alone;
// only the top $first read their proposals (a busy theme has ~10,000 proposals by as many
// people: sorting and collecting them all cost twice the time).
MATCH (t:Theme) WHERE t.key CONTAINS $theme
MATCH (t)<-[:ABOUT]-(pr:Proposal)<-[:PROPOSES]-(p:Person)
WITH p, count(DISTINCT pr) AS count
ORDER BY count DESC, p.name
LIMIT toInteger($first)
CALL (p) {
  MATCH (p)-[:PROPOSES]->(pr:Proposal)-[:ABOUT]->(t:Theme) WHERE t.key CONTAINS $theme
  WITH DISTINCT pr ORDER BY pr.date DESC, pr.uid LIMIT toInteger($perPerson)
  RETURN collect(pr {.*, folded: null, label: 'Proposal'}) AS proposals
}
RETURN p {.*, folded: null, label: 'Person'} AS person, count, proposals
