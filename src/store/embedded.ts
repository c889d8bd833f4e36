import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { KgError } from '../domain/errors';
import { projectRoot } from '../paths';

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  heap: string;
  pageCache: string;
  /** How long to wait for READY (the first run may resolve jars first). */
  timeoutMs?: number;
}

export interface EmbeddedHandle {
  uri: string;
  pid: number;
  /** False when an already running server for the same data folder was reused. */
  startedHere: boolean;
  stop(): Promise<void>;
}

const LAUNCHER = join(projectRoot(), 'launcher');
const JAR = join(LAUNCHER, 'target', 'embedded-neo4j-1.0.0.jar');
const DOCKER_HINT = 'or point NEO4J_URI at a server (docker compose up -d neo4j)';

/**
 * What Neo4j's own start script gives its JVM (neo4j.conf's `server.jvm.additional`), which an
 * embedded start must give itself. Without the `--add-opens`, Neo4j cannot read a file
 * channel's descriptor, so it neither preallocates its transaction logs nor advises the kernel
 * on them ("Incorrect file descriptor" in debug.log), and its page cache falls back from direct
 * buffer access ("Reflection access to java.nio.DirectByteBuffer is not available").
 */
function jvmOptions(heap: string): string[] {
  return [
    // Neo4j warns when the initial heap is left to the JVM, which then grows it in steps.
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** Builds the launcher with Maven on first use (resolving Neo4j's jars from Maven Central). */
export function ensureLauncher(logDir: string): string {
  if (!has('java', ['-version']))
    throw new KgError(
      'SERVICE_UNAVAILABLE',
      `the embedded Neo4j needs Java 17 on PATH; install it, ${DOCKER_HINT}`,
    );
  if (!existsSync(JAR) || !existsSync(join(LAUNCHER, 'target', 'lib'))) {
    if (!has('mvn', ['-v']))
      throw new KgError(
        'SERVICE_UNAVAILABLE',
        `building the embedded Neo4j needs Maven on PATH; install it, ${DOCKER_HINT}`,
      );
    mkdirSync(logDir, { recursive: true });
    const log = join(logDir, 'launcher-build.log');
    const r = spawnSync(
      'mvn',
      ['-q', '-B', '-f', join(LAUNCHER, 'pom.xml'), 'package', '-DskipTests'],
      {
        stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')],
      },
    );
    if (r.status !== 0)
      throw new KgError(
        'SERVICE_UNAVAILABLE',
        `could not build the embedded Neo4j launcher (see ${log}); ${DOCKER_HINT}`,
      );
  }
  return [JAR, join(LAUNCHER, 'target', 'lib', '*')].join(':');
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
  const f = files(o.dataDir);
  const status = embeddedStatus(o.dataDir);
  if (status.running && status.pid !== null && status.uri)
    return handle(o.dataDir, status.pid, status.uri, false);
  const classpath = ensureLauncher(o.dataDir);
  const port = o.port || (await freePort());
  const logOffset = existsSync(f.log) ? statSync(f.log).size : 0;
  const out = openSync(f.log, 'a');
  const child = spawn(
    'java',
    [
      ...jvmOptions(o.heap),
      '-cp',
      classpath,
      'kg.launcher.EmbeddedNeo4j',
      f.home,
      String(port),
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
  writeFileSync(f.port, String(port));
  const until = Date.now() + (o.timeoutMs ?? 180_000);
  for (;;) {
    const log = readFrom(f.log, logOffset);
    if (log.includes(`READY bolt://127.0.0.1:${port}`))
      return handle(o.dataDir, pid, `bolt://127.0.0.1:${port}`, true);
    if (!alive(pid)) {
      const tail = log.trim().split('\n').slice(-3).join(' | ');
      throw new KgError(
        'SERVICE_UNAVAILABLE',
        `the embedded Neo4j exited before it was ready: ${tail} (log: ${f.log})`,
      );
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
