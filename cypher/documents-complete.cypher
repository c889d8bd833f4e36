// Marks documents whose facts are all written (checked after a crash: none is ever partial).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {hash: doc.hash})
SET d.complete = true, d.proposals = doc.proposals, d.persons = doc.persons
