import type { Block } from '../normalise/block';
import type { TaggedWord } from '../tag/tagger';
import { perLexicon, type Lexicon } from '../lexicon/lexicon';

/** What the features read from a lexicon: the gazetteer's surface forms, heads and parties. */
const featureLists = perLexicon((lexicon) => ({
  // Longest first, so 全国政协常委会 marks its characters before 全国政协 can.
  gazetteer: lexicon.institutions
    .flatMap((i) => [i.name, ...i.aliases])
    .filter(Boolean)
    .sort((a, b) => b.length - a.length),
  heads: new Set([...lexicon.orgHeads, ...lexicon.orgSuffixes]),
  parties: new Set(lexicon.parties),
}));

/**
 * Position tags of the spans over a text of `n` characters: `B`+tag where a span starts, `I`+tag
 * inside it, '' outside; the first span to claim a character keeps it.
 */
function spanTags(n: number, spans: readonly (readonly [number, number])[], tag: string): string[] {
  const out = Array<string>(n).fill('');
  for (const [start, end] of spans)
    for (let j = start; j < end && j < n; j++)
      if (!out[j]) out[j] = (j === start ? 'B' : 'I') + tag;
  return out;
}

function gazetteerSpans(text: string, names: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      spans.push([at, at + name.length]);
  return spans;
}

/** The lengths of the words of `words` that end (or start) at each character of the text. */
function wordEdges(text: string, words: Iterable<string>, at: 'end' | 'start'): string[][] {
  const out: string[][] = Array.from({ length: text.length }, () => []);
  for (const w of words)
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1))
      out[at === 'end' ? i + w.length - 1 : i]?.push(String(w.length));
  return out;
}

/**
 * The templates that read characters around the one labelled: each joins the characters at its
 * offsets (`b-1` is the character before and this one). The model scores these by character
 * code (`orgModel.ts`); the trainer reads them as strings; one table keeps the two the same.
 */
export const CHAR_TEMPLATES: readonly (readonly [string, readonly number[]])[] = [
  ['c', [0]],
  ['c-1', [-1]],
  ['c+1', [1]],
  ['c-2', [-2]],
  ['c+2', [2]],
  ['c-3', [-3]],
  ['c+3', [3]],
  ['b-2', [-2, -1]],
  ['b-1', [-1, 0]],
  ['b+1', [0, 1]],
  ['b+2', [1, 2]],
  ['t', [-1, 0, 1]],
];

/** What is written before a block's first character and after its last. */
export const BEFORE = '<s>';
export const AFTER = '</s>';

/** Visits the features of character `i` that read no character: word, gazetteer, heads. */
type WordFeatures = (
  i: number,
  visit: (i: number, template: string, value: string) => void,
) => void;

/** The word-level features of a block, prepared once for all its characters. */
function wordFeatures(block: Block, words: readonly TaggedWord[], lexicon: Lexicon): WordFeatures {
  const text = block.folded;
  const n = text.length;
  const { gazetteer, heads, parties } = featureLists(lexicon);
  const label = Array<string>(n).fill('O');
  const place = Array<string>(n).fill('');
  for (const w of words)
    for (let j = w.start; j < w.end && j < n; j++) {
      label[j] = w.label;
      place[j] = j > w.start ? (j === w.end - 1 ? 'E' : 'I') : w.end - w.start === 1 ? 'S' : 'B';
    }
  const gaz = spanTags(n, gazetteerSpans(text, gazetteer), 'g');
  const headEnds = wordEdges(text, heads, 'end');
  const partyStarts = wordEdges(text, parties, 'start');
  const lab = (i: number): string => (i < 0 ? BEFORE : i >= n ? AFTER : (label[i] ?? 'O'));
  return (i, visit) => {
    visit(i, 'w', (place[i] ?? '') + lab(i));
    visit(i, 'w-1', lab(i - 1));
    visit(i, 'w+1', lab(i + 1));
    visit(i, 'g', gaz[i] ?? '');
    visit(i, 'kind', block.kind);
    for (const length of headEnds[i] ?? []) visit(i, 'head', length);
    for (const length of partyStarts[i] ?? []) visit(i, 'party', length);
  };
}

/**
 * The features of each character of a block's folded text, for the organisation model, given
 * one by one to `visit` as a template and its value there (`c-1` and the character before): the
 * characters around it, the tagger's word label and where the character sits in that word,
 * whether the gazetteer covers it, and whether a body's head ends or a party's name starts there.
 * The trainer reads these; the model reads the same through `CHAR_TEMPLATES` and
 * `eachWordFeature`, so what the model learnt is what it is shown.
 * They read no rule's output: rules tuned on the training reports would look surer there than
 * on new reports, and the model would learn to trust them too much.
 */
export function eachOrgFeature(
  block: Block,
  words: readonly TaggedWord[],
  lexicon: Lexicon,
  visit: (i: number, template: string, value: string) => void,
): void {
  const text = block.folded;
  const n = text.length;
  const ch = (i: number): string => (i < 0 ? BEFORE : i >= n ? AFTER : (text[i] ?? ''));
  const byWord = wordFeatures(block, words, lexicon);
  for (let i = 0; i < n; i++) {
    for (const [template, offsets] of CHAR_TEMPLATES)
      visit(i, template, offsets.map((o) => ch(i + o)).join(''));
    byWord(i, visit);
  }
}

/** The features of each character that read no character (the model scores those by code). */
export function eachWordFeature(
  block: Block,
  words: readonly TaggedWord[],
  lexicon: Lexicon,
  visit: (i: number, template: string, value: string) => void,
): void {
  const byWord = wordFeatures(block, words, lexicon);
  for (let i = 0; i < block.folded.length; i++) byWord(i, visit);
}

/** The features of each character of a block as `template=value` (what the trainer is given). */
export function orgFeatures(
  block: Block,
  words: readonly TaggedWord[],
  lexicon: Lexicon,
): string[][] {
  const out: string[][] = Array.from({ length: block.folded.length }, () => []);
  eachOrgFeature(block, words, lexicon, (i, template, value) =>
    out[i]?.push(`${template}=${value}`),
  );
  return out;
}
