import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractTask } from '../src/pipeline/task';
import { startEmbedded } from '../src/store/embedded';
import { ensureSchema } from '../src/store/schema';
import { Store, type QueryEvent } from '../src/store/store';
import { syntheticCorpus } from './synthetic';

/** A fresh embedded Neo4j in a temporary folder, with the schema, for one benchmark run. */
export async function freshDatabase(
  o: { onQuery?: (e: QueryEvent) => void } = {},
): Promise<{ store: Store; uri: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
  const db = await startEmbedded({
    dataDir,
    port: 0,
    heap: '2g',
    pageCache: '512m',
    timeoutMs: 600_000,
  });
  const store = new Store({
    uri: db.uri,
    user: 'neo4j',
    password: undefined,
    database: 'neo4j',
    onQuery: o.onQuery,
  });
  await ensureSchema(store);
  return {
    store,
    uri: db.uri,
    close: async () => {
      await store.close();
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Store on the bench's database named by NEO4J_URI: how the bench's server processes connect. */
export function storeFromEnv(): Store {
  return new Store({
    uri: process.env.NEO4J_URI ?? '',
    user: 'neo4j',
    password: undefined,
    database: 'neo4j',
  });
}

/** The synthetic corpus as ingest tasks, streamed (never all in memory). */
export function* syntheticTasks(seed: number, reports: number): Generator<ExtractTask> {
  for (const r of syntheticCorpus(seed, reports))
    yield { source: r.source, text: r.text, published: r.published };
}
