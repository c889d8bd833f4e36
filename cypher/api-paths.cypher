// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// Shortest paths between two facts over the meaning-bearing relationships. __HOPS__ is an
// integer 1–4 checked in code (a variable-length bound cannot be a parameter).
MATCH (a:Fact {uid: $from}), (b:Fact {uid: $to})
MATCH p = allShortestPaths((a)-[:HOLDS_POST|REPRESENTS|PROPOSES|CHAIRS|ATTENDS|CONVENES|RAISED_AT|ABOUT*..__HOPS__]-(b))
RETURN [n IN nodes(p) | n {.*, folded: null, label: head([l IN labels(n) WHERE l <> 'Fact'])}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).uid, to: endNode(r).uid, props: properties(r)}] AS edges
LIMIT toInteger($first)
