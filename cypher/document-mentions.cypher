// The document's own links to every node it touched: deletion and provenance start here.
MATCH (d:Document {hash: $hash})
UNWIND $uids AS uid
MATCH (n:Fact {uid: uid})
CREATE (d)-[:MENTIONS {doc: $hash}]->(n)
