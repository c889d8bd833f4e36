/**
 * npm run bench:extract — in one run, alternating round by round over the same streamed
 * documents: the extractor; the tagger's bare pass over the same blocks, batched as the
 * extractor runs it and one sequence per call (what batching buys); and bare nodejieba tagging.
 * Then the cost per character of one long report against short ones (time linear in length),
 * and the heap after each round (flat over the stream); last, each component's share of the
 * extractor's time, attribution's among them.
 */
import { createExtractor, extract } from '../ingest/extract';
import { layout } from '../ingest/normalise/layout';
import { segmenter } from '../ingest/segment/segmenter';
import { lacTagger } from '../ingest/tag/lacTagger';
import type { Tagger } from '../ingest/tag/tagger';
import { bundledReports, documents } from './corpus';
import { median } from './harness';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CHARS_PER_ROUND = Number(process.env.CHARS_PER_ROUND ?? 300_000);
const LONG_CHARS = Number(process.env.LONG_CHARS ?? 2_000_000);

async function timeRound(
  work: (doc: string) => unknown,
  reports: string[],
): Promise<{ chars: number; seconds: number }> {
  let chars = 0;
  const t0 = process.hrtime.bigint();
  for (const doc of documents(reports, CHARS_PER_ROUND)) {
    await work(doc);
    chars += doc.length;
  }
  return { chars, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

/** The tagger alone, over the blocks the extractor would give it. */
const bareTagging = (t: Tagger) => (doc: string) => t.tag(layout(doc).map((b) => b.folded));

/** Characters per second of one text, extracted whole. */
async function rateOf(text: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  await extract(text, { source: 'bench' });
  return text.length / (Number(process.hrtime.bigint() - t0) / 1e9);
}

/**
 * The heap still reachable after a round: collected first where the process allows it (the
 * script runs with --expose-gc), since the used heap without a collection counts garbage the
 * collector has not yet reclaimed and grows round by round even when nothing is kept.
 */
function liveHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const k = (rate: number): string => `${(rate / 1000).toFixed(1)}k chars/s`;

// The components that attribute speech: who speaks in each clause, and the speaker count.
const ATTRIBUTION = new Set(['turns', 'speaker-count']);

/** Each component's share of the extractor's time over one round of the stream. */
async function componentShares(reports: string[]): Promise<Map<string, number>> {
  const extractor = createExtractor();
  const spent = new Map<string, bigint>();
  for (const c of extractor.components) {
    const run = c.run.bind(c);
    Object.assign(c, {
      run: async (doc: Parameters<typeof run>[0]) => {
        const t0 = process.hrtime.bigint();
        await run(doc);
        spent.set(c.name, (spent.get(c.name) ?? 0n) + process.hrtime.bigint() - t0);
      },
    });
  }
  const t0 = process.hrtime.bigint();
  for (const doc of documents(reports, CHARS_PER_ROUND))
    await extractor.extract(doc, { source: 'bench' });
  const total = Number(process.hrtime.bigint() - t0);
  return new Map([...spent].map(([name, ns]) => [name, Number(ns) / total]));
}

async function main(): Promise<void> {
  const reports = bundledReports();
  const load0 = process.hrtime.bigint();
  const tagger = await lacTagger();
  const single = await lacTagger({ batchSize: 1, fresh: true });
  const seg = segmenter();
  seg.tag('预热');
  const loadSeconds = Number(process.hrtime.bigint() - load0) / 1e9;
  await extract(reports[0] ?? '', { source: 'warm-up' });

  const rates = {
    extract: [] as number[],
    tagger: [] as number[],
    single: [] as number[],
    jieba: [] as number[],
  };
  const heap: number[] = [];
  let total = 0;
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate so machine noise falls on all alike.
    const e = await timeRound((doc) => extract(doc, { source: 'bench' }), reports);
    const t = await timeRound(bareTagging(tagger), reports);
    const s = await timeRound(bareTagging(single), reports);
    const j = await timeRound((doc) => seg.tag(doc), reports);
    rates.extract.push(e.chars / e.seconds);
    rates.tagger.push(t.chars / t.seconds);
    rates.single.push(s.chars / s.seconds);
    rates.jieba.push(j.chars / j.seconds);
    total += e.chars;
    heap.push(liveHeap());
    console.log(
      `round ${r + 1}: extract ${k(e.chars / e.seconds)}, tagger batched ${k(t.chars / t.seconds)}, one per call ${k(s.chars / s.seconds)}, jieba ${k(j.chars / j.seconds)}, heap ${heap[r]?.toFixed(0)} MB`,
    );
  }
  // One long report built from the same texts, against the short ones it is made of.
  let long = '';
  for (let i = 0; long.length < LONG_CHARS; i++) long += `${reports[i % reports.length] ?? ''}\n\n`;
  const shorts: number[] = [];
  for (const doc of reports) shorts.push(await rateOf(doc));
  const longRate = await rateOf(long);
  // The same texts as one paragraph: rules that read around one place must not scan the block.
  const paragraph = long.slice(0, LONG_CHARS / 10).replace(/\s+/g, '');
  const paragraphRate = await rateOf(paragraph);

  const ex = median(rates.extract);
  const tg = median(rates.tagger);
  console.log(
    `\ncorpus: ${(total / 1e6).toFixed(2)} M chars extracted (${reports.length} bundled reports, streamed round-robin)`,
  );
  console.log(
    `model and dictionary load: ${loadSeconds.toFixed(2)} s (once per process or worker)`,
  );
  console.log(`extractor median: ${k(ex)}`);
  console.log(
    `tagger bare pass median (batches of 32): ${k(tg)}; one sequence per call: ${k(median(rates.single))} (batching: ${(tg / median(rates.single)).toFixed(2)}×)`,
  );
  console.log(`bare nodejieba tagging median: ${k(median(rates.jieba))}`);
  console.log(
    `time ratio extractor / tagger bare pass: ${(tg / ex).toFixed(2)}×   (target ≤ 1.3×)`,
  );
  console.log(
    `one ${(long.length / 1e6).toFixed(1)}M-character report: ${k(longRate)} against ${k(median(shorts))} for the short reports (ratio ${(median(shorts) / longRate).toFixed(2)}; 1 = linear)`,
  );
  console.log(
    `the same as one ${(paragraph.length / 1e3).toFixed(0)}k-character paragraph: ${k(paragraphRate)} (ratio ${(median(shorts) / paragraphRate).toFixed(2)})`,
  );
  console.log(
    `heap after each round (MB): ${heap.map((h) => h.toFixed(0)).join(', ')}   (flat = streaming)`,
  );
  const shares = await componentShares(reports);
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(
    `share of the extractor's time: ${[...shares].map(([n, x]) => `${n} ${pct(x)}`).join(', ')}`,
  );
  const attribution = [...shares].reduce((n, [name, x]) => n + (ATTRIBUTION.has(name) ? x : 0), 0);
  console.log(`attribution (turns, speaker count): ${pct(attribution)}   (target ≤ 10%)`);
}

void main();
