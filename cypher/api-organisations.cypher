// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// One page of organisations by name, and the total.
MATCH (o:Organisation)
WHERE $name IS NULL OR o.folded CONTAINS $name
WITH o ORDER BY o.name, o.uid
WITH collect(o) AS matches
RETURN size(matches) AS total, [x IN matches[toInteger($skip)..toInteger($skip + $limit)] | x {.*, folded: null, label: 'Organisation'}] AS page
