import { idfOf } from './idf';
import { specificity, type PhraseCandidate, type ThemeWords, type Word } from './phraseCandidates';

const bucket = (x: number, edges: readonly number[]): number => {
  let i = 0;
  while (i < edges.length && x >= (edges[i] ?? Infinity)) i++;
  return i;
};

/**
 * A word as a feature: its text when it is a common word, its label when it names a place or a
 * body (the model learns the shape of a phrase, not the places of the reports it learnt from).
 */
const wordValue = (w: Word | undefined): string =>
  !w ? '-' : w.label === 'LOC' || w.label === 'ORG' || w.label === 'PER' ? w.label : w.text;

/**
 * What the phrase model reads of a candidate: its length in words and characters, its parts of
 * speech, its first and last words, the words around it (加强 before, 建设 after), how specific
 * its words are against the language at large (jieba's IDF, bucketed), how many are generic,
 * whether it is a list item or quoted, where it stands in the proposal and whether it repeats.
 */
export function phraseFeatures(c: PhraseCandidate, lists: ThemeWords): string[] {
  const idfs = c.words.map((w) => idfOf(w.text));
  const max = Math.max(...idfs);
  const min = Math.min(...idfs);
  const generic = c.words.filter((w) => lists.stop.has(w.text)).length;
  const first = c.words[0];
  const last = c.words[c.words.length - 1];
  const out = [
    'bias',
    `n=${c.words.length}`,
    `c=${bucket(c.folded.length, [3, 4, 5, 7, 10])}`,
    `pos=${c.words.map((w) => w.label).join('+')}`,
    `fp=${first?.label ?? '-'}`,
    `hp=${last?.label ?? '-'}`,
    `f=${wordValue(first)}`,
    `h=${wordValue(last)}`,
    `pv=${wordValue(c.prev)}`,
    `pp=${c.prev?.label ?? '-'}`,
    `nx=${wordValue(c.next)}`,
    `np=${c.next?.label ?? '-'}`,
    `idfmax=${bucket(max, [6, 7, 8, 9, 10, 11, 12])}`,
    `idfmin=${bucket(min, [4, 5, 6, 7, 8, 9, 10])}`,
    `generic=${Math.min(generic, 3)}`,
    `allgeneric=${generic === c.words.length}`,
    `at=${bucket(c.position, [0.2, 0.4, 0.6, 0.8])}`,
    `rank=${Math.min(c.rank, 4)}`,
    `of=${bucket(c.of, [2, 3, 4, 6, 8])}`,
    `rankof=${Math.min(c.rank, 4)}/${bucket(c.of, [2, 3, 4, 6, 8])}`,
    `spec=${bucket(specificity(c, lists.stop), [6, 9, 12, 15, 18, 22, 26])}`,
  ];
  if (c.listed) out.push('listed');
  if (c.quoted) out.push('quoted');
  if (c.repeats > 1) out.push('repeats');
  if (c.widened) out.push('widened');
  return out;
}
