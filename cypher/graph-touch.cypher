// Counts changes to the graph: every transaction that writes or deletes documents bumps it, so
// an API process (this one or another) knows its cached answers are out of date. Taken last in
// the transaction, so the one lock it holds never waits inside a batch's other locks.
MERGE (g:Meta {key: 'graph'})
ON CREATE SET g.version = 0
SET g.version = g.version + 1, g.changedAt = datetime()
