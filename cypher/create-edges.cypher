// Every relationship of a document in one statement: the type comes from the extractor's
// closed enum (zod-validated), never from user input. Each carries its evidence.
UNWIND $rows AS row
MATCH (a:Fact {uid: row.from})
MATCH (b:Fact {uid: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props, r.doc = $hash, r.start = row.start, r.end = row.end, r.quote = row.quote
