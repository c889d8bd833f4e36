import { cypher, statements } from './cypher';
import { meetingSearchText } from './rows';
import type { Store } from './store';

// Two processes starting at once both pass `IF NOT EXISTS`; the later one is then told the
// rule already exists, which is what it wanted.
const ALREADY = ['Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists'];

/**
 * Creates constraints and indexes if missing (idempotent), drops the relationship type lookup
 * index of a database that holds no relationship yet, then waits for them to come online.
 *
 * Why drop that index: it takes an insert for every relationship written, and no statement
 * here finds relationships by type alone (they all start from a node; a store test EXPLAINs
 * every one). Writing 3,000 reports after 3,000 warm ones went from 25.5k and 26.8k to 30.1k and
 * 28.9k elements/s without it. Only while the database is empty: an index in a database that
 * already holds data may be someone's choice (or another application's), and is left alone.
 */
export async function ensureSchema(store: Store): Promise<void> {
  for (const s of statements('schema')) await store.command('schema', s, { done: ALREADY });
  const counts = await store.query<{ relationships: number }>('counts');
  if ((counts.records[0]?.get('relationships') ?? 0) === 0) {
    const lookup = await store.query<{ name: string }>('schema-relationship-lookup');
    for (const name of lookup.records.map((r) => r.get('name')))
      await store.command('schema-drop-index', cypher('schema-drop-index'), { params: { name } });
  }
  await store.command('schema-await', 'CALL db.awaitIndexes(120)');
  await makeMeetingsSearchable(store);
  for (;;) {
    const r = await store.write('schema-people-named', (tx) =>
      tx.run<{ named: number }>('schema-people-named', { limit: MEETINGS_PER_BATCH }),
    );
    if ((r.records[0]?.get('named') ?? 0) < MEETINGS_PER_BATCH) break;
  }
}

/** Old nodes given what a newer version reads, this many per transaction. */
const MEETINGS_PER_BATCH = 1000;

/**
 * Meetings ingested before search covered them (before `fact_search`) get their search text,
 * so a database of old reports finds its meetings without re-ingesting them. A database made
 * since has none to do: one indexless read of meetings at start.
 */
async function makeMeetingsSearchable(store: Store): Promise<void> {
  for (;;) {
    const found = await store.query<{
      uid: string;
      name: string;
      topic: string | null;
      location: string | null;
    }>('schema-meetings-unsearchable', { limit: MEETINGS_PER_BATCH });
    const rows = found.records.map((r) => ({
      uid: r.get('uid'),
      folded: meetingSearchText({
        name: r.get('name'),
        topic: r.get('topic'),
        location: r.get('location'),
      }),
    }));
    if (rows.length === 0) return;
    await store.write('schema-meetings-searchable', (tx) =>
      tx.run('schema-meetings-searchable', { rows }),
    );
    if (rows.length < MEETINGS_PER_BATCH) return;
  }
}
