import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decode } from '../../ingest/normalise/decode';
import { extract } from '../../ingest/extract';
import { REPORTS_DIR, SAMPLE_DIR } from '../paths';
import { prf, score, type Gold, type Prf, type Score } from './score';

export interface Row {
  report: string;
  score: Score;
}

const FIELDS = ['persons', 'organisations', 'titles', 'affiliations', 'proposals'] as const;
export type Field = (typeof FIELDS)[number];

/** The folders of annotated reports bundled with the project: the sample and our own reports. */
export const EVAL_DIRS = [SAMPLE_DIR, REPORTS_DIR];

/** Extracts and scores every `X.txt` of a folder that has `gold/X.json`. */
export function evaluateFolder(dir: string): Row[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(
        readFileSync(join(dir, 'gold', file.replace(/\.txt$/, '.json')), 'utf8'),
      ) as Gold;
      const decoded = decode(readFileSync(join(dir, file)));
      const graph = extract(decoded.text, { source: file, published: gold.published ?? null });
      return { report: basename(file, '.txt'), score: score(decoded.text, gold, graph) };
    });
}

/** Micro-averaged scores over many reports (counts summed, then P/R/F1). */
export function total(rows: readonly Row[]): Record<Field, Prf> {
  const out = {} as Record<Field, Prf>;
  for (const field of FIELDS) {
    const sum = (k: 'tp' | 'predicted' | 'gold'): number =>
      rows.reduce((n, r) => n + r.score[field][k], 0);
    // Proposals count right predictions and covered fragments apart; recall needs covered/gold.
    const base = prf(sum('tp'), sum('predicted'), sum('gold'));
    if (field === 'proposals') {
      const covered = rows.reduce(
        (n, r) => n + r.score.proposals.recall * r.score.proposals.gold,
        0,
      );
      const recall = sum('gold') ? covered / sum('gold') : 1;
      const f1 =
        base.precision + recall ? (2 * base.precision * recall) / (base.precision + recall) : 0;
      out[field] = {
        ...base,
        recall: Math.round(recall * 1000) / 1000,
        f1: Math.round(f1 * 1000) / 1000,
        missed: [],
        spurious: [],
      };
    } else out[field] = { ...base, missed: [], spurious: [] };
  }
  return out;
}

export { FIELDS };
