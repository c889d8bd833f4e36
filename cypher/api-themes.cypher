// One page of themes, most proposals first, and the total.
MATCH (t:Theme)
WITH t, COUNT { (t)<-[:ABOUT]-() } AS n
ORDER BY n DESC, t.name, t.uid
WITH collect(t) AS matches
RETURN size(matches) AS total, [x IN matches[toInteger($skip)..toInteger($skip + $limit)] | x {.*, label: 'Theme'}] AS page
