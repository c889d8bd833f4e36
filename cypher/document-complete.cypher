MATCH (d:Document {hash: $hash})
SET d.complete = true, d.proposals = $proposals, d.persons = $persons
