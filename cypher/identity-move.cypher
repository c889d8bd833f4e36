// Moves one report's facts of a person to the person it is decided to be (created with the
// first's names when new): its posts, representations, attendances, chairs and proposals, and
// the report's MENTIONS. One block per relationship type a person starts (a type cannot be a
// parameter); every relationship here carries its report in `doc`.
UNWIND $moves AS mv
MATCH (a:Person:Fact {uid: mv.from})
MERGE (b:Person:Fact {key: mv.toKey})
ON CREATE SET b.uid = mv.toUid, b.name = a.name, b.nameKey = a.nameKey, b.aliases = [], b.folded = a.folded
SET b.aliases = reduce(acc = b.aliases, x IN [a.name] + a.aliases | CASE WHEN x IN acc OR x = b.name THEN acc ELSE acc + x END)
WITH a, b, mv
CALL (a, b, mv) {
  MATCH (a)-[r:PROPOSES {doc: mv.doc}]->(x)
  CREATE (b)-[s:PROPOSES]->(x) SET s = properties(r) DELETE r
}
CALL (a, b, mv) {
  MATCH (a)-[r:HOLDS_POST {doc: mv.doc}]->(x)
  CREATE (b)-[s:HOLDS_POST]->(x) SET s = properties(r) DELETE r
}
CALL (a, b, mv) {
  MATCH (a)-[r:REPRESENTS {doc: mv.doc}]->(x)
  CREATE (b)-[s:REPRESENTS]->(x) SET s = properties(r) DELETE r
}
CALL (a, b, mv) {
  MATCH (a)-[r:ATTENDS {doc: mv.doc}]->(x)
  CREATE (b)-[s:ATTENDS]->(x) SET s = properties(r) DELETE r
}
CALL (a, b, mv) {
  MATCH (a)-[r:CHAIRS {doc: mv.doc}]->(x)
  CREATE (b)-[s:CHAIRS]->(x) SET s = properties(r) DELETE r
}
CALL (a, b, mv) {
  MATCH (d:Document {hash: mv.doc})-[r:MENTIONS]->(a)
  CREATE (d)-[s:MENTIONS]->(b) SET s = properties(r) DELETE r
}
RETURN count(*) AS moved
