import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, type Connection } from '../../src/store/connect';
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

/** Runs a read-only query for assertions (tests may look at the graph directly). */
export async function query<T = Record<string, unknown>>(
  c: Connection,
  text: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const r = await c.store.driver.executeQuery(text, params, { database: c.store.database });
  return r.records.map((rec) => rec.toObject() as T);
}
