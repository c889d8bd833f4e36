// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// One page of proposals, newest first, and the total. $speaker is a person's uid or folded
// name (every person of the name); the other filters are folded text or a meeting uid. Null filters are ignored.
MATCH (pr:Proposal)
WHERE ($text IS NULL OR pr.folded CONTAINS $text)
  AND ($speaker IS NULL OR EXISTS {
    MATCH (s:Person)-[:PROPOSES]->(pr) WHERE s.uid = $speaker OR s.nameKey = $speaker OR s.key = $speaker })
  AND ($organisation IS NULL OR EXISTS {
    MATCH (o:Organisation)<-[:HOLDS_POST|REPRESENTS]-(:Person)-[:PROPOSES]->(pr)
    WHERE o.folded CONTAINS $organisation })
  AND ($theme IS NULL OR EXISTS { MATCH (pr)-[:ABOUT]->(t:Theme) WHERE t.key CONTAINS $theme })
  AND ($meeting IS NULL OR EXISTS { MATCH (pr)-[:RAISED_AT]->(:Meeting {uid: $meeting}) })
WITH pr ORDER BY pr.date DESC, pr.uid
WITH collect(pr) AS matches
RETURN size(matches) AS total, [x IN matches[toInteger($skip)..toInteger($skip + $limit)] | x {.*, folded: null, label: 'Proposal'}] AS page
