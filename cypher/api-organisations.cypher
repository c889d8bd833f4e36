// One page of organisations by name, and the total.
MATCH (o:Organisation)
WHERE $name IS NULL OR o.folded CONTAINS $name
WITH o ORDER BY o.name, o.uid
WITH collect(o) AS matches
RETURN size(matches) AS total, [x IN matches[toInteger($skip)..toInteger($skip + $limit)] | x {.*, label: 'Organisation'}] AS page
