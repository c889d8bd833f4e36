import { KgError } from '../domain/errors';
import type { Store } from '../store/store';
import { ingestGraph, type IngestOutcome } from '../store/ingestGraph';
import { ExtractPool } from './extractPool';
import type { ExtractTask } from './task';

export interface IngestSummary {
  documents: number;
  new: number;
  unchanged: number;
  replaced: number;
  failed: number;
  failures: { source: string; reason: string }[];
  /** Nodes and relationships the new documents brought (rows written, before merging). */
  elements: number;
  seconds: number;
}

export interface IngestOptions {
  store: Store;
  /** Extraction threads; 0 extracts on this thread. */
  workers: number;
  /** Documents written at once; each is its own transaction. */
  writeConcurrency: number;
  onDocument?: (source: string, outcome: IngestOutcome | 'failed', summary: IngestSummary) => void;
}

/**
 * Extracts and writes a stream of reports: extraction in parallel, writes with bounded
 * concurrency, at most a few documents in memory at once whatever the stream's length. A
 * report that fails is counted and reported; the others go in.
 */
export async function ingestAll(
  tasks: Iterable<ExtractTask> | AsyncIterable<ExtractTask>,
  o: IngestOptions,
): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const summary: IngestSummary = {
    documents: 0,
    new: 0,
    unchanged: 0,
    replaced: 0,
    failed: 0,
    failures: [],
    elements: 0,
    seconds: 0,
  };
  const pool = new ExtractPool(o.workers);
  const maxInFlight = Math.max(1, pool.threads) * 2 + o.writeConcurrency;
  const inFlight = new Set<Promise<void>>();
  let writing = 0;
  const writers: (() => void)[] = [];
  const acquire = async (): Promise<void> => {
    if (writing < o.writeConcurrency) {
      writing++;
      return;
    }
    await new Promise<void>((r) => writers.push(r));
  };
  const release = (): void => {
    const next = writers.shift();
    if (next) next();
    else writing--;
  };
  const fail = (source: string, reason: string): void => {
    summary.failed++;
    summary.failures.push({ source, reason });
    o.onDocument?.(source, 'failed', summary);
  };
  // Once Neo4j is gone, later documents fail at once instead of each waiting out the driver's
  // retries; a rerun picks them up (documents already written are unchanged).
  let unavailable: string | null = null;
  const one = async (task: ExtractTask): Promise<void> => {
    const result = await pool.run(task);
    summary.documents++;
    if (!result.ok) return fail(result.source, result.reason);
    if (unavailable) return fail(result.source, `not written: ${unavailable}`);
    await acquire();
    try {
      const outcome = await ingestGraph(o.store, result.graph);
      summary[outcome]++;
      if (outcome !== 'unchanged') {
        const g = result.graph;
        summary.elements +=
          g.persons.length +
          g.organisations.length +
          g.themes.length +
          g.proposals.length +
          (g.meeting ? 1 : 0) +
          1 +
          g.edges.length;
      }
      o.onDocument?.(result.source, outcome, summary);
    } catch (err) {
      if (err instanceof KgError && err.code === 'SERVICE_UNAVAILABLE') unavailable = err.message;
      fail(result.source, err instanceof Error ? err.message : String(err));
    } finally {
      release();
    }
  };
  try {
    for await (const task of tasks) {
      const p: Promise<void> = one(task).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
