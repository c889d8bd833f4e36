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
 * The features of each character of a block's folded text, for the organisation model, given
 * one by one to `visit` as a template and its value there (`c-1` and the character before): the
 * characters around it, the tagger's word label and where the character sits in that word,
 * whether the gazetteer covers it, and whether a body's head ends or a party's name starts there.
 * The trainer and the tagger both read these, so what the model learnt is what it is shown.
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
  const ch = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (text[i] ?? ''));
  const lab = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (label[i] ?? 'O'));
  for (let i = 0; i < n; i++) {
    const [p3, p2, p1, c0, n1, n2, n3] = [
      ch(i - 3),
      ch(i - 2),
      ch(i - 1),
      ch(i),
      ch(i + 1),
      ch(i + 2),
      ch(i + 3),
    ];
    visit(i, 'c', c0);
    visit(i, 'c-1', p1);
    visit(i, 'c+1', n1);
    visit(i, 'c-2', p2);
    visit(i, 'c+2', n2);
    visit(i, 'c-3', p3);
    visit(i, 'c+3', n3);
    visit(i, 'b-2', p2 + p1);
    visit(i, 'b-1', p1 + c0);
    visit(i, 'b+1', c0 + n1);
    visit(i, 'b+2', n1 + n2);
    visit(i, 't', p1 + c0 + n1);
    visit(i, 'w', (place[i] ?? '') + lab(i));
    visit(i, 'w-1', lab(i - 1));
    visit(i, 'w+1', lab(i + 1));
    visit(i, 'g', gaz[i] ?? '');
    visit(i, 'kind', block.kind);
    for (const length of headEnds[i] ?? []) visit(i, 'head', length);
    for (const length of partyStarts[i] ?? []) visit(i, 'party', length);
  }
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
