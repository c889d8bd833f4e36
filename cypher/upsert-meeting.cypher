// Reports of the same meeting (same date, kind) share one Meeting node.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (m:Meeting:Fact {key: row.key})
ON CREATE SET m.uid = row.uid
SET m.name = row.name, m.kind = row.kind, m.date = row.date, m.location = coalesce(row.location, m.location),
    m.topic = coalesce(row.topic, m.topic), m.venues = row.venues
WITH m, row
MATCH (d) WHERE elementId(d) = row.docId
CREATE (m)-[:REPORTED_IN {doc: row.doc, start: row.start, end: row.end, quote: row.quote}]->(d)
RETURN row.uid AS uid, elementId(m) AS id
