// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// Full text over names, aliases, proposals and themes. $query is Lucene syntax built by the
// caller from folded, escaped terms (user text is never Lucene syntax).
CALL db.index.fulltext.queryNodes('fact_search', $query, {limit: toInteger($fetch)}) YIELD node, score
WITH node, score, head([l IN labels(node) WHERE l <> 'Fact']) AS label
WHERE label IN $labels
RETURN node {.*, folded: null, label: label} AS node, score
ORDER BY score DESC
LIMIT toInteger($first)
