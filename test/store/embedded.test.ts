import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLASS_ARCHIVE, ensureClassArchive } from '../../src/store/classArchive';
import { startEmbedded, stopEmbedded } from '../../src/store/embedded';
import { JAR } from '../../src/store/jvm';
import { privateNeo4j } from '../helpers/store';

// Neo4j names each fallback it takes in its debug log at start. A JVM started without the
// options of Neo4j's own start script logs all three.
const FALLBACKS = [
  /Incorrect file descriptor/, // no transaction log preallocation or kernel advice
  /Reflection access to java\.nio\.DirectByteBuffer is not available/,
  /initial heap memory has not been configured/,
];

/** Runs `look` on the data folder of the shared test server, or of one of our own. */
async function withServerDir(look: (dataDir: string) => void): Promise<void> {
  const shared = process.env.KG_TEST_NEO4J_DIR;
  const own = shared ? null : await privateNeo4j({ schema: false });
  try {
    look(shared ?? own?.options.dataDir ?? '');
  } finally {
    await own?.close();
  }
}

const debugLog = (dataDir: string): string =>
  readFileSync(join(dataDir, 'home', 'logs', 'debug.log'), 'utf8');
const mapsOf = (dataDir: string): string =>
  readFileSync(`/proc/${readFileSync(join(dataDir, 'neo4j.pid'), 'utf8').trim()}/maps`, 'utf8');

test('starts the embedded Neo4j with native file access and a fixed heap (no fallback in its debug log)', async () => {
  await withServerDir((dataDir) => {
    const log = debugLog(dataDir);
    // The log is the one this server wrote: it started the user database.
    expect(log).toMatch(/\[neo4j\/[0-9a-f]+\]/);
    expect(FALLBACKS.filter((f) => f.test(log)).map(String)).toEqual([]);
  });
}, 300_000);

test('stops Bolt without waiting out Netty quiet periods (its debug log lists the setting)', async () => {
  await withServerDir((dataDir) => {
    // Neo4j lists the settings that differ from its defaults at each start.
    expect(debugLog(dataDir)).toMatch(
      /internal\.dbms\.bolt\.netty_server_shutdown_quiet_period=0\b/,
    );
  });
}, 300_000);

describe('class data sharing archive', () => {
  test('the JVM maps the archive, so a start skips loading the classes from the jars', async () => {
    await withServerDir((dataDir) => expect(mapsOf(dataDir)).toContain(CLASS_ARCHIVE));
  }, 600_000);

  /** A scratch folder, and an archive in it written by `write` from the project's archive. */
  async function withArchive(
    write: (archive: string) => void,
    check: (archive: string, scratch: string) => Promise<void> | void,
  ): Promise<void> {
    const scratch = mkdtempSync(join(tmpdir(), 'kg-archive-test-'));
    const archive = join(scratch, 'test.jsa');
    try {
      expect(ensureClassArchive(scratch)).toBe(CLASS_ARCHIVE);
      write(archive);
      await check(archive, scratch);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Starts a server offered `archive` and checks that it answers without having mapped it, and
   * that the archive is gone and refused from then on.
   */
  async function startsWithoutAndRefuses(archive: string, scratch: string): Promise<void> {
    const db = await privateNeo4j({ schema: false, embedded: { classArchive: archive } });
    try {
      const r = await db.store.driver.executeQuery('RETURN 1 AS one');
      expect(r.records[0]?.get('one')).toBe(1);
      expect(mapsOf(db.options.dataDir)).not.toContain(archive);
    } finally {
      await db.close();
    }
    expect(existsSync(archive)).toBe(false);
    expect(ensureClassArchive(scratch, archive)).toBeNull();
  }

  test('a torn archive does not stop Neo4j from starting, and is refused from then on', async () => {
    await withArchive((archive) => {
      copyFileSync(CLASS_ARCHIVE, archive);
      // Half the file: the JVM aborts while mapping it (SIGBUS), before Neo4j logs a line.
      truncateSync(archive, Math.floor(statSync(archive).size / 2));
    }, startsWithoutAndRefuses);
  }, 600_000);

  test('a file the JVM does not take as an archive is refused after the start', async () => {
    await withArchive(
      // Not an archive at all: the JVM goes on without it, and says nothing.
      (archive) => writeFileSync(archive, randomBytes(100_000)),
      startsWithoutAndRefuses,
    );
  }, 600_000);

  test('an archive older than the launcher jar is made again', async () => {
    await withArchive(
      (archive) => {
        copyFileSync(CLASS_ARCHIVE, archive);
        utimesSync(archive, new Date(0), new Date(0));
      },
      (archive, scratch) => {
        expect(ensureClassArchive(scratch, archive)).toBe(archive);
        expect(statSync(archive).mtimeMs).toBeGreaterThanOrEqual(statSync(JAR).mtimeMs);
        // Made here, not merely kept: making it writes its log into the given folder.
        expect(existsSync(join(scratch, 'class-archive.log'))).toBe(true);
      },
    );
  }, 600_000);
});

test('comes back on the port it had when restarted without one, so a running API finds it', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-port-'));
  const o = { dataDir, port: 0, heap: '256m', pageCache: '16m', timeoutMs: 300_000 };
  try {
    const first = await startEmbedded(o);
    await stopEmbedded(dataDir);
    const again = await startEmbedded(o);
    expect(again.startedHere).toBe(true);
    expect(again.uri).toBe(first.uri);
  } finally {
    await stopEmbedded(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 600_000);
