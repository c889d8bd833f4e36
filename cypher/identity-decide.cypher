// Records an analyst's decision on the people of a name: who, why, when, by reports.
CREATE (d:IdentityDecision {id: $id, name: $name, kind: $kind, docs: $docs, reason: $reason, by: $by, at: datetime()})
RETURN d.id AS id, toString(d.at) AS at
