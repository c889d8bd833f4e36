CYPHER replan=skip
UNWIND $rows AS row
MERGE (o:Organisation:Fact {key: row.key})
ON CREATE SET o.uid = row.uid, o.name = row.name, o.aliases = [], o.source = row.source
SET o.aliases = reduce(acc = o.aliases, a IN [row.name] + row.aliases | CASE WHEN a IN acc OR a = o.name THEN acc ELSE acc + a END),
    o.folded = row.folded
RETURN row.uid AS uid, elementId(o) AS id
