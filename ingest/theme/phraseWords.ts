import { segmenter } from '../segment/segmenter';
import type { TaggedWord } from '../tag/tagger';

/**
 * jieba's reading of a span (offsets into the block): where it puts word edges, and which of
 * its words it reads as nouns or verbal nouns. Phrases are widened to its edges, so that a
 * theme is made of whole words by the tagger's reading and by jieba's.
 */
export interface SecondReading {
  edges: ReadonlySet<number>;
  /** `start-end` of each word jieba tags n or vn. */
  nouns: ReadonlySet<string>;
}

const NOUN_TAGS = new Set(['n', 'vn']);
// The tagger's labels of the words a verbal noun may follow in a phrase.
const NOUN_LABELS = new Set(['n', 'nz', 'nw', 'vn', 'an']);

export function jiebaReading(folded: string, span: readonly [number, number]): SecondReading {
  const edges = new Set<number>([span[0]]);
  const nouns = new Set<string>();
  let at = span[0];
  for (const t of segmenter().tag(folded.slice(span[0], span[1]))) {
    const start = at;
    edges.add((at += t.word.length));
    if (NOUN_TAGS.has(t.tag)) nouns.add(`${start}-${at}`);
  }
  return { edges, nouns };
}

/**
 * The tagger's words as phrases read them. An ORG word that no organisation component kept is a
 * noun (LAC tags 新能源汽车 and 普惠性幼儿园 ORG). A verb that jieba reads, at the same place, as
 * a verbal noun after a noun is one (防控 in 近视防控, which LAC tags v), so a phrase may end
 * with it.
 */
export function phraseWords(
  tokens: readonly TaggedWord[],
  organisations: readonly { start: number; end: number }[],
  reading: SecondReading,
): TaggedWord[] {
  return tokens.map((t, i) => {
    if (t.label === 'ORG' && !organisations.some((o) => o.start < t.end && t.start < o.end))
      return { ...t, label: 'nz' };
    // Only after a noun: a verb that opens a phrase is an action on it (建设|国家语料库).
    const after = tokens[i - 1]?.label ?? '';
    if (t.label === 'v' && NOUN_LABELS.has(after) && reading.nouns.has(`${t.start}-${t.end}`))
      return { ...t, label: 'vn' };
    return t;
  });
}
