// Meetings stored before search covered them have no `folded`: up to $limit of them, for
// schema.ts to give one (the text is folded in JavaScript, as at ingest).
MATCH (m:Meeting)
WHERE m.folded IS NULL
RETURN m.uid AS uid, m.name AS name, m.topic AS topic, m.location AS location
LIMIT toInteger($limit)
