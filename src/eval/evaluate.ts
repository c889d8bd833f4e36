import { join } from 'node:path';
import { extract } from '../../ingest/extract';
import { projectRoot, REPORTS_DIR, SAMPLE_DIR } from '../paths';
import { readCorpus } from './corpus';
import { errorKinds, type ErrorKinds } from './errorKinds';
import { segmenter } from '../../ingest/segment/segmenter';
import { prf, score, type Prf, type ProposalErrors, type Score } from './score';
import { addThemeCounts, noThemeCounts, type ThemeCounts } from './themeScore';

export interface Row {
  report: string;
  score: Score;
}

const FIELDS = ['persons', 'organisations', 'titles', 'affiliations', 'proposals'] as const;
export type Field = (typeof FIELDS)[number];

const CORPUS_DIR = join(projectRoot(), 'data', 'corpus');

/**
 * The annotated corpora bundled with the project, by name: the sample and our own reports
 * (unit cases: written by us), and real published reports: the six from the shared corpus,
 * those gathered for development, and the held-out third, scored once before any tuning on it.
 */
export const CORPORA: Record<string, string> = {
  sample: SAMPLE_DIR,
  own: REPORTS_DIR,
  real: join(CORPUS_DIR, 'real'),
  gathered: join(CORPUS_DIR, 'gathered'),
  heldout: join(CORPUS_DIR, 'heldout'),
};

/** Extracts and scores every annotated report of a folder. */
export async function evaluateFolder(dir: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const a of readCorpus(dir)) {
    const graph = await extract(a.text, { source: a.report, published: a.published });
    rows.push({ report: a.report, score: score(a.text, a.gold, graph, jiebaBoundaries) });
  }
  return rows;
}

/**
 * Word boundaries as jieba cuts a text: the outside measure of "whole words", independent of the
 * tagger the extractor reads with.
 */
function jiebaBoundaries(text: string): ReadonlySet<number> {
  const out = new Set<number>([0]);
  let at = 0;
  for (const t of segmenter().tag(text)) out.add((at += t.word.length));
  return out;
}

/** The theme counts of many reports, summed. */
export function themeTotals(rows: readonly Row[]): ThemeCounts {
  return rows.reduce((sum, r) => addThemeCounts(sum, r.score.themes), noThemeCounts());
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

/** The errors of every report by kind, per field (proposals: missed and spurious only). */
export function errorsByKind(rows: readonly Row[]): Record<Field, ErrorKinds> {
  const out = {} as Record<Field, ErrorKinds>;
  for (const field of FIELDS) {
    const kinds = rows.map((r) =>
      field === 'proposals'
        ? {
            missed: r.score.proposals.missed.length,
            spurious: r.score.proposals.spurious.length,
            boundary: 0,
          }
        : errorKinds(r.score[field].missed, r.score[field].spurious),
    );
    out[field] = {
      missed: kinds.reduce((n, k) => n + k.missed, 0),
      spurious: kinds.reduce((n, k) => n + k.spurious, 0),
      boundary: kinds.reduce((n, k) => n + k.boundary, 0),
    };
  }
  return out;
}

/** The proposal errors of every report, summed by kind (wrong speaker, statement, missed, spurious). */
export function proposalErrors(rows: readonly Row[]): ProposalErrors {
  const sum = (k: keyof ProposalErrors): number =>
    rows.reduce((n, r) => n + (r.score.proposals.proposalErrors?.[k] ?? 0), 0);
  return {
    wrongSpeaker: sum('wrongSpeaker'),
    asStatement: sum('asStatement'),
    missed: sum('missed'),
    spurious: sum('spurious'),
  };
}

export { FIELDS };
