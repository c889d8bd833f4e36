// Gives meetings their search text (rows from schema-meetings-unsearchable).
UNWIND $rows AS row
MATCH (m:Meeting:Fact {uid: row.uid})
SET m.folded = row.folded
