// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// One page of themes, most proposals first, and the total.
MATCH (t:Theme)
WITH t, COUNT { (t)<-[:ABOUT]-() } AS n
ORDER BY n DESC, t.name, t.uid
WITH collect(t) AS matches
RETURN size(matches) AS total, [x IN matches[toInteger($skip)..toInteger($skip + $limit)] | x {.*, folded: null, label: 'Theme'}] AS page
