// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// One page of themes, most proposals first, and the total; optionally of one kind, with a form
// containing $name (folded across script and vocabulary), or of the proposals of the area whose
// key is $area (then counted within that area, and only those with proposals in it).
OPTIONAL MATCH (a:Theme {key: $area})
WITH a WHERE $area IS NULL OR a IS NOT NULL
MATCH (t:Theme)
WHERE ($kind IS NULL OR coalesce(t.kind, 'phrase') = $kind)
  AND ($name IS NULL OR t.key CONTAINS $name OR t.folded CONTAINS $name)
  AND (a IS NULL OR t <> a)
WITH t, a, CASE WHEN a IS NULL THEN COUNT { (t)<-[:ABOUT]-() } ELSE COUNT { (t)<-[:ABOUT]-(:Proposal)-[:ABOUT]->(a) } END AS n
WHERE a IS NULL OR n > 0
ORDER BY n DESC, t.name, t.uid
WITH collect(t) AS matches
RETURN size(matches) AS total, [x IN matches[toInteger($skip)..toInteger($skip + $limit)] | x {.*, folded: null, label: 'Theme'}] AS page
