// The graph's change counter (graph-touch.cypher); 0 before the first document.
OPTIONAL MATCH (g:Meta {key: 'graph'})
RETURN coalesce(g.version, 0) AS version
