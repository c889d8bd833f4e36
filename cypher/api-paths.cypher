// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// Shortest paths between two facts over the meaning-bearing relationships, with both ends
// (null when there is no such fact), in one record: the ends were a lookup of their own.
// __HOPS__ is an integer 1–4 checked in code (a variable-length bound cannot be a parameter).
OPTIONAL MATCH (a:Fact {uid: $from})
OPTIONAL MATCH (b:Fact {uid: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:HOLDS_POST|REPRESENTS|PROPOSES|CHAIRS|ATTENDS|CONVENES|RAISED_AT|ABOUT*..__HOPS__]-(b))
  WITH p LIMIT toInteger($first)
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*, folded: null, label: head([l IN labels(n) WHERE l <> 'Fact'])}],
    edges: [r IN relationships(p) | {type: type(r), from: startNode(r).uid, to: endNode(r).uid, props: properties(r)}]
  }) AS paths
}
RETURN a {.*, folded: null, label: head([l IN labels(a) WHERE l <> 'Fact'])} AS from,
  b IS NOT NULL AS toFound, paths
