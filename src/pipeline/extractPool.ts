import { join } from 'node:path';
import { runExtractTask } from './extractTask';
import type { ExtractResult, ExtractTask } from './task';
import { WorkerPool } from './workerPool';

/** Extraction on worker threads (bulk ingest): each task's document graph comes back. */
export class ExtractPool extends WorkerPool<ExtractTask, ExtractResult> {
  constructor(size: number) {
    super(size, {
      script: join(__dirname, 'extractWorker.js'),
      inline: runExtractTask,
      failed: (task, reason) => ({ ok: false, source: task.source, reason }),
    });
  }
}
