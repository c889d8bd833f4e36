// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// A person by a written form that does not fold to their name (read only when
// api-person-by-name finds no one).
MATCH (p:Person)
WHERE p.name = $name OR $name IN p.aliases
RETURN p {.*, folded: null, label: 'Person'} AS node
ORDER BY p.uid
LIMIT 1
