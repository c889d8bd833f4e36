import { readFileSync } from 'node:fs';
import { KgError } from '../domain/errors';
import { decode, reportText } from '../../ingest/normalise/decode';
import { extract } from '../../ingest/extract';
import type { ExtractResult, ExtractTask } from './task';

/** Extracts one task; a failure is a value (DataLoader's habit), so the batch goes on. */
export async function runExtractTask(task: ExtractTask): Promise<ExtractResult> {
  try {
    const decoded =
      task.text !== undefined
        ? reportText(task.text)
        : decode(readFileSync(task.file ?? task.source));
    const graph = await extract(decoded.text, {
      source: task.source,
      published: task.published ?? null,
      warnings: decoded.warnings,
    });
    return { ok: true, source: task.source, graph, text: decoded.text };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason =
      err instanceof KgError
        ? `${err.message} [${err.code}]`
        : e.code
          ? `cannot read (${e.code})`
          : `extraction failed: ${e.message}`;
    return { ok: false, source: task.source, reason };
  }
}
