// Who is who (src/store/identity.ts): one lock node per name, written first, so writers that
// settle the same name at once take turns (names come sorted: one locking order).
UNWIND $names AS name
MERGE (l:IdentityLock {name: name})
SET l.version = coalesce(l.version, 0) + 1
