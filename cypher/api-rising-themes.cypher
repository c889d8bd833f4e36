// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// Themes whose share of proposals grew most from the $earlier period to the $later one (date
// prefixes: YYYY, YYYY-MM or YYYY-MM-DD), with at least $minCount proposals in the later one; a
// share is of all proposals of the period.
CALL () {
  MATCH (p:Proposal) WHERE p.date STARTS WITH $earlier OR p.date STARTS WITH $later
  RETURN sum(CASE WHEN p.date STARTS WITH $earlier THEN 1 ELSE 0 END) AS earlierTotal,
         sum(CASE WHEN p.date STARTS WITH $later THEN 1 ELSE 0 END) AS laterTotal
}
MATCH (t:Theme)<-[:ABOUT]-(p:Proposal)
WHERE ($kind IS NULL OR coalesce(t.kind, 'phrase') = $kind)
  AND (p.date STARTS WITH $earlier OR p.date STARTS WITH $later)
WITH t, earlierTotal, laterTotal,
     count(DISTINCT CASE WHEN p.date STARTS WITH $earlier THEN p END) AS earlierCount,
     count(DISTINCT CASE WHEN p.date STARTS WITH $later THEN p END) AS laterCount
WHERE laterCount >= $minCount
WITH t, earlierCount, laterCount,
     CASE WHEN earlierTotal = 0 THEN 0.0 ELSE toFloat(earlierCount) / earlierTotal END AS earlierShare,
     CASE WHEN laterTotal = 0 THEN 0.0 ELSE toFloat(laterCount) / laterTotal END AS laterShare
RETURN t {.*, folded: null, label: 'Theme'} AS theme, earlierCount, laterCount, earlierShare, laterShare,
       laterShare - earlierShare AS shareChange
ORDER BY shareChange DESC, laterCount DESC, t.name, t.uid
LIMIT toInteger($first)
