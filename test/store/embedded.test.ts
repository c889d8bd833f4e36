import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLASS_ARCHIVE, ensureClassArchive } from '../../src/store/classArchive';
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

describe('class data sharing archive', () => {
  test('the JVM maps the archive, so a start skips loading the classes from the jars', async () => {
    const shared = process.env.KG_TEST_NEO4J_DIR;
    const own = shared ? null : await privateNeo4j({ schema: false });
    try {
      const dataDir = shared ?? own?.options.dataDir ?? '';
      const pid = readFileSync(join(dataDir, 'neo4j.pid'), 'utf8').trim();
      expect(readFileSync(`/proc/${pid}/maps`, 'utf8')).toContain(CLASS_ARCHIVE);
    } finally {
      await own?.close();
    }
  }, 600_000);

  test('a torn archive does not stop Neo4j from starting, and is refused from then on', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kg-torn-archive-'));
    const torn = join(scratch, 'torn.jsa');
    try {
      expect(ensureClassArchive(scratch)).toBe(CLASS_ARCHIVE);
      copyFileSync(CLASS_ARCHIVE, torn);
      // Half the file: the JVM aborts while mapping it (SIGBUS), before Neo4j logs a line.
      truncateSync(torn, Math.floor(statSync(torn).size / 2));
      const db = await privateNeo4j({ schema: false, embedded: { classArchive: torn } });
      try {
        const r = await db.store.driver.executeQuery('RETURN 1 AS one');
        expect(r.records[0]?.get('one')).toBe(1);
        const pid = readFileSync(join(db.options.dataDir, 'neo4j.pid'), 'utf8').trim();
        expect(readFileSync(`/proc/${pid}/maps`, 'utf8')).not.toContain(torn);
      } finally {
        await db.close();
      }
      expect(existsSync(torn)).toBe(false);
      expect(ensureClassArchive(scratch, torn)).toBeNull();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 600_000);
});
