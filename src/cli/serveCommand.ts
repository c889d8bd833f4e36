import { basename, relative } from 'node:path';
import { apiConfig } from '../api/config';
import { startApi } from '../api/server';
import { log } from '../log';
import { projectRoot, REPORTS_DIR, SAMPLE_DIR } from '../paths';
import { ingestAll } from '../pipeline/ingestAll';
import { listReports } from '../pipeline/listReports';
import type { ExtractTask } from '../pipeline/task';
import { connect } from '../store/connect';
import type { ServeArgs } from './args';

/**
 * A bundled report's file is named after the day it was published (`…-2024-06-14.txt`). Its
 * dateline (北京6月14日电) names no year: without the date, a meeting would go in undated, out
 * of `meetings(from, to)` and of every theme's trend.
 */
const PUBLISHED = /(\d{4}-\d{2}-\d{2})\.\w+$/;

/** The bundled reports, with sources relative to the project (stable across clones). */
function* bundled(): Generator<ExtractTask> {
  for (const t of listReports([SAMPLE_DIR, REPORTS_DIR], null)) {
    const file = t.file ?? t.source;
    yield {
      source: relative(projectRoot(), file),
      file,
      published: PUBLISHED.exec(basename(file))?.[1] ?? null,
    };
  }
}

/**
 * `kg serve` (what `npm start` runs): Neo4j (NEO4J_URI or the embedded server), the bundled
 * reports ingested idempotently, then GraphQL until SIGINT/SIGTERM.
 */
export async function runServe(a: ServeArgs): Promise<void> {
  const config = apiConfig();
  const conn = await connect({ timeoutMs: config.queryTimeoutMs });
  if (conn.embedded) log.info({ uri: conn.embedded.uri }, 'embedded Neo4j ready');
  if (!a.noIngest) {
    const s = await ingestAll(bundled(), { store: conn.store, workers: 0, writeConcurrency: 1 });
    log.info(
      { new: s.new, unchanged: s.unchanged, replaced: s.replaced, failed: s.failed },
      'bundled reports ingested',
    );
    for (const f of s.failures) log.warn(f, 'bundled report failed');
  }
  const api = await startApi({
    store: conn.store,
    port: a.port ?? config.port,
    host: config.host,
    apiKey: config.apiKey,
    dev: config.dev,
    cache: config.cache,
    maxResponseBytes: config.maxResponseBytes,
  });
  process.stdout.write(
    `GraphQL ready at ${api.url}  (health: /healthz, readiness: /readyz${config.apiKey ? '' : '; mutations off: set KG_API_KEY'})\n`,
  );
  // Ctrl-C under `npm start` delivers SIGINT twice (the terminal's, and npm forwarding it):
  // every signal after the first is absorbed, so the second cannot cut the shutdown short
  // and leave the embedded Neo4j running.
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => resolve());
  });
  log.info('shutting down');
  await api.close();
  log.info('api stopped');
  // Stopping an embedded server checkpoints its store: seconds, so say which happened.
  if (conn.embedded?.startedHere) log.info('stopping the embedded Neo4j');
  await conn.close();
  log.info(
    conn.embedded?.startedHere
      ? 'neo4j connection closed, embedded Neo4j stopped'
      : 'neo4j connection closed',
  );
}
