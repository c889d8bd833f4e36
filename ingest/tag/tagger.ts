import { firstIndex } from '../doc/firstIndex';

/** A word of a text as a statistical tagger reads it: offsets into the text, and its label. */
export interface TaggedWord {
  start: number;
  end: number;
  /** An entity label (PER, ORG, LOC, TIME) or a part of speech (n, v, nz, …). */
  label: string;
}

/**
 * A sequence tagger over many texts at once, so that an implementation can batch them. Each
 * result lists the words of the text at the same index, covering it end to end.
 */
export interface Tagger {
  readonly name: string;
  tag(texts: readonly string[]): Promise<TaggedWord[][]>;
}

/**
 * The index of the first word (in text order) that ends after `at`: rules that read the words
 * around one place start there, so a long block costs them no more per place than a short one.
 */
export function firstEndingAfter(words: readonly TaggedWord[], at: number): number {
  return firstIndex(words.length, (i) => (words[i]?.end ?? 0) <= at);
}
