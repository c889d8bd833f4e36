import { read } from '../../ingest/extract';
import type { ReportDoc } from '../../ingest/doc/reportDoc';
import { parseIob2 } from './iob2';
import { prf, type Prf } from './score';

/** Raw-text spans of the people and organisations the pipeline found in a document. */
function foundSpans(doc: ReportDoc): { label: string; start: number; end: number }[] {
  const raw = (block: number, i: number): number => {
    const b = doc.blocks[block];
    return b ? (b.offsets[i] ?? 0) : 0;
  };
  const span = (label: string, block: number, start: number, end: number) => ({
    label,
    start: raw(block, start),
    end: raw(block, end - 1) + 1,
  });
  return [
    ...doc.mentions.map((m) => span('PER', m.block, m.nameStart, m.nameEnd)),
    ...doc.organisations.map((o) => span('ORG', o.block, o.start, o.end)),
    ...doc.mentions.flatMap((m) =>
      m.titles
        .filter((t) => t.orgEnd > t.orgStart)
        .map((t) => span('ORG', m.block, t.orgStart, t.orgEnd)),
    ),
  ];
}

/**
 * Persons and organisations in labelled general text (UniversalNER's IOB2 files), exact span
 * match, micro P/R/F1: how the recognisers do outside the genre they were written for.
 */
export async function evaluateIob2(content: string): Promise<Record<'PER' | 'ORG', Prf>> {
  const counts = { PER: { tp: 0, pred: 0, gold: 0 }, ORG: { tp: 0, pred: 0, gold: 0 } };
  for (const s of parseIob2(content)) {
    const doc = await read(s.text, { source: 'labelled' });
    for (const label of ['PER', 'ORG'] as const) {
      const key = (e: { start: number; end: number }): string => `${e.start}:${e.end}`;
      const gold = new Set(s.entities.filter((e) => e.label === label).map(key));
      const pred = new Set(
        foundSpans(doc)
          .filter((e) => e.label === label)
          .map(key),
      );
      const c = counts[label];
      c.gold += gold.size;
      c.pred += pred.size;
      for (const k of pred) if (gold.has(k)) c.tp++;
    }
  }
  const out = (c: { tp: number; pred: number; gold: number }): Prf => ({
    ...prf(c.tp, c.pred, c.gold),
    missed: [],
    spurious: [],
  });
  return { PER: out(counts.PER), ORG: out(counts.ORG) };
}
