import { join } from 'node:path';
import type { Store, StoreOptions } from '../store/store';
import { ingestReport, type ReportIngestResult } from './reportIngest';
import type { ExtractTask } from './task';
import { WorkerPool } from './workerPool';

interface IngestTask {
  report: ExtractTask;
  store: StoreOptions;
}

/**
 * Reports read and written on a worker thread (the API's `ingestReport`): only a summary comes
 * back, so the server's thread neither extracts nor copies nor packs a large report's graph.
 * Without the compiled worker (tests on the sources) the work runs here, on the given store.
 *
 * The worker is started by the first report and ended once none has come for `idleMs`: its
 * tagger and the heap a long report leaves (0.7 GB after 2M characters) are given back, and
 * the next report starts a new one (a second or so).
 */
export class IngestPool {
  private pool: WorkerPool<IngestTask, ReportIngestResult> | null = null;
  private inFlight = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly idleMs = 60_000,
  ) {}

  async run(report: ExtractTask): Promise<ReportIngestResult> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pool ??= new WorkerPool(1, {
      script: join(__dirname, 'ingestWorker.js'),
      inline: (t) => ingestReport(t.report, this.store),
      failed: (_t, reason) => ({ ok: false, code: 'INTERNAL_SERVER_ERROR', reason }),
    });
    this.inFlight++;
    try {
      return await this.pool.run({ report, store: this.store.settings() });
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.retireLater();
    }
  }

  private retireLater(): void {
    this.timer = setTimeout(() => {
      const pool = this.pool;
      this.pool = null;
      this.timer = null;
      void pool?.close();
    }, this.idleMs);
    // An idle worker's timer must not keep a process alive that has nothing else to do.
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.pool?.close();
    this.pool = null;
  }
}
