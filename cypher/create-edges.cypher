// The relationships of one type for a document. __TYPE__ is filled in at load time from the
// extractor's closed enum of relationship types (never from input), one query text per type:
// Neo4j 5.26.0 evaluates a dynamic type $(row.type) once per query, so it cannot vary by row.
UNWIND $rows AS row
MATCH (a:Fact {uid: row.from})
MATCH (b:Fact {uid: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r += row.props, r.doc = $hash, r.start = row.start, r.end = row.end, r.quote = row.quote
