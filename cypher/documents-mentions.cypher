// Each document's own links to every node it touched: deletion and provenance start here.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d) WHERE elementId(d) = row.docId
MATCH (n) WHERE elementId(n) = row.id
CREATE (d)-[:MENTIONS {doc: row.doc}]->(n)
