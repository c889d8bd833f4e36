// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// People who proposed on the same themes as a person, most shared themes first.
MATCH (p:Fact {uid: $uid})-[:PROPOSES]->(:Proposal)-[:ABOUT]->(t:Theme)<-[:ABOUT]-(:Proposal)<-[:PROPOSES]-(q:Person)
WHERE q <> p
WITH q, t, count(*) AS weight
ORDER BY weight DESC, t.name
WITH q, collect(t) AS themes, sum(weight) AS total
ORDER BY size(themes) DESC, total DESC, q.name
LIMIT toInteger($first)
RETURN q {.*, folded: null, label: 'Person'} AS person, [x IN themes | x {.*, folded: null, label: 'Theme'}] AS themes
