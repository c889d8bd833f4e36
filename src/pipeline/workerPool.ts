import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

interface Pending<T, R> {
  resolve: (r: R) => void;
  task: T;
}

/** What a pool needs to know of its work: where its worker is, and how to do it without one. */
export interface PoolWork<T, R> {
  /** The compiled worker script: it answers `{id, task}` with `{id, result}`. */
  script: string;
  /** The same work on this thread, when there is no worker. */
  inline: (task: T) => Promise<R>;
  /** The result of a task whose worker died or whose pool closed. */
  failed: (task: T, reason: string) => R;
}

/**
 * Tasks on worker threads (each loads jieba's dictionaries and the tagger once), or on this
 * thread when `size` is 0 or the compiled worker is not there (source runs under ts-jest).
 */
export class WorkerPool<T, R> {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; task: T }[] = [];
  private readonly pending = new Map<number, Pending<T, R>>();
  /** Which task each busy worker runs, so a worker's death fails that task alone. */
  private readonly running = new Map<Worker, number>();
  private nextId = 0;

  private closed = false;

  constructor(
    size: number,
    private readonly work: PoolWork<T, R>,
  ) {
    if (size <= 0 || !existsSync(work.script)) return;
    for (let i = 0; i < size; i++) this.spawn();
  }

  /**
   * A worker, and its replacement if it dies (an out-of-memory report, a crash in native
   * code): a long-lived pool, such as the API's, must not shrink to nothing and queue forever.
   */
  private spawn(): void {
    const w = new Worker(this.work.script);
    w.on('message', (msg: { id: number; result: R }) => {
      this.pending.get(msg.id)?.resolve(msg.result);
      this.pending.delete(msg.id);
      this.running.delete(w);
      this.idle.push(w);
      this.pump();
    });
    let failure = 'the worker exited';
    w.on('error', (err) => (failure = `worker failed: ${err.message}`));
    w.on('exit', () => {
      const id = this.running.get(w);
      const p = id === undefined ? undefined : this.pending.get(id);
      if (p && id !== undefined && !this.closed) {
        p.resolve(this.work.failed(p.task, failure));
        this.pending.delete(id);
      }
      this.running.delete(w);
      for (const list of [this.workers, this.idle]) {
        const at = list.indexOf(w);
        if (at >= 0) list.splice(at, 1);
      }
      if (!this.closed) {
        this.spawn();
        this.pump();
      }
    });
    this.workers.push(w);
    this.idle.push(w);
  }

  get threads(): number {
    return this.workers.length;
  }

  run(task: T): Promise<R> {
    if (this.workers.length === 0) return this.work.inline(task);
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
      if (w && job) {
        this.running.set(w, job.id);
        w.postMessage(job);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.pending.values())
      p.resolve(this.work.failed(p.task, 'stopped: shutting down'));
    this.pending.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
