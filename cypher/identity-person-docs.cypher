// A person's name and the reports that mention them: what an analyst's decision is made of.
MATCH (p:Person:Fact {uid: $uid})
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(p)
RETURN p.nameKey AS name, [h IN collect(d.hash) WHERE h IS NOT NULL] AS docs
