/**
 * npm run bench:extract — the extractor's throughput over a streamed corpus of the bundled
 * reports (≥ 10 MB in all), and, in the same run and on the same documents, bare nodejieba
 * tagging: the ratio says what the extractor costs beyond segmentation.
 */
import { extract } from '../ingest/extract';
import { segmenter } from '../ingest/segment/segmenter';
import { bundledReports, documents } from './corpus';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CHARS_PER_ROUND = Number(process.env.CHARS_PER_ROUND ?? 2_200_000);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

function timeRound(
  work: (doc: string) => void,
  reports: string[],
): { chars: number; seconds: number } {
  let chars = 0;
  const t0 = process.hrtime.bigint();
  for (const doc of documents(reports, CHARS_PER_ROUND)) {
    work(doc);
    chars += doc.length;
  }
  return { chars, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function main(): void {
  const reports = bundledReports();
  const load0 = process.hrtime.bigint();
  const seg = segmenter();
  seg.tag('预热');
  const loadSeconds = Number(process.hrtime.bigint() - load0) / 1e9;
  extract(reports[0] ?? '', { source: 'warm-up' });

  const extractRates: number[] = [];
  const tagRates: number[] = [];
  const heap: number[] = [];
  let total = 0;
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate the two so machine noise falls on both alike.
    const e = timeRound((doc) => void extract(doc, { source: 'bench' }), reports);
    const t = timeRound((doc) => void seg.tag(doc), reports);
    extractRates.push(e.chars / e.seconds);
    tagRates.push(t.chars / t.seconds);
    total += e.chars;
    heap.push(process.memoryUsage().heapUsed / 2 ** 20);
    console.log(
      `round ${r + 1}: extract ${(e.chars / e.seconds / 1000).toFixed(0)}k chars/s, bare tagging ${(t.chars / t.seconds / 1000).toFixed(0)}k chars/s, heap ${heap[r]?.toFixed(0)} MB`,
    );
  }
  const ex = median(extractRates);
  const tg = median(tagRates);
  console.log(
    `\ncorpus: ${(total / 1e6).toFixed(1)} M chars extracted (${reports.length} bundled reports, streamed round-robin)`,
  );
  console.log(`dictionary load: ${loadSeconds.toFixed(2)} s (once per process)`);
  console.log(`extractor median: ${(ex / 1000).toFixed(0)}k chars/s   (target ≥ 300k)`);
  console.log(`bare nodejieba tagging median: ${(tg / 1000).toFixed(0)}k chars/s`);
  console.log(`time ratio extractor / tagging: ${(tg / ex).toFixed(2)}×   (target ≤ 1.5×)`);
  console.log(
    `heap after each round (MB): ${heap.map((h) => h.toFixed(0)).join(', ')}   (flat = streaming)`,
  );
}

main();
