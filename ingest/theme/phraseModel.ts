import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import { readCrfsuite, type CrfWeights } from '../model/crfsuiteFile';

/**
 * The phrase model: a logistic regression over a candidate's features (`phraseFeatures.ts`),
 * which says how likely a reference annotator would name the candidate as what the proposal is
 * about. Trained with CRFsuite on one-item sequences (a linear-chain CRF of length one is a
 * maximum-entropy classifier) by `kg train`, on the keywords of the development reports'
 * annotations. Vendored, with how it was made, in `models/theme-phrases/README.md`.
 */
export const PHRASE_MODEL = join(
  projectRoot(__dirname),
  'models',
  'theme-phrases',
  'phrases.crfsuite',
);

/** The labels the model is trained with: a key phrase, or not. */
export const KEY = 'K';
export const OTHER = 'O';

/** A candidate's features to the probability that it is a key phrase. */
export type PhraseScorer = (features: readonly string[]) => number;

const models = new Map<string, PhraseScorer>();

function scorer(weights: CrfWeights): PhraseScorer {
  const key = weights.labels.indexOf(KEY);
  const other = weights.labels.indexOf(OTHER);
  if (key < 0 || other < 0)
    throw new Error(`the phrase model has labels ${weights.labels.join(',')}`);
  return (features) => {
    let margin = 0;
    for (const f of features) {
      const cut = f.indexOf('=');
      const w = weights.state
        .get(cut < 0 ? f : f.slice(0, cut))
        ?.get(cut < 0 ? '' : f.slice(cut + 1));
      if (w) margin += (w[key] ?? 0) - (w[other] ?? 0);
    }
    return 1 / (1 + Math.exp(-margin));
  };
}

/** The phrase model of a file, read once per process. */
export function phraseModel(file: string = PHRASE_MODEL): PhraseScorer {
  let model = models.get(file);
  if (!model) models.set(file, (model = scorer(readCrfsuite(file))));
  return model;
}
