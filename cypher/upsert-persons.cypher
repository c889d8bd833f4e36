// One node per person across reports and scripts, keyed on the folded name.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (p:Person:Fact {key: row.key})
ON CREATE SET p.uid = row.uid, p.name = row.name, p.aliases = []
SET p.aliases = reduce(acc = p.aliases, a IN [row.name] + row.aliases | CASE WHEN a IN acc OR a = p.name THEN acc ELSE acc + a END),
    p.folded = row.folded
RETURN row.uid AS uid, elementId(p) AS id
