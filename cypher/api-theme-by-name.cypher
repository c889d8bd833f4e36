// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// A theme by name: the phrase whose key is $key (folded across script and vocabulary), else the
// area of that name ($area, its key), else the theme one of whose forms folds to $key.
OPTIONAL MATCH (p:Theme {key: $key})
OPTIONAL MATCH (a:Theme {key: $area})
WITH coalesce(p, a) AS t
CALL (t) {
  WITH t WHERE t IS NULL
  MATCH (f:Theme) WHERE $key IN split(f.folded, ' ')
  RETURN f ORDER BY COUNT { (f)<-[:ABOUT]-() } DESC, f.uid LIMIT 1
  UNION
  WITH t WHERE t IS NOT NULL
  RETURN t AS f
}
RETURN f {.*, folded: null, label: 'Theme'} AS node
