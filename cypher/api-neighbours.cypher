// One breadth-first step of a neighbourhood: relationships from the frontier to nodes not seen
// yet, and the first $room nodes they reach (in the order reached). Provenance links (MENTIONS,
// REPORTED_IN) are left out: they join everything to documents.
// One record, so each node is sent once and nodes past $room not at all: decoding the API's
// rows cost it more CPU than the database spent on the step. Edges are lists
// [type, from uid, to uid, properties], not maps (the driver decodes a map key by key);
// properties are read only when the request asks for them ($props). `folded` is the search
// index's copy of a name or text, which the API never shows.
// The first step also returns the node it starts from ($start; null on later steps), so a
// neighbourhood of depth d costs d statements, not d + 1 (the start was a lookup of its own).
OPTIONAL MATCH (s:Fact {uid: $start})
CALL () {
  UNWIND $frontier AS uid
  MATCH (a:Fact {uid: uid})-[r:HOLDS_POST|REPRESENTS|PROPOSES|CHAIRS|ATTENDS|CONVENES|RAISED_AT|ABOUT]-(b:Fact)
  WHERE NOT b.uid IN $seen
  WITH r, b
  LIMIT toInteger($limit)
  WITH collect({r: r, b: b}) AS rows, collect(DISTINCT b) AS found
  WITH rows, found, found[..toInteger($room)] AS kept
  RETURN
    [x IN rows WHERE x.b IN kept |
      [type(x.r), startNode(x.r).uid, endNode(x.r).uid, CASE WHEN $props THEN properties(x.r) END]] AS edges,
    [n IN kept | n {.*, folded: null, label: head([l IN labels(n) WHERE l <> 'Fact'])}] AS nodes,
    size(rows) >= $limit OR size(found) > size(kept) AS truncated
}
RETURN s {.*, folded: null, label: head([l IN labels(s) WHERE l <> 'Fact'])} AS start, edges, nodes, truncated
