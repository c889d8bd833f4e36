import { KgError, type ErrorCode } from '../domain/errors';
import { ingestGraph, type IngestOutcome } from '../store/ingestGraph';
import type { Store } from '../store/store';
import { reportText } from '../../ingest/normalise/decode';
import { runExtractTask } from './extractTask';
import type { ExtractTask } from './task';

/** One report read and written; small, so it crosses from a worker thread at no cost. */
export type ReportIngestResult =
  | {
      ok: true;
      outcome: IngestOutcome;
      hash: string;
      persons: number;
      proposals: number;
      warnings: string[];
    }
  | { ok: false; code: ErrorCode; reason: string };

/**
 * Refuses text that is not a report (no Chinese, control characters) with BAD_USER_INPUT and
 * the input's own code in the message, as extraction would, in the time a scan takes.
 */
export function refuseIfNotReport(text: string): void {
  try {
    reportText(text);
  } catch (e) {
    if (e instanceof KgError) throw new KgError('BAD_USER_INPUT', `${e.message} [${e.code}]`);
    throw e;
  }
}

/**
 * Extracts one report and writes it: what `ingestReport` does, whole, so that it can run on a
 * worker thread. Run on the server's thread, a report of 2M characters held /healthz for the
 * time it took to extract, and after extraction for the time it took to copy its graph back
 * from a worker and turn it into rows (0.76 s for 2M characters).
 */
export async function ingestReport(task: ExtractTask, store: Store): Promise<ReportIngestResult> {
  const result = await runExtractTask(task);
  if (!result.ok) return { ok: false, code: 'BAD_USER_INPUT', reason: result.reason };
  try {
    const outcome = await ingestGraph(store, { graph: result.graph, text: result.text });
    const g = result.graph;
    return {
      ok: true,
      outcome,
      hash: g.contentHash,
      persons: g.persons.length,
      proposals: g.proposals.length,
      warnings: g.warnings,
    };
  } catch (e) {
    if (e instanceof KgError) return { ok: false, code: e.code, reason: e.message };
    return { ok: false, code: 'INTERNAL_SERVER_ERROR', reason: `ingest failed: ${String(e)}` };
  }
}
