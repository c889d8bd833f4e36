// The documents of this batch that give no publication date while their source's stored
// document has one and the very same text: a re-ingest without the date (kg ingest after
// npm start read the bundled reports with theirs) is the same report, not an edit that erases
// the meeting's date. The hint keeps this a seek on the source index.
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document)
USING INDEX d:Document(source)
WHERE d.source = doc.source AND d.published IS NOT NULL AND d.text = doc.text
RETURN DISTINCT doc.hash AS hash
