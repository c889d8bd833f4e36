import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLexicon } from '../../ingest/lexicon/lexicon';
import { readForTraining, type OrgExample } from '../../ingest/model/trainOrgModel';
import { projectRoot } from '../paths';
import { parseIob2 } from './iob2';

/**
 * Labelled general news the organisation model also learns from: UniversalNER's Simplified
 * Chinese GSD training sentences (CC BY-SA 4.0, provenance in the folder's README). Companies,
 * universities, teams and foreign bodies are rare in consultation reports and common here; with
 * them, organisations on the held-out reports rose from 0.725 to 0.739 (docs/extractor.md).
 */
export const NEWS_TRAINING = join(projectRoot(), 'data', 'news', 'uner-gsdsimp', 'train.iob2');

/** Each sentence of an IOB2 file as an example: its organisations to mark, its people kept out. */
export async function newsExamples(file: string = NEWS_TRAINING): Promise<OrgExample[]> {
  const lexicon = defaultLexicon();
  const out: OrgExample[] = [];
  for (const s of parseIob2(readFileSync(file, 'utf8'))) {
    const named = (label: string): string[] =>
      s.entities.filter((e) => e.label === label).map((e) => s.text.slice(e.start, e.end));
    out.push({
      doc: await readForTraining(s.text, lexicon),
      names: named('ORG'),
      persons: named('PER'),
    });
  }
  return out;
}
