import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningApi } from '../../src/api/server';
import { freePort, startEmbedded, stopEmbedded } from '../../src/store/embedded';
import { ensureSchema } from '../../src/store/schema';
import { Store } from '../../src/store/store';
import { gql, testApi } from '../helpers/api';

// This test owns a second embedded Neo4j (on a fixed port, so it comes back at the same
// address) and stops it under a running API.
const dataDir = mkdtempSync(join(tmpdir(), 'kg-restart-neo4j-'));
let store: Store;
let api: RunningApi;
let options: { dataDir: string; port: number; heap: string; pageCache: string; timeoutMs: number };

beforeAll(async () => {
  options = { dataDir, port: await freePort(), heap: '512m', pageCache: '64m', timeoutMs: 300_000 };
  const db = await startEmbedded(options);
  store = new Store({ uri: db.uri, user: 'neo4j', password: undefined, database: 'neo4j' });
  api = await testApi(store);
}, 300_000);
afterAll(async () => {
  await api.close();
  await store.close();
  await stopEmbedded(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
});

const readyz = async (): Promise<number> =>
  (await fetch(api.url.replace(/graphql$/, 'readyz'))).status;
const themes = '{ themes(first: 1) { totalCount } }';

test('sets the schema up from several processes at once on a fresh database', async () => {
  // Each pass of IF NOT EXISTS can race another's creation of the same rule.
  await Promise.all(Array.from({ length: 6 }, () => ensureSchema(store)));
  const r = await store.driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name RETURN count(*) AS n',
    {},
    {
      database: store.database,
    },
  );
  expect(r.records[0]?.get('n')).toBeGreaterThanOrEqual(7);
}, 120_000);

test('answers SERVICE_UNAVAILABLE while Neo4j is down and recovers by itself after', async () => {
  expect((await gql(api, themes)).errors).toBeUndefined();
  expect(await readyz()).toBe(200);

  await stopEmbedded(dataDir);
  expect(await readyz()).toBe(503);
  const down = await gql(api, themes);
  expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(JSON.stringify(down.errors)).not.toMatch(/at .*\.(ts|js):\d+/);

  await startEmbedded(options);
  let status = 0;
  for (let i = 0; i < 60 && status !== 200; i++) {
    status = await readyz();
    if (status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  expect(status).toBe(200);
  expect((await gql(api, themes)).errors).toBeUndefined();
}, 300_000);
