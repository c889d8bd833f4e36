import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../../ingest/extract';
import { defaultLexicon } from '../../ingest/lexicon/lexicon';
import { readForTraining, trainOrgModel, type OrgExample } from '../../ingest/model/trainOrgModel';
import { readCorpus, type Annotated } from './corpus';
import { newsExamples } from './newsExamples';
import type { Row } from './evaluate';
import { score, type Gold } from './score';

/** The organisation names (and aliases) a reference lists: what the model learns to mark. */
export function goldOrganisations(gold: Gold): string[] {
  return (gold.organisations ?? []).flatMap((o) =>
    typeof o === 'string' ? [o] : [o.name, ...(o.aliases ?? [])],
  );
}

/** The people a reference names, with their aliases. */
export function goldPersons(gold: Gold): string[] {
  return (gold.persons ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]);
}

/** The annotated reports of some folders, read for training. */
export async function trainingSet(
  dirs: readonly string[],
): Promise<{ report: Annotated; example: OrgExample }[]> {
  const lexicon = defaultLexicon();
  const out: { report: Annotated; example: OrgExample }[] = [];
  for (const dir of dirs)
    for (const report of readCorpus(dir))
      out.push({
        report,
        example: {
          doc: await readForTraining(report.text, lexicon),
          names: goldOrganisations(report.gold),
          persons: goldPersons(report.gold),
        },
      });
  return out;
}

/**
 * K-fold cross-validation of the organisation model: the reports of `folded` are dealt into `k`
 * folds; each fold is extracted with a model trained on the other folds, on `always` (our own
 * reports) and on the labelled news, so every score is of a report the model did not learn from.
 */
export async function crossValidate(
  always: readonly string[],
  folded: readonly string[],
  k: number,
  withNews = true,
): Promise<Row[]> {
  const news = withNews ? await newsExamples() : [];
  const fixed = [...(await trainingSet(always)).map((t) => t.example), ...news];
  const dealt = await trainingSet(folded);
  const dir = mkdtempSync(join(tmpdir(), 'kg-cv-'));
  const rows: Row[] = [];
  try {
    for (let fold = 0; fold < k; fold++) {
      const file = join(dir, `fold${fold}.crfsuite`);
      const training = [...fixed, ...dealt.filter((_, i) => i % k !== fold).map((t) => t.example)];
      trainOrgModel(training, file);
      const extractor = createExtractor({ orgModel: file });
      for (const { report } of dealt.filter((_, i) => i % k === fold)) {
        const graph = await extractor.extract(report.text, {
          source: report.report,
          published: report.published,
        });
        rows.push({ report: report.report, score: score(report.text, report.gold, graph) });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows.sort((a, b) => a.report.localeCompare(b.report));
}
