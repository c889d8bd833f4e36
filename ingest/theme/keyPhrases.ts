import type { TaggedWord } from '../tag/tagger';
import { phraseCandidates, type ThemeWords } from './phraseCandidates';
import { phraseFeatures } from './phraseFeatures';
import type { PhraseScorer } from './phraseModel';

/** A key phrase of a proposal: offsets into the block's folded text, and the model's belief. */
export interface KeyPhrase {
  start: number;
  end: number;
  folded: string;
  probability: number;
}

/**
 * The model's belief above which a candidate is a key phrase. Chosen on the development reports
 * (docs/themes.md): lower finds more reference keywords and fewer of its phrases match one.
 */
export const KEY_THRESHOLD = 0.3;

/**
 * The key phrases of a span of a block's folded text: candidate noun phrases the phrase model
 * believes in (at least KEY_THRESHOLD), most believed first, at most `count`, none inside another
 * chosen one; in text order.
 */
export function keyPhrases(
  tokens: readonly TaggedWord[],
  folded: string,
  span: readonly [number, number],
  lists: ThemeWords,
  edges: ReadonlySet<number>,
  options: { count: number; scorer: PhraseScorer; threshold?: number },
): KeyPhrase[] {
  const threshold = options.threshold ?? KEY_THRESHOLD;
  const ranked = phraseCandidates(tokens, folded, span, lists, edges)
    .map((c) => ({
      start: c.start,
      end: c.end,
      folded: c.folded,
      probability: options.scorer(phraseFeatures(c, lists)),
    }))
    .sort((a, b) => b.probability - a.probability || a.start - b.start);
  const chosen: KeyPhrase[] = [];
  for (const p of ranked) {
    if (chosen.length >= options.count || p.probability < threshold) break;
    if (chosen.some((c) => c.folded.includes(p.folded) || p.folded.includes(c.folded))) continue;
    chosen.push(p);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
