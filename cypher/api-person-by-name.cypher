// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// A person by name or alias; $key is the name folded to one script, so either script finds it.
MATCH (p:Person)
WHERE p.key = $key OR p.name = $name OR $name IN p.aliases
RETURN p {.*, folded: null, label: 'Person'} AS node
ORDER BY p.uid
LIMIT 1
