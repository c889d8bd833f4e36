/**
 * npm run bench:ingest — a synthetic corpus (fixed seed, ≥ 10,000 reports, streamed) extracted
 * and ingested into a fresh embedded Neo4j: graph elements (nodes + relationships) and documents
 * per second, and, in the same run and database, a bare UNWIND … CREATE of as many elements
 * (the ceiling of what Neo4j takes on this machine). Then the write stage alone: the same
 * graphs, extracted beforehand and spooled to disk, written into a second fresh database, so
 * the store's own rate is measured without extraction sharing the two cores. Last, in a third
 * fresh database, the same batches written alternately by the ingest statement and by its shape
 * bound (the same rows created with no identity and no index, bench/shape-bound.cypher): what
 * the graph's data alone costs, between the ceiling and what ingest does.
 *
 * Both print their rate for every 2,000 documents too. The JVM starts cold: its JIT compiler
 * took more CPU than the Bolt worker for the first ~3,000 documents (per-thread CPU sampled
 * from /proc), so the later segments show the rate a long-running server keeps.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { ingestAll } from '../src/pipeline/ingestAll';
import { elementsWritten } from '../src/store/rows';
import { runExtractTask } from '../src/pipeline/extractTask';
import { ingestGraphs, type StoredDocument } from '../src/store/ingestGraph';
import type { Store } from '../src/store/store';
import { freshDatabase, syntheticTasks } from './benchDatabase';
import { writeShape } from './shapeBound';

const REPORTS = Number(process.env.REPORTS ?? 10_000);
const SEED = Number(process.env.SEED ?? 2024);

async function ceiling(store: Store, elements: number): Promise<number> {
  // Each row creates two nodes and one relationship: three elements.
  const rows = Math.ceil(elements / 3);
  const batch = 5_000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rows; i += batch) {
    const ids = Array.from({ length: Math.min(batch, rows - i) }, (_, k) => i + k);
    await store.driver.executeQuery(
      'UNWIND $ids AS i CREATE (:Ceiling {i: i})-[:CEILING]->(:Ceiling {i: -i})',
      { ids },
      { database: store.database },
    );
  }
  return (rows * 3) / (Number(process.hrtime.bigint() - t0) / 1e9);
}

const SEGMENT = 2_000;

/** Elements written by each SEGMENT documents, and when: rates per segment. */
class Segments {
  private readonly t0 = process.hrtime.bigint();
  private readonly marks: { s: number; elements: number }[] = [{ s: 0, elements: 0 }];

  /** `s`: the seconds this measure has taken so far (by default, since it began). */
  mark(elements: number, s = Number(process.hrtime.bigint() - this.t0) / 1e9): void {
    this.marks.push({ s, elements });
  }

  /** "a / b / c" elements/s per segment, and the rate after the first segment (JIT warm). */
  report(): string {
    const rates = this.marks
      .slice(1)
      .map((m, i) => (m.elements - this.marks[i]!.elements) / (m.s - this.marks[i]!.s));
    const first = this.marks[1];
    const last = this.marks[this.marks.length - 1];
    const warm =
      first && last && last !== first
        ? (last.elements - first.elements) / (last.s - first.s)
        : Number.NaN;
    return `per ${SEGMENT} documents: ${rates.map((r) => r.toFixed(0)).join(' / ')} elements/s; after the first ${SEGMENT} (JIT warm): ${warm.toFixed(0)} elements/s`;
  }
}

/** Extracts the corpus into an NDJSON spool file (one document per line, never all in memory). */
async function spool(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (const task of syntheticTasks(SEED, REPORTS)) {
    const r = await runExtractTask(task);
    if (r.ok && !out.write(`${JSON.stringify({ graph: r.graph, text: r.text })}\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The spooled graphs in batches of 64, read as they are needed. */
async function* spooled(file: string): AsyncGenerator<StoredDocument[]> {
  let batch: StoredDocument[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) {
    batch.push(JSON.parse(line) as StoredDocument);
    if (batch.length < 64) continue;
    yield batch;
    batch = [];
  }
  if (batch.length > 0) yield batch;
}

/** Writes the spooled graphs in batches of 64 with one writer, as ingestAll does: seconds. */
async function writeStage(store: Store, file: string, segments: Segments): Promise<number> {
  const t0 = process.hrtime.bigint();
  let documents = 0;
  let elements = 0;
  for await (const batch of spooled(file)) {
    const outcomes = await ingestGraphs(store, batch);
    batch.forEach((d, i) => {
      if (outcomes[i] !== 'unchanged') elements += elementsWritten(d.graph);
      if (++documents % SEGMENT === 0) segments.mark(elements);
    });
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

interface Leg {
  name: string;
  write: (batch: StoredDocument[]) => Promise<unknown>;
  seconds: number;
  segments: Segments;
}

/**
 * The same batches written by each leg in turn, in one JVM (which leg goes first alternates
 * batch by batch), so the legs share the machine's drift and the JIT's warm-up: seconds per leg.
 */
async function interleaved(file: string, legs: Leg[]): Promise<void> {
  let documents = 0;
  let elements = 0;
  let n = 0;
  for await (const batch of spooled(file)) {
    const order = n++ % 2 === 0 ? legs : [...legs].reverse();
    for (const leg of order) {
      const t0 = process.hrtime.bigint();
      await leg.write(batch);
      leg.seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    }
    for (const d of batch) {
      elements += elementsWritten(d.graph);
      if (++documents % SEGMENT === 0)
        for (const leg of legs) leg.segments.mark(elements, leg.seconds);
    }
  }
}

async function main(): Promise<void> {
  const db = await freshDatabase();
  const { store } = db;
  let elements = 0;
  let top = 0;
  try {
    const heap: string[] = [];
    const segments = new Segments();
    const summary = await ingestAll(syntheticTasks(SEED, REPORTS), {
      store,
      workers: Math.max(1, availableParallelism() - 1),
      writeConcurrency: Number(process.env.WRITERS ?? 1),
      onDocument: (_s, _o, s) => {
        const done = s.new + s.unchanged + s.replaced + s.failed;
        if (done % SEGMENT === 0) segments.mark(s.elements);
        if (done % SEGMENT === 0)
          heap.push(`${done}: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
      },
    });
    elements = summary.elements;
    const rate = summary.elements / summary.seconds;
    console.log(
      `reports: ${summary.documents} (new ${summary.new}, failed ${summary.failed}), seed ${SEED}`,
    );
    console.log(
      `ingest: ${summary.elements} elements in ${summary.seconds.toFixed(1)} s = ${rate.toFixed(0)} elements/s, ${(summary.documents / summary.seconds).toFixed(1)} documents/s (extraction included)`,
    );
    console.log(`  ${segments.report()}`);
    top = await ceiling(store, summary.elements);
    console.log(`ceiling (bare UNWIND … CREATE of as many elements): ${top.toFixed(0)} elements/s`);
    console.log(
      `ingest / ceiling: ${(rate / top).toFixed(2)}   (targets: ≥ 20,000 elements/s and ≥ 0.5 of the ceiling)`,
    );
    console.log(`process RSS by documents: ${heap.join(', ')}   (flat = streaming)`);
  } finally {
    await db.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-spool-'));
  const file = join(dir, 'graphs.ndjson');
  try {
    await spool(file);
    const second = await freshDatabase();
    try {
      const segments = new Segments();
      const seconds = await writeStage(second.store, file, segments);
      const rate = elements / seconds;
      console.log(
        `write stage alone (graphs extracted beforehand, batches of 64, one writer): ${rate.toFixed(0)} elements/s, ${(REPORTS / seconds).toFixed(1)} documents/s, ${(rate / top).toFixed(2)} of the ceiling`,
      );
      console.log(`  ${segments.report()}`);
    } finally {
      await second.close();
    }
    await shapeBound(file, { elements, ceiling: top });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The write stage beside its shape bound (bench/shape-bound.cypher: the same rows created with
 * no identity and no index), batch by batch in a third fresh database: how much of the gap to
 * the ceiling is the graph's data and how much what ingest does with it.
 */
async function shapeBound(file: string, o: { elements: number; ceiling: number }): Promise<void> {
  const third = await freshDatabase();
  try {
    const writers: Pick<Leg, 'name' | 'write'>[] = [
      { name: 'ingest statement', write: (b) => ingestGraphs(third.store, b) },
      { name: 'shape bound', write: (b) => writeShape(third.store, b) },
    ];
    const legs: Leg[] = writers.map((l) => ({ ...l, seconds: 0, segments: new Segments() }));
    await interleaved(file, legs);
    console.log('the same batches, one after the other in one JVM:');
    for (const leg of legs) {
      const rate = o.elements / leg.seconds;
      console.log(
        `  ${leg.name}: ${rate.toFixed(0)} elements/s, ${(rate / o.ceiling).toFixed(2)} of the ceiling; ${leg.segments.report()}`,
      );
    }
    const [real, shape] = legs;
    if (real && shape)
      console.log(
        `  ingest / shape bound: ${(shape.seconds / real.seconds).toFixed(2)} (identity, idempotence and indexes cost the rest)`,
      );
  } finally {
    await third.close();
  }
}

void main();
