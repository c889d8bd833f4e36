import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Connection } from '../../src/store/connect';
import {
  freePort,
  startEmbedded,
  stopEmbedded,
  type EmbeddedOptions,
} from '../../src/store/embedded';
import { ensureSchema } from '../../src/store/schema';
import { Store, type QueryEvent } from '../../src/store/store';
import { SAMPLE_DIR } from '../../src/paths';

export const SAMPLE_FILE = join(SAMPLE_DIR, 'cppcc-ai-plus-2024-04-26.txt');
export const sampleText = (): string => readFileSync(SAMPLE_FILE, 'utf8').replace(/^\uFEFF/, '');

/** A connection to the test database (NEO4J_URI, set by globalSetup). */
export function testConnection(): Promise<Connection> {
  return connect();
}

/** A text that is the sample plus a marker, so each test owns its own documents. */
export function uniqueReport(marker: string, base = sampleText()): string {
  return `${base}\n\n（測試標記：${marker}）\n`;
}

let dated = 0;

/**
 * A publication date of a year no other test uses. A report's proposals are one with another
 * report's of the same meeting (its date and kind), speaker and words: a republished story adds
 * no proposals. A test that needs facts of its own needs a meeting of its own, and a dateline
 * (北京6月14日电) takes only the year from the publication date. Distinct for each call and
 * each process (jest's workers have distinct pids, near one another).
 */
export function ownDate(): string {
  const year = 1000 + (process.pid % 80) * 100 + (dated++ % 100);
  return `${year}-06-15`;
}

/** Runs a read-only query for assertions (tests may look at the graph directly). */
export async function query<T = Record<string, unknown>>(
  c: Connection,
  text: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const r = await c.store.driver.executeQuery(text, params, { database: c.store.database });
  return r.records.map((rec) => rec.toObject() as T);
}

/**
 * An embedded Neo4j of a test file's own, with the schema: for tests whose assertions need a
 * database no other test file writes to meanwhile (jest runs files in parallel against the
 * shared one). On a fixed port, so a test can stop it and start it again at the same address.
 */
export async function privateNeo4j(
  o: {
    onQuery?: (e: QueryEvent) => void;
    schema?: boolean;
    embedded?: Pick<EmbeddedOptions, 'classArchive'>;
  } = {},
): Promise<{
  store: Store;
  uri: string;
  options: EmbeddedOptions;
  close(): Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-private-neo4j-'));
  const options = {
    dataDir,
    port: await freePort(),
    heap: '512m',
    pageCache: '64m',
    timeoutMs: 300_000,
    ...o.embedded,
  };
  const db = await startEmbedded(options);
  const store = new Store({
    uri: db.uri,
    user: 'neo4j',
    password: undefined,
    database: 'neo4j',
    onQuery: o.onQuery,
  });
  if (o.schema !== false) await ensureSchema(store);
  return {
    store,
    uri: db.uri,
    options,
    close: async () => {
      await store.close();
      await stopEmbedded(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
