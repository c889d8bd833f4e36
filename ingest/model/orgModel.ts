import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../../src/domain/errors';
import { projectRoot } from '../../src/paths';
import type { Block } from '../normalise/block';
import type { TaggedWord } from '../tag/tagger';
import { viterbi } from '../tag/viterbi';
import type { Lexicon } from '../lexicon/lexicon';
import { readCrfsuite, type CrfWeights } from './crfsuiteFile';
import { eachOrgFeature } from './orgFeatures';
import { labelledSpans } from './orgLabels';

/**
 * The organisation model: a linear-chain CRF over characters, trained with CRFsuite (the npm
 * package `crfsuite`) by `kg train` on the annotated development reports. Vendored, with how it
 * was made, in `models/org-crf/README.md`.
 */
export const ORG_MODEL = join(
  projectRoot(__dirname),
  'models',
  'org-crf',
  'organisations.crfsuite',
);

/** A name the model marks in one block: offsets into the block's text. */
export interface ModelSpan {
  start: number;
  end: number;
}

/** One block's characters to the model's labels (B, I, O). */
export type OrgModel = (block: Block, words: readonly TaggedWord[], lexicon: Lexicon) => string[];

/** Each character's score for each label: the sum of its features' weights. */
function emissions(
  weights: CrfWeights,
  block: Block,
  words: readonly TaggedWord[],
  lexicon: Lexicon,
): Float32Array {
  const L = weights.labels.length;
  const sums = new Float64Array(block.folded.length * L);
  eachOrgFeature(block, words, lexicon, (i, template, value) => {
    const w = weights.state.get(template)?.get(value);
    if (w) for (let l = 0; l < L; l++) sums[i * L + l] = (sums[i * L + l] ?? 0) + (w[l] ?? 0);
  });
  return Float32Array.from(sums);
}

/** The labels CRFsuite's own tagger gives, decoded here (see `crfsuiteFile.ts` for why). */
function decoder(weights: CrfWeights): OrgModel {
  return (block, words, lexicon) => {
    const length = block.folded.length;
    if (length === 0) return [];
    const path = viterbi(emissions(weights, block, words, lexicon), weights.transitions, {
      length,
      tags: weights.labels.length,
    });
    return Array.from(path, (l) => weights.labels[l] ?? 'O');
  };
}

const opened = new Map<string, OrgModel>();

/** The model in `file`, read once per process (each extractor of the process shares it). */
export function orgModel(file: string = ORG_MODEL): OrgModel {
  let model = opened.get(file);
  if (model) return model;
  if (!existsSync(file))
    throw new KgError('INTERNAL_SERVER_ERROR', `the organisation model ${file} cannot be opened`);
  model = decoder(readCrfsuite(file));
  opened.set(file, model);
  return model;
}

/** The names the model marks in a block. */
export function modelSpans(
  model: OrgModel,
  block: Block,
  words: readonly TaggedWord[],
  lexicon: Lexicon,
): ModelSpan[] {
  return labelledSpans(model(block, words, lexicon)).map(([start, end]) => ({ start, end }));
}
