// The relationships of one type for a batch of documents. __TYPE__ is filled in at load time
// from the extractor's closed enum of relationship types (never from input), one query text per
// type: Neo4j 5.26.0 evaluates a dynamic type $(row.type) once per query, so it cannot vary by row.
// row.props holds the edge's own properties and its evidence (doc, start, end, quote): one
// map set, which the planner runs without an Eager barrier.
UNWIND $rows AS row
MATCH (a:Fact {uid: row.from})
MATCH (b:Fact {uid: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
