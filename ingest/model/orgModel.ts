import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../../src/domain/errors';
import { projectRoot } from '../../src/paths';
import type { Block } from '../normalise/block';
import type { TaggedWord } from '../tag/tagger';
import { viterbi } from '../tag/viterbi';
import type { Lexicon } from '../lexicon/lexicon';
import { readCrfsuite, type CrfWeights } from './crfsuiteFile';
import { AFTER, BEFORE, CHAR_TEMPLATES, eachWordFeature } from './orgFeatures';
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

// The model's characters (and the marks past a block's ends) by a small id, 0 for one it never
// saw: keys of two ids stay small integers, so no string is built or number boxed to look one up.
const BEFORE_CODE = 0x10000;
const AFTER_CODE = 0x10001;

/** A value of a character template as the codes it joins (`<s>民` → the mark, 民). */
function codesOf(value: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < value.length;) {
    if (value.startsWith(BEFORE, i)) {
      out.push(BEFORE_CODE);
      i += BEFORE.length;
    } else if (value.startsWith(AFTER, i)) {
      out.push(AFTER_CODE);
      i += AFTER.length;
    } else out.push(value.charCodeAt(i++));
  }
  return out;
}

/** A character template's weights: by one id, by a pair's key, or by a pair's key then an id. */
interface CharTemplate {
  offsets: readonly number[];
  one: (Float64Array | undefined)[];
  two: Map<number, Float64Array>;
  three: Map<number, Map<number, Float64Array>>;
}

interface CharWeights {
  /** A character code's id; 0 for a character no feature names. */
  ids: Int32Array;
  /** How many ids there are: a pair's key is `first * size + second`. */
  size: number;
  templates: CharTemplate[];
}

/** The weights of the character templates re-keyed by id, once per model. */
function charWeights(weights: CrfWeights): CharWeights {
  const ids = new Int32Array(AFTER_CODE + 1);
  let size = 1;
  const valued = CHAR_TEMPLATES.map(([template, offsets]) => ({
    offsets,
    values: [...(weights.state.get(template) ?? [])]
      .map(([value, w]) => ({ codes: codesOf(value), w }))
      .filter(({ codes }) => codes.length === offsets.length),
  }));
  for (const { values } of valued)
    for (const { codes } of values) for (const c of codes) if (!ids[c]) ids[c] = size++;
  const templates = valued.map(({ offsets, values }) => {
    const t: CharTemplate = { offsets, one: [], two: new Map(), three: new Map() };
    for (const { codes, w } of values) {
      const [a = 0, b = 0, c = 0] = codes.map((x) => ids[x] ?? 0);
      if (codes.length === 1) t.one[a] = w;
      else if (codes.length === 2) t.two.set(a * size + b, w);
      else {
        let byLast = t.three.get(a * size + b);
        if (!byLast) t.three.set(a * size + b, (byLast = new Map<number, Float64Array>()));
        byLast.set(c, w);
      }
    }
    return t;
  });
  return { ids, size, templates };
}

/** The weights of character `i`'s value of template `t`, given the block's ids by position. */
function charWeight(t: CharTemplate, id: (j: number) => number, i: number, size: number) {
  const o = t.offsets;
  const a = id(i + (o[0] ?? 0));
  if (o.length === 1) return t.one[a];
  const pair = a * size + id(i + (o[1] ?? 0));
  if (o.length === 2) return t.two.get(pair);
  return t.three.get(pair)?.get(id(i + (o[2] ?? 0)));
}

/**
 * Each character's score for each label: the sum of its features' weights. The characters'
 * features are looked up by id: building and hashing their strings was three quarters of the
 * model's time.
 */
function emissions(
  weights: CrfWeights,
  chars: CharWeights,
  block: Block,
  words: readonly TaggedWord[],
  lexicon: Lexicon,
): Float32Array {
  const L = weights.labels.length;
  const text = block.folded;
  const n = text.length;
  const sums = new Float64Array(n * L);
  const add = (i: number, w: Float64Array | undefined): void => {
    if (w) for (let l = 0; l < L; l++) sums[i * L + l] = (sums[i * L + l] ?? 0) + (w[l] ?? 0);
  };
  const byPosition = new Int32Array(n);
  for (let j = 0; j < n; j++) byPosition[j] = chars.ids[text.charCodeAt(j)] ?? 0;
  const before = chars.ids[BEFORE_CODE] ?? 0;
  const after = chars.ids[AFTER_CODE] ?? 0;
  const id = (j: number): number => (j < 0 ? before : j >= n ? after : (byPosition[j] ?? 0));
  for (let i = 0; i < n; i++)
    for (const t of chars.templates) add(i, charWeight(t, id, i, chars.size));
  eachWordFeature(block, words, lexicon, (i, template, value) =>
    add(i, weights.state.get(template)?.get(value)),
  );
  return Float32Array.from(sums);
}

/** The labels CRFsuite's own tagger gives, decoded here (see `crfsuiteFile.ts` for why). */
function decoder(weights: CrfWeights): OrgModel {
  const chars = charWeights(weights);
  return (block, words, lexicon) => {
    const length = block.folded.length;
    if (length === 0) return [];
    const path = viterbi(emissions(weights, chars, block, words, lexicon), weights.transitions, {
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
