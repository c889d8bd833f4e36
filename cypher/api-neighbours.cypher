// One breadth-first step of a neighbourhood: relationships from the frontier to nodes not seen
// yet. Provenance links (MENTIONS, REPORTED_IN) are left out: they join everything to documents.
UNWIND $frontier AS uid
MATCH (a:Fact {uid: uid})-[r:HOLDS_POST|REPRESENTS|PROPOSES|CHAIRS|ATTENDS|CONVENES|RAISED_AT|ABOUT]-(b:Fact)
WHERE NOT b.uid IN $seen
RETURN type(r) AS type, startNode(r).uid AS from, endNode(r).uid AS to, properties(r) AS props,
  b {.*, label: head([l IN labels(b) WHERE l <> 'Fact'])} AS node
LIMIT toInteger($limit)
