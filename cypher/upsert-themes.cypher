CYPHER replan=skip
UNWIND $rows AS row
MERGE (t:Theme:Fact {key: row.key})
ON CREATE SET t.uid = row.uid, t.name = row.name, t.folded = row.key
RETURN row.uid AS uid, elementId(t) AS id
