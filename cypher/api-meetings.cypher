// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// One page of meetings, newest first, between two dates (inclusive, either may be null).
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
WITH m ORDER BY m.date DESC, m.name, m.uid
WITH collect(m) AS matches
RETURN size(matches) AS total, [x IN matches[toInteger($skip)..toInteger($skip + $limit)] | x {.*, folded: null, label: 'Meeting'}] AS page
