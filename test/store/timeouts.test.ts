import { randomUUID } from 'node:crypto';
import { Store } from '../../src/store/store';
import { privateNeo4j } from '../helpers/store';

// The read timeout (the API's KG_QUERY_TIMEOUT_MS) must not cut writes short: a batch of
// reports on a cold, loaded JVM can take longer than a read should.
// A database of its own: the claimed document lives for seconds, and the store tests that
// compare whole-graph counts before and after a write would see it.
test('a write outlasts the read timeout while it waits for a lock another transaction holds', async () => {
  const db = await privateNeo4j();
  const store = new Store({
    uri: db.uri,
    user: 'neo4j',
    password: undefined,
    database: db.store.database,
    timeoutMs: 300,
  });
  const hash = `timeout-test-${randomUUID()}`;
  const blocker = store.driver.session({ database: store.database });
  const held = await blocker.beginTransaction();
  try {
    // An uncommitted document with this hash: a claim of the same hash waits for its lock,
    // longer than Neo4j's check for timed-out transactions (every 2 s) takes to notice.
    await held.run('CREATE (:Document {hash: $hash, source: $hash})', { hash });
    const claim = store.write('timeout-test', (tx) =>
      tx.run<{ fresh: boolean }>('documents-claim', {
        docs: [
          { hash, text: null, source: hash, published: null, script: 'simplified', warnings: [] },
        ],
      }),
    );
    await new Promise((r) => setTimeout(r, 5_000));
    await held.rollback();
    const r = await claim;
    expect(r.records.map((rec) => rec.get('fresh'))).toEqual([true]);
  } finally {
    await blocker.close();
    await store.close();
    await db.close();
  }
}, 300_000);
