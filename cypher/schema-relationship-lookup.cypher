// The relationship type lookup index Neo4j creates with every database: its name is generated.
// No statement of ours scans relationships by type (a test EXPLAINs them all), and keeping it
// costs an index insert per relationship written, so ensureSchema drops it by this name (in a
// database that holds no relationship yet).
SHOW INDEXES YIELD name, type, entityType
WHERE type = 'LOOKUP' AND entityType = 'RELATIONSHIP'
RETURN name
