// Constraints and indexes, created idempotently at start-up. Statements are separated by ";".
// Every fact node also carries :Fact with a uid, so one query can link any two of them.
CREATE CONSTRAINT fact_uid IF NOT EXISTS FOR (n:Fact) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT document_hash IF NOT EXISTS FOR (d:Document) REQUIRE d.hash IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (p:Person) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (o:Organisation) REQUIRE o.key IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (m:Meeting) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT theme_key IF NOT EXISTS FOR (t:Theme) REQUIRE t.key IS UNIQUE;
// Proposals are Facts: fact_uid keeps their uid unique. A second constraint on the same key
// cost an index entry per proposal written (databases made before lose it here).
DROP CONSTRAINT proposal_uid IF EXISTS;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source);
CREATE INDEX proposal_doc IF NOT EXISTS FOR (p:Proposal) ON (p.doc);
CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date);
// Who is who: the people of one name, found by an index seek (src/store/identity.ts), and
// one lock node per name that serialises the decisions of concurrent writers.
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.nameKey);
CREATE CONSTRAINT identity_lock IF NOT EXISTS FOR (l:IdentityLock) REQUIRE l.name IS UNIQUE;
CREATE CONSTRAINT identity_decision IF NOT EXISTS FOR (d:IdentityDecision) REQUIRE d.id IS UNIQUE;
CREATE INDEX identity_decision_name IF NOT EXISTS FOR (d:IdentityDecision) ON (d.name);
// Open pairs for review, most likely first, by a range seek (no scan of people or relationships).
CREATE INDEX possibly_same_score IF NOT EXISTS FOR ()-[s:POSSIBLY_SAME_AS]-() ON (s.score);
// Full text over names, aliases, proposal text, themes and meetings. The cjk analyzer indexes
// character bigrams; `folded` holds the same text in one script, so a query folded the same way
// is script-blind. `fact_text` (before meetings were searched) gives way to `fact_search`: an
// index's labels cannot change, and `IF NOT EXISTS` would keep the old one silently.
DROP INDEX fact_text IF EXISTS;
CREATE FULLTEXT INDEX fact_search IF NOT EXISTS FOR (n:Person|Organisation|Proposal|Theme|Meeting) ON EACH [n.folded] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
