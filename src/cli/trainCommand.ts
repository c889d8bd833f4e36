import { dirname, join } from 'node:path';
import { ORG_MODEL } from '../../ingest/model/orgModel';
import { trainOrgModel } from '../../ingest/model/trainOrgModel';
import { PHRASE_MODEL } from '../../ingest/theme/phraseModel';
import { trainPhraseModel } from '../../ingest/theme/trainPhraseModel';
import { phraseTrainingSet } from '../eval/phraseTraining';
import { crossValidate, trainingSet } from '../eval/crossValidate';
import { CORPORA } from '../eval/evaluate';
import { newsExamples } from '../eval/newsExamples';
import type { TrainArgs } from './args';
import { table } from './evalCommand';

const corpus = (name: string): string => {
  const dir = CORPORA[name];
  if (!dir) throw new Error(`no corpus ${name}`);
  return dir;
};

/** Our own reports: always learnt from, never a fold (they are unit cases, not real reports). */
const OWN = ['sample', 'own'].map(corpus);
/** The real development reports. The held-out set is never learnt from. */
const REAL = ['real', 'gathered'].map(corpus);

/**
 * `kg train`: trains the organisation model on the development reports and labelled news, and
 * the phrase model on the development reports' keywords, and writes them; with
 * `--cv K`, scores K-fold cross-validation on the real development reports instead, each report
 * extracted with a model that did not learn from it.
 */
export async function runTrain(a: TrainArgs): Promise<void> {
  if (a.cv) {
    const rows = await crossValidate(OWN, REAL, a.cv, !a.withoutNews);
    process.stdout.write(
      `${a.cv}-fold cross-validation (${rows.length} reports)\n${table(rows, false)}\n`,
    );
    return;
  }
  const set = await trainingSet([...OWN, ...REAL]);
  const news = a.withoutNews ? [] : await newsExamples();
  const file = a.out ?? ORG_MODEL;
  trainOrgModel([...set.map((s) => s.example), ...news], file);
  process.stdout.write(
    `trained on ${set.length} reports and ${news.length} news sentences: ${file}\n`,
  );
  const phrases = await phraseTrainingSet([...OWN, ...REAL]);
  // Written next to an organisation model given elsewhere, never over the vendored one then.
  const phrasesFile =
    a.phrasesOut ?? (a.out ? join(dirname(a.out), 'phrases.crfsuite') : PHRASE_MODEL);
  trainPhraseModel(phrases, phrasesFile);
  process.stdout.write(
    `phrase model: trained on ${phrases.length} candidate phrases (${phrases.filter((p) => p.key).length} key): ${phrasesFile}\n`,
  );
}
