import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runExtractTask } from './extractTask';
import type { ExtractResult, ExtractTask } from './task';

interface Pending {
  resolve: (r: ExtractResult) => void;
  task: ExtractTask;
}

/**
 * Extraction on worker threads (each loads jieba's dictionaries once), or on this thread when
 * `size` is 0 or the compiled worker is not there (source runs under ts-jest).
 */
export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; task: ExtractTask }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number) {
    const script = join(__dirname, 'extractWorker.js');
    if (size <= 0 || !existsSync(script)) return;
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.on('message', (msg: { id: number; result: ExtractResult }) => {
        this.pending.get(msg.id)?.resolve(msg.result);
        this.pending.delete(msg.id);
        this.idle.push(w);
        this.pump();
      });
      w.on('error', (err) => {
        for (const [id, p] of this.pending) {
          p.resolve({ ok: false, source: p.task.source, reason: `worker failed: ${err.message}` });
          this.pending.delete(id);
        }
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  run(task: ExtractTask): Promise<ExtractResult> {
    if (this.workers.length === 0) return runExtractTask(task);
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, task });
      this.queue.push({ id, task });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop();
      const job = this.queue.shift();
      if (w && job) w.postMessage(job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
