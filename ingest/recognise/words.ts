import { perLexicon } from '../lexicon/lexicon';

/** Alternation regex over a lexicon, longest entries first so 副主任 wins over 主任. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The longest lexicon entry that `text` starts with at `at`, or ''. Lexicons are sorted longest first. */
export function startsWithAny(text: string, at: number, words: readonly string[]): string {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return '';
}

/** The word-level helpers of one lexicon, built once per lexicon. */
export const words = perLexicon((lexicon) => ({
  /** Adverbs that may stand between a speaker's name and the speech verb (吴坚也认为). */
  adverbs: lexicon.adverbs,
  /** Characters that never sit inside a given name but often follow one (钱为民在…, 吴坚也…). */
  notInName: lexicon.notInName,
  /** Collective subjects: speech by them is nobody's proposal, and it ends a speaker's turn. */
  groupSubjects: new RegExp(`^(?:${alternation(lexicon.collectiveSubjects)})`),
  /** Words that end a venue's name (分会场, 总部), as a regular-expression alternation. */
  venueWords: alternation(lexicon.venueWords),
  speechVerb: (text: string, at: number): string => startsWithAny(text, at, lexicon.speechVerbs),
  post: (text: string, at: number): string => startsWithAny(text, at, lexicon.posts),
}));
export type Words = ReturnType<typeof words>;
