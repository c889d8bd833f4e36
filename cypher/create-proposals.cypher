// Proposals belong to one document: created, never merged, and deleted with it.
CYPHER replan=skip
UNWIND $rows AS row
CREATE (p:Proposal:Fact {uid: row.uid, doc: row.doc, text: row.text, folded: row.folded, start: row.start, end: row.end, speaker: row.speaker, date: row.date})
RETURN row.uid AS uid, elementId(p) AS id
