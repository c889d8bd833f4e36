// Each document's own links to every node it touched: deletion and provenance start here.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {hash: row.doc})
MATCH (n:Fact {uid: row.uid})
CREATE (d)-[:MENTIONS {doc: row.doc}]->(n)
