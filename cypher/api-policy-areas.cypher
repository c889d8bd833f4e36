// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// The policy areas proposals fall in, grouped by first level; groups and areas most proposals first.
MATCH (a:Theme {kind: 'area'})
WITH a, COUNT { (a)<-[:ABOUT]-() } AS n
WHERE n > 0
ORDER BY n DESC, a.name
WITH a.parent AS parent, collect({theme: a {.*, folded: null, label: 'Theme'}, count: n}) AS areas, sum(n) AS total
RETURN parent, areas ORDER BY total DESC, parent
