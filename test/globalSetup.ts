import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbedded } from '../src/store/embedded';
import { ensureChromium } from '../bench/chromium';

/**
 * Tests run against a real Neo4j: NEO4J_URI when set, else an embedded server on a free port
 * with a temporary data folder, started here once and stopped in globalTeardown. Chromium for
 * the browser tests is installed when missing.
 */
export default async function globalSetup(): Promise<void> {
  // The explorer's tests drive Debian's Chromium: installed here, once, before any worker.
  ensureChromium();
  if (process.env.NEO4J_URI) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
  const handle = await startEmbedded({
    dataDir,
    port: 0,
    heap: '1g',
    pageCache: '128m',
    timeoutMs: 600_000,
  });
  process.env.NEO4J_URI = handle.uri;
  process.env.KG_TEST_NEO4J_DIR = dataDir;
}
