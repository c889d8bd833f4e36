// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// One page of people and the total. Matches are collected as node references (cheap) so one
// query gives both; filters are folded to one script by the caller. Null filters are ignored.
MATCH (p:Person)
WHERE ($name IS NULL OR p.folded CONTAINS $name)
  AND ($organisation IS NULL OR EXISTS {
    MATCH (p)-[:HOLDS_POST|REPRESENTS]->(o:Organisation) WHERE o.folded CONTAINS $organisation })
  AND ($theme IS NULL OR EXISTS {
    MATCH (p)-[:PROPOSES]->(:Proposal)-[:ABOUT]->(t:Theme) WHERE t.key CONTAINS $theme })
  AND ($meeting IS NULL OR EXISTS { MATCH (p)-[:ATTENDS|CHAIRS]->(:Meeting {uid: $meeting}) }
    OR EXISTS { MATCH (p)-[:PROPOSES]->(:Proposal)-[:RAISED_AT]->(:Meeting {uid: $meeting}) })
WITH p, CASE $orderBy WHEN 'PROPOSALS' THEN COUNT { (p)-[:PROPOSES]->() } ELSE 0 END AS rank
ORDER BY rank DESC, p.name, p.uid
WITH collect(p) AS matches
RETURN size(matches) AS total, [x IN matches[toInteger($skip)..toInteger($skip + $limit)] | x {.*, folded: null, label: 'Person'}] AS page
