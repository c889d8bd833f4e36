import { Trainer } from 'crfsuite';
import { newDoc, type ReportDoc } from '../doc/reportDoc';
import type { Lexicon } from '../lexicon/lexicon';
import { fold } from '../../src/domain/fold';
import { readText } from '../pipeline/readText';
import { tagText } from '../pipeline/tagText';
import { lacTagger } from '../tag/lacTagger';
import { orgFeatures } from './orgFeatures';
import { orgLabels } from './orgLabels';

/**
 * A report to learn from: its read layers, the organisation names its annotation lists, and the
 * people it names (kept out of the model, see `withoutPersons`).
 */
export interface OrgExample {
  doc: ReportDoc;
  names: readonly string[];
  persons: readonly string[];
}

/** Templates whose values are runs of two or more characters, where a name could be written. */
const RUNS = /^(?:b[-+]\d|t)=/;

/**
 * Drops the features whose characters hold a person's name (`b-1=某远`, `t=某远华`), so that the
 * model file holds no name of the reports it learnt from: a model finds organisations by their
 * shape, and the project keeps people's names out of everything but its annotated data. At
 * tagging time such a feature has no weight and counts for nothing.
 */
export function withoutPersons(features: string[][], persons: ReadonlySet<string>): string[][] {
  const holdsName = (f: string): boolean => {
    if (!RUNS.test(f)) return false;
    const run = f.slice(f.indexOf('=') + 1);
    for (let i = 0; i < run.length - 1; i++)
      for (let j = i + 2; j <= run.length; j++) if (persons.has(run.slice(i, j))) return true;
    return false;
  };
  return features.map((item) => item.filter((f) => !holdsName(f)));
}

/**
 * CRFsuite's settings: L-BFGS with elastic-net penalties. Chosen by five-fold cross-validation
 * on the development reports: settings from c1 0 to 0.3 and c2 0.005 to 0.3 moved organisation
 * F1 by less than 0.02. With the news sentences, c1 0.1 rather than 0.02 halves the model (2.4 to
 * 1.2 MB) and the organisation model's time by a third, at the same F1 (docs/extractor.md).
 */
const SETTINGS = {
  c1: '0.1',
  c2: '0.05',
  max_iterations: '150',
  'feature.possible_transitions': '1',
};

/** The layers the features read: blocks and the tagger's words, nothing a rule found. */
export async function readForTraining(text: string, lexicon: Lexicon): Promise<ReportDoc> {
  const doc = newDoc(text, { source: 'training', published: null, warnings: [], lexicon });
  await readText.run(doc);
  await tagText(() => lacTagger()).run(doc);
  return doc;
}

/** Trains the organisation model on annotated reports and writes it to `file`. */
export function trainOrgModel(examples: readonly OrgExample[], file: string): void {
  const trainer = new Trainer({ debug: false });
  trainer.set_params(SETTINGS);
  // Every name of every report, as written and folded: features read the folded text.
  const persons = new Set(examples.flatMap((e) => e.persons.flatMap((p) => [p, fold(p)])));
  for (const { doc, names } of examples)
    for (const block of doc.blocks) {
      if (!block.folded) continue;
      const features = orgFeatures(block, doc.tokens[block.index] ?? [], doc.lexicon);
      trainer.append(withoutPersons(features, persons), orgLabels(block.text, names));
    }
  trainer.train(file);
}
