import { KgError } from '../domain/errors';
import type { Store } from '../store/store';
import type { DocumentGraph } from '../domain/documentGraph';
import { ingestGraph, ingestGraphs, type IngestOutcome } from '../store/ingestGraph';
import { elementsWritten } from '../store/rows';
import { ExtractPool } from './extractPool';
import type { ExtractTask } from './task';

export interface IngestSummary {
  documents: number;
  new: number;
  unchanged: number;
  replaced: number;
  failed: number;
  failures: { source: string; reason: string }[];
  /** Nodes and relationships the new documents' writes created or upserted (elementsWritten). */
  elements: number;
  seconds: number;
}

export interface IngestOptions {
  store: Store;
  /** Extraction threads; 0 extracts on this thread. */
  workers: number;
  /** Transactions writing at once. */
  writeConcurrency: number;
  /** Most documents in one write transaction (default 64). */
  batchSize?: number;
  onDocument?: (source: string, outcome: IngestOutcome | 'failed', summary: IngestSummary) => void;
}

interface Waiting {
  graph: DocumentGraph;
  text: string;
  source: string;
  done: () => void;
}

/**
 * Extracts and writes a stream of reports: extraction in parallel, writes with bounded
 * concurrency, at most a few batches in memory at once whatever the stream's length.
 *
 * Batches adapt to the load: a free writer takes every extracted document waiting (up to
 * batchSize) into one transaction, so bulk loads send few statements per document while a
 * single report is written at once. When a batch fails, its documents are written one by one,
 * so one bad report is counted and reported and the others go in.
 */
export async function ingestAll(
  tasks: Iterable<ExtractTask> | AsyncIterable<ExtractTask>,
  o: IngestOptions,
): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const batchSize = Math.max(1, o.batchSize ?? 64);
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
  const maxInFlight = Math.max(1, pool.threads) * 2 + (o.writeConcurrency + 1) * batchSize;
  const inFlight = new Set<Promise<void>>();
  const waiting: Waiting[] = [];
  let writing = 0;
  const fail = (source: string, reason: string): void => {
    summary.failed++;
    summary.failures.push({ source, reason });
    o.onDocument?.(source, 'failed', summary);
  };
  const record = (w: Waiting, outcome: IngestOutcome): void => {
    summary[outcome]++;
    if (outcome !== 'unchanged') summary.elements += elementsWritten(w.graph);
    o.onDocument?.(w.source, outcome, summary);
  };
  // Once Neo4j is gone, later documents fail at once instead of each waiting out the driver's
  // retries; a rerun picks them up (documents already written are unchanged).
  let unavailable: string | null = null;
  const failWith = (w: Waiting, err: unknown): void => {
    if (err instanceof KgError && err.code === 'SERVICE_UNAVAILABLE') unavailable = err.message;
    fail(w.source, err instanceof Error ? err.message : String(err));
  };
  const writeOneByOne = async (batch: Waiting[]): Promise<void> => {
    for (const w of batch) {
      if (unavailable) {
        fail(w.source, `not written: ${unavailable}`);
        continue;
      }
      try {
        record(w, await ingestGraph(o.store, w));
      } catch (err) {
        failWith(w, err);
      }
    }
  };
  const write = async (batch: Waiting[]): Promise<void> => {
    if (unavailable) {
      for (const w of batch) fail(w.source, `not written: ${unavailable}`);
      return;
    }
    try {
      const outcomes = await ingestGraphs(o.store, batch);
      batch.forEach((w, i) => record(w, outcomes[i] ?? 'unchanged'));
    } catch (err) {
      if (err instanceof KgError && err.code === 'SERVICE_UNAVAILABLE') {
        unavailable = err.message;
        for (const w of batch) failWith(w, err);
      } else if (batch.length === 1 && batch[0]) failWith(batch[0], err);
      else await writeOneByOne(batch);
    }
  };
  const pump = (): void => {
    while (writing < o.writeConcurrency && waiting.length > 0) {
      const batch = waiting.splice(0, batchSize);
      writing++;
      void write(batch).finally(() => {
        writing--;
        for (const w of batch) w.done();
        pump();
      });
    }
  };
  const one = async (task: ExtractTask): Promise<void> => {
    // Once Neo4j is gone the rest is not even read: a 600-file folder ends in seconds, not in
    // the minutes its extraction would take for nothing.
    if (unavailable) {
      summary.documents++;
      return fail(task.source, `not written: ${unavailable}`);
    }
    const result = await pool.run(task);
    summary.documents++;
    if (!result.ok) return fail(result.source, result.reason);
    if (unavailable) return fail(result.source, `not written: ${unavailable}`);
    await new Promise<void>((done) => {
      waiting.push({ graph: result.graph, text: result.text, source: result.source, done });
      pump();
    });
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
