// Drops one index by name (a parameter: never spliced into the text).
DROP INDEX $name IF EXISTS
