import type { TaggedWord } from '../tag/tagger';
import { idfOf } from './idf';

/** The word lists phrases are read with: generic words (no theme alone), edge words. */
export interface ThemeWords {
  stop: ReadonlySet<string>;
  edge: ReadonlySet<string>;
}

/** A tagged word with its folded text. */
export interface Word {
  start: number;
  end: number;
  text: string;
  label: string;
}

/**
 * A candidate key phrase of a proposal: offsets into the block's folded text, its words, and
 * what is around it, which the phrase model reads.
 */
export interface PhraseCandidate {
  start: number;
  end: number;
  folded: string;
  words: readonly Word[];
  /** The words just before and after it in the proposal. */
  prev: Word | undefined;
  next: Word | undefined;
  /** An item of an enumeration (就业、收入分配、社保). */
  listed: boolean;
  /** Inside quotation marks (“一带一路”). */
  quoted: boolean;
  /** Where it starts in the proposal, 0 (first word) to 1. */
  position: number;
  /** How often the proposal names it. */
  repeats: number;
  /** Widened to jieba's word edges (著|作权 → 著作权). */
  widened: boolean;
  /** Its rank among the proposal's candidates by how specific its words are (0: the most). */
  rank: number;
  /** How many candidates the proposal has. */
  of: number;
}

// Parts of speech (the tagger's: LAC's set) that can head a noun phrase, and those that can
// only modify one (高水平 社会主义市场经济体制, 新 业态).
const NOMINAL = new Set(['n', 'nz', 'nw', 'vn', 'an', 's']);
const MODIFIER = new Set(['a', 'f', 'LOC', 'ORG']);
// An adverb of three characters or more is an attribute (高质量 发展); shorter ones (大力) are not.
const modifies = (w: Word): boolean =>
  MODIFIER.has(w.label) || (w.label === 'ad' && w.text.length >= 3);
// A phrase longer than this is two phrases the tagger ran together (职业教育国家通用语言文字水平).
const MAX_WORDS = 4;
// How far a phrase may grow to reach the second segmenter's word edges (著|作权 → 著作权).
const MAX_GROWTH = 2;
const OPENING_QUOTES = new Set(['“', '「', '『', '《', '‘']);

/**
 * A word that can end a phrase: a noun, or a place of four characters or more, which is a region
 * policy names (粤港澳大湾区, 长株潭城市群) rather than where something happens (中国, 深圳).
 */
function heads(w: Word | undefined): boolean {
  return !!w && (NOMINAL.has(w.label) || (w.label === 'LOC' && w.text.length >= 4));
}

/** Drops edge words, one-character words and (at the end) modifiers from both ends of a run. */
function trimEdges(run: readonly Word[], edge: ReadonlySet<string>): Word[] {
  const loose = (w: Word | undefined): boolean => !w || edge.has(w.text) || w.text.length < 2;
  let a = 0;
  let b = run.length;
  while (a < b && loose(run[a])) a++;
  while (b > a && (loose(run[b - 1]) || !heads(run[b - 1]))) b--;
  return run.slice(a, b);
}

/** A phrase worth naming: not one generic word, not a bare place or body. */
function acceptable(words: readonly Word[], stop: ReadonlySet<string>): boolean {
  const text = words.map((w) => w.text).join('');
  if (text.length < 2 || stop.has(text)) return false;
  const only = words.length === 1 ? words[0] : undefined;
  return !only || heads(only);
}

interface Run {
  words: Word[];
  listed: boolean;
}

/**
 * Maximal runs of nominal words (a modifier may open or sit inside a run, never end it); an edge
 * word or any other part of speech ends a run.
 */
function nominalRuns(words: readonly Word[], edge: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let run: Word[] = [];
  let from = 0;
  const close = (at: number): void => {
    while (run.length > 0 && !heads(run[run.length - 1])) run.pop();
    const listed = words[from - 1]?.text === '、' || words[from + run.length]?.text === '、';
    if (run.length > 0) runs.push({ words: run, listed });
    run = [];
    from = at + 1;
  };
  words.forEach((w, i) => {
    // An edge word inside a run ends one phrase and starts the next (要素市场化配置|相关|制度).
    if (edge.has(w.text)) close(i);
    else if (NOMINAL.has(w.label) || modifies(w)) run.push(w);
    else close(i);
  });
  close(words.length);
  return runs;
}

/**
 * The phrases of the runs: each run without edge words at its ends, or, when longer than
 * MAX_WORDS words, its windows of MAX_WORDS; a lone word of a list is no phrase (a list names its
 * items, not one subject).
 */
function runPhrases(runs: readonly Run[], lists: ThemeWords): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const trimmed = trimEdges(r.words, lists.edge);
    if (trimmed.length === 0 || (r.listed && trimmed.length === 1)) continue;
    if (trimmed.length <= MAX_WORDS) out.push({ words: trimmed, listed: r.listed });
    else
      for (let i = 0; i + MAX_WORDS <= trimmed.length; i++) {
        const window = trimEdges(trimmed.slice(i, i + MAX_WORDS), lists.edge);
        if (window.length > 0) out.push({ words: window, listed: r.listed });
      }
  }
  return out.filter((c) => acceptable(c.words, lists.stop));
}

/**
 * A phrase widened to the nearest word edges of a second segmenter, so that it splits a word
 * by neither segmentation (the tagger read 作权意义 where jieba reads 著作权/意义); within the
 * span and at most MAX_GROWTH characters each side. Null when no such edges are near.
 */
function toWordEdges(
  start: number,
  end: number,
  edges: ReadonlySet<number>,
  span: readonly [number, number],
): [number, number] | null {
  let a = start;
  while (a > span[0] && start - a < MAX_GROWTH && !edges.has(a)) a--;
  let b = end;
  while (b < span[1] && b - end < MAX_GROWTH && !edges.has(b)) b++;
  return edges.has(a) && edges.has(b) ? [a, b] : null;
}

/**
 * The candidate key phrases of a span of a block's folded text: noun phrases of whole words,
 * by the tagger's words and by a second segmenter's edges (`edges`), one per distinct text (the
 * first place it is written), with what surrounds it.
 */
export function phraseCandidates(
  tokens: readonly TaggedWord[],
  folded: string,
  span: readonly [number, number],
  lists: ThemeWords,
  edges: ReadonlySet<number>,
): PhraseCandidate[] {
  const words: Word[] = tokens
    .filter((t) => t.start >= span[0] && t.end <= span[1])
    .map((t) => ({ ...t, text: folded.slice(t.start, t.end) }));
  const index = new Map(words.map((w, i) => [w, i]));
  const byText = new Map<string, PhraseCandidate>();
  const length = Math.max(1, span[1] - span[0]);
  for (const r of runPhrases(nominalRuns(words, lists.edge), lists)) {
    const first = r.words[0];
    const last = r.words[r.words.length - 1];
    if (!first || !last) continue;
    const at = toWordEdges(first.start, last.end, edges, span);
    if (!at) continue;
    const text = folded.slice(at[0], at[1]);
    const known = byText.get(text);
    if (known) {
      known.repeats++;
      continue;
    }
    const prev = words[(index.get(first) ?? 0) - 1];
    byText.set(text, {
      start: at[0],
      end: at[1],
      folded: text,
      words: r.words,
      prev,
      next: words[(index.get(last) ?? 0) + 1],
      listed: r.listed,
      quoted: OPENING_QUOTES.has(prev?.text ?? ''),
      position: (at[0] - span[0]) / length,
      repeats: 1,
      widened: at[0] !== first.start || at[1] !== last.end,
      rank: 0,
      of: 0,
    });
  }
  const out = [...byText.values()];
  const spec = new Map(out.map((c) => [c, specificity(c, lists.stop)]));
  const bySpecificity = [...out].sort(
    (a, b) => (spec.get(b) ?? 0) - (spec.get(a) ?? 0) || a.start - b.start,
  );
  bySpecificity.forEach((c, i) => {
    c.rank = i;
    c.of = out.length;
  });
  return out;
}

// A generic word inside a phrase still says a little (科技创新), far less than a specific one.
const GENERIC_WEIGHT = 0.3;

/**
 * How much a phrase says against the language at large: the IDF of its words, summed (a generic
 * word counts for less), so a phrase of two specific words outranks one generic word.
 */
export function specificity(c: PhraseCandidate, stop: ReadonlySet<string>): number {
  return c.words.reduce((n, w) => n + idfOf(w.text) * (stop.has(w.text) ? GENERIC_WEIGHT : 1), 0);
}
