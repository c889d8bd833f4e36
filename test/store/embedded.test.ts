import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { privateNeo4j } from '../helpers/store';

// Neo4j names each fallback it takes in its debug log at start. A JVM started without the
// options of Neo4j's own start script logs all three.
const FALLBACKS = [
  /Incorrect file descriptor/, // no transaction log preallocation or kernel advice
  /Reflection access to java\.nio\.DirectByteBuffer is not available/,
  /initial heap memory has not been configured/,
];

test('starts the embedded Neo4j with native file access and a fixed heap (no fallback in its debug log)', async () => {
  // The shared test server's folder when the tests started one; otherwise one of our own.
  const shared = process.env.KG_TEST_NEO4J_DIR;
  const own = shared ? null : await privateNeo4j({ schema: false });
  try {
    const dataDir = shared ?? own?.options.dataDir ?? '';
    const log = readFileSync(join(dataDir, 'home', 'logs', 'debug.log'), 'utf8');
    // The log is the one this server wrote: it started the user database.
    expect(log).toMatch(/\[neo4j\/[0-9a-f]+\]/);
    expect(FALLBACKS.filter((f) => f.test(log)).map(String)).toEqual([]);
  } finally {
    await own?.close();
  }
}, 300_000);
