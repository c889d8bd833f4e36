import { createExtractor } from '../../ingest/extract';
import { phraseExamples, type PhraseExample } from '../../ingest/theme/trainPhraseModel';
import { readCorpus } from './corpus';

/**
 * The labelled candidate phrases of the annotated reports of some folders: each report read by
 * the extractor as it reads for a graph (so the candidates are the ones it will score), each
 * reference proposal's candidates labelled by its keywords.
 */
export async function phraseTrainingSet(dirs: readonly string[]): Promise<PhraseExample[]> {
  const extractor = createExtractor();
  const out: PhraseExample[] = [];
  for (const dir of dirs)
    for (const report of readCorpus(dir)) {
      const doc = await extractor.read(report.text, {
        source: report.report,
        published: report.published,
      });
      const proposals = (report.gold.proposals ?? []).map((p) => ({
        evidence: Array.isArray(p.evidence) ? p.evidence : [p.evidence],
        keywords: p.keywords ?? [],
      }));
      out.push(...phraseExamples(doc, proposals));
    }
  return out;
}
