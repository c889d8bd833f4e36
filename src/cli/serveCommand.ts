import { relative } from 'node:path';
import { apiConfig, type ApiConfig } from '../api/config';
import { startApi, type RunningApi } from '../api/server';
import { KgError } from '../domain/errors';
import { log } from '../log';
import { projectRoot, REPORTS_DIR, SAMPLE_DIR } from '../paths';
import { ingestAll } from '../pipeline/ingestAll';
import { listReports } from '../pipeline/listReports';
import type { ExtractTask } from '../pipeline/task';
import { connect, type Connection } from '../store/connect';
import { portIsFree } from '../store/embedded';
import type { Store } from '../store/store';
import type { ServeArgs } from './args';

/**
 * The bundled reports, with sources relative to the project (stable across clones), dated by
 * their file names as `kg ingest` dates them.
 */
function* bundled(): Generator<ExtractTask> {
  for (const t of listReports([SAMPLE_DIR, REPORTS_DIR], null)) {
    const file = t.file ?? t.source;
    yield { ...t, source: relative(projectRoot(), file), file };
  }
}

/**
 * `kg serve` (what `npm start` runs): Neo4j (NEO4J_URI or the embedded server), the bundled
 * reports ingested idempotently, then GraphQL until SIGINT/SIGTERM.
 */
export async function runServe(a: ServeArgs): Promise<void> {
  const config = apiConfig();
  const port = a.port ?? config.port;
  // Before Neo4j: a taken port found after a minute of starting the JVM and ingesting, with
  // the JVM then left running, is the worst way to learn it.
  if (port !== 0 && !(await portIsFree(port, config.host)))
    throw new KgError(
      'BAD_USER_INPUT',
      `port ${port} on ${config.host} is taken (another kg serve?); stop that or set PORT`,
    );
  // From the start, not once serving: Ctrl-C while Neo4j starts or the reports go in would
  // otherwise end the process at once and leave the JVM it started running.
  const stop = stopSignal();
  const conn = await connect({ timeoutMs: config.queryTimeoutMs });
  if (conn.embedded)
    log.info(
      { uri: conn.embedded.uri, startedHere: conn.embedded.startedHere },
      conn.embedded.startedHere
        ? 'embedded Neo4j ready'
        : 'embedded Neo4j already running: using it, and leaving it running after',
    );
  let api: RunningApi | null = null;
  try {
    if (!stop.requested) api = await ingestAndListen(a, config, conn.store, port);
    if (api && !stop.requested)
      process.stdout.write(
        `GraphQL ready at ${api.url}  (explorer: ${new URL('/', api.url).href}, health: /healthz, readiness: /readyz${config.apiKey ? '' : '; mutations off: set KG_API_KEY'})\n`,
      );
    await stop.promise;
    log.info('shutting down');
    if (api) {
      await api.close();
      log.info('api stopped');
    }
  } finally {
    // Whatever ended it (a signal, a failure), what this process started stops with it.
    await closeConnection(conn);
  }
}

/**
 * Resolves on the first SIGINT or SIGTERM. Ctrl-C under `npm start` delivers SIGINT twice (the
 * terminal's, and npm forwarding it): every signal after the first is absorbed, so the second
 * cannot cut the shutdown short and leave the embedded Neo4j running.
 */
function stopSignal(): { promise: Promise<void>; requested: boolean } {
  const s = { requested: false, promise: Promise.resolve() };
  s.promise = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => {
        s.requested = true;
        resolve();
      });
  });
  return s;
}

async function closeConnection(conn: Connection): Promise<void> {
  // Stopping an embedded server checkpoints its store: seconds, so say which happened.
  if (conn.embedded?.startedHere) log.info('stopping the embedded Neo4j');
  await conn.close();
  log.info(
    conn.embedded?.startedHere
      ? 'neo4j connection closed, embedded Neo4j stopped'
      : conn.embedded
        ? 'neo4j connection closed; the embedded Neo4j was running before and keeps running (npx kg db stop)'
        : 'neo4j connection closed',
  );
}

async function ingestAndListen(
  a: ServeArgs,
  config: ApiConfig,
  store: Store,
  port: number,
): Promise<RunningApi> {
  if (!a.noIngest) {
    const s = await ingestAll(bundled(), { store, workers: 0, writeConcurrency: 1 });
    log.info(
      { new: s.new, unchanged: s.unchanged, replaced: s.replaced, failed: s.failed },
      'bundled reports ingested',
    );
    for (const f of s.failures) log.warn(f, 'bundled report failed');
  }
  return startApi({
    store,
    port,
    host: config.host,
    apiKey: config.apiKey,
    dev: config.dev,
    cache: config.cache,
    maxResponseBytes: config.maxResponseBytes,
  });
}
