// The relationships of one type for a batch of documents. __TYPE__ is filled in at load time
// from the extractor's closed enum of relationship types (never from input), one query text per
// type: Neo4j 5.26.0 evaluates a dynamic type $(row.type) once per query, so it cannot vary by row.
// row.props holds the edge's own properties and its evidence (doc, start, end, quote): one
// map set. row.from and row.to are element ids the upserts of this same transaction returned:
// a seek by id takes no index lock, where a unique-index seek did (bench:ingest: ~20% faster).
// replan=skip (here and in the other ingest statements): their plans are unique-index
// seeks whatever the statistics say, and during a bulk load the growing counts made Neo4j
// replan them again and again (a fifth of the writer's time in a profile).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
