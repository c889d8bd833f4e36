import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { KgError } from '../domain/errors';
import { log } from '../log';
import { ensureClassArchive, forgetClassArchive, refuseClassArchive } from './classArchive';
import { CLASSPATH, JAR, LAUNCHER, LIB, jvmOptions } from './jvm';
import { runLogged } from './runLogged';

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  heap: string;
  pageCache: string;
  /** How long to wait for READY (the first run may resolve jars first). */
  timeoutMs?: number;
  /**
   * The class data sharing archive to start with (see classArchive.ts): by default the
   * project's own, made on first use; false for none.
   */
  classArchive?: string | false;
}

export interface EmbeddedHandle {
  uri: string;
  pid: number;
  /** False when an already running server for the same data folder was reused. */
  startedHere: boolean;
  stop(): Promise<void>;
}

const DOCKER_HINT = 'or point NEO4J_URI at a server (docker compose up -d neo4j)';

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** Whether the launcher's sources changed after its jar was built (a pull, an edit). */
export function launcherChanged(launcher = LAUNCHER, jar = JAR): boolean {
  const src = join(launcher, 'src');
  // A copy that ships the built launcher without its sources has nothing to compare.
  if (!existsSync(src)) return false;
  const built = statSync(jar).mtimeMs;
  const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map((p) => join(src, p))
    .concat(join(launcher, 'pom.xml'));
  // Files only: a folder's time moves with any file created in it (an editor's swap file).
  return sources.some((p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    return st?.isFile() === true && st.mtimeMs > built;
  });
}

/**
 * Builds the launcher with Maven on first use (resolving Neo4j's jars from Maven Central) and
 * again when its sources changed.
 */
export function ensureLauncher(logDir: string): string {
  if (!has('java', ['-version']))
    throw new KgError(
      'SERVICE_UNAVAILABLE',
      `the embedded Neo4j needs Java 17 on PATH; install it, ${DOCKER_HINT}`,
    );
  if (!existsSync(JAR) || !existsSync(LIB) || launcherChanged()) {
    if (!has('mvn', ['-v']))
      throw new KgError(
        'SERVICE_UNAVAILABLE',
        `building the embedded Neo4j needs Maven on PATH; install it, ${DOCKER_HINT}`,
      );
    forgetClassArchive();
    const logFile = join(logDir, 'launcher-build.log');
    log.info(
      { logFile },
      'building the embedded Neo4j launcher with Maven (first run: about a minute)',
    );
    const status = runLogged(
      'mvn',
      ['-q', '-B', '-f', join(LAUNCHER, 'pom.xml'), 'package', '-DskipTests'],
      { logFile },
    );
    if (status !== 0)
      throw new KgError(
        'SERVICE_UNAVAILABLE',
        `could not build the embedded Neo4j launcher (see ${logFile}); ${DOCKER_HINT}`,
      );
    // Maven leaves a jar alone when its classes did not change: stamp it so that sources merely
    // touched (a checkout) do not make every later start build again.
    const now = new Date();
    utimesSync(JAR, now, now);
  }
  return CLASSPATH;
}

/** Whether nothing listens on a port of `host` now (a bind succeeds). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/**
 * The port the folder's server had last time, if it is free: a server restarted (`kg db stop`,
 * `kg db start`) under a running API comes back where the API's driver looks for it, and the
 * API recovers by itself rather than failing until it is restarted too.
 */
async function previousPort(dataDir: string): Promise<number> {
  const f = files(dataDir).port;
  const port = existsSync(f) ? Number(readFileSync(f, 'utf8')) : 0;
  return Number.isInteger(port) && port > 0 && (await portIsFree(port)) ? port : 0;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const files = (dataDir: string): { pid: string; port: string; log: string; home: string } => ({
  pid: join(dataDir, 'neo4j.pid'),
  port: join(dataDir, 'neo4j.port'),
  log: join(dataDir, 'neo4j.log'),
  home: join(dataDir, 'home'),
});

/** Whether an embedded server runs for this data folder, and where. */
export function embeddedStatus(dataDir: string): {
  running: boolean;
  pid: number | null;
  uri: string | null;
} {
  const f = files(dataDir);
  if (!existsSync(f.pid)) return { running: false, pid: null, uri: null };
  const pid = Number(readFileSync(f.pid, 'utf8'));
  const port = existsSync(f.port) ? Number(readFileSync(f.port, 'utf8')) : 0;
  const running = alive(pid);
  return { running, pid, uri: running && port ? `bolt://127.0.0.1:${port}` : null };
}

function readFrom(path: string, offset: number): string {
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const buf = Buffer.alloc(Math.max(0, size - offset));
    readSync(fd, buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

/** Stops the embedded server of a data folder (SIGTERM: Neo4j shuts down cleanly). */
export async function stopEmbedded(dataDir: string): Promise<boolean> {
  const status = embeddedStatus(dataDir);
  if (!status.running || status.pid === null) return false;
  process.kill(status.pid, 'SIGTERM');
  await waitForExit(status.pid, 60_000);
  rmSync(files(dataDir).pid, { force: true });
  return true;
}

function handle(dataDir: string, pid: number, uri: string, startedHere: boolean): EmbeddedHandle {
  return { uri, pid, startedHere, stop: async () => void (await stopEmbedded(dataDir)) };
}

/**
 * Starts Neo4j Community embedded (launcher/, a JVM) with Bolt on 127.0.0.1, data under
 * `dataDir`, logs to `dataDir/neo4j.log`, and waits until it answers. A server already running
 * for the same folder is reused. The process outlives this one (`kg db start`) until stopped.
 */
export async function startEmbedded(o: EmbeddedOptions): Promise<EmbeddedHandle> {
  mkdirSync(o.dataDir, { recursive: true });
  const status = embeddedStatus(o.dataDir);
  if (status.running && status.pid !== null && status.uri)
    return handle(o.dataDir, status.pid, status.uri, false);
  const classpath = ensureLauncher(o.dataDir);
  const archive =
    o.classArchive === false ? null : (o.classArchive ?? ensureClassArchive(o.dataDir));
  const port = o.port || (await previousPort(o.dataDir)) || (await freePort());
  const launch = { ...o, classpath, port };
  if (archive === null) return launchEmbedded({ ...launch, archive });
  try {
    return await launchEmbedded({ ...launch, archive });
  } catch (e) {
    if (!(e instanceof ExitedEarly)) throw e;
    // A damaged archive makes the JVM abort before Neo4j starts. If it starts without one, the
    // archive was to blame: later starts go without it rather than fail the same way.
    const h = await launchEmbedded({ ...launch, archive: null });
    refuseClassArchive(archive, `a start with it exited early, one without it did not`);
    return h;
  }
}

/**
 * Whether a process has a file mapped. A JVM silently goes without an archive it cannot use
 * (made by another JVM build, or not an archive), so this is how to know it took one. Where
 * there is no /proc, assume it did.
 */
function mapsFile(pid: number, file: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/maps`, 'utf8').includes(file);
  } catch {
    return !existsSync('/proc/self/maps');
  }
}

/** The JVM ended before Neo4j said READY (as opposed to a slow start). */
class ExitedEarly extends KgError {
  constructor(logTail: string, log: string) {
    super(
      'SERVICE_UNAVAILABLE',
      `the embedded Neo4j exited before it was ready: ${logTail} (log: ${log})`,
    );
  }
}

async function launchEmbedded(
  o: EmbeddedOptions & { classpath: string; port: number; archive: string | null },
): Promise<EmbeddedHandle> {
  const f = files(o.dataDir);
  const logOffset = existsSync(f.log) ? statSync(f.log).size : 0;
  const out = openSync(f.log, 'a');
  const child = spawn(
    'java',
    [
      ...jvmOptions(o.heap, o.dataDir),
      ...(o.archive ? [`-XX:SharedArchiveFile=${o.archive}`] : []),
      '-cp',
      o.classpath,
      'kg.launcher.EmbeddedNeo4j',
      f.home,
      String(o.port),
      o.pageCache,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
    },
  );
  closeSync(out);
  child.unref();
  const pid = child.pid ?? 0;
  writeFileSync(f.pid, String(pid));
  writeFileSync(f.port, String(o.port));
  const until = Date.now() + (o.timeoutMs ?? 180_000);
  for (;;) {
    const log = readFrom(f.log, logOffset);
    if (log.includes(`READY bolt://127.0.0.1:${o.port}`)) {
      if (o.archive && !mapsFile(pid, o.archive))
        refuseClassArchive(o.archive, 'the JVM did not map it (made by another JVM build?)');
      return handle(o.dataDir, pid, `bolt://127.0.0.1:${o.port}`, true);
    }
    if (!alive(pid)) {
      const tail = log.trim().split('\n').slice(-3).join(' | ');
      throw new ExitedEarly(tail, f.log);
    }
    if (Date.now() > until) {
      process.kill(pid, 'SIGTERM');
      throw new KgError(
        'SERVICE_UNAVAILABLE',
        `the embedded Neo4j was not ready in time (log: ${f.log})`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
