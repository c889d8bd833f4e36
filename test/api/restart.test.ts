import { extract } from '../../ingest/extract';
import { globalId } from '../../src/api/ids';
import { startApi, type RunningApi } from '../../src/api/server';
import { startEmbedded, stopEmbedded, type EmbeddedOptions } from '../../src/store/embedded';
import { ensureSchema } from '../../src/store/schema';
import { ingestGraph, removeDocument } from '../../src/store/ingestGraph';
import { Store, type QueryEvent } from '../../src/store/store';
import { API_KEY, CACHE_POLL_MS, data, gql, testApi } from '../helpers/api';
import { privateNeo4j, sampleText } from '../helpers/store';

// These tests own a second embedded Neo4j (on a fixed port, so it comes back at the same
// address): nobody else writes to it, so what the response cache does is seen exactly, and it
// can be stopped under a running API.
let db: Awaited<ReturnType<typeof privateNeo4j>>;
let store: Store;
let api: RunningApi;
const sent: QueryEvent[] = [];
let options: EmbeddedOptions;

beforeAll(async () => {
  // No schema yet: the first test sets it up from several processes at once.
  db = await privateNeo4j({
    schema: false,
    onQuery: (e) => e.useCase !== 'graph-version' && sent.push(e),
  });
  ({ store, options } = db);
  api = await testApi(store);
}, 300_000);
afterAll(async () => {
  await api.close();
  await db.close();
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

test('keeps one uniqueness rule per key, dropping the old second one on proposals', async () => {
  // Databases made before this version carry proposal_uid next to fact_uid.
  const old =
    'CREATE CONSTRAINT proposal_uid IF NOT EXISTS FOR (p:Proposal) REQUIRE p.uid IS UNIQUE';
  await store.driver.executeQuery(old, {}, { database: store.database });
  await ensureSchema(store);
  const r = await store.driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, properties WHERE properties = ["uid"] RETURN collect(name) AS names',
    {},
    { database: store.database },
  );
  expect(r.records[0]?.get('names')).toEqual(['fact_uid']);
  // A proposal is a Fact, so its uid is still unique.
  await expect(
    store.driver.executeQuery(
      "CREATE (:Proposal:Fact {uid: 'twice'}), (:Proposal:Fact {uid: 'twice'})",
      {},
      { database: store.database },
    ),
  ).rejects.toThrow(/already exists/);
}, 120_000);

const people = '{ people(first: 1) { totalCount } }';
const count = async (a: RunningApi): Promise<{ total: number; cypher: number }> => {
  const before = sent.length;
  const d = await data<{ people: { totalCount: number } }>(a, people);
  return { total: d.people.totalCount, cypher: sent.length - before };
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('answers a repeated query from its cache until the graph changes', async () => {
  const graph = await extract(sampleText(), { source: 'test/cache.txt', published: '2024-04-26' });
  // A second API that reads the version only once a minute: whatever it notices sooner, it
  // learnt from its own mutation.
  const slow = await startApi({
    store,
    port: 0,
    host: '127.0.0.1',
    apiKey: API_KEY,
    dev: false,
    cache: { megabytes: 16, pollMs: 60_000 },
  });
  try {
    const empty = await count(api);
    expect(empty.cypher).toBeGreaterThan(0);
    expect(await count(api)).toEqual({ total: empty.total, cypher: 0 });
    expect((await count(slow)).total).toBe(empty.total);

    // Another process ingests: the polling API sees it within a few intervals.
    await ingestGraph(store, { graph });
    await sleep(CACHE_POLL_MS * 5);
    const full = await count(api);
    expect(full.total).toBeGreaterThan(empty.total);
    expect(full.cypher).toBeGreaterThan(0);
    // The slow API has not read the version since: it still answers from its cache.
    expect(await count(slow)).toEqual({ total: empty.total, cypher: 0 });

    // Its own mutation makes it read the version before answering it.
    const del = await gql<{ deleteDocument: { deleted: boolean } }>(
      slow,
      'mutation ($id: ID!) { deleteDocument(id: $id) { deleted } }',
      {
        variables: { id: globalId('Document', graph.contentHash) },
        headers: { 'x-api-key': API_KEY },
      },
    );
    expect(del.data?.deleteDocument.deleted).toBe(true);
    const after = await count(slow);
    expect(after.total).toBe(empty.total);
    expect(after.cypher).toBeGreaterThan(0);
  } finally {
    await slow.close();
  }
}, 120_000);

test('ingests and reads back over neo4j:// (the scheme of clusters and Aura)', async () => {
  // Here, on a database nobody else writes to: the document comes and goes while other test
  // files read the shared one.
  const routed = new Store({
    uri: db.uri.replace(/^bolt:/, 'neo4j:'),
    user: 'neo4j',
    password: undefined,
    database: 'neo4j',
  });
  try {
    // The driver asks the server for a routing table first; reads then go to a reader.
    const graph = await extract(sampleText(), {
      source: 'test/routing.txt',
      published: '2024-04-26',
    });
    expect(await ingestGraph(routed, { graph })).toBe('new');
    const nodes = await routed.read('counts', async (tx) => {
      const r = await tx.run<{ nodes: number }>('counts');
      return r.records[0]?.get('nodes') ?? 0;
    });
    expect(nodes).toBeGreaterThan(0);
    expect(await removeDocument(routed, graph.contentHash)).toBe(true);
  } finally {
    await routed.close();
  }
}, 120_000);

test('answers SERVICE_UNAVAILABLE while Neo4j is down and recovers by itself after', async () => {
  expect((await gql(api, themes)).errors).toBeUndefined();
  expect(await readyz()).toBe(200);

  await stopEmbedded(options.dataDir);
  expect(await readyz()).toBe(503);
  const down = await gql(api, '{ organisations(first: 1) { totalCount } }');
  expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(JSON.stringify(down.errors)).not.toMatch(/at .*\.(ts|js):\d+/);
  // An answer cached before is not served once the version can no longer be read.
  await sleep(CACHE_POLL_MS * 5);
  expect((await gql(api, themes)).errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

  await startEmbedded(options);
  let status = 0;
  for (let i = 0; i < 60 && status !== 200; i++) {
    status = await readyz();
    if (status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  expect(status).toBe(200);
  expect((await gql(api, themes)).errors).toBeUndefined();
}, 300_000);
